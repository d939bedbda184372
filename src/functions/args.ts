import { Dec } from "../core/money/decimal";
import { FinsamError, isFinsamError } from "../core/errors";
import { languageOfLocale, messages, type Language } from "../core/messages/index";
import { englishArgument } from "./argNames";
import { toExcelNumber } from "../core/money/excelNumber";
import { tryParseSwedishAmount } from "../core/parse/swedishNumber";

/**
 * Argument coercion for the custom functions: Excel values in, Decimals out, and every core error turned
 * into #VALUE! with a message naming the argument. One place, so each function body stays one line of core.
 */

export const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A required number argument. Excel passes numbers; text, booleans and errors are refused by name. */
export function num(value: unknown, name: string): Dec {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new FinsamError("number.notFinite", { field: name });
    // The double as it is: a total computed as =0,1+0,2 is then refused as not whole öre rather than read
    // as 0,30 (the input sheets do read 15 digits, fromExcelNumber); exact reading also keeps each call cheap.
    return new Dec(value);
  }
  if (isBlank(value)) throw new FinsamError("number.blank", { field: name });
  // Text that reads as a number (pasted from a PDF, or typed into a cell formatted as text) is still refused,
  // but said to be text: "1 000" is not a number would puzzle whoever sees 1 000 in the cell.
  if (typeof value === "string" && looksNumeric(value)) throw new FinsamError("number.text", { field: name, value: value.trim() });
  throw notNumber(value, name);
}

/** Whether text reads as a Swedish amount or percentage ("1 234,50", "−500", "(500)", "12 %"). */
function looksNumeric(text: string): boolean {
  const r = tryParseSwedishAmount(text.trim().replace(/\s*%$/, ""));
  return r.ok && r.value !== null;
}

/** An optional number argument: blank or omitted gives the default. */
export function optNum(value: unknown, name: string, fallback: Dec): Dec {
  return isBlank(value) ? fallback : num(value, name);
}

/** An optional text argument. */
export function optText(value: unknown, name: string): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  throw notNumber(value, name);
}

/** A value that is no number, named as Excel shows it (TRUE is SANT in Swedish Excel: the catalogs word it). */
function notNumber(value: unknown, name: string): FinsamError {
  if (typeof value === "boolean") return new FinsamError("number.boolean", { field: name, value: value ? "TRUE" : "FALSE" });
  return new FinsamError("number.notNumber", { field: name, value: describe(value) });
}

/**
 * A range of numbers, flattened row by row. Blank cells are returned as null so that callers can keep the
 * range's shape; text and error values are refused with their position in the range.
 */
export function numRange(range: unknown, name: string, nonNegative = false): (Dec | null)[] {
  const rows = asMatrix(range);
  const out: (Dec | null)[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const where = rows.length === 1 || row.length === 1 ? `${name}[${r * row.length + c + 1}]` : `${name}[rad ${r + 1}, kolumn ${c + 1}]`;
      const value = isBlank(cell) ? null : num(cell, where);
      if (nonNegative && value?.isNegative() && !value.isZero()) throw new FinsamError("number.negative", { field: where, value: value.toString() });
      out.push(value);
    }),
  );
  return out;
}

/** A range of weights: as numRange, and a negative weight is refused by its cell's place in the range (the core counts only the weights present). */
export const weightRange = (range: unknown, name: string): (Dec | null)[] => numRange(range, name, true);

/** The shape of a range argument (rows × columns). */
export function shapeOf(range: unknown): { rows: number; columns: number } {
  const m = asMatrix(range);
  return { rows: m.length, columns: m[0]?.length ?? 0 };
}

/** Lays a flat result out in the shape of an input range, so a column of weights spills a column of parts. */
export function reshape<T>(values: readonly T[], shape: { rows: number; columns: number }): T[][] {
  return Array.from({ length: shape.rows }, (_, r) => values.slice(r * shape.columns, (r + 1) * shape.columns));
}

function asMatrix(range: unknown): unknown[][] {
  if (Array.isArray(range)) return range.map((row) => (Array.isArray(row) ? row : [row]));
  return [[range]];
}

/** An error cell (CustomFunctions.Error) is named by its code, "#N/A", as the user sees it in the cell. */
function describe(value: unknown): string {
  if (typeof value === "object" && value !== null && "code" in value) return String((value as { code: unknown }).code);
  if (value instanceof Error) return value.message || "felvärde";
  return String(value);
}

/**
 * A split's part for Excel, exactly or not at all: rounding a part to the 15 digits a cell holds (an öre amount
 * above 10^13 kr has 16) would break the parts' sum, so such a part is refused with the argument's name.
 */
export const exactOut = (d: Dec, field: string): number => toExcelNumber(d, { field });

/**
 * A computed result for Excel (ratio, difference, forecast). It may carry more digits than a cell holds, so it
 * is rounded (half-up) to Excel's 15 significant digits first, as Excel rounds its own arithmetic. `field`
 * names what a result too large for a cell came from.
 */
export const out = (d: Dec, field: string): number => toExcelNumber(d.sd() <= 15 ? d : d.toSignificantDigits(15, Dec.ROUND_HALF_UP), { field });

/**
 * Runs a function body and maps failures to #VALUE! with the core's message, in Excel's language. Unexpected
 * errors are reported too (never a wrong number), marked as internal so users can report them.
 */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const error = isFinsamError(e) ? e : new FinsamError("function.internal", { value: e instanceof Error ? e.message : String(e) });
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, errorText(error, excelLanguage()));
  }
}

/**
 * The message under #VALUE!. Swedish Excel reads it as the core words it; English Excel in English, the
 * argument named as English Excel names it (the functions and rules name it in Swedish).
 */
export function errorText(error: FinsamError, language: Language): string {
  if (language === "sv") return error.message;
  const { field } = error.params;
  return messages.en[error.code](typeof field === "string" ? { ...error.params, field: englishArgument(field) } : error.params);
}

/**
 * Excel's display language, which its function names follow (functions-sv.json for Swedish Excel, English
 * names elsewhere); Swedish where there is no Office, as before there was a choice.
 */
function excelLanguage(): Language {
  return languageOfLocale(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
}
