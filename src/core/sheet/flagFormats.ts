import type { DeviationThresholds } from "../rules/deviation";
import type { ReportModel } from "../report/model";
import type { ConditionalFormatSpec } from "./description";
import { cellAddress, rangeAddress } from "./a1";
import type { DisplayUnit } from "./displayUnit";
import { sheetColumn, type Layout } from "./layout";

/** Excel's built-in "light red fill with dark red text" and "yellow fill with dark yellow text". */
const COLOURS = {
  critical: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;

type Level = DeviationThresholds["critical"];

/**
 * Conditional formats that re-evaluate the builder's deviation flags with native formulas, so the colours
 * follow edits in plain Excel. The rule mirrors rules/deviation.ts severityOf: a level fires when the
 * deviation's magnitude exceeds its amount threshold (converted to the display unit) OR its percent of
 * |budget| (any deviation when the budget is 0); only negative deviations unless flagFavourable.
 * Assumes the flagged column holds signed deviations where negative is unfavourable (ReportModel amounts are
 * signed: costs negative, so netto − budget < 0 is an overrun either way).
 * The budget cell is the single minus term of the column's formula (avvikelse = netto − budget); without one
 * only the amount threshold applies. One spec per contiguous run of flagged rows; critical first (it wins),
 * and warning excludes critical so the rules do not depend on the adapter's priority handling.
 */
export function flagFormats(model: ReportModel, layout: Layout, unit: DisplayUnit, thresholds: DeviationThresholds): ConditionalFormatSpec[] {
  const specs: ConditionalFormatSpec[] = [];
  for (const column of model.columns) {
    const flagged = model.rows.filter((r) => r.flags?.[column.id] !== undefined);
    if (flagged.length === 0) continue;
    const col = sheetColumn(layout, column.id, "flaggor");
    if (column.kind !== "amount") {
      specs.push(...textFlagFormats(flagged, layout, col, column.id));
      continue;
    }
    const budgetIds = new Set(flagged.map((r) => { const f = r.columnFormulas?.[column.id]; return f && f.minus.length === 1 ? f.minus[0]! : ""; }));
    const budgetId = budgetIds.size === 1 ? [...budgetIds][0]! : "";
    const budgetCol = budgetId === "" ? null : sheetColumn(layout, budgetId, "flaggor");

    for (const run of runs(flagged.map((r) => layout.rowOf.get(r.id)!))) {
      const cell = cellAddress(run.first, col);
      const budget = budgetCol === null ? null : cellAddress(run.first, budgetCol);
      const range = rangeAddress({ row: run.first, col }, { row: run.last, col });
      const critical = condition(thresholds.critical, cell, budget, unit);
      const warning = condition(thresholds.warning, cell, budget, unit);
      const guard = (c: string) => (thresholds.flagFavourable ? c : `AND(${cell}<0,${c})`);
      if (critical) specs.push({ range, formula: "=" + guard(critical), ...COLOURS.critical });
      if (warning) specs.push({ range, formula: "=" + guard(critical ? `AND(${warning},NOT(${critical}))` : warning), ...COLOURS.warning });
    }
  }
  return specs;
}

/**
 * A flagged text column (e.g. the checks' status "Stämmer inte") is coloured by its text: one rule per flagged
 * text over the column's flagged rows, so the colour follows the cell if someone retypes it.
 */
function textFlagFormats(flagged: ReportModel["rows"], layout: Layout, col: number, columnId: string): ConditionalFormatSpec[] {
  const texts = new Map<string, keyof typeof COLOURS>();
  for (const r of flagged) {
    const severity = r.flags![columnId];
    const value = r.values[columnId];
    if ((severity === "critical" || severity === "warning") && typeof value === "string" && !texts.has(value)) texts.set(value, severity);
  }
  if (texts.size === 0) return [];
  const rows = flagged.map((r) => layout.rowOf.get(r.id)!);
  const first = Math.min(...rows);
  const range = rangeAddress({ row: first, col }, { row: Math.max(...rows), col });
  const cell = cellAddress(first, col);
  return [...texts].map(([text, severity]) => ({ range, formula: `=${cell}="${text.replace(/"/g, '""')}"`, ...COLOURS[severity] }));
}

function condition(level: Level, cell: string, budget: string | null, unit: DisplayUnit): string | null {
  const parts: string[] = [];
  if (level.amount !== null) parts.push(`ABS(${cell})>${level.amount.div(unit.divisor).toString()}`);
  if (level.percent !== null && budget !== null) parts.push(`ABS(${cell})>${level.percent.toString()}*ABS(${budget})`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `OR(${parts.join(",")})`;
}

function runs(rows: number[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && r === last.last + 1) last.last = r;
    else out.push({ first: r, last: r });
  }
  return out;
}
