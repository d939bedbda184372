import { Dec, ZERO, oreOf, oreToDec } from "./decimal";
import { fromExcelNumber } from "./excelNumber";

/**
 * An exact amount on the hot paths: whole öre in a JS number (exact below 2^53), or a Dec (kronor) for the
 * rare amount that is not whole öre or too large. Summing a million ledger amounts this way allocates no
 * Dec per amount; conversion to kronor happens once per aggregate.
 */
export type Exact = number | Dec;

/** 2^52: an öre sum is folded into the Dec part before it could lose exactness (see add). */
const FOLD_AT = 4503599627370496;

export function exactToDec(amount: Exact): Dec {
  return typeof amount === "number" ? oreToDec(amount) : amount;
}

/** A Dec as an Exact: whole öre when it is, else the Dec itself. */
export function exactOf(amount: Dec): Exact {
  const ore = oreOf(amount);
  return Number.isNaN(ore) ? amount : ore;
}

/** 10^15 öre (10^13 kr): below it a double's spacing is under 0.002 kr, so two whole öre never share one. */
const NUMBER_ORE_LIMIT = 1e15;

/**
 * A cell's number as an Exact, equal to exactOf(fromExcelNumber(value)) for every finite value: whole öre
 * when the number is the double nearest to a whole number of öre (as every amount the add-in writes is),
 * found without a Dec. Why it is equal: the öre's double is that number, and below NUMBER_ORE_LIMIT those öre
 * have at most 15 significant digits, which is what fromExcelNumber reads back.
 */
export function numberToExact(value: number): Exact {
  const ore = wholeOre(value);
  return Number.isNaN(ore) ? exactOf(fromExcelNumber(value)) : ore;
}

/**
 * A number's whole öre when it is the double nearest to a whole number of öre below NUMBER_ORE_LIMIT, else NaN.
 * Then new Dec(value) is exactly öre / 100 as well: that decimal has at most 15 significant digits, so it is
 * the only one of 15 digits or fewer that reads as this double, and hence the shortest text of it.
 */
export function wholeOre(value: number): number {
  const ore = Math.round(value * 100);
  return ore / 100 === value && ore < NUMBER_ORE_LIMIT && ore > -NUMBER_ORE_LIMIT ? ore : NaN;
}

/**
 * Exact running sums in numbered slots: whole öre in a flat array of doubles plus, rarely, a Dec part. Flat
 * because a million #TRANS rows hit the sums in random order, and an object per sum cost a cache miss per row.
 * A Float64Array rather than number[]: a number[] starts with small-integer elements, and the first sum past
 * 2^31 öre (21 Mkr) changed its elements kind and threw the optimised readers of every ExactSums back to the
 * interpreter (V8 deopts "overflow" and "wrong map"), in the middle of a large ledger's rows.
 */
export class ExactSums {
  private ore = new Float64Array(16);
  private readonly extra: (Dec | null)[] = [];

  constructor(slots = 0) {
    for (let i = 0; i < slots; i++) this.slot();
  }

  get size(): number {
    return this.extra.length;
  }

  /** A new sum at zero; returns its number. */
  slot(): number {
    const i = this.extra.length;
    if (i === this.ore.length) {
      const grown = new Float64Array(i * 2);
      grown.set(this.ore);
      this.ore = grown;
    }
    this.extra.push(null);
    return i;
  }

  add(i: number, amount: Exact): void {
    // Both terms at most 2^52 in magnitude, so their sum (at most 2^53) is exact; larger öre go to the Dec part.
    if (typeof amount === "number" && amount <= FOLD_AT && amount >= -FOLD_AT) {
      const ore = (this.ore[i] as number) + amount;
      if (ore > FOLD_AT || ore < -FOLD_AT) {
        this.extra[i] = oreToDec(ore).plus(this.extra[i] ?? ZERO);
        this.ore[i] = 0;
      } else this.ore[i] = ore;
    } else {
      const dec = exactToDec(amount);
      const extra = this.extra[i];
      this.extra[i] = extra ? extra.plus(dec) : dec;
    }
  }

  sub(i: number, amount: Exact): void {
    this.add(i, typeof amount === "number" ? -amount : amount.negated());
  }

  reset(i: number): void {
    this.ore[i] = 0;
    this.extra[i] = null;
  }

  isZero(i: number): boolean {
    return this.extra[i] === null ? this.ore[i] === 0 : this.toDec(i).isZero();
  }

  /** The sum as an Exact: its öre while no Dec joined it. */
  value(i: number): Exact {
    const extra = this.extra[i];
    return extra ? this.toDec(i) : (this.ore[i] as number);
  }

  toDec(i: number): Dec {
    const ore = oreToDec(this.ore[i] as number);
    const extra = this.extra[i];
    return extra ? ore.plus(extra) : ore;
  }
}
