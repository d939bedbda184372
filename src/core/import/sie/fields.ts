import { FinsamError } from "../../errors";
import type { SieField, SieObjectRef } from "./tokenize";

/** Field readers shared by the record handlers; each failure names the line, the record and the field. */

export interface FieldPlace {
  line: number;
  label: string;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] as number);
}

/** The number the digits s[from, to) spell, or -1 when one is not a digit (read in place: a voucher each). */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Validates YYYYMMDD and returns it unchanged. */
export function sieDate(value: string, at: FieldPlace, field: string): string {
  if (value.length === 8) {
    const y = digitsAt(value, 0, 4);
    const m = digitsAt(value, 4, 6);
    const d = digitsAt(value, 6, 8);
    if (y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return value;
  }
  throw new FinsamError("sie.badDate", { line: at.line, value, field });
}

/** Validates YYYYMM and returns it unchanged. */
export function siePeriod(value: string, at: FieldPlace): string {
  if (value.length === 6) {
    const m = digitsAt(value, 4, 6);
    if (digitsAt(value, 0, 4) >= 1900 && m >= 1 && m <= 12) return value;
  }
  throw new FinsamError("sie.badPeriod", { line: at.line, value });
}

export const isoDate = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

/** A required text field (an object list where text is expected is treated as missing). */
export function text(fields: readonly SieField[], index: number, at: FieldPlace, field: string, allowEmpty = false): string {
  const f = fields[index];
  if (typeof f !== "string" || (f === "" && !allowEmpty)) throw new FinsamError("sie.missingField", { line: at.line, label: at.label, field });
  return f;
}

export function optionalText(fields: readonly SieField[], index: number): string | undefined {
  const f = fields[index];
  return typeof f === "string" && f !== "" ? f : undefined;
}

/** The rest of the line as one name: exporters also write multi-word names without quotes. */
export function restAsName(fields: readonly SieField[], from: number): string {
  return fields
    .slice(from)
    .filter((f): f is string => typeof f === "string")
    .join(" ");
}

export function integer(fields: readonly SieField[], index: number, at: FieldPlace, field: string): number {
  const v = text(fields, index, at, field);
  if (!/^-?[0-9]{1,9}$/.test(v)) throw new FinsamError("sie.badInteger", { line: at.line, label: at.label, field, value: v });
  return Number(v);
}

export function objectList(fields: readonly SieField[], index: number, at: FieldPlace): SieObjectRef[] {
  const f = fields[index];
  if (!Array.isArray(f)) throw new FinsamError("sie.missingField", { line: at.line, label: at.label, field: "objektlista" });
  return f;
}
