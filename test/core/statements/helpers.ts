import type { ReportModel } from "../../../src/core/report/model";

/** A cell of a model as a plain string (exact kronor), for assertions. */
export function cell(model: ReportModel, rowId: string, column: string): string | null {
  const row = model.rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`row ${rowId} missing in ${model.id}`);
  const v = row.values[column];
  return v === undefined || v === null ? null : v.toString();
}

export function rowIds(model: ReportModel): string[] {
  return model.rows.map((r) => r.id);
}
