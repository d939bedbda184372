import { ZERO } from "../money/decimal";
import type { MappedLedger } from "../mapping/apply";
import type { ReportModel } from "../report/model";
import { DRIFT } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { driftCells, incomeAndCost } from "./driftGroups";

export const KOSTNADSFORDELNING_AREAS = [DRIFT.administration, DRIFT.individ, DRIFT.struktur] as const;

/**
 * Kostnadsfördelning (like the seeds' "Diagram 5"): the year's costs split into administration,
 * individinriktade and strukturinriktade insatser, with each share of the total — the basis of the admin
 * ratio and the allocation rule, and of the pie chart next to the table.
 */
export function buildKostnadsfordelning(m: MappedLedger, options: StatementOptions = {}): ReportModel {
  requireCurrentYear(m.ledger);
  const cells = driftCells(m).filter((c) => c.year === 0);
  const costs = KOSTNADSFORDELNING_AREAS.map((a) => incomeAndCost(cells.filter((c) => c.area === a.id)).kostnad);
  const total = costs.reduce((t, c) => t.plus(c), ZERO);
  const rows = new RowList();
  KOSTNADSFORDELNING_AREAS.forEach((a, i) => rows.line(a, 0, { kostnad: costs[i]!, andel: total.isZero() ? null : costs[i]!.div(total) }));
  rows.sum({ id: "kostnader.summa", label: "Summa kostnader" }, "total", 0, KOSTNADSFORDELNING_AREAS.map((a) => a.id), ["kostnad", "andel"]);
  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "kostnadsfordelning",
    title: `Kostnadsfördelning ${yearName(m.ledger, 0)}`,
    unit,
    columns: [amountColumn("kostnad", "Kostnad"), { id: "andel", heading: "Andel", kind: "percent" }],
    rows: rows.rows,
    footnotes: [unitFootnote(unit), "Kostnader inklusive avskrivningar och finansiella kostnader, fördelade på verksamhetens områden."],
  };
}
