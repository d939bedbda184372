import { Dec } from "../core/money/decimal";

/** Whole kronor with a space between thousands, as in Swedish reports: "7 331 000 kr". */
export function kronor(amount: Dec, decimals = 0): string {
  const fixed = amount.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).abs().toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${amount.isNegative() && !amount.toDecimalPlaces(decimals).isZero() ? "−" : ""}${grouped}${fraction ? `,${fraction}` : ""} kr`;
}

/** A fraction as a percentage with one decimal: 0.1333 → "13,3 %". */
export function percent(fraction: Dec): string {
  return `${fraction.times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1).replace(".", ",").replace("-", "−")} %`;
}
