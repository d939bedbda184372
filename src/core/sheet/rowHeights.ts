import { parseRange } from "./a1";
import type { CellSpec } from "./description";
import { STYLE_LOOKS } from "./look";

/** The default font's size, and Excel's and LibreOffice's default row height for it, in points. */
const FONT_SIZE = 11;
export const LINE_HEIGHT = 15;

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

const CHARS_PER_UNIT = 1.2;
/** Bold text is about a tenth wider than plain. */
const BOLD_WIDTH = 1.1;

/** Width a text needs, in the description's character units: its length, its indent and a margin. */
export const textWidth = (text: string, level = 0): number => text.length + 2 * level + 2;

/**
 * Heights (points) of rows holding wrapped text, as many lines as the longest wrapped cell needs (a merged cell
 * as wide as its columns together); other rows are left out (default height). Neither LibreOffice nor every Excel
 * fits a row to wrapped text when it opens a file, so the description states the height. A line holds about 1,2
 * characters per unit of width: the width counts digits, and text averages narrower (Calibri's and LibreOffice's
 * fallback fonts alike), less what breaks between words waste. A smaller font (a 9 pt footnote) holds more
 * characters on a line, and its lines are lower, in proportion to its size. A column heading, a few short words
 * in a narrow figure column, is wrapped word by word (bold): there a word that does not fit the line's end takes
 * a line of its own, which counting characters would miss.
 */
export function wrappedRowHeights(cells: readonly CellSpec[][], widths: readonly number[], merges: readonly string[] = []): number[] {
  const spans = new Map<string, number>();
  for (const m of merges) {
    const { start, end } = parseRange(m);
    spans.set(`${start.row},${start.col}`, widths.slice(start.col, end.col + 1).reduce((sum, w) => sum + (w ?? 0), 0));
  }
  const heights: number[] = [];
  cells.forEach((row, r) => {
    let height = LINE_HEIGHT;
    row.forEach((spec, c) => {
      if (!spec?.wrap || typeof spec.value !== "string") return;
      const scale = ((spec.style === undefined ? undefined : STYLE_LOOKS[spec.style]?.size) ?? FONT_SIZE) / FONT_SIZE;
      const width = spans.get(`${r},${c}`) ?? widths[c]!;
      const lines =
        spec.style === "columnHeading"
          ? wordLines(spec.value, Math.floor((CHARS_PER_UNIT * width) / BOLD_WIDTH) - textWidth("", spec.indent ?? 0))
          : Math.ceil((scale * textWidth(spec.value, spec.indent ?? 0)) / (CHARS_PER_UNIT * width));
      height = Math.max(height, lines * scale * LINE_HEIGHT);
    });
    if (height > LINE_HEIGHT) heights[r] = Math.min(MAX_ROW_HEIGHT, height);
  });
  return heights;
}

/** Lines a text takes wrapped at its spaces, `perLine` characters to a line (a longer word on a line of its own). */
function wordLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > perLine) {
      lines += 1;
      used = word.length;
    } else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}
