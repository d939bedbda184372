import { Dec } from "../money/decimal";
import type { RowVerdict } from "../report/model";

/**
 * Formulas a goal's verdict, Andel and Gräns are written as (Finansiella mål: over the row's own cells and the
 * costs printed under the goals), and what each gives on the shown figures: the renderer writes the formula only
 * where that is the engine's own figure, so a recalculation never changes what the add-in printed.
 */

/** "=IF(C4<=D4,"Uppfyllt","Ej uppfyllt")": met when the value is at most (or at least) the limit. */
export function verdictFormula(verdict: RowVerdict, value: string, limit: string): string {
  const text = (t: string) => `"${t.replace(/"/g, '""')}"`;
  return `=IF(${value}${verdict.holds === "atMost" ? "<=" : ">="}${limit},${text(verdict.met)},${text(verdict.notMet)})`;
}

/** What verdictFormula gives on the shown value and limit. */
export function verdictOfShown(verdict: RowVerdict, value: Dec, limit: Dec): string {
  const holds = verdict.holds === "atMost" ? !value.greaterThan(limit) : !value.lessThan(limit);
  return holds ? verdict.met : verdict.notMet;
}

/**
 * The quotient of the shown figures, or null where it would not print as the engine's exact ratio does at the
 * column's `decimals` of a percent (a limit shown as 0, or a rounding that moves the last printed decimal).
 */
export function quotientOfShown(numerator: Dec, denominator: Dec, exact: Dec, decimals: number): Dec | null {
  if (denominator.isZero()) return null;
  const q = numerator.div(denominator);
  const printed = (x: Dec) => x.toDecimalPlaces(decimals + 2, Dec.ROUND_HALF_UP);
  return printed(q).equals(printed(exact)) ? q : null;
}

/**
 * The product of a shown cell and a factor (a Gräns of 10 % of the costs), or null where it would not print, at
 * the unit's `decimals`, as the cell's own rounding `plain` does.
 */
export function productOfShown(base: Dec, factor: Dec, plain: Dec, decimals: number): Dec | null {
  const p = base.times(factor);
  return p.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).equals(plain) ? p : null;
}
