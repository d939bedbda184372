import { Dec } from "../../../src/core/money/decimal";
import { defaultFundingModel } from "../../../src/core/rules/contributions";
import { flatEquityRule, type EquityCapRule } from "../../../src/core/rules/equityCap";
import { buildFlerarsplan, planColumn, PLAN_ROWS as R } from "../../../src/core/statements/flerarsplan";
import { renderReport } from "../../../src/core/sheet/render";
import type { PlanYear } from "../../../src/core/inputs/planSheet";

const d = (n: number | string) => new Dec(n);

/**
 * HBS's verksamhetsplan och budget 2026 (seed 004, lines 253–276): medlemsavgifter 14 662 000 kr split Staten 50 %,
 * Region Stockholm 25 %, Huddinge and Botkyrka 11,75 % each, Salem 1,5 % (the kommuner's weights); costs 12 mnkr
 * individinriktade, 1,30 mnkr struktur (kompetensutveckling, uppföljning, samverkan), 2,46 mnkr kanslistöd och
 * administration. The seed prints the total as "15,8 miljoner kronor": the areas sum to 15,76 mnkr. Opening equity
 * "cirka tre miljoner kronor" (line 268: an approximation the seed gives, not a figure from its books). The cap is
 * HBS's own 2,5 mnkr (seed 000 line ~1133, HBS 2021: "högst 2,5 mnkr").
 */
const HBS_2026: PlanYear = { year: 2026, contributions: d(14_662_000), otherIncome: d(0), individual: d(12_000_000), structural: d(1_300_000), admin: d(2_460_000), cell: "A3" };
const HBS_MEMBERS = defaultFundingModel([{ name: "Region Stockholm", weight: d(25) }], [
  { name: "Huddinge kommun", weight: d("11.75") }, { name: "Botkyrka kommun", weight: d("11.75") }, { name: "Salems kommun", weight: d("1.5") },
]);
const HBS_CAP: EquityCapRule = { kind: "fixed", amount: d(2_500_000), label: "2,5 mnkr", verified: true };
const c = planColumn(2026);
const value = (m: ReturnType<typeof buildFlerarsplan>, row: string, column = c) => m.rows.find((r) => r.id === row)!.values[column];

describe("Budget och plan: HBS 2026 (seed 004)", () => {
  const model = buildFlerarsplan({ years: [HBS_2026], opening: { equity: d(3_000_000), source: "cirka tre miljoner" }, funding: HBS_MEMBERS, equityRule: HBS_CAP, adminLimit: d("0.1") }, { unit: "kr" });

  it("splits 14 662 000 kr as the seed's table does, to the krona", () => {
    const members = model.rows.filter((r) => r.id.startsWith("plan.medlem."));
    expect(members.map((r) => [r.label, (r.values[c] as Dec).toNumber()])).toEqual([
      ["Staten (Försäkringskassan)", 7_331_000], ["Region Stockholm", 3_665_500], ["Huddinge kommun", 1_722_785], ["Botkyrka kommun", 1_722_785], ["Salems kommun", 219_930],
    ]);
    expect((value(model, R.medlemsavgifter) as Dec).toNumber()).toBe(14_662_000);
  });

  it("sums the three areas to 15 760 000 kr (printed \"15,8 miljoner\") and gives a result of −1 098 000 kr", () => {
    expect((value(model, R.summaKostnader) as Dec).toNumber()).toBe(-15_760_000);
    expect((value(model, R.resultat) as Dec).toNumber()).toBe(-1_098_000);
    expect((value(model, R.utgaende) as Dec).toNumber()).toBe(1_902_000);
    expect(value(model, R.ekMal)).toBe("Uppfyllt");
  });

  it("finds the administration share 2,46 / 15,76 = 15,6 % over the 10 % goal: Ej uppfyllt, an honest finding for the board", () => {
    expect((value(model, R.adminAndel) as Dec).toDecimalPlaces(4).toNumber()).toBe(0.1561);
    expect(value(model, R.adminMal)).toBe("Ej uppfyllt");
  });
});

describe("Budget och plan: formulas", () => {
  const years: PlanYear[] = [2026, 2027, 2028].map((year, i) => ({ ...HBS_2026, year, individual: d(12_000_000 - i * 500_000), cell: `A${3 + i}` }));
  const model = buildFlerarsplan({ years, opening: { equity: d(3_000_000), source: "test" }, funding: HBS_MEMBERS, equityRule: flatEquityRule(d("0.2")), adminLimit: d("0.1") }, { unit: "kr" });
  const sheet = renderReport(model, { sheetName: "Budget och plan" });
  const find = (label: string) => sheet.cells.find((row) => row[0]?.value === label)!;

  it("rolls the equity forward: each year's opening is the year before's closing", () => {
    const ib = find("Eget kapital vid årets början");
    const ub = find("Eget kapital vid årets slut");
    const ubRow = sheet.cells.indexOf(ub) + 1;
    expect(ib[1]!.value).toBe(3_000_000);
    expect(ib[2]!.formula).toBe(`=B${ubRow}`);
    expect(ib[3]!.formula).toBe(`=C${ubRow}`);
    // −1 098 000, then −598 000 and −98 000 as individ falls by 0,5 mnkr a year.
    expect(ub.slice(1, 4).map((x) => x.value)).toEqual([1_902_000, 1_304_000, 1_206_000]);
  });

  it("writes the cap, the share and the verdicts as native formulas", () => {
    expect(find("Gräns för eget kapital")[1]!.formula).toMatch(/^=B\d+\*0\.2$/);
    expect(find("Eget kapital inom gränsen")[1]!.formula).toMatch(/^=IF\(B\d+<=B\d+,"Uppfyllt","Ej uppfyllt"\)$/);
    expect(find("Administrationens andel av kostnaderna")[1]!.formula).toMatch(/^=B\d+\/B\d+$/);
    expect(find("Administrationens andel inom gränsen")[1]).toMatchObject({ value: "Ej uppfyllt" });
  });
});
