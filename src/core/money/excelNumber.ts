import { Dec, oreToDec } from "./decimal";
import type { Exact } from "./exact";
import { FinsamError } from "../errors";
import type { MessageParams } from "../messages/index";

/** Largest magnitude accepted: 2^53 / 100, so that even öre amounts stay exact integers of öre in a double. */
export const MAX_EXCEL_AMOUNT = 2 ** 53 / 100;
const MAX_EXCEL_AMOUNT_DEC = new Dec(MAX_EXCEL_AMOUNT);
const MIN_EXCEL_AMOUNT_DEC = MAX_EXCEL_AMOUNT_DEC.negated();
/** Decimal exponent of the limit: a number with a smaller one is far below it. */
const LIMIT_EXPONENT = MAX_EXCEL_AMOUNT_DEC.e;
const NOWHERE: MessageParams = {};
/** Excel keeps (and displays) 15 significant digits; more would be silently cut. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * The one place a Dec becomes a JS number (an Excel cell value). Rejects what a double cannot hold exactly
 * instead of rounding silently: the caller rounds explicitly first. `where` names the cell or field.
 */
export function toExcelNumber(d: Dec, where: MessageParams = NOWHERE): number {
  if (!d.isFinite()) throw new FinsamError("number.notFinite", where);
  // Every cell of every report passes here: compare (each comparison allocates) only when the exponent says
  // the magnitude is near the limit.
  if (d.e >= LIMIT_EXPONENT && (d.greaterThan(MAX_EXCEL_AMOUNT_DEC) || d.lessThan(MIN_EXCEL_AMOUNT_DEC))) throw new FinsamError("sheet.tooLarge", { ...where, value: d.toString(), max: MAX_EXCEL_AMOUNT });
  if (d.sd() > MAX_SIGNIFICANT_DIGITS) throw new FinsamError("sheet.imprecise", { ...where, value: d.toString() });
  // ≤ 15 significant digits: the nearest double prints back as the same decimal.
  const n = Number(d.toString());
  return Object.is(n, -0) ? 0 : n;
}

/** 10^15 öre: below it an amount of whole öre has at most 15 significant digits in kronor. */
const ORE_15_DIGITS = 1e15;

/**
 * An Exact amount (whole öre, or a Dec) as a cell value, under toExcelNumber's rules. Whole öre below 10^15
 * need no Decimal: the double nearest to öre/100 is what the division gives (IEEE division rounds the exact
 * quotient once) and what Number() reads from the Decimal's text, so the result is the same number.
 */
export function exactToExcelNumber(amount: Exact, where: MessageParams = NOWHERE): number {
  if (typeof amount !== "number") return toExcelNumber(amount, where);
  if (amount < ORE_15_DIGITS && amount > -ORE_15_DIGITS) return amount / 100 + 0;
  return toExcelNumber(oreToDec(amount), where);
}

/**
 * A cell's number as a Dec, at the 15 significant digits Excel keeps and shows: a cell computed as
 * =0,1+0,2 holds the double 0.30000000000000004 and shows 0,3, and 0,3 is the amount the user means. The
 * mirror of toExcelNumber, which refuses to write more digits than this.
 */
export function fromExcelNumber(n: number): Dec {
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? new Dec(n) : new Dec(n.toPrecision(MAX_SIGNIFICANT_DIGITS));
}
