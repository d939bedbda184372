import type { CellSpec, CellStyle } from "./description";
import { TEXT_FORMAT } from "./displayUnit";

/** How a styled cell looks, independent of any workbook API; each adapter translates it into its own. */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** A thin line above the cell (a total under its terms). */
  topBorder?: boolean;
  /** Text wrapped, aligned to the bottom of the cell. */
  wrap?: boolean;
  horizontal?: "left" | "right";
  indent?: number;
}

/** The look of each style; styles not listed ("label", "line", "flag") look like plain cells. */
export const STYLE_LOOKS: Readonly<Partial<Record<CellStyle, Readonly<CellLook>>>> = {
  title: { bold: true, size: 14 },
  heading: { bold: true },
  columnHeading: { bold: true, wrap: true },
  subtotal: { bold: true },
  total: { bold: true, topBorder: true },
  note: { italic: true, size: 9 },
};

/**
 * The look of one cell at column `col`: its style's look, a column heading aligned as its column (labels and
 * text columns, whose heading has the text format, left; figures right), a text among figures right, its indent
 * (aligned left unless right) and wrap. Null for a plain cell.
 */
export function cellLook(spec: CellSpec | undefined, col: number): CellLook | null {
  const base = spec?.style === undefined ? undefined : STYLE_LOOKS[spec.style];
  const indented = spec?.indent !== undefined && spec.indent > 0;
  const wrapped = spec?.wrap === true;
  const right = spec?.alignRight === true;
  if (base === undefined && !indented && !wrapped && !right) return null;
  const look: CellLook = { ...base };
  if (spec!.style === "columnHeading") look.horizontal = col === 0 || spec!.numberFormat === TEXT_FORMAT ? "left" : "right";
  if (right) look.horizontal = "right";
  // Excel and LibreOffice indent only a cell aligned left or right, not one in the default alignment.
  if (indented) {
    look.indent = spec!.indent;
    look.horizontal ??= "left";
  }
  if (wrapped) look.wrap = true;
  return look;
}
