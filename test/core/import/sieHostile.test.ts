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

describe("SIE balances and periods against the years they name", () => {
  it("a #PBUDGET or #PSALDO period outside its year is an error naming the line and the year", () => {
    const r = parse("#PBUDGET 0 202001 3010 {} -100", "#PSALDO -1 202101 3010 {} -100", "#PBUDGET 0 202112 3010 {} -100");
    expect(messages(r)).toEqual([
      "rad 7: perioden 202001 i #PBUDGET ligger utanför räkenskapsår 0 (2021-01-01 – 2021-12-31).",
      "rad 8: perioden 202101 i #PSALDO ligger utanför räkenskapsår -1 (2020-01-01 – 2020-12-31).",
    ]);
  });

  it("a balance of a year after the current one (årsnr 1) is an error, not silently left out", () => {
    const r = parse("#RES 1 3010 -500", "#UB 1 1930 500", "#OIB 1 1930 {6 P1} 5", "#PSALDO 1 202201 3010 {} -1");
    expect(messages(r)).toEqual([7, 8, 9, 10].map((line) => `rad ${line}: räkenskapsår 1 är ogiltigt: årsnr ska vara 0 (innevarande) eller negativt.`));
  });
});

describe("SIE amounts no Excel cell can hold", () => {
  it("are refused on their line, not later at a report cell", () => {
    const r = parse('#VER A 1 20210115 ""', "{", "#TRANS 1930 {} 12345678901234567890.12", "#TRANS 3010 {} -12345678901234567890.12", "}", "#IB 0 1930 1.5e3");
    expect(messages(r).map((m) => m.replace(/\u00a0/g, " "))).toEqual([
      "rad 9: beloppet 12345678901234567890.12 är större än en Excel-cell kan hålla exakt (högst 90 071 992 547 409,92 kr).",
      "rad 10: beloppet -12345678901234567890.12 är större än en Excel-cell kan hålla exakt (högst 90 071 992 547 409,92 kr).",
      'rad 12: "1.5e3" är inget giltigt belopp.',
    ]);
  });

  it("the largest amount a cell holds exactly is still read", () => {
    const r = parse('#VER A 1 20210115 ""', "{", "#TRANS 1930 {} 90071992547409.92", "#TRANS 3010 {} -90071992547409.92", "}");
    expect(r.errors).toEqual([]);
  });
});

describe("SIE line breaks", () => {
  const bytes = (text: string) => parseSie(new TextEncoder().encode(text));

  it("a lone CR (old Mac line breaks) is named on its line instead of swallowing the records after it", () => {
    const r = bytes('#FLAGGA 0\r\n#SIETYP 4\n#RAR 0 20210101 20211231\n#KONTO 1930 "Bank"\r#KONTO 2010 "EK"\n#VER A 1 20210115\n{\n#TRANS 1930 {} 100\r#TRANS 2010 {} -100\n}\n');
    expect(messages(r)).toEqual([4, 7].map((line) => `rad ${line}: raden innehåller en ensam radbrytning (CR utan LF), så posterna efter den går inte att läsa. Spara filen med radbrytningar CRLF eller LF och läs in den igen.`));
  });

  it("CRLF, LF and a final line without a break mix freely", () => {
    const r = bytes('#FLAGGA 0\r\n#SIETYP 4\n#RAR 0 20210101 20211231\r\n#VER A 1 20210115\n{\r\n#TRANS 1930 {} 100\n#TRANS 2010 {} -100\r\n}');
    expect(r.errors).toEqual([]);
  });
});

describe("SIE file types", () => {
  const typed = (type: string) => parseSie(new TextEncoder().encode([...HEADER.map((l) => (l === "#SIETYP 4" ? `#SIETYP ${type}` : l))].join("\n")));
  it("a #SIETYP outside 1–4 is warned of on its line; the types that exist are read without a word", () => {
    expect(typed("9").warnings.map((d) => d.message)).toEqual(["rad 3: #SIETYP 9 är ingen SIE-typ (1–4); filen läses som den är. Kontrollera exporten."]);
    for (const type of ["1", "2", "3", "4"]) expect(typed(type).warnings.filter((d) => d.code === "sie.typeUnknown")).toEqual([]);
  });
});
