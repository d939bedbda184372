import { Dec } from "../money/decimal";
import { UNITS, type UnitName } from "../money/units";
import { FinsamError } from "../errors";
import type { CellValue, ReportColumn, ReportId, ReportRow, RowKind } from "../report/model";
import { STANDARD_SUMS } from "./structure";
import type { StatementTable } from "./statementSet";

/**
 * Statements typed by hand from a printed report: figures exactly as printed (Dec strings, "." as decimal
 * separator), read under the unit the heading states. Rows that are standard totals get their sumOf from
 * checks/structure.ts, so a typed statement is checked exactly like a built one.
 */
export interface TypedRow {
  id: string;
  label: string;
  /** Printed figures by column id (a text column's text as printed); null (or a missing key) for an empty cell or "–". */
  values: Record<string, string | null>;
  /** Detail lines of a non-standard total (a note's Summa). */
  sumOf?: string[];
  /** A percentage row (soliditet): printed in percent, held as a fraction like the engine's, not scaled by the unit. */
  percent?: boolean;
  kind?: RowKind;
}

export interface TypedTable {
  id: ReportId;
  title: string;
  /** The unit the heading states ("Belopp i kr." → "kr"); null when it names none. */
  statedUnit: UnitName | null;
  /** The unit to read the figures in when the heading names none. */
  readUnit?: UnitName;
  /** Decimals the figures are printed with: "14 600,0" → 1. */
  decimals: number;
  columns: ReportColumn[];
  rows: TypedRow[];
  deviation?: StatementTable["deviation"];
  footnotes?: string[];
}

export function typedTable(spec: TypedTable): StatementTable {
  if (!Number.isInteger(spec.decimals) || spec.decimals < 0 || spec.decimals > 4) {
    throw new FinsamError("checks.decimals", { field: spec.title, value: spec.decimals });
  }
  const unit = spec.statedUnit ?? spec.readUnit ?? "kr";
  const step = UNITS[unit];
  const columnIds = new Set(spec.columns.map((c) => c.id));
  const textColumns = new Set(spec.columns.filter((c) => c.kind === "text").map((c) => c.id));
  const seen = new Set<string>();
  const rows = spec.rows.map((r): ReportRow => {
    if (seen.has(r.id)) throw new FinsamError("checks.duplicateRow", { field: spec.title, value: r.id });
    seen.add(r.id);
    const values: Record<string, CellValue> = {};
    for (const [column, text] of Object.entries(r.values)) {
      const field = `${spec.title}, ${r.label}, ${column}`;
      if (!columnIds.has(column)) throw new FinsamError("checks.unknownColumn", { field, value: column });
      // A text column (a goal's Mål) is kept as printed.
      values[column] = text === null || textColumns.has(column) ? text : (r.percent ? parse(text, field).div(100) : parse(text, field).times(step));
    }
    const sumOf = r.sumOf ?? STANDARD_SUMS.get(r.id)?.slice();
    return { id: r.id, label: r.label, kind: r.kind ?? (sumOf ? "subtotal" : "line"), level: 0, values, ...(sumOf ? { sumOf } : {}), ...(r.percent ? { format: "percent" as const } : {}) };
  });
  return {
    model: { id: spec.id, title: spec.title, unit, columns: spec.columns, rows, footnotes: spec.footnotes ?? [] },
    statedUnit: spec.statedUnit,
    step: new Dec(10).pow(-spec.decimals).times(step),
    ...(spec.deviation ? { deviation: spec.deviation } : {}),
  };
}

function parse(text: string, field: string): Dec {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new FinsamError("checks.typedValue", { field, value: text });
  return new Dec(text);
}
