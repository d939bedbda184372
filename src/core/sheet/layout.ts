import { FinsamError } from "../errors";
import type { ReportModel } from "../report/model";

/** Sheet layout of a rendered report: title (row 1), unit line (row 2), column headings (row 3), then the rows. */
export const HEADER_ROW = 2;
export const FIRST_BODY_ROW = 3;

export interface Layout {
  /** Sheet column of each model column id. */
  columnOf: Map<string, number>;
  /** Sheet row of each report row id. */
  rowOf: Map<string, number>;
  /** Sheet column of the "Not" column, when any row has a note. */
  noteColumn: number | null;
  lastColumn: number;
}

export function layoutOf(model: ReportModel): Layout {
  const noteColumn = model.rows.some((r) => r.note !== undefined) ? 1 : null;
  const firstValueColumn = noteColumn === null ? 1 : 2;
  const columnOf = new Map<string, number>();
  model.columns.forEach((c, i) => {
    if (columnOf.has(c.id)) throw new FinsamError("sheet.duplicateColumn", { value: c.id });
    columnOf.set(c.id, firstValueColumn + i);
  });
  const rowOf = new Map<string, number>();
  model.rows.forEach((r, i) => {
    if (rowOf.has(r.id)) throw new FinsamError("sheet.duplicateRow", { value: r.id });
    rowOf.set(r.id, FIRST_BODY_ROW + i);
  });
  return { columnOf, rowOf, noteColumn, lastColumn: firstValueColumn + model.columns.length - 1 };
}

/** Where a report definition names a column: a row's formula, or the chart's or the flags' columns (worded by messages/sheet.ts). */
export type ReportPlace = { row: string } | { part: "chart" | "flags" };

export function sheetColumn(layout: Layout, columnId: string, where: ReportPlace): number {
  const col = layout.columnOf.get(columnId);
  if (col === undefined) throw new FinsamError("sheet.unknownColumn", { ...where, value: columnId });
  return col;
}
