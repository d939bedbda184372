import type { Dec } from "../money/decimal";
import { SEVERITY_LABEL_SV, type DeviationThresholds } from "../rules/deviation";
import type { ReportModel } from "../report/model";
import type { ConditionalFormatSpec } from "./description";
import { cellAddress, rangeAddress } from "./a1";
import type { DisplayUnit } from "./displayUnit";
import { sheetColumn, type Layout, type ReportPlace } from "./layout";

const FLAGS: ReportPlace = { part: "flags" };

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
    const col = sheetColumn(layout, column.id, FLAGS);
    if (column.kind !== "amount") {
      specs.push(...textFlagFormats(flagged, layout, col, column.id));
      continue;
    }
    const budgetId = budgetColumnOf(flagged, column.id);
    const budgetCol = budgetId === null ? null : sheetColumn(layout, budgetId, FLAGS);

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
 * text (and per verdict's "not met") over the column's flagged rows, so the colour follows the cell if someone
 * retypes it or a verdict recalculates.
 */
function textFlagFormats(flagged: ReportModel["rows"], layout: Layout, col: number, columnId: string): ConditionalFormatSpec[] {
  const texts = new Map<string, keyof typeof COLOURS>();
  for (const r of flagged) {
    const severity = r.flags![columnId];
    const value = r.values[columnId];
    if ((severity === "critical" || severity === "warning") && typeof value === "string" && !texts.has(value)) texts.set(value, severity);
    // A verdict written as a formula can turn to its "not met" text when a figure is corrected: red then too.
    const notMet = r.verdicts?.[columnId]?.notMet;
    if (notMet !== undefined && !texts.has(notMet)) texts.set(notMet, "critical");
  }
  if (texts.size === 0) return [];
  const rows = flagged.map((r) => layout.rowOf.get(r.id)!);
  const first = Math.min(...rows);
  const range = rangeAddress({ row: first, col }, { row: Math.max(...rows), col });
  const cell = cellAddress(first, col);
  return [...texts].map(([text, severity]) => ({ range, formula: `=${cell}="${text.replace(/"/g, '""')}"`, ...COLOURS[severity] }));
}

/**
 * A flag column's formula over the flagged cell (and its budget cell): "Kritisk", "Varning" or "OK" by the rule
 * the colours use, so a board member without colour (or a printer) reads the same flags.
 */
export function flagFormula(thresholds: DeviationThresholds, cell: string, budget: string | null, unit: DisplayUnit): string {
  const guard = (c: string) => (thresholds.flagFavourable ? c : `AND(${cell}<0,${c})`);
  const level = (l: Level, text: string, otherwise: string) => {
    const c = condition(l, cell, budget, unit);
    return c ? `IF(${guard(c)},"${text}",${otherwise})` : otherwise;
  };
  return "=" + level(thresholds.critical, SEVERITY_LABEL_SV.critical, level(thresholds.warning, SEVERITY_LABEL_SV.warning, `"${SEVERITY_LABEL_SV.ok}"`));
}

/** What flagFormula gives on the shown figures: the cell's cached value, as Excel will recalculate it. */
export function flagOfShown(thresholds: DeviationThresholds, deviation: Dec, budget: Dec | null, unit: DisplayUnit): string {
  const fires = (l: Level) =>
    (thresholds.flagFavourable || deviation.isNegative()) &&
    ((l.amount !== null && deviation.abs().greaterThan(l.amount.div(unit.divisor))) || (l.percent !== null && budget !== null && deviation.abs().greaterThan(l.percent.times(budget.abs()))));
  return fires(thresholds.critical) ? SEVERITY_LABEL_SV.critical : fires(thresholds.warning) ? SEVERITY_LABEL_SV.warning : SEVERITY_LABEL_SV.ok;
}

/** The budget column of a flagged column: the single minus term of its formula (avvikelse = netto − budget). */
export function budgetColumnOf(rows: ReportModel["rows"], columnId: string): string | null {
  const ids = new Set(rows.filter((r) => r.flags?.[columnId] !== undefined).map((r) => { const f = r.columnFormulas?.[columnId]; return f && f.minus.length === 1 ? f.minus[0]! : ""; }));
  const [only] = ids;
  return ids.size === 1 && only ? only : null;
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
