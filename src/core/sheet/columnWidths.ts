import type { Layout } from "./layout";
import type { ReportModel } from "../report/model";
import type { CellSpec } from "./description";
import { textWidth } from "./rowHeights";
import { printScale } from "./print";

/**
 * Indent level of the text in a text column, which is never the first: aligned left, it would touch the figures
 * or the wrapped label that end at the right edge of the column before it. (The Not column follows the labels,
 * which their column fits but for one longer than 60 units, and it holds only "2, 3" in a narrow column.)
 */
export const TEXT_COLUMN_INDENT = 1;

/** Widest label column; a longer label wraps. */
const LABEL_MAX = 60;
/** Widest text column (Mål, Jämfört), its indent left out. */
const TEXT_MAX = 60;
/**
 * The smallest print scale a wide table is narrowed for: at 88 % an 11 pt text prints at 9,7 pt, which a board
 * member reads; at 66 % (Budgetuppföljning with figure columns as wide as their headings) it was 7,3 pt. 88 rather
 * than 85: LibreOffice printed Kontroller's five columns of 156 units at 84 %, where tables of more columns printed
 * at 85 %.
 */
export const MIN_PRINT_SCALE = 0.88;
/** A label or text column is narrowed no further than this, its texts wrapping onto more lines. */
const TEXT_MIN = 30;
/** A figure column: from a short figure to a sum in öre ("−12 345 678,90"). */
const FIGURE_MIN = 10;
const FIGURE_MAX = 24;
/** A text among figures ("0 procentenheter") widens its column up to this; a longer one wraps at its spaces. */
const FIGURE_TEXT_MAX = 18;

/**
 * Width of a number as its format prints it, with the margin textWidth gives a text: digits, the thousands
 * spaces of a "#,##0" format, the decimals and their comma, a minus sign, and " %" for a percent format.
 */
export function figureWidth(value: number, numberFormat: string): number {
  const section = numberFormat.split(";")[0]!;
  const decimals = /\.(0+)/.exec(section)?.[1]!.length ?? 0;
  const percent = section.endsWith("%");
  const fixed = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  const integerDigits = fixed.split(".")[0]!.length;
  const groups = section.includes(",") ? Math.floor((integerDigits - 1) / 3) : 0;
  return fixed.length + groups + (value < 0 ? 1 : 0) + (percent ? 2 : 0) + 2;
}

/** Width of a text's longest word: a wrapped text breaks at its spaces, never inside a word. */
const longestWordWidth = (text: string): number => textWidth(text.split(/\s+/).reduce((a, w) => (w.length > a.length ? w : a), ""));

/**
 * Labels as wide as the longest (up to 60 units and their indent; longer ones wrap); text columns as wide as
 * their texts and heading (up to 60 units and the indent). A figure column is as wide as its printed figures,
 * not its heading: the heading wraps onto as many lines as it needs (its row is made tall enough), as wide
 * only as its longest word. A text in a figure column widens it up to 18 units, and a longer one wraps.
 * A table that would still print below MIN_PRINT_SCALE has its widest label or text column narrowed, a unit at a
 * time (down to 30), so its long texts wrap rather than shrink every figure. `body` holds each row's cells in
 * the model's column order.
 */
export function columnWidths(model: ReportModel, layout: Layout, body: readonly (readonly Omit<CellSpec, "style">[])[]): number[] {
  const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));
  const labelWidth = model.rows.reduce((w, r) => Math.max(w, textWidth(r.label, r.level)), 0);
  const widths = [clamp(labelWidth, 24, LABEL_MAX)];
  if (layout.noteColumn !== null) widths[layout.noteColumn] = 6;
  model.columns.forEach((c, i) => {
    const cells = body.map((row) => row[i]!);
    const texts = cells.map((cell) => cell.value).filter((v): v is string => typeof v === "string");
    let width: number;
    if (c.kind === "text") {
      const needed = texts.reduce((w, t) => Math.max(w, textWidth(t, TEXT_COLUMN_INDENT)), textWidth(c.heading, TEXT_COLUMN_INDENT));
      width = clamp(needed, 12, TEXT_MAX + 2 * TEXT_COLUMN_INDENT);
    } else {
      const figures = cells.reduce((w, cell) => (typeof cell.value === "number" ? Math.max(w, figureWidth(cell.value, cell.numberFormat ?? "")) : w), 0);
      const text = texts.reduce((w, t) => Math.max(w, Math.min(FIGURE_TEXT_MAX, textWidth(t)), longestWordWidth(t)), 0);
      width = clamp(Math.max(figures, text, longestWordWidth(c.heading)), FIGURE_MIN, FIGURE_MAX);
    }
    widths[layout.columnOf.get(c.id)!] = width;
  });
  const texts = [0, ...model.columns.filter((c) => c.kind === "text").map((c) => layout.columnOf.get(c.id)!)];
  while (printScale(widths) < MIN_PRINT_SCALE) {
    const widest = texts.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    if (widths[widest]! <= TEXT_MIN) break;
    widths[widest]! -= 1;
  }
  return widths;
}
