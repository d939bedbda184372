/** Powers of ten that are exact doubles (10^22 is the last). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * a / b rounded half-up to `digits` (at most 15) significant digits, as the double nearest to that decimal: the
 * number toExcelNumber(divide(new Dec(a), new Dec(b), digits)) gives, without a Decimal. For whole numbers
 * 0 ≤ a ≤ b, b > 0; null when b is too large for the long division (b · 10 past 2^53).
 *
 * Why it is the same number: q = ⌊a · 10^s / b⌋, for the s that gives q `digits` digits, is the quotient's digits
 * cut off, and the remainder r (a · 10^s − q · b) says whether what was cut off is at least one half (2r ≥ b).
 * Each step is an exact operation on integers below 2^53. Then q / 10^s rounds the decimal q · 10^−s once to the
 * nearest double, as Number() of its text does.
 */
export function roundedQuotient(a: number, b: number, digits: number): number | null {
  if (a === 0) return 0;
  if (a === b) return 1;
  // Digits per long-division step: a remainder (below b) times 10^m stays below 2^53.
  let m = 0;
  while (m < 15 && b * POW10[m + 1]! <= SAFE) m++;
  if (m === 0) return null;
  // s puts the quotient's first digit in the units and `digits` − 1 after it: z is the least with a·10^z ≥ b
  // (exact: x stays below 10b ≤ 2^53).
  let z = 0;
  for (let x = a; x < b; x *= 10) z++;
  const s = z + digits - 1;
  let q = 0;
  let r = a;
  for (let left = s; left > 0; left -= m) {
    const k = left < m ? left : m;
    r *= POW10[k]!;
    const rest = r % b;
    q = q * POW10[k]! + (r - rest) / b;
    r = rest;
  }
  if (2 * r >= b) q++;
  return s <= 22 ? q / POW10[s]! : Number(`${q}e-${s}`);
}
