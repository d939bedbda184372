import { Dec, ZERO } from "../money/decimal";

/**
 * Whole-unit parts of `units` in proportion to `weights` (largest remainder), computed exactly: each part is
 * its share's integer quotient q = ⌊units·w / Σw⌋, and the units still missing go one each to the largest
 * remainders r = units·w − q·Σw. Remainders share the denominator Σw, so comparing them is exact: no share is
 * ever rounded. Ties go to the larger share (larger q), then to the earlier member.
 *
 * Two implementations of that one rule: in safe integers when every product fits below 2^53 (weights scaled
 * by a common power of ten; SPLIT got about 3× faster), else in Decimals. A property test holds them equal.
 * `weights` are non-negative with a positive sum and `units` a non-negative integer (apportion checks).
 */
export function largestRemainder(units: Dec, weights: readonly Dec[], weightSum: Dec): Dec[] {
  const fast = integerParts(units, weights);
  return fast ? fast.map((n) => new Dec(n)) : decimalParts(units, weights, weightSum);
}

/** The rule in safe integers, or null when some figure is not one (then decimalParts gives the same parts). */
export function integerParts(units: Dec, weights: readonly Dec[]): number[] | null {
  const u = safeInteger(units);
  if (u === null) return null;
  let places = 0;
  for (const w of weights) places = Math.max(places, w.decimalPlaces());
  if (places > MAX_PLACES) return null;
  const scale = POW10[places]!;
  const ws: number[] = [];
  for (const w of weights) {
    const n = safeInteger(places === 0 ? w : w.times(scale));
    if (n === null) return null;
    ws.push(n);
  }
  return safeIntegerParts(u, ws);
}

/**
 * The rule on safe integers: `ws` are the weights times any common scale (which changes no quotient and scales
 * every remainder alike, so the parts are the same), their sum positive. Null when a sum or product passes 2^53.
 */
export function safeIntegerParts(u: number, ws: readonly number[]): number[] | null {
  let sum = 0;
  for (const w of ws) sum += w;
  if (!Number.isSafeInteger(sum)) return null;
  const q: number[] = [];
  const r: number[] = [];
  let missing = u;
  for (const w of ws) {
    const product = u * w; // exact whenever it is a safe integer: rounding would leave 2^53 or more
    if (!Number.isSafeInteger(product)) return null;
    const rest = product % sum;
    const quotient = (product - rest) / sum;
    q.push(quotient);
    r.push(rest);
    missing -= quotient;
  }
  return addMissing(q, r, missing, (a, b) => a - b, (x) => x + 1);
}

/** The rule in Decimals: exact while units·w has at most 40 significant digits. */
export function decimalParts(units: Dec, weights: readonly Dec[], weightSum: Dec): Dec[] {
  const q: Dec[] = [];
  const r: Dec[] = [];
  let given = ZERO;
  for (const w of weights) {
    const product = units.times(w);
    const quotient = product.divToInt(weightSum);
    q.push(quotient);
    r.push(product.minus(quotient.times(weightSum)));
    given = given.plus(quotient);
  }
  return addMissing(q, r, units.minus(given).toNumber(), (a, b) => a.comparedTo(b), (x) => x.plus(1));
}

/** One more unit each to the `missing` members with the largest remainder, then quotient, then position. */
function addMissing<T>(q: T[], r: readonly T[], missing: number, compare: (a: T, b: T) => number, next: (x: T) => T): T[] {
  if (missing <= 0) return q;
  const order = q.map((_, i) => i).sort((a, b) => compare(r[b]!, r[a]!) || compare(q[b]!, q[a]!) || a - b);
  for (let k = 0; k < missing && k < order.length; k++) q[order[k]!] = next(q[order[k]!]!);
  return q;
}

const MAX_PLACES = 9;
const POW10 = Array.from({ length: MAX_PLACES + 1 }, (_, i) => new Dec(10).pow(i));

function safeInteger(d: Dec): number | null {
  if (!d.isInteger()) return null;
  const n = d.toNumber();
  return Number.isSafeInteger(n) ? n : null;
}
