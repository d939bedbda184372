import { FinsamError } from "../errors";
import { ZERO, type Dec } from "../money/decimal";
import type { MappedLedger } from "../mapping/apply";
import { mappedPeriodSums } from "../mapping/periodSums";
import { EXCLUDED_LINE } from "../mapping/types";
import type { CellValue, ReportModel, ReportRow } from "../report/model";
import { DEFAULT_THRESHOLDS, SEVERITY_LABEL_SV, deviation, validateThresholds, type DeviationThresholds } from "../rules/deviation";
import { forecastByBudget, forecastByRunRate } from "../rules/forecast";
import { DRIFT } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { budgetOf, monthOfYear, validateBudget, type Budget } from "./budget";
import { driftCells, driftGroups, incomeAndCost, rowItems, type DriftGroup, type DriftMember } from "./driftGroups";

export interface FollowUpOptions extends StatementOptions {
  /** Last month of the financial year included in the actuals (1–12). */
  month: number;
  thresholds?: DeviationThresholds;
  /** Helårsprognos: actual + remaining budget (default) or run-rate. */
  forecast?: "budget" | "runrate";
}

export const FOLLOW_UP_COLUMNS = {
  budget: "budget",
  budgetToDate: "budgetToDate",
  actual: "actual",
  deviation: "deviation",
  deviationPercent: "deviationPercent",
  flag: "flag",
  forecast: "forecast",
  forecastDeviation: "forecastDeviation",
} as const;
const F = FOLLOW_UP_COLUMNS;
/** The sheet's avvikelse, as its heading says: utfall − budget t.o.m. månaden (netto, so positive is better). */
export const FOLLOW_UP_DEVIATION = { basis: FOLLOW_UP_COLUMNS.actual, direction: "utfall-budget" } as const;
const AMOUNT_COLS = [F.budget, F.budgetToDate, F.actual, F.deviation, F.forecast, F.forecastDeviation];

/** An actual to date: ledger-signed (debit positive), with its RR line so income and costs can be told apart. */
export type Actual = { area?: string; insats: string | null; line?: string; amount: Dec };

/**
 * Actuals to date in netto terms (income positive): the ledger's monthly actuals up to `month`; a ledger
 * without monthly figures can only be followed up for the whole year, from its #RES (earlier months would
 * read as an utfall of 0).
 */
export function actualsToDate(m: MappedLedger, month: number): Actual[] {
  const periods = mappedPeriodSums(m.ledger, m.mapping, "actual", 0).filter((p) => p.line !== EXCLUDED_LINE);
  if (periods.length === 0) {
    if (month !== 12) throw new FinsamError("followUp.noMonthly", { field: "Utfall till och med månad", value: month });
    return driftCells(m).filter((c) => c.year === 0);
  }
  // A ledger has a few dozen distinct periods and thousands of sums.
  const months = new Map<string, number>();
  const monthOf = (period: string) => {
    let n = months.get(period);
    if (n === undefined) months.set(period, (n = monthOfYear(m.ledger, 0, period)));
    return n;
  };
  return periods.filter((p) => monthOf(p.period) <= month);
}

/** One row of the follow-up: an area, or one insats of it (member), with its budget, actuals and forecast. */
export interface FollowUpLine {
  area: string;
  member: DriftMember | null;
  annual: Dec;
  toDate: Dec;
  /** Utfall to date, netto (income positive). */
  actual: Dec;
  forecast: Dec;
  /**
   * The forecast's costs (positive): the costs to date, plus the rest of the year's budget where that is a cost
   * (negative), or the costs to date at run-rate. forecast + forecastCost is the forecast's income.
   */
  forecastCost: Dec;
}

export interface FollowUp {
  groups: DriftGroup[];
  /** Keyed by row id: a member's rowId, or the area's id for an area without members. */
  lines: Map<string, FollowUpLine>;
}

/**
 * The follow-up's figures per row, before they are laid out: what the sheet prints and what the forecast of the
 * financial goals (prognosMal.ts) reads.
 */
export function followUpLines(m: MappedLedger, budget: Budget, options: FollowUpOptions): FollowUp {
  requireCurrentYear(m.ledger);
  validateBudget(budget);
  const month = options.month;
  const actuals = actualsToDate(m, month);
  const groups = driftGroups(m, [...actuals.filter((a) => a.area !== undefined).map((a) => ({ area: a.area!, insats: a.insats })), ...budget.entries.map((e) => ({ area: e.area, insats: e.insats ?? null }))]);
  const actualsOf = rowItems(actuals);
  const line = (area: string, member: DriftMember | null): FollowUpLine => {
    const b = budgetOf(budget, area, member === null ? undefined : member.insats);
    const toDate = b.monthly.slice(0, month).reduce((t, x) => t.plus(x), ZERO);
    const { intakt, kostnad } = incomeAndCost(actualsOf(area, member));
    const actual = intakt.minus(kostnad);
    if (options.forecast === "runrate") {
      return { area, member, annual: b.annual, toDate, actual, forecast: forecastByRunRate(actual, month), forecastCost: forecastByRunRate(kostnad, month) };
    }
    const rest = forecastByBudget(ZERO, b.monthly, month);
    return { area, member, annual: b.annual, toDate, actual, forecast: actual.plus(rest), forecastCost: rest.isNegative() ? kostnad.minus(rest) : kostnad };
  };
  const lines = new Map<string, FollowUpLine>();
  for (const g of groups) {
    if (g.members.length === 0) lines.set(g.area.id, line(g.area.id, null));
    for (const member of g.members) lines.set(member.rowId, line(g.area.id, member));
  }
  return { groups, lines };
}

/**
 * Budgetuppföljning per area and insats: budget for the year and to date, utfall to date, avvikelse
 * (utfall − budget to date, flagged by the deviation thresholds), and a helårsprognos with its avvikelse
 * against the annual budget. Amounts are netto: income positive, costs negative.
 */
export function buildBudgetuppfoljning(m: MappedLedger, budget: Budget, options: FollowUpOptions, followUp?: FollowUp): ReportModel {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  validateThresholds(thresholds);
  const month = options.month;
  // A build computes the rows once for this sheet and the forecast of the goals.
  const { groups, lines } = followUp ?? followUpLines(m, budget, options);
  const rows = new RowList();
  const formulas: ReportRow["columnFormulas"] = {
    [F.deviation]: { plus: [F.actual], minus: [F.budgetToDate] },
    [F.forecastDeviation]: { plus: [F.forecast], minus: [F.budget] },
  };

  const values = (rowId: string): Record<string, CellValue> => {
    const l = lines.get(rowId)!;
    return { [F.budget]: l.annual, [F.budgetToDate]: l.toDate, [F.actual]: l.actual, [F.deviation]: l.actual.minus(l.toDate), [F.forecast]: l.forecast, [F.forecastDeviation]: l.forecast.minus(l.annual) };
  };
  // Netto amounts (income positive, costs negative): higher is better on every row, as the sheet's
  // conditional formats read it. The cost rule's magnitudes would take income booked on a cost area with no
  // budget (interest on "Övrigt") for an overrun.
  const flag = (row: ReportRow) => {
    const d = deviation(row.values[F.actual] as Dec, row.values[F.budgetToDate] as Dec, "income", thresholds);
    row.values[F.deviationPercent] = d.percent;
    row.values[F.flag] = d.severity === "ok" ? null : SEVERITY_LABEL_SV[d.severity];
    row.flags = { [F.deviation]: d.severity };
  };

  for (const g of groups) {
    if (g.members.length === 0) {
      flag(rows.line(g.area, 0, values(g.area.id), { columnFormulas: formulas }));
      continue;
    }
    for (const member of g.members) flag(rows.line({ id: member.rowId, label: member.label }, 1, values(member.rowId), { columnFormulas: formulas }));
    flag(rows.sum(g.area, "subtotal", 0, g.members.map((x) => x.rowId), AMOUNT_COLS, { columnFormulas: formulas }));
  }
  // The total's percentage is relative to the net budget.
  flag(rows.sum({ id: DRIFT.resultat.id, label: "Resultat" }, "total", 0, groups.map((g) => g.area.id), AMOUNT_COLS, { columnFormulas: formulas }));

  const y0 = yearName(m.ledger, 0);
  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "budgetuppfoljning",
    title: `Budgetuppföljning ${y0}, t.o.m. månad ${month}`,
    unit,
    columns: [
      amountColumn(F.budget, `Budget helår ${y0}`),
      amountColumn(F.budgetToDate, `Budget t.o.m. månad ${month}`),
      amountColumn(F.actual, `Utfall t.o.m. månad ${month}`),
      amountColumn(F.deviation, "Avvikelse (utfall − budget)"),
      { id: F.deviationPercent, heading: "Avvikelse (%)", kind: "percent" },
      // The flag in words beside its colour, for a reader without colour (or a black-and-white printout).
      { id: F.flag, heading: "Flagga", kind: "text", flagOf: F.deviation },
      amountColumn(F.forecast, `Helårsprognos ${y0}`),
      amountColumn(F.forecastDeviation, "Prognos − budget"),
    ],
    rows: rows.rows,
    footnotes: [
      unitFootnote(unit),
      "Belopp netto: intäkter positiva, kostnader negativa. Positiv avvikelse = bättre än budget.",
      `Flagga: ${SEVERITY_LABEL_SV.warning} (gul) respektive ${SEVERITY_LABEL_SV.critical} (röd) när en ogynnsam avvikelse överstiger tröskelvärdena; kolumnen räknas om när beloppen ändras.`,
      options.forecast === "runrate" ? "Prognos: utfall uppräknat till tolv månader." : "Prognos: utfall hittills + budget för återstående månader.",
    ],
  };
}
