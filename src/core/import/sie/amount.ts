import { Dec, ZERO } from "../../money/decimal";
import { FinsamError } from "../../errors";

/**
 * SIE amounts (`-1234.50`, decimal point) on the hot path. An amount with at most two decimals and at most
 * 13 integer digits is held as a whole number of öre in a JS number (exact below 2^53), so summing a million
 * #TRANS rows allocates no Dec per row; anything else (more decimals, huge values) is kept as an exact Dec.
 * Nothing is rounded: conversion to kronor happens once per aggregate (see SumTable.toDec).
 */
export type SieAmount = number | Dec;

const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const COMMA = 44;
const ZERO_CODE = 48;

export function parseSieAmount(text: string, line: number): SieAmount {
  return parseSieAmountIn(text, 0, text.length, line);
}

/** The amount in text[start, end): a field read in place, without slicing it out of its line. */
export function parseSieAmountIn(text: string, start: number, end: number, line: number): SieAmount {
  let i = start;
  const sign = start < end ? text.charCodeAt(start) : 0;
  if (sign === MINUS || sign === PLUS) i++;
  let whole = 0;
  let intDigits = 0;
  let fracDigits = 0;
  let frac = 0;
  let seenDot = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = c - ZERO_CODE;
    if (d >= 0 && d <= 9) {
      if (seenDot) {
        fracDigits++;
        if (fracDigits <= 2) frac = frac * 10 + d;
      } else {
        intDigits++;
        whole = whole * 10 + d;
      }
    } else if (c === DOT && !seenDot) seenDot = true;
    else if (c === COMMA) throw new FinsamError("sie.commaAmount", { line, value: text.slice(start, end) });
    else throw new FinsamError("sie.badAmount", { line, value: text.slice(start, end) });
  }
  if (intDigits + fracDigits === 0 || (seenDot && fracDigits === 0)) throw new FinsamError("sie.badAmount", { line, value: text.slice(start, end) });
  if (fracDigits > 2 || intDigits > 13) return new Dec(text.slice(sign === PLUS ? start + 1 : start, end));
  const ore = whole * 100 + (fracDigits === 1 ? frac * 10 : frac);
  return sign === MINUS ? -ore : ore;
}

/** 2^52: an öre sum is folded into the Dec part before it could lose exactness. */
const FOLD_AT = 4503599627370496;

/**
 * Exact running sums of SIE amounts in numbered slots: whole öre in a flat number array plus, rarely, a Dec
 * part. Flat because a million #TRANS rows hit the sums in random order, and an object per sum cost a
 * cache miss per row.
 */
export class SumTable {
  private readonly ore: number[] = [];
  private readonly extra: (Dec | null)[] = [];

  constructor(slots = 0) {
    for (let i = 0; i < slots; i++) this.slot();
  }

  /** A new sum at zero; returns its number. */
  slot(): number {
    this.ore.push(0);
    this.extra.push(null);
    return this.ore.length - 1;
  }

  add(i: number, amount: SieAmount): void {
    if (typeof amount === "number") {
      const ore = (this.ore[i] as number) + amount;
      if (ore > FOLD_AT || ore < -FOLD_AT) {
        this.extra[i] = oreToDec(ore).plus(this.extra[i] ?? ZERO);
        this.ore[i] = 0;
      } else this.ore[i] = ore;
    } else {
      const extra = this.extra[i];
      this.extra[i] = extra ? extra.plus(amount) : amount;
    }
  }

  reset(i: number): void {
    this.ore[i] = 0;
    this.extra[i] = null;
  }

  isZero(i: number): boolean {
    return this.extra[i] === null ? this.ore[i] === 0 : this.toDec(i).isZero();
  }

  toDec(i: number): Dec {
    const ore = oreToDec(this.ore[i] as number);
    const extra = this.extra[i];
    return extra ? ore.plus(extra) : ore;
  }
}

function oreToDec(ore: number): Dec {
  return new Dec(ore).div(100);
}

export function amountToDec(amount: SieAmount): Dec {
  return typeof amount === "number" ? oreToDec(amount) : amount;
}
