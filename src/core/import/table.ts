import type { Dec } from "../money/decimal";
import { fromExcelNumber } from "../money/excelNumber";
import { FinsamError } from "../errors";
import { tryParseSwedishAmount } from "../parse/swedishNumber";
import { cellAddress, type CellOrigin } from "../parse/a1";
import { diagnosticOf, type Diagnostic } from "./diagnostic";

/**
 * Shared reading of ranges pasted from Excel: a 2-D array of cell values (numbers, strings, booleans, blanks,
 * error strings such as "#N/A"). The header row is found by its column names; it need not be the first row
 * (titles and merged headings above it are skipped).
 */
export type CellValue = string | number | boolean | null | undefined;
export type Cells = readonly (readonly CellValue[])[];

export interface ColumnSpec<K extends string> {
  key: K;
  /** Accepted header texts, normalised (lower case, single spaces, no trailing colon or dot). */
  names: readonly string[];
  required: boolean;
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function normaliseHeader(v: CellValue): string {
  return typeof v === "string" ? v.trim().toLowerCase().replace(/\s+/g, " ").replace(/[:.]$/, "") : "";
}

/** The first row naming every required column, with each column's index; null if there is none. */
export function findHeader<K extends string>(cells: Cells, specs: readonly ColumnSpec<K>[]): { row: number; columns: Map<K, number> } | null {
  for (let row = 0; row < cells.length; row++) {
    const columns = new Map<K, number>();
    (cells[row] ?? []).forEach((v, column) => {
      const text = normaliseHeader(v);
      const spec = specs.find((s) => !columns.has(s.key) && s.names.includes(text));
      if (spec) columns.set(spec.key, column);
    });
    if (specs.every((s) => !s.required || columns.has(s.key))) return { row, columns };
  }
  return null;
}

export function headerNames<K extends string>(specs: readonly ColumnSpec<K>[]): string {
  return specs
    .filter((s) => s.required)
    .map((s) => s.names[0])
    .join(", ");
}

/** An amount cell: a Dec, null when blank, or the FinsamError naming the cell. */
export function cellAmount(value: CellValue, cell: string): { ok: true; value: Dec | null } | { ok: false; error: FinsamError } {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, error: new FinsamError("number.notFinite", { cell }) };
    return { ok: true, value: fromExcelNumber(value) };
  }
  if (typeof value === "boolean") return { ok: false, error: new FinsamError("table.boolean", { cell, value: value ? "TRUE" : "FALSE" }) };
  if (isBlank(value)) return { ok: true, value: null };
  // A formula read without its computed value (an .xlsx no spreadsheet has recalculated) is not a blank.
  if (typeof value === "string" && value.startsWith("=")) return { ok: false, error: new FinsamError("table.formulaNoValue", { cell, value }) };
  return tryParseSwedishAmount(value as string, { cell });
}

/** An amount cell's Dec, null when blank; a bad cell's error goes to `errors` and gives undefined. */
export function readAmount(value: CellValue, cell: string, errors: Diagnostic[]): Dec | null | undefined {
  const parsed = cellAmount(value, cell);
  if (parsed.ok) return parsed.value;
  errors.push(diagnosticOf(parsed.error));
  return undefined;
}

export function cellText(value: CellValue): string {
  return isBlank(value) || typeof value === "boolean" ? "" : String(value).trim();
}

/** Names a cell of the pasted range by its sheet address. */
export const addressIn = (origin: CellOrigin) => (row: number, column: number) => cellAddress(origin, row, column);
