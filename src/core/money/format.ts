import { Dec } from "./decimal";

/**
 * Swedish number text straight from the exact Decimal (never through a double): thousands grouped by a
 * no-break space, so an amount never breaks over two lines, a decimal comma and the minus sign U+2212.
 * Rounded half-up at `decimals`; `fixed` keeps the trailing zeros ("1 715,50"), otherwise they go ("0,5").
 */
export function svNumber(value: Dec, decimals = 0, fixed = true): string {
  const rounded = value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const [whole, fraction] = (fixed ? rounded.abs().toFixed(decimals) : rounded.abs().toFixed()).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${rounded.isNegative() && !rounded.isZero() ? "−" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** The same in English ("1,715.5"): thousands grouped by a comma, a decimal point and a hyphen-minus. */
export function enNumber(value: Dec, decimals = 0, fixed = true): string {
  const rounded = value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const [whole, fraction] = (fixed ? rounded.toFixed(decimals) : rounded.toFixed()).split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction ? `.${fraction}` : ""}`;
}

/** "7 331 000 kr"; with decimals "1 234,50 kr". */
export function kronor(amount: Dec, decimals = 0): string {
  return `${svNumber(amount, decimals)} kr`;
}

/** A fraction as a percentage: 0.1333 → "13,3 %". */
export function percent(fraction: Dec, decimals = 1): string {
  return `${svNumber(fraction.times(100), decimals)} %`;
}
