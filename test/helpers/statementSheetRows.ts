import { Dec } from "../../src/core/money/decimal";
import { UNITS, type UnitName } from "../../src/core/money/units";
import { isBlank, type CellValue } from "../../src/core/import/table";
import { toExcelNumber } from "../../src/core/money/excelNumber";
import type { ReportModel } from "../../src/core/report/model";

/**
 * A report model as a statement sheet (Radid | Rubrik | amounts in `unit`) of the layout `finsam check` reads
 * (src/core/inputs/statementsSheet.ts): a typed report for the tests to read back.
 */
export function statementSheetRows(model: ReportModel, unit: UnitName): CellValue[][] {
  const amountColumns = model.columns.filter((c) => c.kind === "amount");
  const step = UNITS[unit];
  // A percentage (soliditet) is a fraction, as Excel holds a cell typed "30,12 %": not scaled by the unit.
  const figure = (v: unknown, percent: boolean) => (v instanceof Dec ? toExcelNumber(percent ? v : v.div(step)) : null);
  return [
    [model.title],
    [`Belopp i ${unit}`],
    ["Radid", "Rubrik", ...amountColumns.map((c) => c.heading)],
    ...model.rows.filter((r) => !isBlankRow(r.values)).map((r) => [r.id, r.label, ...amountColumns.map((c) => figure(r.values[c.id], r.format === "percent"))]),
  ];
}

function isBlankRow(values: ReportModel["rows"][number]["values"]): boolean {
  return Object.values(values).every((v) => v === null || (typeof v === "string" && isBlank(v)));
}
