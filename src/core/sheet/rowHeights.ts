import type { CellSpec } from "./description";

/** Excel's and LibreOffice's default row height for an 11 pt font, in points. */
export const LINE_HEIGHT = 15;

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

const CHARS_PER_UNIT = 1.2;

/** Width a text needs, in the description's character units: its length, its indent and a margin. */
export const textWidth = (text: string, level = 0): number => text.length + 2 * level + 2;

/**
 * Heights (points) of rows holding wrapped text, as many lines as the longest wrapped cell needs; other rows
 * are left out (default height). Neither LibreOffice nor every Excel fits a row to wrapped text when it opens a
 * file, so the description states the height. A line holds about 1,2 characters per unit of width: the width
 * counts digits, and text averages narrower (Calibri's and LibreOffice's fallback fonts alike), less what breaks
 * between words waste.
 */
export function wrappedRowHeights(cells: readonly CellSpec[][], widths: readonly number[]): number[] {
  const heights: number[] = [];
  cells.forEach((row, r) => {
    let lines = 1;
    row.forEach((spec, c) => {
      if (spec?.wrap && typeof spec.value === "string") lines = Math.max(lines, Math.ceil(textWidth(spec.value, spec.indent ?? 0) / (CHARS_PER_UNIT * widths[c]!)));
    });
    if (lines > 1) heights[r] = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
  return heights;
}
