import { Dec, ZERO } from "../../money/decimal";
import { FinsamError } from "../../errors";

/**
 * SIE amounts (`-1234.50`, decimal point) on the hot path. An amount with at most two decimals and at most
 * 13 integer digits is held as a whole number of öre in a JS number (exact below 2^53), so summing a million
 * #TRANS rows allocates no Dec per row; anything else (more decimals, huge values) is kept as an exact Dec.
 * Nothing is rounded: conversion to kronor happens once per aggregate (see Accumulator.toDec).
 */
export type SieAmount = number | Dec;

const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const COMMA = 44;
const ZERO_CODE = 48;

export function parseSieAmount(text: string, line: number): SieAmount {
  const n = text.length;
  let i = 0;
  const sign = text.charCodeAt(0);
  if (sign === MINUS || sign === PLUS) i = 1;
  let whole = 0;
  let intDigits = 0;
  let fracDigits = 0;
  let frac = 0;
  let seenDot = false;
  for (; i < n; i++) {
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
    else if (c === COMMA) throw new FinsamError("sie.commaAmount", { line, value: text });
    else throw new FinsamError("sie.badAmount", { line, value: text });
  }
  if (intDigits + fracDigits === 0 || (seenDot && fracDigits === 0)) throw new FinsamError("sie.badAmount", { line, value: text });
  if (fracDigits > 2 || intDigits > 13) return new Dec(text.charCodeAt(0) === PLUS ? text.slice(1) : text);
  const ore = whole * 100 + (fracDigits === 1 ? frac * 10 : frac);
  return sign === MINUS ? -ore : ore;
}

/** 2^52: an öre sum is folded into the Dec part before it could lose exactness. */
const FOLD_AT = 4503599627370496;

/** An exact running sum of SIE amounts: whole öre in a number plus, rarely, a Dec part. */
export class Accumulator {
  private ore = 0;
  private extra: Dec | null = null;

  add(amount: SieAmount): void {
    if (typeof amount === "number") {
      this.ore += amount;
      if (this.ore > FOLD_AT || this.ore < -FOLD_AT) {
        this.extra = this.oreAsDec().plus(this.extra ?? ZERO);
        this.ore = 0;
      }
    } else this.extra = this.extra ? this.extra.plus(amount) : amount;
  }

  isZero(): boolean {
    return this.extra === null ? this.ore === 0 : this.toDec().isZero();
  }

  toDec(): Dec {
    const ore = this.oreAsDec();
    return this.extra ? ore.plus(this.extra) : ore;
  }

  private oreAsDec(): Dec {
    return new Dec(this.ore).div(100);
  }
}

export function amountToDec(amount: SieAmount): Dec {
  return typeof amount === "number" ? new Dec(amount).div(100) : amount;
}
