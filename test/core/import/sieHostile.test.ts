import { parseSie, type SieResult } from "../../../src/core/import/sie/index";
import { HEADER } from "../../fixtures/sie/sample";

/** Hostile SIE files found in review: each must be refused with a Swedish message naming its line. */
const parse = (...lines: string[]) => parseSie(new TextEncoder().encode([...HEADER, "#RAR -1 20200101 20201231", ...lines].join("\n")));
const messages = (r: SieResult) => r.errors.map((d) => d.message);

describe("SIE rows dated in another financial year than their voucher", () => {
  it("a row whose transdat is in the previous year is an error naming the row, not an amount moved to that year", () => {
    const r = parse('#VER A 1 20210115 ""', "{", "#TRANS 1930 {} 1000.00 20201231", "#TRANS 3010 {} -1000.00", "}");
    expect(messages(r)).toEqual([
      "rad 9: raden har transaktionsdatum i period 202012, ett annat räkenskapsår än verifikationens datum (period 202101); en verifikation hör till ett enda räkenskapsår. Rätta datumet i bokföringen och exportera filen igen.",
    ]);
  });

  it("the same through the general path (quoted fields) and for a voucher dated outside every year", () => {
    const r = parse('#VER "A" "1" 20220110', "{", '#TRANS "1930" {} "5" 20211231', '#TRANS "3010" {} "-5" 20211231', "}");
    expect(r.errors.map((d) => `${d.code}@${d.line}`)).toEqual(["sie.transdatOtherYear@9"]);
  });

  it("a transdat in another month of the same year is fine", () => {
    const r = parse('#VER A 1 20210115 ""', "{", "#TRANS 1930 {} 1000.00 20211231", "#TRANS 3010 {} -1000.00", "}");
    expect(r.errors).toEqual([]);
  });
});
