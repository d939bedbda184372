import { Dec } from "../money/decimal";
import type { ReportModel } from "../report/model";
import type { SheetDescription } from "./description";
import { layoutOf } from "./layout";

/** Names a cell of a report by its model's row and column ids. */
export const printedKey = (rowId: string, columnId: string): string => `${rowId}\u0000${columnId}`;

/**
 * The amounts a rendered sheet prints, in display units, by printedKey: what another sheet printing the same
 * figure is given (RenderOptions.printed), so that both print alike.
 */
export function printedAmounts(model: ReportModel, sheet: SheetDescription): Map<string, Dec> {
  const layout = layoutOf(model);
  const out = new Map<string, Dec>();
  for (const row of model.rows) {
    for (const column of model.columns) {
      if (column.kind !== "amount") continue;
      const value = sheet.cells[layout.rowOf.get(row.id)!]?.[layout.columnOf.get(column.id)!]?.value;
      // Cell numbers hold at most 15 significant digits (toExcelNumber), so the Dec is the printed decimal.
      if (typeof value === "number") out.set(printedKey(row.id, column.id), new Dec(value));
    }
  }
  return out;
}
