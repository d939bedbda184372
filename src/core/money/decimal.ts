import Decimal from "decimal.js";

/**
 * The one Decimal constructor the project uses. 40 significant digits keep ratios of amounts up to
 * 10^15 kr exact to far below one öre; ROUND_HALF_UP is the rounding Swedish reports (and Excel's ROUND) use.
 * A clone, so that no other library's global Decimal settings can change our results.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Sum of a list of decimals (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
