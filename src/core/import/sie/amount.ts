import { Dec } from "../../money/decimal";
import type { Exact } from "../../money/exact";
import { FinsamError } from "../../errors";
import { MAX_EXCEL_AMOUNT } from "../../money/excelNumber";

/** An amount no report cell could hold is refused where it stands, not later at a report cell. */
const MAX_AMOUNT = new Dec(MAX_EXCEL_AMOUNT);

const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const COMMA = 44;
const ZERO_CODE = 48;

/**
 * SIE amounts (`-1234.50`, decimal point) on the hot path. An amount with at most two decimals and at most
 * 13 integer digits is held as a whole number of öre in a JS number (exact below 2^53), so summing a million
 * #TRANS rows allocates no Dec per row; anything else (more decimals, huge values) is kept as an exact Dec.
 * Nothing is rounded: conversion to kronor happens once per aggregate (see ExactSums).
 */
export function parseSieAmount(text: string, line: number): Exact {
  return parseSieAmountIn(text, 0, text.length, line);
}

/** The amount in text[start, end): a field read in place, without slicing it out of its line. */
export function parseSieAmountIn(text: string, start: number, end: number, line: number): Exact {
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
  if (fracDigits > 2 || intDigits > 13) {
    const exact = new Dec(text.slice(sign === PLUS ? start + 1 : start, end));
    if (exact.abs().greaterThan(MAX_AMOUNT)) throw new FinsamError("sie.amountTooLarge", { line, value: text.slice(start, end), max: MAX_EXCEL_AMOUNT });
    return exact;
  }
  const ore = whole * 100 + (fracDigits === 1 ? frac * 10 : frac);
  return sign === MINUS ? -ore : ore;
}
