import Decimal from "decimal.js";

/** The working precision: every operation on a Dec rounds to this many significant digits. */
export const PRECISION = 40;

/**
 * The one Decimal constructor the project uses. 40 significant digits keep ratios of amounts up to
 * 10^15 kr exact to far below one öre; ROUND_HALF_UP is the rounding Swedish reports (and Excel's ROUND) use.
 * A clone, so that no other library's global Decimal settings can change our results.
 */
export const Dec = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Constructors that round to fewer digits, by digits (a handful: the digits callers ask for are constants). */
const rounders = new Map<number, typeof Dec>();

/**
 * a / b rounded once, half-up, to `digits` significant digits. Dividing at 40 digits and then rounding to
 * fewer is two roundings (…4999… can become …5 and then round up) and costs a second Decimal: a result
 * that leaves the program at a known precision (an Excel cell holds 15 digits) is divided at that precision.
 */
export function divide(a: Decimal, b: Decimal, digits: number = PRECISION): Decimal {
  if (digits === PRECISION) return a.div(b);
  let Ctor = rounders.get(digits);
  if (!Ctor) rounders.set(digits, (Ctor = Dec.clone({ precision: digits })));
  // Back to a Dec: a quotient that went on computing in its rounder's class would round to its digits.
  return new Dec(new Ctor(a).div(b));
}

/** |x|, without a new Decimal when x is not negative (abs() always allocates one). */
export const magnitude = (x: Decimal): Decimal => (x.isNegative() ? x.negated() : x);

const SAFE = Number.MAX_SAFE_INTEGER;

/** Powers of ten that are exact doubles, by exponent. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Digits of one base-10^7 word of a Decimal's coefficient (the first word has no leading zeros). */
function wordDigits(w: number): number {
  return w < 1e3 ? (w < 10 ? 1 : w < 100 ? 2 : 3) : w < 1e5 ? (w < 1e4 ? 4 : 5) : w < 1e6 ? 6 : 7;
}

/**
 * Whole öre (an integer below 2^53) as kronor: the Decimal that dividing by 100 gives, read from "<öre>e-2"
 * instead (no division; half the time on a cold start). A zero keeps its sign, as the division does.
 */
export function oreToDec(ore: number): Decimal {
  return ore === 0 ? new Dec(ore) : new Dec(`${ore}e-2`);
}

/** x in whole öre when that is exact and below 2^53 in magnitude, else NaN. Reads the Decimal's public d/e/s. */
export function oreOf(x: Decimal): number {
  const d = x.d;
  if (!d) return NaN;
  let n = d[0] as number;
  let k = wordDigits(n);
  for (let i = 1; i < d.length; i++) {
    let w = d[i] as number;
    let digits = 7;
    // The last word's trailing zeros only pad it to seven digits: left off, n stays below 2^53 for every
    // amount that is (e.g. 900 719 925,48 kr, words 90|0719925|4800000).
    if (i === d.length - 1) {
      while (digits > 0 && w % 10 === 0) {
        w /= 10;
        digits--;
      }
    }
    n = n * (POW10[digits] as number) + w;
    k += digits;
    if (n > SAFE) return NaN;
  }
  // öre = n × 10^p, exactly, or not a whole number of öre.
  const p = x.e - k + 3;
  if (p >= 0) {
    if (p > 15 || n * (POW10[p] as number) > SAFE) return NaN;
    return x.s * n * (POW10[p] as number);
  }
  if (p < -15) return NaN;
  const unit = POW10[-p] as number;
  return n % unit === 0 ? x.s * (n / unit) : NaN;
}

/**
 * An exact running sum of decimals with the same value as adding (or subtracting) them one by one from ZERO
 * with plus/minus: amounts that are whole öre below 2^53 (nearly all money) are added as integers, so a sum
 * of thousands of ledger amounts costs one Decimal instead of thousands. The first amount that is not
 * (more decimals, or too large) switches the sum to Decimal arithmetic from there on, in the same order,
 * so even the rounding at 40 digits is that of the plain chain. A zero sum is +0, as the chain gives.
 */
export class DecSum {
  private ore = 0;
  private count = 0;
  private first: Decimal | null = null;
  private exact: Decimal | null = null;

  add(x: Decimal): this {
    return this.take(x, 1);
  }

  sub(x: Decimal): this {
    return this.take(x, -1);
  }

  value(): Decimal {
    if (this.exact) return this.exact;
    // One amount: the chain's ZERO.plus(x) is x itself (x ≠ 0 of at most 16 digits, so nothing to round).
    if (this.count === 1 && this.first && !this.first.isZero()) return this.first;
    return oreToDec(this.ore);
  }

  private take(x: Decimal, sign: 1 | -1): this {
    if (this.exact) {
      this.exact = sign === 1 ? this.exact.plus(x) : this.exact.minus(x);
      return this;
    }
    const ore = oreOf(x);
    const next = this.ore + sign * ore;
    if (next >= -SAFE && next <= SAFE) {
      this.ore = next;
      this.count++;
      this.first = this.count === 1 && sign === 1 ? x : null;
      return this;
    }
    // NaN (not whole öre) or past 2^53: the sum so far is exact, go on as the chain does.
    const sofar = oreToDec(this.ore);
    this.exact = sign === 1 ? sofar.plus(x) : sofar.minus(x);
    return this;
  }
}

/** Sum of a list of decimals (0 for an empty list): the plus chain's value, summed as DecSum does. */
export function sum(values: readonly Decimal[]): Decimal {
  const total = new DecSum();
  for (const v of values) total.add(v);
  return total.value();
}

/** Σ amount(item) over the items that pass `keep` (all by default), as `sum` adds them. */
export function sumBy<T>(items: readonly T[], amount: (item: T) => Decimal, keep?: (item: T) => boolean): Decimal {
  const total = new DecSum();
  for (const item of items) if (keep === undefined || keep(item)) total.add(amount(item));
  return total.value();
}
