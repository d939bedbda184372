import { parseSie } from "../../../src/core/import/sie";
import { applyMapping } from "../../../src/core/mapping/apply";
import { EXEMPEL_MAPPING } from "../../../src/core/mapping/exempelforbund";
import { buildKassaflodesanalys } from "../../../src/core/statements/kassaflodesanalys";
import { buildBalansrakning } from "../../../src/core/statements/balansrakning";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";
import { KFA } from "../../../src/core/statements/lines";
import { cell } from "./helpers";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { readSettings } from "../../../src/core/inputs/settings";
import { EXAMPLE_SETTINGS } from "../../../src/core/example/exempelforbund";

/** A file of one financial year only (#RAR 0, no #RAR -1), as a first-year förbund or a one-year export gives. */
const sie = (...extra: string[]) =>
  parseSie(
    new TextEncoder().encode(
      ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", '#KONTO 1930 "Bank"', '#KONTO 2091 "Balanserat"', '#KONTO 3010 "Bidrag"', ...extra, '#VER A 1 20240115 ""', "{", "#TRANS 1930 {} 1000", "#TRANS 3010 {} -1000", "}"].join("\n"),
    ),
  );

describe("kassaflödesanalys of a ledger with one financial year", () => {
  it("takes the opening balances from #IB 0 when year −1 is not in the file", () => {
    const parsed = sie("#IB 0 1930 500", "#IB 0 2091 -500");
    expect(parsed.errors).toEqual([]);
    const kfa = buildKassaflodesanalys(applyMapping(parsed.ledger, EXEMPEL_MAPPING));
    expect(cell(kfa, KFA.likvidaBorjan.id, "current")).toBe("500");
    expect(cell(kfa, KFA.likvidaSlut.id, "current")).toBe("1500");
  });

  it("a year −1 the file only declares (#RAR -1, no #UB -1 and no #IB 0) gives no opening balances either", () => {
    const text = ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#RAR -1 20230101 20231231", '#KONTO 1930 "Bank"', '#KONTO 2091 "Balanserat"', '#KONTO 3010 "Bidrag"', "#UB 0 1930 5000000", "#UB 0 2091 -4000000", "#RES 0 3010 -1000000"];
    const parsed = parseSie(new TextEncoder().encode(text.join("\n")));
    expect(parsed.errors).toEqual([]);
    // Read as zero, the opening balances would make the whole bank balance this year's cash flow.
    expect(() => buildKassaflodesanalys(applyMapping(parsed.ledger, EXEMPEL_MAPPING))).toThrow("de ingående balanserna saknas");
  });

  it("without any opening balance, says which balances are missing (not that the current year is)", () => {
    const parsed = sie();
    expect(parsed.errors).toEqual([]);
    expect(() => buildKassaflodesanalys(applyMapping(parsed.ledger, EXEMPEL_MAPPING))).toThrow(
      "Kassaflödesanalysen: de ingående balanserna saknas; ange föregående års saldon (SIE-filen: #RAR -1 med #UB -1, eller #IB 0; Saldobalans: kolumnen Föregående år).",
    );
  });
});

describe("Bygg alla rapporter for a first-year förbund (no opening balances)", () => {
  const settings = readSettings(EXAMPLE_SETTINGS);
  if (!settings.ok) throw new Error("example settings");
  const result = buildAllReports({ settings: settings.settings, ledger: sie().ledger, mapping: EXEMPEL_MAPPING });

  it("builds the other reports and leaves the kassaflödesanalys out with a warning, its sheet saying why", () => {
    // The file has no budget either: the follow-up is left out the same way, each sheet naming its own reason.
    expect(result.warnings.map((w) => w.code)).toEqual(["statements.kfaLeftOut", "statements.followUpLeftOut"]);
    expect(result.models.find((m) => m.id === "resultatrakning")!.rows.length).toBeGreaterThan(0);
    const kfa = result.sheets.find((s) => s.name === "Kassaflödesanalys")!;
    expect(kfa.cells.flat().filter((c) => c?.style === "note").map((c) => c!.value)).toEqual(["Belopp i tkr", result.warnings[0]!.message]);
    expect(kfa.cells.flat().some((c) => typeof c?.value === "number")).toBe(false);
    const followUp = result.sheets.find((s) => s.name === "Budgetuppföljning")!;
    expect(followUp.cells.flat().filter((c) => c?.style === "note").map((c) => c!.value)).toEqual(["Belopp i tkr", result.warnings[1]!.message]);
  });

  it("runs no check on the missing kassaflödesanalys, and every other check holds", () => {
    expect(result.findings.filter((f) => f.id.startsWith("kfa") || f.title.sv.includes("KFA"))).toEqual([]);
    expect(result.findings.filter((f) => f.status === "fail").map((f) => f.title.sv)).toEqual([]);
    expect(result.findings.some((f) => f.status === "pass")).toBe(true);
  });
});

describe("a year before that the file only names (#RAR -1 and its #RES, no balances)", () => {
  const parsed = sie("#RAR -1 20230101 20231231", "#IB 0 1930 500", "#IB 0 2091 -500", "#RES -1 3010 -800");
  const m = applyMapping(parsed.ledger, EXEMPEL_MAPPING);

  it("prints the balance sheet for this year only, not a column of zeros; the RR keeps the year before's result", () => {
    expect(parsed.errors).toEqual([]);
    // #IB 0 is 2023's close, so the balance sheet has it after all.
    expect(buildBalansrakning(m).columns.map((c) => c.id)).toEqual(["current", "previous"]);
    const bare = applyMapping(sie("#RAR -1 20230101 20231231", "#RES -1 3010 -800").ledger, EXEMPEL_MAPPING);
    expect(buildBalansrakning(bare).columns.map((c) => c.id)).toEqual(["current"]);
    expect(buildResultatrakning(bare).columns.map((c) => c.id)).toEqual(["current", "previous"]);
  });
});
