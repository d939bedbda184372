import { Dec, sum } from "../money/decimal";
import { FinsamError } from "../errors";

function checkMonth(month: number, field: string): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new FinsamError("forecast.month", { field, value: month });
}

/**
 * Helårsprognos by budget: actual to date plus the budget of the months still to come.
 * `budget` is either the annual budget (spread evenly over 12 months) or 12 monthly amounts (periodiserad).
 */
export function forecastByBudget(actualToDate: Dec, budget: Dec | readonly Dec[], month: number): Dec {
  checkMonth(month, "månad");
  if (Array.isArray(budget)) {
    if (budget.length !== 12) throw new FinsamError("forecast.monthlyBudget", { field: "månadsbudget", value: budget.length });
    return actualToDate.plus(sum(budget.slice(month)));
  }
  const annual = budget as Dec;
  return actualToDate.plus(annual.times(12 - month).div(12));
}

/** Helårsprognos by run-rate: actual to date scaled to twelve months. */
export function forecastByRunRate(actualToDate: Dec, month: number): Dec {
  checkMonth(month, "månad");
  return actualToDate.times(12).div(month);
}
