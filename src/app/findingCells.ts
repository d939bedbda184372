import type { FigureRef } from "../core/checks/figures";
import type { TableKey } from "../core/checks/statementSet";
import type { ReportModel } from "../core/report/model";
import { AUDIT_NOTE_NUMBER, BALANCE_NOTE_NUMBERS } from "../core/reports/engineStatementSet";
import { cellAddress } from "../core/sheet/a1";
import { layoutOf } from "../core/sheet/layout";
import type { WrittenSheet } from "../workbook/port";

/** Which report each table key of the checks is (engine statements: see reports/engineStatementSet.ts). */
const REPORT_OF: Record<string, string> = {
  rr: "resultatrakning",
  br: "balansrakning",
  kfa: "kassaflodesanalys",
  drift: "driftsredovisning",
  fy: "flerarsoversikt",
  uppf: "budgetuppfoljning",
  fmal: "finansiella-mal",
  prognos: "prognos-mal",
  delrr: "delar-resultatrakning",
  delbr: "delar-balansrakning",
  mal: "maluppfyllelse",
  "not:1": "not-intakter",
  "not:2": "not-kostnader",
  // The revision note is checked by no table: its number is a balance-sheet note's in a build without it (firstBalanceNote).
  ...Object.fromEntries([AUDIT_NOTE_NUMBER, ...BALANCE_NOTE_NUMBERS].map((n) => [`not:${n}`, "noter-balansrakning"])),
};

export interface CellGroup {
  sheet: string;
  /** A1 addresses, comma-separated, e.g. "C8,C12". */
  range: string;
}

/**
 * The workbook cells a finding is about, grouped by sheet, for "click a finding to select its cells". Built
 * from the same layout the renderer used, so an address is exactly where the figure was written.
 */
export function findingCells(refs: readonly FigureRef[], models: readonly ReportModel[], written: readonly WrittenSheet[]): CellGroup[] {
  const bySheet = new Map<string, string[]>();
  for (const ref of refs) {
    const reportId = REPORT_OF[ref.table as TableKey];
    const model = models.find((m) => m.id === reportId);
    const sheet = written.find((w) => w.key === reportId)?.name;
    if (!model || !sheet) continue;
    const layout = layoutOf(model);
    const row = layout.rowOf.get(ref.row);
    const column = layout.columnOf.get(ref.column);
    if (row === undefined || column === undefined) continue;
    const list = bySheet.get(sheet) ?? [];
    const address = cellAddress(row, column);
    if (!list.includes(address)) list.push(address);
    bySheet.set(sheet, list);
  }
  return [...bySheet].map(([sheet, cells]) => ({ sheet, range: cells.join(",") }));
}
