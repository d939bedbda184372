import ExcelJS from "exceljs";
import { editedPlaces, excelSerial, parseDigestName, type Content, type SheetDigest } from "../core/sheet/digest";
import { ownershipKey, ownershipReference } from "../core/sheet/ownership";

export type ReadValue = number | string | boolean | null;

export interface ReadSheet {
  name: string;
  /** Rectangular from A1 to the last used cell; empty cells are null. */
  rows: ReadValue[][];
  /** The add-in's key for the sheet ("huvudbok"), when an ownership name refers to it: it may have been renamed. */
  owner?: string;
  /** Where the sheet differs from the digest of what the add-in wrote there (digest.ts), when it does. */
  edited?: string[];
}

/**
 * Reads every sheet of an .xlsx as values, as a user sees them: formula cells give their cached result (or,
 * without one, their formula text "=…"), a merged range its value in its first cell only,
 * errors their text ("#N/A"), rich text its plain text, dates an ISO date ("2022-12-31", with time if any).
 */
export async function readWorkbook(data: Uint8Array | ArrayBuffer): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it actually reads.
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const owners = new Map<string, string>();
  const digests = new Map<string, SheetDigest>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const key = ownershipKey(name);
    const digest = parseDigestName(name)?.digest;
    for (const range of ranges) {
      const at = range.replace(/\$/g, "").toLowerCase();
      if (key !== null) owners.set(at, key);
      if (digest !== undefined) digests.set(at, digest);
    }
  }
  return workbook.worksheets.map((ws) => {
    const rows: ReadValue[][] = [];
    let width = 0;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const values: ReadValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        // exceljs' `value` drops a formula result of 0; `result` keeps it. A formula saved without its result
        // (a file a program wrote and no spreadsheet recalculated) reads as its formula text, which the input
        // readers refuse by name instead of taking it for a blank.
        // The other cells of a merged range are empty, as in Excel (=D7 gives 0); exceljs hands each of them
        // the first cell's value, which would put an amount in two columns.
        if (cell.type === ExcelJS.ValueType.Merge) values[c - 1] = null;
        else if (cell.type !== ExcelJS.ValueType.Formula) values[c - 1] = plainValue(cell.value);
        else values[c - 1] = cell.result === undefined ? `=${cell.formula ?? "…"}` : plainValue(cell.result as ExcelJS.CellValue);
      });
      rows[r - 1] = values;
      width = Math.max(width, values.length);
    });
    const height = rows.length;
    const grid: ReadValue[][] = [];
    for (let r = 0; r < height; r++) grid.push(Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null));
    const at = ownershipReference(ws.name).replace(/\$/g, "").toLowerCase();
    const owner = owners.get(at);
    const digest = digests.get(at);
    const edited = owner && digest ? editedPlaces(digest, sheetContents(ws)) : null;
    return { name: ws.name, rows: trimTrailingEmpty(grid), ...(owner ? { owner } : {}), ...(edited ? { edited } : {}) };
  });
}

/**
 * A sheet's contents from A1 as Excel's Range.formulas gives them ("=…" for a formula, else the value), to
 * record or compare its digest (src/core/sheet/digest.ts).
 */
export function sheetContents(ws: ExcelJS.Worksheet): Content[][] {
  const grid: Content[][] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      // Range.formulas gives "" in a merged range but for its first cell; exceljs gives that cell's value.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : contentValue(cell.value);
      if (v !== null) (grid[r - 1] ??= [])[c - 1] = v;
    }),
  );
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? ""));
}

/**
 * A constant as Range.formulas gives it: a date as its serial number, a rich text or a link as its text, an error
 * as its code. Every kind a user can type counts, so none is an edit the digest cannot see.
 */
function contentValue(v: ExcelJS.CellValue): Content | null {
  return v instanceof Date ? excelSerial(v.getTime()) : plainValue(v);
}

function plainValue(v: ExcelJS.CellValue): ReadValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if ("error" in v) return v.error;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return typeof v.text === "string" ? v.text : plainValue(v.text);
  return null;
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "");
}

/** Drops trailing rows that are entirely empty (LibreOffice and Excel sometimes keep formatted blank rows). */
function trimTrailingEmpty(grid: ReadValue[][]): ReadValue[][] {
  let end = grid.length;
  while (end > 0 && grid[end - 1]!.every((v) => v === null)) end--;
  return grid.slice(0, end);
}
