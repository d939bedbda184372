import type { Dec } from "../money/decimal";
import type { UnitName } from "../money/units";
import type { Severity } from "../rules/deviation";

/**
 * A report model is what a statement builder returns: rows and columns of exact amounts, with the structure
 * a renderer needs (which rows total which). It knows nothing of cells or Excel.
 */
export type ReportId =
  | "driftsredovisning"
  | "resultatrakning"
  | "balansrakning"
  | "kassaflodesanalys"
  | "not-intakter"
  | "not-kostnader"
  | "noter-balansrakning"
  | "finansiella-mal"
  | "flerarsoversikt"
  | "budgetuppfoljning"
  | "prognos-mal"
  | "delar-resultatrakning"
  | "delar-balansrakning"
  | "kontroller"
  | "medlemsavgifter"
  | "kostnadsfordelning"
  | "maluppfyllelse"
  | "flerarsplan";

export interface ReportColumn {
  id: string;
  /** Swedish heading as printed, e.g. "Utfall 2021", "Avvikelse (utfall − budget)". */
  heading: string;
  /** "number": a figure shown whole as it is, in no unit (deltagare; kronor per deltagare beside a table in tkr). */
  kind: "amount" | "percent" | "number" | "text";
  /** Decimals a percent column shows (default 1: "20,2 %"; member shares agreed as 11,75 % need 2). */
  decimals?: 1 | 2;
  /**
   * A text column naming, in words, the flag of another column's cells (Budgetuppföljning's Flagga beside its
   * Avvikelse): written as a native formula with the rule the colours use, so it reads without colour and recalculates.
   */
  flagOf?: string;
}

export type RowKind = "heading" | "line" | "subtotal" | "total";

export type CellValue = Dec | string | null;

export interface ReportRow {
  id: string;
  label: string;
  kind: RowKind;
  /** Indentation level, 0 = top. */
  level: number;
  /** Values by column id; a missing key or null is an empty cell. */
  values: Record<string, CellValue>;
  /**
   * For subtotal and total rows: the ids of the rows this row is the sum of (amount columns only).
   * Renderers turn this into a native SUM formula so that the sheet recalculates without the add-in.
   */
  sumOf?: string[];
  /**
   * For a derived column value that is not a sum (e.g. avvikelse = utfall − budget): a formula over other
   * columns of the same row, as column ids: { avvikelse: ["utfall", "-", "budget"] }.
   */
  columnFormulas?: Record<string, { plus: string[]; minus: string[] }>;
  /**
   * A percent cell that is one amount cell of the row over another (a goal's Andel = Utfall / Gräns): written
   * as that quotient, so it recalculates when either is corrected.
   */
  quotients?: Record<string, RowQuotient>;
  /**
   * A cell that is another row's cell in the same column (a goal's Utfall is the figure printed above or below
   * it), or a cell of another column (a plan year's opening equity is the year before's closing): written as a
   * reference to it, so it follows a correction there. The two exact figures must be equal.
   */
  references?: Record<string, string | Required<CellRef>>;
  /**
   * An amount cell that is another row's cell times a fixed factor (a goal's Gräns = 10 % of the costs printed
   * below): written as that product, so it follows a correction there.
   */
  products?: Record<string, RowProduct>;
  /** A text cell saying whether one amount cell of the row is at most (or at least) another: a goal's verdict, written as a native IF. */
  verdicts?: Record<string, RowVerdict>;
  /** A row of ratios in amount columns (soliditet in the flerårsöversikt): values are fractions, shown as %. */
  format?: "percent";
  /**
   * Cells of a text column that hold a figure, by column id: written as a number in that kind's format, not as
   * text Excel would mark "number stored as text" (a goal's Målvärde: a share as %, a number of people whole).
   */
  kinds?: Record<string, "percent" | "number">;
  /**
   * A figure another statement prints too: rounded half-up on its own rather than adjusted to make its
   * table's sums hold (sheet/rounding.ts). "firm": always (årets resultat in BR and KFA). "soft": unless that
   * leaves a total unable to print its own rounding (kassa och bank, whose KFA tie matters less than a
   * balancing BR). Rows with a note are soft-pinned: the note prints their figure as its total.
   */
  pin?: "firm" | "soft";
  /**
   * Cells that print what another cell of the same table prints, by column id, where the two exact figures are
   * equal: this year's ingående anskaffningsvärde prints last year's utgående as printed (sheet/rounding.ts).
   */
  printedAs?: Record<string, { row: string; column: string }>;
  /** Note number, as in "Not 1". */
  note?: string;
  flags?: Record<string, Severity>;
  /** Accounts (or objects) that make up the line, for drill-down and checks. */
  sources?: string[];
}

/** A cell of the table: a column of the same row, or the cell of another row (`row`) in that column. */
export interface CellRef {
  column: string;
  row?: string;
}

export interface RowQuotient {
  numerator: CellRef;
  denominator: CellRef;
}

export interface RowProduct {
  of: CellRef;
  factor: Dec;
}

export interface RowVerdict {
  /** Column ids of the row's own cells, or cells of other rows (a plan year's closing equity against its cap). */
  value: string | CellRef;
  limit: string | CellRef;
  holds: "atMost" | "atLeast";
  met: string;
  notMet: string;
}

export interface ReportModel {
  id: ReportId;
  title: string;
  /** Unit the amounts are shown in; amounts in the model are always kronor. */
  unit: UnitName;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Lines under the table: conventions, rounding, sources. */
  footnotes: string[];
}
