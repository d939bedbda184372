import type { Severity } from "../rules/deviation";

/**
 * A sheet description is what every workbook adapter writes (Office.js, exceljs, the in-memory preview).
 * Values are plain numbers at this boundary; formulas are English (invariant) A1 formulas starting with "=".
 */
export type CellStyle = "title" | "heading" | "columnHeading" | "label" | "line" | "subtotal" | "total" | "note" | "flag";

export interface CellSpec {
  value?: number | string | boolean | null;
  formula?: string;
  /** Invariant Excel number format code, e.g. "#,##0;-#,##0" or "0.0%". */
  numberFormat?: string;
  style?: CellStyle;
  indent?: number;
  /** Text longer than its column is wide: wrapped onto more lines instead of cut off by the next cell. */
  wrap?: boolean;
  /** A text in a column of figures ("Inga" under amounts): aligned right as the figures are, where Excel puts text left. */
  alignRight?: boolean;
  flag?: Severity;
}

export interface ConditionalFormatSpec {
  /** A1 range on this sheet, e.g. "F5:F20". */
  range: string;
  /** Native formula relative to the range's top-left cell (never a custom function). */
  formula: string;
  fill: string;
  fontColor: string;
}

export interface ChartSpec {
  kind: "columnClustered" | "pie" | "barClustered";
  title: string;
  /** A1 range of the data including headings. */
  dataRange: string;
  seriesBy: "columns" | "rows";
  /** Top-left anchor cell for the chart. */
  anchor: string;
  /** A1 range of the category labels (row labels) when they are not the first column of dataRange. */
  categoryRange?: string;
}

/** Printed on A4, scaled to one page wide and as many pages tall as the rows need. */
export interface PrintSpec {
  orientation: "portrait" | "landscape";
  /** Rows from the top repeated on every printed page (title, unit line, column headings). */
  repeatRows: number;
  /** Printed at the left of every page's header: the förbund's name, so a loose page says whose it is. */
  header?: string;
}

export interface SheetDescription {
  /** Preferred sheet name (≤ 31 characters); adapters pick another if a user's sheet has it. */
  name: string;
  /** Row-major cells from A1; rows may be ragged. */
  cells: CellSpec[][];
  columnWidths: number[];
  /** Heights in points of rows that need more than one line (wrapped text), sparse; other rows keep the default. */
  rowHeights?: number[];
  /** A1 ranges whose cells print as one, holding the text of their first cell (a footnote wrapped across the table). */
  merges?: string[];
  freeze?: { rows: number; columns: number };
  /** Page setup for printing; without it the spreadsheet program's defaults apply. */
  print?: PrintSpec;
  /** In priority order: the first spec wins where rules overlap. */
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** Marks the sheet as owned (rewritten) by the add-in under this key; see ownership.ts. */
  ownerKey?: string;
  /**
   * False for an owned sheet of data that its writer replaces whole by the user's choice (the Huvudbok, on
   * each import): no digest of its contents is kept (digest.ts), so edits to it are not guarded. A digest of
   * a 60 000-row Huvudbok would hold the pane for a tenth of a second and guard nothing.
   */
  digest?: false;
}
