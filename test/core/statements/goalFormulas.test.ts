import { Dec } from "../../../src/core/money/decimal";
import { buildFinansiellaMal, type GoalInputs } from "../../../src/core/statements/finansiellaMal";
import { flatEquityRule } from "../../../src/core/rules/equityCap";
import { renderReport } from "../../../src/core/sheet/render";
import type { SheetDescription } from "../../../src/core/sheet/description";

/** Roslagen 2022 (seed 003): individinriktade 7,2 mnkr and strukturinriktade 1,1 mnkr, at least 70 % to the first (003:912–918). */
const inputs = (over: Partial<GoalInputs> = {}): GoalInputs => ({
  year: "2022",
  equity: new Dec(300_000),
  contributions: new Dec(6_000_000),
  equityRule: flatEquityRule(new Dec("0.2")),
  adminCosts: new Dec(1_000_000),
  totalCosts: new Dec(9_300_000),
  aretsResultat: new Dec(-2_100_000),
  allocation: { individual: new Dec(7_200_000), structural: new Dec(1_100_000), minIndividualShare: new Dec("0.7") },
  ...over,
});
const cell = (sheet: SheetDescription, a1: string) => sheet.cells[Number(a1.slice(1)) - 1]![a1.charCodeAt(0) - 65]!;

describe("Finansiella mål's verdicts and Andel as native formulas over the row's cells", () => {
  test("each goal's direction: at most the cap and the admin limit, at least the allocation's share and 0 for the balanskrav", () => {
    const sheet = renderReport(buildFinansiellaMal(inputs(), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect(["G4", "G5", "G6", "G7"].map((a) => [cell(sheet, a).formula, cell(sheet, a).value])).toEqual([
      ['=IF(C4<=D4,"Uppfyllt","Ej uppfyllt")', "Uppfyllt"], // 300 ≤ 1 200
      ['=IF(C5<=D5,"Uppfyllt","Ej uppfyllt")', "Ej uppfyllt"], // 1 000 > 930
      ['=IF(C6>=D6,"Uppfyllt","Ej uppfyllt")', "Uppfyllt"], // 7 200 ≥ 5 810
      ['=IF(C7>=D7,"Uppfyllt","Ej uppfyllt")', "Ej uppfyllt"], // −2 100 < 0
    ]);
    // Andel = Utfall / Gräns for the equity only: the others are shares of costs the row does not print.
    expect([cell(sheet, "F4").formula, cell(sheet, "F4").value]).toEqual(["=C4/D4", 0.25]);
    expect([cell(sheet, "F5").formula, cell(sheet, "F6").formula]).toEqual([undefined, undefined]);
    // The amount over the cap, for the amount goal only.
    expect([cell(sheet, "E4").formula, cell(sheet, "E4").value, cell(sheet, "E5").value, cell(sheet, "E7").value]).toEqual(["=C4-D4", -900, null, null]);
    // "Not met" is coloured even while every verdict on the sheet is met, so a correction that fails a goal turns red.
    const allMet = renderReport(buildFinansiellaMal(inputs({ aretsResultat: new Dec(100), adminCosts: new Dec(900_000) }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect(allMet.conditionalFormats).toEqual([{ range: "G4:G7", formula: '=G4="Ej uppfyllt"', fill: "#FFC7CE", fontColor: "#9C0006" }]);
  });

  test("where the shown figures would give another verdict or Andel than the exact ones, the cell stays the engine's plain value", () => {
    // 1 200 400 kr over a 1 200 000 kr cap: both print 1 200 tkr, so an IF on them would say Uppfyllt.
    const sheet = renderReport(buildFinansiellaMal(inputs({ equity: new Dec(1_200_400) }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(sheet, "G4").formula, cell(sheet, "G4").value]).toEqual([undefined, "Ej uppfyllt"]);
    // 1 200 / 1 200 is 100,0 % and the exact 100,03 % prints so too: the quotient is kept.
    expect([cell(sheet, "F4").formula, cell(sheet, "F4").value]).toEqual(["=C4/D4", 1]);
    // 1 250 600 kr of 1 200 000 is 104,2 %, but the shown 1 251 / 1 200 would print 104,3 %.
    const moved = renderReport(buildFinansiellaMal(inputs({ equity: new Dec(1_250_600) }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(moved, "F4").formula, cell(moved, "F4").value]).toEqual([undefined, 1.042167]);
    expect(cell(moved, "E4")).toMatchObject({ formula: "=C4-D4", value: 51 });
  });

  test("a goal that cannot be tested is plain text, with no formula in its row", () => {
    const sheet = renderReport(buildFinansiellaMal(inputs({ equity: null }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect(sheet.cells[3]!.filter((c) => c?.formula !== undefined)).toEqual([]);
    expect(cell(sheet, "G4").value).toMatch(/^Kan inte prövas: /);
  });
});
