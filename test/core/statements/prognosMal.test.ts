import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports, type FinsamInputs } from "../../../src/core/reports/buildAll";
import type { ReportModel } from "../../../src/core/report/model";
import { Dec } from "../../../src/core/money/decimal";
import { applyMapping } from "../../../src/core/mapping/apply";
import { followUpLines } from "../../../src/core/statements/budgetuppfoljning";
import { budgetFromLedger } from "../../../src/core/statements/budget";
import { OUTLOOK_ROWS, OUTLOOK_WORDING } from "../../../src/core/statements/prognosMal";
import { GOAL_ROWS, buildFinansiellaMal } from "../../../src/core/statements/finansiellaMal";
import { GOAL_BASE_ROWS } from "../../../src/core/statements/goalBase";
import { flatEquityRule } from "../../../src/core/rules/equityCap";
import { BR, DRIFT } from "../../../src/core/statements/lines";
import { runChecks } from "../../../src/core/checks/run";
import { engineStatementSet } from "../../../src/core/reports/engineStatementSet";
import { renderReport } from "../../../src/core/sheet/render";
import { cell } from "./helpers";

// The committed example förbund: a ledger of 2024 with #PBUDGET months, and 2023's closing balances (#UB −1).
const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")))).inputs;
const atMonth = (month: number, inputs: FinsamInputs = example) => buildAllReports({ ...inputs, settings: { ...inputs.settings, month } });
const model = (r: ReturnType<typeof buildAllReports>, id: ReportModel["id"]) => r.models.find((x) => x.id === id)!;
const dec = (m: ReportModel, row: string, column: string) => new Dec(cell(m, row, column)!);
const GOALS = Object.values(GOAL_ROWS);

describe("Prognos finansiella mål (RKR R17: the goals by the full-year forecast)", () => {
  test("at month 12 the forecast is the outcome: every goal's figures and verdict are Finansiella mål's", () => {
    const r = atMonth(12);
    const outlook = model(r, "prognos-mal");
    const actual = model(r, "finansiella-mal");
    const verdict: Record<string, string> = { Uppfyllt: "Uppfylls enligt prognos", "Ej uppfyllt": "Uppfylls inte enligt prognos" };
    for (const row of GOALS) {
      for (const column of ["goal", "outcome", "limit", "ratio"]) expect([row, column, cell(outlook, row, column)]).toEqual([row, column, cell(actual, row, column)]);
      expect([row, cell(outlook, row, "status")]).toEqual([row, verdict[cell(actual, row, "status")!]]);
    }
    // The example's goals are not all met, so the equality above tests both verdicts.
    expect(new Set(GOALS.map((row) => cell(actual, row, "status")))).toEqual(new Set(["Uppfyllt", "Ej uppfyllt"]));
  });

  test("at month 9 the year-end equity is last year's closing equity + the follow-up's forecast result, tested against the cap of the forecast contributions", () => {
    const r = atMonth(9);
    const outlook = model(r, "prognos-mal");
    const followUp = model(r, "budgetuppfoljning");
    const opening = dec(outlook, OUTLOOK_ROWS.ingaendeEk, "outcome");
    const result = dec(outlook, OUTLOOK_ROWS.resultat, "outcome");
    // #IB 0 2091 −2 050 000 (examples/exempelforbund.se line 50), printed as 2023's Summa eget kapital.
    expect(opening.toString()).toBe("2050000");
    expect(opening.toString()).toBe(cell(model(r, "balansrakning"), BR.summaEgetKapital.id, "previous"));
    expect(result.toString()).toBe(cell(followUp, DRIFT.resultat.id, "forecast"));
    // Not the year's outcome: the forecast differs from the actual result before year end.
    expect(result.equals(dec(model(r, "resultatrakning"), "rr.arets-resultat", "current"))).toBe(false);
    expect(cell(outlook, OUTLOOK_ROWS.utgaendeEk, "outcome")).toBe(opening.plus(result).toString());
    expect(cell(outlook, GOAL_ROWS.egetKapital, "outcome")).toBe(opening.plus(result).toString());
    // On the sheet the equity goal's Utfall is the SUM above it (2 050 − 8 tkr), so its Över gränsen, Andel and
    // verdict follow a corrected opening equity; rows 4–6 are the outlook, 7 the equity goal.
    const sheet = r.sheets.find((s) => s.name === "Prognos finansiella mål")!;
    const row7 = sheet.cells[6]!.slice(2).map((c) => [c.formula, c.value]);
    expect([[sheet.cells[5]![2]!.formula, sheet.cells[5]![2]!.value], ...row7]).toEqual([
      ["=SUM(C4:C5)", 2_042], ["=C6", 2_042], ["=C12*0.2", 1_200], ["=C7-D7", 842], ["=C7/D7", expect.closeTo(2_042 / 1_200, 14)],
      ['=IF(C7<=D7,"Uppfylls enligt prognos","Uppfylls inte enligt prognos")', "Uppfylls inte enligt prognos"],
    ]);
    // Its Gräns is 20 % of the forecast contributions printed under the goals (row 12), the follow-up's forecast of
    // Intäkter från huvudmännen (no costs on that area in the example).
    const contributions = dec(followUp, DRIFT.huvudman.id, "forecast");
    expect(cell(outlook, GOAL_BASE_ROWS.bidrag, "outcome")).toBe(contributions.toString());
    expect([sheet.cells[11]![0]!.value, sheet.cells[11]![2]!.value]).toEqual(["Medlemmarnas bidrag", 6_000]);
    expect(cell(outlook, GOAL_ROWS.egetKapital, "limit")).toBe(contributions.times("0.2").toString());
    const within = !opening.plus(result).greaterThan(contributions.times("0.2"));
    expect(cell(outlook, GOAL_ROWS.egetKapital, "status")).toBe(within ? "Uppfylls enligt prognos" : "Uppfylls inte enligt prognos");
    expect(cell(outlook, GOAL_ROWS.balanskrav, "status")).toBe(result.isNegative() ? "Uppfylls inte enligt prognos" : "Uppfylls enligt prognos");
    // Administration books no income in the example, so its forecast costs are its forecast netto, negated: the
    // utfall to date plus the three months of budget still to come, not the costs booked by September alone.
    const admin = dec(followUp, DRIFT.administration.id, "forecast").negated();
    expect(admin.greaterThan(dec(followUp, DRIFT.administration.id, "actual").negated())).toBe(true);
    expect(cell(outlook, GOAL_ROWS.administration, "outcome")).toBe(admin.toString());
  });

  test("each follow-up row's forecast splits into income and costs that add back to it, and the costs are the actual costs at month 12", () => {
    const m = applyMapping(example.ledger, example.mapping);
    const budget = budgetFromLedger(example.ledger, example.mapping);
    const y12 = followUpLines(m, budget, { month: 12 });
    for (const month of [3, 9]) {
      const { lines } = followUpLines(m, budget, { month });
      for (const [id, l] of lines) {
        // Costs grow by the rest of the year's cost budget, never shrink below the costs booked to date.
        expect([id, l.forecastCost.greaterThanOrEqualTo(0)]).toEqual([id, true]);
        expect([id, l.forecast.plus(l.forecastCost).greaterThanOrEqualTo(0)]).toEqual([id, true]);
        expect([id, l.forecast.minus(l.actual).toString()]).toEqual([id, budgetRest(l.annual, l.toDate).toString()]);
      }
    }
    const administration = [...y12.lines.values()].filter((l) => l.area === DRIFT.administration.id);
    const cost = administration.reduce((t, l) => t.plus(l.forecastCost), new Dec(0));
    expect(cost.toString()).toBe(cell(model(atMonth(12), "finansiella-mal"), GOAL_ROWS.administration, "outcome"));
  });

  test("without last year's closing balances the equity goal cannot be assessed, and says why; the other goals still are", () => {
    const ledger = { ...example.ledger, balances: example.ledger.balances.filter((b) => !((b.kind === "ub" && b.year === -1) || (b.kind === "ib" && b.year === 0))) };
    const r = atMonth(9, { ...example, ledger });
    const outlook = model(r, "prognos-mal");
    expect(cell(outlook, OUTLOOK_ROWS.ingaendeEk, "outcome")).toBeNull();
    expect(cell(outlook, OUTLOOK_ROWS.utgaendeEk, "outcome")).toBeNull();
    expect(cell(outlook, GOAL_ROWS.egetKapital, "status")).toBe("Kan inte bedömas: ingående eget kapital saknas i huvudboken (inget #IB för året eller #UB för året innan)");
    expect(cell(outlook, GOAL_ROWS.balanskrav, "status")).toMatch(/^Uppfylls (inte )?enligt prognos$/);
    expect(r.findings.find((f) => f.id === "prognos:ingaende-ek")?.status).toBe("not-applicable");
  });

  test("a forecast of negative contributions (more paid back than received) gives no cap: the equity goal cannot be assessed, named", () => {
    const goals = buildFinansiellaMal(
      { year: "2024", equity: new Dec(500_000), contributions: new Dec(-100_000), equityRule: flatEquityRule(new Dec("0.2")), adminCosts: new Dec(10), totalCosts: new Dec(100), aretsResultat: new Dec(0) },
      { wording: OUTLOOK_WORDING },
    );
    expect(cell(goals, GOAL_ROWS.egetKapital, "limit")).toBeNull();
    expect(cell(goals, GOAL_ROWS.egetKapital, "status")).toMatch(/^Kan inte bedömas: medlemmarnas bidrag \(−100\s000 kr\) är negativa$/);
    expect(cell(goals, GOAL_ROWS.administration, "status")).toBe("Uppfylls enligt prognos");
  });

  test("Kontroller ties its result to the follow-up's Resultat and its opening equity to the BR, and fails when either differs", () => {
    const r = atMonth(9);
    expect(r.findings.filter((f) => f.id.startsWith("prognos:")).map((f) => `${f.id} ${f.status}`)).toEqual(["prognos:manad pass", "prognos:resultat pass", "prognos:ingaende-ek pass"]);
    const outlook = model(r, "prognos-mal");
    const shifted = (row: string): ReportModel => ({ ...outlook, rows: outlook.rows.map((x) => (x.id === row ? { ...x, values: { ...x.values, outcome: dec(outlook, row, "outcome").plus(1) } } : x)) });
    const set = (o: ReportModel) =>
      engineStatementSet({
        year: 2024, unit: "tkr", rr: model(r, "resultatrakning"), br: model(r, "balansrakning"), drift: model(r, "driftsredovisning"), fy: model(r, "flerarsoversikt"), goals: model(r, "finansiella-mal"),
        incomeNote: model(r, "not-intakter"), costNote: model(r, "not-kostnader"), balanceNotes: [], followUp: model(r, "budgetuppfoljning"), outlook: o,
      });
    const status = (o: ReportModel, id: string) => runChecks(set(o)).find((f) => f.id === id)?.status;
    expect([status(outlook, "prognos:resultat"), status(shifted(OUTLOOK_ROWS.resultat), "prognos:resultat")]).toEqual(["pass", "fail"]);
    expect([status(outlook, "prognos:ingaende-ek"), status(shifted(OUTLOOK_ROWS.ingaendeEk), "prognos:ingaende-ek")]).toEqual(["pass", "fail"]);
  });

  test("its sheet recalculates the year-end equity natively, prints the follow-up's forecast result as that sheet prints it, and prints on A4", () => {
    const r = atMonth(9);
    const sheet = r.sheets.find((s) => s.ownerKey === "prognos-mal")!;
    expect(sheet.name).toBe("Prognos finansiella mål");
    const rowOf = (label: string) => sheet.cells.findIndex((row) => row[0]?.value === label);
    const closing = sheet.cells[rowOf("Eget kapital vid årets slut enligt prognos")]![2]!;
    expect(closing.formula).toBe(`=SUM(C${rowOf("Ingående eget kapital") + 1}:C${rowOf("Resultat enligt helårsprognos") + 1})`);
    const follow = r.sheets.find((s) => s.ownerKey === "budgetuppfoljning")!;
    const resultRow = follow.cells.find((row) => row[0]?.value === "Resultat")!;
    const forecastCol = follow.cells[2]!.findIndex((c) => typeof c.value === "string" && c.value.startsWith("Helårsprognos"));
    expect(sheet.cells[rowOf("Resultat enligt helårsprognos")]![2]!.value).toBe(resultRow[forecastCol]!.value);
    // Its column is headed, with the year, as the follow-up's column it is read from.
    expect([sheet.cells[2]![2]!.value, follow.cells[2]![forecastCol]!.value]).toEqual(["Helårsprognos 2024", "Helårsprognos 2024"]);
    expect(sheet.print).toMatchObject({ repeatRows: 3 });
    // Rendered alone, the same model prints the same figures: nothing depends on another sheet's cells.
    expect(renderReport(model(r, "prognos-mal"), { sheetName: sheet.name, unit: "tkr" }).cells.length).toBe(sheet.cells.length);
  });
});

/** What the follow-up adds to the utfall to date: the budget of the months still to come (annual − to date). */
function budgetRest(annual: Dec, toDate: Dec): Dec {
  return annual.minus(toDate);
}
