import { Dec } from "../money/decimal";
import type { UnitName } from "../money/units";

/**
 * How amounts (exact kronor) are shown on a sheet: divided into the unit, then rounded half-up to `decimals`.
 * Defaults: öre → kr with 2 decimals; kr and tkr whole; mnkr with 1 decimal ("7,3 mnkr", as reports print it,
 * and whole millions would round a förbund's lines to 0); tkr1 (units.ts' 0,1 tkr step) → tkr with 1 decimal.
 * `decimals` overrides the default (e.g. tkr with 1 decimal, as several förbund print their notes).
 */
export interface DisplayUnit {
  divisor: Dec;
  decimals: number;
  /** As printed after "Belopp i". */
  label: string;
}

const DEFAULTS: Record<UnitName, DisplayUnit> = {
  ore: { divisor: new Dec(1), decimals: 2, label: "kr" },
  kr: { divisor: new Dec(1), decimals: 0, label: "kr" },
  tkr1: { divisor: new Dec(1000), decimals: 1, label: "tkr" },
  tkr: { divisor: new Dec(1000), decimals: 0, label: "tkr" },
  mnkr: { divisor: new Dec(1_000_000), decimals: 1, label: "mnkr" },
};

export function displayUnit(unit: UnitName, decimals?: 0 | 1 | 2): DisplayUnit {
  const base = DEFAULTS[unit];
  return decimals === undefined ? base : { ...base, decimals };
}

/** An amount in kronor as shown: in the unit, rounded half away from zero. */
export function toDisplay(amountKr: Dec, unit: DisplayUnit): Dec {
  return amountKr.div(unit.divisor).toDecimalPlaces(unit.decimals, Dec.ROUND_HALF_UP);
}

/** Invariant number format for amounts in the unit: thousands separators, minus sign, fixed decimals. */
export function amountFormat(unit: DisplayUnit): string {
  const body = unit.decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(unit.decimals)}`;
  return `${body};-${body}`;
}

export const PERCENT_FORMAT = "0.0%";
/** A percent format with `decimals` decimals ("0.00%" shows 11,75 %). */
export const percentFormat = (decimals: 1 | 2 = 1): string => (decimals === 1 ? PERCENT_FORMAT : `0.${"0".repeat(decimals)}%`);
export const TEXT_FORMAT = "@";
/** A figure in no unit (a count), whole, with thousands separators. */
export const NUMBER_FORMAT = "#,##0";
/** Percent values (fractions) are stored rounded to 6 decimals (0,0001 procentenheter), shown with 1. */
export const PERCENT_DECIMALS = 6;
