import { FinsamError } from "../errors";

/**
 * A1 addressing. Rows and columns are 0-based here (as in SheetDescription.cells); the A1 text is 1-based.
 * Excel's grid is 16 384 columns (A–XFD) by 1 048 576 rows.
 */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

export interface CellRef {
  row: number;
  col: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new FinsamError("sheet.column", { value: String(col) });
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "AA" → 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new FinsamError("sheet.column", { value: letters });
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new FinsamError("sheet.column", { value: letters });
  return n - 1;
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new FinsamError("sheet.row", { value: String(row) });
}

/** (4, 2) → "C5"; absolute → "$C$5". */
export function cellAddress(row: number, col: number, absolute = false): string {
  checkRow(row);
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "C5" or "$C$5" → { row: 4, col: 2 }. */
export function parseAddress(a1: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(a1.trim());
  if (!m) throw new FinsamError("sheet.address", { value: a1 });
  const row = Number(m[2]) - 1;
  if (row >= MAX_ROWS) throw new FinsamError("sheet.address", { value: a1 });
  return { row, col: columnIndex(m[1]!) };
}

/** Range text for two corners in any order; a single cell stays "C5". */
export function rangeAddress(a: CellRef, b: CellRef): string {
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const right = Math.max(a.col, b.col);
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/** "C5:D7" (or "C5") → its corners, top-left first. */
export function parseRange(text: string): { start: CellRef; end: CellRef } {
  const parts = text.split(":");
  if (parts.length > 2) throw new FinsamError("sheet.range", { value: text });
  const a = parseAddress(parts[0]!);
  const b = parts.length === 2 ? parseAddress(parts[1]!) : a;
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

/** "D17,D15:D16" (a finding's cells) → each range's corners, and the one block that holds them all. */
export function parseRangeList(text: string): { areas: { start: CellRef; end: CellRef }[]; bounds: string } {
  const areas = text.split(",").map((part) => parseRange(part.trim()));
  const corner = (pick: (a: number, b: number) => number, of: "start" | "end") =>
    areas.reduce((c, a) => ({ row: pick(c.row, a[of].row), col: pick(c.col, a[of].col) }), areas[0]![of]);
  return { areas, bounds: rangeAddress(corner(Math.min, "start"), corner(Math.max, "end")) };
}

/** Sheet name as it must appear in a formula or defined name: quoted when not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
