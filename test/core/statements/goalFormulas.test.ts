import { Dec } from "../../../src/core/money/decimal";
import { buildFinansiellaMal, type GoalInputs } from "../../../src/core/statements/finansiellaMal";
import { TIERED_EQUITY_PRESET, flatEquityRule } from "../../../src/core/rules/equityCap";
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
    // Andel = Utfall / Gräns for the equity; the shares are of the costs printed under the goals (below).
    expect([cell(sheet, "F4").formula, cell(sheet, "F4").value]).toEqual(["=C4/D4", 0.25]);
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

  test("the shares are native formulas over the costs printed under the goals: Utfall refers to its cost, Gräns is the base times the limit, Andel Utfall over the base", () => {
    const sheet = renderReport(buildFinansiellaMal(inputs(), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    // Rows 10–14: the costs, as Roslagen prints them (003:698–701), its samlade kostnader the SUM of the areas
    // (row 9 is the members' contributions, the equity cap's base: not in the SUM).
    expect([10, 11, 12, 13, 14].map((r) => [cell(sheet, `A${r}`).value, cell(sheet, `C${r}`).formula ?? cell(sheet, `C${r}`).value])).toEqual([
      ["Administration (kansli, styrelse, revision)", 1_000],
      ["Individinriktade insatser", 7_200],
      ["Strukturinriktade insatser", 1_100],
      ["Samlade kostnader", "=SUM(C10:C12)"],
      ["Individ- och strukturinriktade insatser", "=SUM(C11:C12)"],
    ]);
    const row = (r: number) => ["C", "D", "F"].map((c) => [cell(sheet, `${c}${r}`).formula, cell(sheet, `${c}${r}`).value]);
    // 1 000 of 9 300 tkr is 10,75 %, over 930 tkr; 7 200 of 8 300 tkr is 86,7 %, over 5 810 tkr.
    expect(row(5)).toEqual([["=C10", 1_000], ["=C13*0.1", 930], ["=C5/C13", expect.closeTo(1_000 / 9_300, 14)]]);
    expect(row(6)).toEqual([["=C11", 7_200], ["=C14*0.7", 5_810], ["=C6/C14", expect.closeTo(7_200 / 8_300, 14)]]);
    // Costs outside the share (ESF passed on) are printed negative and taken off the samlade kostnader.
    const esf = renderReport(buildFinansiellaMal(inputs({ adminExcluded: [new Dec(500_000)] }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([14, 15].map((r) => [cell(esf, `A${r}`).value, cell(esf, `C${r}`).formula ?? cell(esf, `C${r}`).value])).toEqual([
      ["Kostnader utanför administrationsandelen", -500],
      ["Underlag för administrationsandelen", "=SUM(C13:C14)"],
    ]);
    expect([cell(esf, "D5").formula, cell(esf, "D5").value, cell(esf, "F5").formula]).toEqual(["=C15*0.1", 880, "=C5/C15"]);
    // Costs on no area of the three are their own line, so the samlade kostnader still add up.
    const other = renderReport(buildFinansiellaMal(inputs({ totalCosts: new Dec(9_450_000) }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(other, "A13").value, cell(other, "C13").value, cell(other, "C14").formula]).toEqual(["Övriga kostnader", 150, "=SUM(C10:C13)"]);
  });

  test("a Gräns whose product over the printed base would print otherwise than the exact one stays the engine's value, and so does a verdict the printed figures would turn", () => {
    // Rows 9–11: Administration, Övriga kostnader, Samlade kostnader. 17 424 600 kr prints 17 425 tkr, and 10 %
    // of that prints 1 743 tkr where the exact 1 742 460 kr prints 1 742: Gräns is the value.
    const sheet = renderReport(buildFinansiellaMal(inputs({ adminCosts: new Dec(1_700_000), totalCosts: new Dec(17_424_600), allocation: undefined }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(sheet, "C11").formula, cell(sheet, "C11").value, cell(sheet, "D5").formula, cell(sheet, "D5").value]).toEqual(["=SUM(C9:C10)", 17_425, undefined, 1_742]);
    // 1 700 ≤ 1 742 as 1 700 000 ≤ 1 742 460 kr: the verdict and Andel (9,8 % either way) are still formulas.
    expect([cell(sheet, "G5").formula, cell(sheet, "F5").formula]).toEqual(['=IF(C5<=D5,"Uppfyllt","Ej uppfyllt")', "=C5/C11"]);
    // 1 742 450 kr is over 10 % of 17 424 000 kr (1 742 400), but prints 1 742 tkr, within the product's 1 742,4.
    const near = renderReport(buildFinansiellaMal(inputs({ adminCosts: new Dec(1_742_450), totalCosts: new Dec(17_424_000), allocation: undefined }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(near, "D5").formula, cell(near, "D5").value, cell(near, "G5").formula, cell(near, "G5").value]).toEqual(["=C11*0.1", 1_742.4, undefined, "Ej uppfyllt"]);
  });

  test("the equity cap is a native product of the members' contributions printed under the goals where the rule is a share of them", () => {
    const sheet = renderReport(buildFinansiellaMal(inputs(), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    // Row 9, first under the heading: the 6 000 tkr of "medelstilldelningen" Roslagen's 20 % is of (003:744–745).
    expect([8, 9].map((r) => [cell(sheet, `A${r}`).value, cell(sheet, `C${r}`).value])).toEqual([["Underlag för målen", null], ["Medlemmarnas bidrag", 6_000]]);
    expect([cell(sheet, "D4").formula, cell(sheet, "D4").value]).toEqual(["=C9*0.2", 1_200]);
    // Flush with the totals, where the costs above Samlade kostnader are indented: read as no part of their SUM.
    expect([9, 10].map((r) => cell(sheet, `A${r}`).indent)).toEqual([undefined, 1]);
    // 12,5 % of 6 003 600 kr is 750 450 kr, 750 tkr; of the printed 6 004 tkr it would be 750,5, printed 751: the value.
    const moved = renderReport(buildFinansiellaMal(inputs({ contributions: new Dec(6_003_600), equityRule: flatEquityRule(new Dec("0.125")) }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(moved, "C9").value, cell(moved, "D4").formula, cell(moved, "D4").value]).toEqual([6_004, undefined, 750]);
    // The tiers' marginal rates stay a value, their base printed: 20 % of 10 mnkr + 10 % of 4,6 = 2 460 tkr.
    const tiers = renderReport(buildFinansiellaMal(inputs({ contributions: new Dec(14_600_000), equityRule: TIERED_EQUITY_PRESET }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(tiers, "A9").value, cell(tiers, "C9").value, cell(tiers, "D4").formula, cell(tiers, "D4").value]).toEqual(["Medlemmarnas bidrag", 14_600, undefined, 2_460]);
    // A fixed amount has no base: no contributions are printed, and the costs start the base.
    const fixed = renderReport(buildFinansiellaMal(inputs({ equityRule: { kind: "fixed", amount: new Dec(2_500_000), label: "2,5 mnkr", verified: true } }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect([cell(fixed, "A9").value, cell(fixed, "D4").formula, cell(fixed, "D4").value]).toEqual(["Administration (kansli, styrelse, revision)", undefined, 2_500]);
    // Negative contributions give no cap: the goal cannot be tested, and they are not printed as its base.
    const negative = renderReport(buildFinansiellaMal(inputs({ contributions: new Dec(-1) }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect(negative.cells.some((r) => r[0]?.value === "Medlemmarnas bidrag")).toBe(false);
  });

  test("a goal that cannot be tested is plain text, with no formula in its row", () => {
    const sheet = renderReport(buildFinansiellaMal(inputs({ equity: null }), { unit: "tkr" }), { sheetName: "Finansiella mål" });
    expect(sheet.cells[3]!.filter((c) => c?.formula !== undefined)).toEqual([]);
    expect(cell(sheet, "G4").value).toMatch(/^Kan inte prövas: /);
  });
});
