import { rangeAddress } from "./a1";
import type { CellSpec } from "./description";
import { OWNERSHIP_PREFIX } from "./ownership";

/**
 * What the add-in wrote to an owned sheet, kept in the workbook as a digest, so that a rebuild next week can
 * tell whether someone has typed in the sheet since (a comment beside a table, a corrected figure) and not
 * wipe it unasked.
 *
 * Content is what a user can change: a formula cell's formula (its recalculated result is not content) and
 * any other cell's constant, as Excel's Range.formulas gives them ("" for a blank). Formats are not content.
 * Both sides pass through `token`, which reads a constant as Excel stores it when typed, so text that Excel
 * turns into a number or date on the way in ("2024", "2024-12-31") reads the same written as read back.
 *
 * The digest lives in a defined name beside the ownership name, referring to the same A1 (so it follows a
 * rename and breaks when the sheet is deleted): FinsamDigest_<key>_<rows>x<columns>_<hash>_<column marks>_<row
 * marks>. Not a named constant: exceljs keeps only names that refer to ranges, on write and on read. The
 * 53-bit hash says whether anything changed; one base-32 mark per column (band of columns) and per band of
 * rows, as many as fit in a name's 255 characters, say roughly where.
 */
const DIGEST_PREFIX = "FinsamDigest_";

/** A cell's content as Range.formulas gives it: "=…" for a formula, the constant otherwise, "" when blank. */
export type Content = string | number | boolean;

export interface SheetDigest {
  /** The written rectangle from A1: every non-blank cell was inside it. */
  rows: number;
  columns: number;
  hash: string;
  columnMarks: string;
  rowMarks: string;
}

const MAX_NAME = 255;
const MAX_COLUMN_MARKS = 40;
const BASE = 32;
/** At most this many places are named per sheet: enough to find the edit, short enough to read. */
const MAX_EDITED_PLACES = 5;

/** What a description's cell holds, as Range.formulas gives it back. */
export function contentOf(spec: CellSpec | undefined): Content {
  if (spec?.formula !== undefined) return spec.formula;
  return spec?.value ?? "";
}

/**
 * The defined name that records the digest of a sheet's contents from A1 (ragged rows allowed), for the sheet
 * its ownership name marks. The row marks take what the name has left of Excel's 255 characters.
 */
export function digestName(ownership: string, grid: readonly (readonly Content[])[]): string {
  const head = `${DIGEST_PREFIX}${ownership.slice(OWNERSHIP_PREFIX.length)}_`;
  const { rows, columns } = extent(grid);
  const digest = digestOf(grid, rows, columns, MAX_NAME - head.length - `${rows}x${columns}_${"0".repeat(11)}___`.length - Math.min(columns, MAX_COLUMN_MARKS));
  return `${head}${rows}x${columns}_${digest.hash}_${digest.columnMarks}_${digest.rowMarks}`;
}

/**
 * One pass over the rectangle: the hash of every cell's token in order, and per band of columns and of rows
 * the sum of its cells' own hashes (each seeded by the cell's position), whose last 5 bits are the band's mark.
 */
function digestOf(grid: readonly (readonly Content[])[], rows: number, columns: number, rowMarks: number): SheetDigest {
  const columnBand = bandSize(columns, MAX_COLUMN_MARKS);
  const rowBand = bandSize(rows, rowMarks);
  const columnSums = new Array<number>(Math.ceil(columns / columnBand)).fill(0);
  const rowSums = new Array<number>(Math.ceil(rows / rowBand)).fill(0);
  const whole = new Hash53();
  whole.add(`${rows}x${columns}`);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const t = token(grid[r]?.[c] ?? "");
      // Length-prefixed, so no two sequences of tokens feed the hash the same text.
      whole.add(`${t.length}:${t}`);
      const cell = cellHash(t, r, c);
      const cb = Math.floor(c / columnBand);
      const rb = Math.floor(r / rowBand);
      columnSums[cb] = (columnSums[cb]! + cell) >>> 0;
      rowSums[rb] = (rowSums[rb]! + cell) >>> 0;
    }
  }
  const mark = (sum: number) => (sum % BASE).toString(BASE);
  return { rows, columns, hash: whole.value().toString(BASE).padStart(11, "0"), columnMarks: columnSums.map(mark).join(""), rowMarks: rowSums.map(mark).join("") };
}

/** A digest name's key (as in its ownership name, lower-cased) and digest; null for any other name. */
export function parseDigestName(name: string): { key: string; digest: SheetDigest } | null {
  if (!name.toLowerCase().startsWith(DIGEST_PREFIX.toLowerCase())) return null;
  const parts = name.slice(DIGEST_PREFIX.length).toLowerCase().split("_");
  if (parts.length < 5) return null;
  const [size, hash, columnMarks, rowMarks] = parts.slice(-4) as [string, string, string, string];
  const dims = /^(\d{1,7})x(\d{1,5})$/.exec(size);
  if (!dims || !/^[0-9a-v]{11}$/.test(hash) || !/^[0-9a-v]*$/.test(columnMarks + rowMarks)) return null;
  return { key: parts.slice(0, -4).join("_"), digest: { rows: Number(dims[1]), columns: Number(dims[2]), hash, columnMarks, rowMarks } };
}

/**
 * Where a sheet's contents differ from what its digest recorded: null when they do not; otherwise the first
 * few places (a cell outside the written rectangle exactly, inside it the band of cells a mark points to),
 * or none when the marks cannot tell.
 */
export function editedPlaces(recorded: SheetDigest, grid: readonly (readonly Content[])[]): string[] | null {
  const { rows, columns } = recorded;
  const outside: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((content, c) => {
      if ((r >= rows || c >= columns) && !isBlank(content)) outside.push(rangeAddress({ row: r, col: c }, { row: r, col: c }));
    }),
  );
  const size = extent(grid);
  const now = digestOf(grid, rows, columns, recorded.rowMarks.length);
  if (outside.length === 0 && size.rows === rows && size.columns === columns && now.hash === recorded.hash) return null;
  // The bands are those digestName chose: the same count of marks over the same rectangle gives the same bands.
  const columnBand = bandSize(columns, recorded.columnMarks.length);
  const rowBand = bandSize(rows, recorded.rowMarks.length);
  const changedColumns = changedBands(recorded.columnMarks, now.columnMarks);
  const places: string[] = [];
  if (changedColumns.length > 0) {
    const left = changedColumns[0]! * columnBand;
    const right = Math.min(columns, (changedColumns[changedColumns.length - 1]! + 1) * columnBand) - 1;
    for (const band of changedBands(recorded.rowMarks, now.rowMarks)) {
      places.push(rangeAddress({ row: band * rowBand, col: left }, { row: Math.min(rows, (band + 1) * rowBand) - 1, col: right }));
    }
  }
  return [...places, ...outside].slice(0, MAX_EDITED_PLACES);
}

function changedBands(recorded: string, now: string): number[] {
  return [...recorded].flatMap((mark, i) => (now[i] === mark ? [] : [i]));
}

/** The rectangle from A1 to the last non-blank cell. */
function extent(grid: readonly (readonly Content[])[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  grid.forEach((row, r) =>
    row.forEach((content, c) => {
      if (!isBlank(content)) {
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    }),
  );
  return { rows, columns };
}

const bandSize = (count: number, marks: number): number => Math.max(1, Math.ceil(count / Math.max(1, marks)));

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A moment (UTC) as Excel's serial number of days, which is how a cell holds a date. */
export const excelSerial = (utcMillis: number): number => (utcMillis - EXCEL_EPOCH) / 86_400_000;

/**
 * A cell's content as Excel holds it once typed: a number at the 15 significant digits Excel keeps; text that
 * Excel reads as a number, an ISO date or TRUE/FALSE as that value; a formula without the spaces and case
 * Excel may normalise (outside its text literals). Blank is "".
 */
function token(content: Content): string {
  if (typeof content === "boolean") return content ? "b:TRUE" : "b:FALSE";
  if (typeof content === "number") return number(content);
  if (content.startsWith("=")) return "f:" + formula(content);
  const text = content.trim();
  if (text === "") return "";
  // Only text that starts as a number, a date or a truth value can be one: the rest skips the patterns.
  if (/^[-+.\d]/.test(text)) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return number(Number(text));
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (date) return number(excelSerial(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))));
  } else if (/^(true|false)$/i.test(text)) return "b:" + text.toUpperCase();
  return "s:" + content;
}

const isBlank = (content: Content): boolean => content === "" || (typeof content === "string" && content.trim() === "");

/** 15 significant digits, as a cell keeps them; a whole number of fewer digits is that already. */
const number = (n: number): string => "n:" + (Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n + 0) : String(Number(n.toPrecision(15)) + 0));

function formula(text: string): string {
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase()))
    .join("");
}

/** cyrb53 (a fast 53-bit string hash), fed piece by piece: a digest against accidents, not against a forger. */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
  }

  value(): number {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/** A cell's own 32-bit hash (FNV-1a with a final mix), seeded by its position so that moved content counts. */
function cellHash(t: string, row: number, col: number): number {
  let h = (2166136261 ^ Math.imul(row + 1, 0x9e3779b1) ^ Math.imul(col + 1, 0x85ebca6b)) >>> 0;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
