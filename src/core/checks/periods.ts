import type { StatementSet } from "./statementSet";

/** The two years a report shows: column "current"/"previous" of RR, BR and KFA. */
export type Period = "current" | "previous";
export const PERIODS: readonly Period[] = ["current", "previous"];

/** The five-year table's column for a period. */
export function yearColumn(set: StatementSet, period: Period): string {
  return String(period === "current" ? set.year : set.year - 1);
}

export function periodLabel(set: StatementSet, period: Period): string {
  return yearColumn(set, period);
}
