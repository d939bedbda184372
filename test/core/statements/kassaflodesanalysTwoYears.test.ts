import { parseSie } from "../../../src/core/import/sie";
import { applyMapping } from "../../../src/core/mapping/apply";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { buildKassaflodesanalys } from "../../../src/core/statements/kassaflodesanalys";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { readSettings } from "../../../src/core/inputs/settings";
import { EXAMPLE_SETTINGS } from "../../../src/core/example/exempelforbund";
import { KFA } from "../../../src/core/statements/lines";
import { cell } from "./helpers";

/**
 * Two years with the close of the year before them (#IB -1), as an SIE export gives it. Worked by hand:
 * 2023: result 200, fordringar +200, skulder +100 → kassaflöde 100, bank 1 000 → 1 100;
 * 2024: result 100, fordringar +150, skulder −50 → kassaflöde −100, bank 1 100 → 1 000.
 */
const lines = [
  "#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#RAR -1 20230101 20231231",
  '#KONTO 1510 "Kundfordringar"', '#KONTO 1930 "Bank"', '#KONTO 2091 "Balanserat"', '#KONTO 2440 "Skulder"',
  '#KONTO 3010 "Bidrag"', '#KONTO 5010 "Lokal"',
  "#IB -1 1930 1000", "#IB -1 1510 200", "#IB -1 2440 -300", "#IB -1 2091 -900",
  "#UB -1 1930 1100", "#UB -1 1510 400", "#UB -1 2440 -400", "#UB -1 2091 -900",
  "#RES -1 3010 -5000", "#RES -1 5010 4800",
  "#IB 0 1930 1100", "#IB 0 1510 400", "#IB 0 2440 -400", "#IB 0 2091 -1100",
  "#UB 0 1930 1000", "#UB 0 1510 550", "#UB 0 2440 -350", "#UB 0 2091 -1100",
  "#RES 0 3010 -6000", "#RES 0 5010 5900",
];

describe("kassaflödesanalys for the year and the year before", () => {
  const parsed = parseSie(new TextEncoder().encode(lines.join("\n")));
  const kfa = buildKassaflodesanalys(applyMapping(parsed.ledger, BAS_DEFAULT_MAPPING));

  it("prints both years when the file gives the opening balances of the year before (#IB -1)", () => {
    expect(parsed.errors).toEqual([]);
    expect(kfa.columns.map((c) => c.heading)).toEqual(["2024-01-01 – 2024-12-31", "2023-01-01 – 2023-12-31"]);
    const both = (id: string) => [cell(kfa, id, "current"), cell(kfa, id, "previous")];
    expect(both(KFA.aretsResultat.id)).toEqual(["100", "200"]);
    expect(both(KFA.fordringar.id)).toEqual(["-150", "-200"]);
    expect(both(KFA.skulder.id)).toEqual(["-50", "100"]);
    expect(both(KFA.aretsKassaflode.id)).toEqual(["-100", "100"]);
    expect(both(KFA.likvidaBorjan.id)).toEqual(["1100", "1000"]);
    expect(both(KFA.likvidaSlut.id)).toEqual(["1000", "1100"]);
  });

  it("so the year before's cash-flow checks can be tested, and hold", () => {
    const settings = readSettings(EXAMPLE_SETTINGS);
    if (!settings.ok) throw new Error("example settings");
    const { findings } = buildAllReports({ settings: settings.settings, ledger: parsed.ledger, mapping: BAS_DEFAULT_MAPPING });
    const previousKfa = findings.filter((f) => f.id.startsWith("kfa") && f.id.endsWith(":previous"));
    expect(previousKfa.length).toBeGreaterThan(0);
    expect(previousKfa.map((f) => [f.id, f.status])).toEqual(previousKfa.map((f) => [f.id, "pass"]));
  });

  it("without #IB -1 only the year itself", () => {
    const without = parseSie(new TextEncoder().encode(lines.filter((l) => !l.startsWith("#IB -1")).join("\n")));
    expect(buildKassaflodesanalys(applyMapping(without.ledger, BAS_DEFAULT_MAPPING)).columns.map((c) => c.id)).toEqual(["current"]);
  });
});
