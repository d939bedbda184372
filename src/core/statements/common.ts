import { ZERO, type Dec } from "../money/decimal";
import type { UnitName } from "../money/units";
import { FinsamError } from "../errors";
import type { Ledger } from "../ledger/types";
import type { CellValue, ReportColumn, ReportRow, RowKind } from "../report/model";
import type { LineDef } from "./lines";

export interface StatementOptions {
  /** Display unit; amounts in the model stay in kronor. Default tkr, as the seeds print. */
  unit?: UnitName;
}

export const DEFAULT_UNIT: UnitName = "tkr";

export const UNIT_LABEL: Record<UnitName, string> = { ore: "öre", kr: "kr", tkr1: "tkr", tkr: "tkr", mnkr: "mnkr" };

export function unitFootnote(unit: UnitName): string {
  return `Belopp i ${UNIT_LABEL[unit]}. Beloppen är exakta i kronor och avrundas först vid visning.`;
}

export function requireCurrentYear(ledger: Ledger): void {
  if (!ledger.years.some((y) => y.index === 0)) throw new FinsamError("statements.noCurrentYear", { field: ledger.companyName || undefined });
}

export function hasYear(ledger: Ledger, index: number): boolean {
  return ledger.years.some((y) => y.index === index) || ledger.balances.some((b) => b.year === index);
}

/** "2021" from the year's end date (the calendar year a report names), or "år −1" when unknown. */
export function yearName(ledger: Ledger, index: number): string {
  const y = ledger.years.find((fy) => fy.index === index);
  if (y) return y.end.slice(0, 4);
  const current = ledger.years.find((fy) => fy.index === 0);
  return current ? String(Number(current.end.slice(0, 4)) + index) : `år ${index}`;
}

/**
 * Why a year's income, costs or result are not printed: the ledger has its balances but no result for it
 * (`what` names the figures left out, e.g. "Föregående år").
 */
export function missingResultFootnote(year: string, what: string): string {
  return `${what} ${year} visas inte: bokföringen har inga resultatsaldon för ${year} (i SIE-filen #RES, #TRANS eller #PSALDO för det året).`;
}

/** "2021-01-01 – 2021-12-31" (RR, KFA) or the balance date "2021-12-31" (BR). */
export function periodHeading(ledger: Ledger, index: number, kind: "period" | "date"): string {
  const y = ledger.years.find((fy) => fy.index === index);
  if (!y) return yearName(ledger, index);
  return kind === "date" ? y.end : `${y.start} – ${y.end}`;
}

export const amountColumn = (id: string, heading: string): ReportColumn => ({ id, heading, kind: "amount" });

/**
 * Collects rows and computes subtotal values from the rows they sum, so every sumOf in a model agrees
 * with its values by construction.
 */
export class RowList {
  readonly rows: ReportRow[] = [];
  private readonly byId = new Map<string, ReportRow>();

  add(row: ReportRow): ReportRow {
    this.rows.push(row);
    this.byId.set(row.id, row);
    return row;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): ReportRow | undefined {
    return this.byId.get(id);
  }

  heading(def: LineDef, level: number): ReportRow {
    return this.add({ id: def.id, label: def.label, kind: "heading", level, values: {} });
  }

  line(def: LineDef, level: number, values: Record<string, CellValue>, extra: Partial<ReportRow> = {}): ReportRow {
    return this.add({ id: def.id, label: def.label, kind: "line", level, values, ...extra });
  }

  /** A subtotal or total of `ids` over `columns` (amount columns; null cells count as zero). */
  sum(def: LineDef, kind: Exclude<RowKind, "heading" | "line">, level: number, ids: string[], columns: readonly string[], extra: Partial<ReportRow> = {}): ReportRow {
    const values: Record<string, CellValue> = {};
    for (const col of columns) values[col] = this.total(ids, col);
    return this.add({ id: def.id, label: def.label, kind, level, values, sumOf: ids, ...extra });
  }

  /** Sum of a column over rows (null and text count as zero). */
  total(ids: readonly string[], column: string): Dec {
    let t = ZERO;
    for (const id of ids) {
      const v = this.byId.get(id)?.values[column];
      if (v !== undefined && v !== null && typeof v !== "string") t = t.plus(v);
    }
    return t;
  }

  /** The Dec in a cell, zero when empty. */
  amount(id: string, column: string): Dec {
    return this.total([id], column);
  }
}
