import { FinsamError } from "../errors";
import { DecSum, ZERO, type Dec } from "../money/decimal";
import type { MappedLedger } from "../mapping/apply";
import { mappedPeriodSums } from "../mapping/periodSums";
import { EXCLUDED_LINE } from "../mapping/types";
import type { CellValue, ReportModel, ReportRow } from "../report/model";
import { DEFAULT_THRESHOLDS, SEVERITY_LABEL_SV, deviation, validateThresholds, type DeviationThresholds } from "../rules/deviation";
import { forecastByBudget, forecastByRunRate } from "../rules/forecast";
import { DRIFT } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { budgetOf, monthOfYear, validateBudget, type Budget } from "./budget";
import { driftCells, driftGroups, rowItems, type DriftMember } from "./driftGroups";

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
const AMOUNT_COLS = [F.budget, F.budgetToDate, F.actual, F.deviation, F.forecast, F.forecastDeviation];

type Actual = { area?: string; insats: string | null; amount: Dec };

/**
 * Actuals to date in netto terms (income positive): the ledger's monthly actuals up to `month`; a ledger
 * without monthly figures can only be followed up for the whole year, from its #RES (earlier months would
 * read as an utfall of 0).
 */
function actualsToDate(m: MappedLedger, month: number): Actual[] {
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

/**
 * Budgetuppföljning per area and insats: budget for the year and to date, utfall to date, avvikelse
 * (utfall − budget to date, flagged by the deviation thresholds), and a helårsprognos with its avvikelse
 * against the annual budget. Amounts are netto: income positive, costs negative.
 */
export function buildBudgetuppfoljning(m: MappedLedger, budget: Budget, options: FollowUpOptions): ReportModel {
  requireCurrentYear(m.ledger);
  validateBudget(budget);
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  validateThresholds(thresholds);
  const month = options.month;
  const actuals = actualsToDate(m, month);
  const groups = driftGroups(m, [...actuals.filter((a) => a.area !== undefined).map((a) => ({ area: a.area!, insats: a.insats })), ...budget.entries.map((e) => ({ area: e.area, insats: e.insats ?? null }))]);
  const rows = new RowList();
  const actualsOf = rowItems(actuals);
  const formulas: ReportRow["columnFormulas"] = {
    [F.deviation]: { plus: [F.actual], minus: [F.budgetToDate] },
    [F.forecastDeviation]: { plus: [F.forecast], minus: [F.budget] },
  };

  const values = (area: string, member: DriftMember | null): Record<string, CellValue> => {
    const b = budgetOf(budget, area, member === null ? undefined : member.insats);
    const toDate = b.monthly.slice(0, month).reduce((t, x) => t.plus(x), ZERO);
    const actual = actualsOf(area, member)
      .reduce((t, a) => t.sub(a.amount), new DecSum())
      .value();
    const forecast = options.forecast === "runrate" ? forecastByRunRate(actual, month) : forecastByBudget(actual, b.monthly, month);
    return { [F.budget]: b.annual, [F.budgetToDate]: toDate, [F.actual]: actual, [F.deviation]: actual.minus(toDate), [F.forecast]: forecast, [F.forecastDeviation]: forecast.minus(b.annual) };
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
      flag(rows.line(g.area, 0, values(g.area.id, null), { columnFormulas: formulas }));
      continue;
    }
    for (const member of g.members) flag(rows.line({ id: member.rowId, label: member.label }, 1, values(g.area.id, member), { columnFormulas: formulas }));
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
