import { rangeAddress } from "../core/sheet/a1";
import type { CellSpec, SheetDescription } from "../core/sheet/description";
import { cellLook, type CellLook } from "../core/sheet/look";

/** Excel's General format, for cells the description leaves unformatted. */
export const GENERAL = "General";

/** The whole used rectangle of a description from A1, or null when it has no cells. */
export function blockAddress(sheet: SheetDescription): string | null {
  const width = sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (sheet.cells.length === 0 || width === 0) return null;
  return rangeAddress({ row: 0, col: 0 }, { row: sheet.cells.length - 1, col: width - 1 });
}

/**
 * The two 2-D arrays written in one assignment each: `formulas` carries "=…" for formula cells and the plain
 * value otherwise ("" for empty), `numberFormat` the format codes. A text value that starts with "=" gets
 * Excel's text prefix "'" so it is not taken for a formula.
 */
export function cellGrids(sheet: SheetDescription): { formulas: (string | number | boolean)[][]; numberFormat: string[][] } {
  const width = sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
  const formulas: (string | number | boolean)[][] = [];
  const numberFormat: string[][] = [];
  for (const row of sheet.cells) {
    const f: (string | number | boolean)[] = [];
    const n: string[] = [];
    for (let c = 0; c < width; c++) {
      const spec = row[c];
      f.push(cellInput(spec));
      n.push(spec?.numberFormat ?? GENERAL);
    }
    formulas.push(f);
    numberFormat.push(n);
  }
  return { formulas, numberFormat };
}

export function cellInput(spec: CellSpec | undefined): string | number | boolean {
  if (spec?.formula !== undefined) return spec.formula;
  const v = spec?.value;
  if (v === undefined || v === null) return "";
  return typeof v === "string" && v.startsWith("=") ? "'" + v : v;
}

export interface StyledBlock {
  address: string;
  look: CellLook;
}

/**
 * Rectangles of cells with the same look: horizontal runs per row, merged downwards while the next row has the
 * same run. A report's styled rows come in a few such blocks, so formatting costs a few calls, not one per cell.
 */
export function styledBlocks(sheet: SheetDescription): StyledBlock[] {
  type Open = { top: number; bottom: number; left: number; right: number; look: CellLook; key: string };
  const done: Open[] = [];
  let open = new Map<string, Open>();
  sheet.cells.forEach((row, r) => {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < row.length) {
      const look = cellLook(row[c], c);
      const key = look && JSON.stringify(look);
      let end = c;
      while (key !== null && end + 1 < row.length && JSON.stringify(cellLook(row[end + 1], end + 1)) === key) end++;
      if (look && key) {
        const id = `${c}:${end}:${key}`;
        const prev = open.get(id);
        if (prev && prev.bottom === r - 1) {
          prev.bottom = r;
          next.set(id, prev);
          open.delete(id);
        } else next.set(id, { top: r, bottom: r, left: c, right: end, look, key });
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((b) => ({ address: rangeAddress({ row: b.top, col: b.left }, { row: b.bottom, col: b.right }), look: b.look }));
}

/** Rows of the same stated height as one range each (one call per run); sparse entries keep the default. */
export function heightRuns(heights: readonly number[] | undefined): { address: string; points: number }[] {
  const runs: { first: number; last: number; points: number }[] = [];
  heights?.forEach((points, r) => {
    const last = runs[runs.length - 1];
    if (last && last.last === r - 1 && last.points === points) last.last = r;
    else runs.push({ first: r, last: r, points });
  });
  return runs.map((run) => ({ address: rangeAddress({ row: run.first, col: 0 }, { row: run.last, col: 0 }), points: run.points }));
}

/**
 * Column widths in points for Office.js, from the description's character widths (exceljs' unit, the .xlsx
 * file's <col width>): a file width w is w × 7 px (the digit width of Calibri 11) with Excel's 5 px padding
 * already in it (Excel's default 8,43 characters is stored as 9,14 and is 64 px), so the add-in's columns are
 * as wide as the .xlsx writer's; 1 px = 0.75 pt. Adjacent columns with the same width form one run (one call).
 */
export function widthRuns(widths: readonly number[]): { address: string; points: number }[] {
  const runs: { address: string; points: number }[] = [];
  let c = 0;
  while (c < widths.length) {
    const w = widths[c];
    let end = c;
    while (w !== undefined && end + 1 < widths.length && widths[end + 1] === w) end++;
    if (w !== undefined) runs.push({ address: rangeAddress({ row: 0, col: c }, { row: 0, col: end }), points: w * 7 * 0.75 });
    c = end + 1;
  }
  return runs;
}
