import { FinsamError } from "../core/errors";
import type { MessageCode, MessageParams } from "../core/messages/index";
import { cellAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, parseRange, quoteSheetName } from "../core/sheet/a1";
import type { CellSpec, SheetDescription } from "../core/sheet/description";
import { ownershipName } from "../core/sheet/ownership";
import { MAX_ROW_HEIGHT } from "../core/sheet/rowHeights";
import { validateSheetName } from "../core/sheet/sheetName";

/** Excel's own limits (specifications and limits of Excel). */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;
const MAX_NUMBER_FORMAT = 255;
const MAX_COLUMN_WIDTH = 255;
const MAX_CHART_TITLE = 255;
/** A call of one of the add-in's custom functions: such formulas show #NAME? without the add-in. */
const CUSTOM_FUNCTION = /(^|[^A-Za-z0-9_.])FINSAM\./i;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/**
 * Checks every description completely before an adapter touches the workbook, so that a bad description
 * changes nothing. Report sheets must carry an owner key (the add-in only writes sheets it owns), unique
 * within the call.
 */
export function validateDescriptions(sheets: readonly SheetDescription[], options: { reports: boolean }): void {
  const keys = new Set<string>();
  for (const sheet of sheets) {
    validateSheetName(sheet.name);
    const where = { field: quoteSheetName(sheet.name) };
    if (options.reports) {
      if (sheet.ownerKey === undefined) throw new FinsamError("workbook.ownerMissing", where);
      const name = ownershipName(sheet.ownerKey).toLowerCase();
      if (keys.has(name)) throw new FinsamError("workbook.ownerDuplicate", { ...where, value: sheet.ownerKey });
      keys.add(name);
    }
    validateSheet(sheet);
  }
}

function validateSheet(sheet: SheetDescription): void {
  const field = quoteSheetName(sheet.name);
  const width = sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (sheet.cells.length > MAX_ROWS) throw new FinsamError("workbook.tooLarge", { field, value: sheet.cells.length, max: MAX_ROWS });
  if (width > MAX_COLUMNS) throw new FinsamError("workbook.tooLarge", { field, value: width, max: MAX_COLUMNS });
  // The cell's address is spelled only for an error: a 60 000-row Huvudbok has half a million cells.
  sheet.cells.forEach((row, r) =>
    row.forEach((spec, c) => {
      const problem = spec ? cellProblem(spec) : null;
      if (problem) throw new FinsamError(problem.code, { ...problem.params, cell: `${field}!${cellAddress(r, c)}` });
    }),
  );
  sheet.columnWidths.forEach((w, c) => {
    if (w !== undefined && !(Number.isFinite(w) && w >= 0 && w <= MAX_COLUMN_WIDTH)) {
      throw new FinsamError("workbook.columnWidth", { cell: `${field}!${cellAddress(0, c)}`, value: String(w) });
    }
  });
  sheet.rowHeights?.forEach((h, r) => {
    if (!(Number.isFinite(h) && h >= 0 && h <= MAX_ROW_HEIGHT)) throw new FinsamError("workbook.rowHeight", { cell: `${field}!${cellAddress(r, 0)}`, value: String(h) });
  });
  if (sheet.freeze) {
    const { rows, columns } = sheet.freeze;
    const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n < max;
    if (!ok(rows, MAX_ROWS) || !ok(columns, MAX_COLUMNS)) throw new FinsamError("workbook.freeze", { field, value: `${rows}/${columns}` });
  }
  if (sheet.print && !(Number.isInteger(sheet.print.repeatRows) && sheet.print.repeatRows >= 0 && sheet.print.repeatRows < MAX_ROWS)) {
    throw new FinsamError("workbook.printRows", { field, value: String(sheet.print.repeatRows) });
  }
  for (const range of sheet.merges ?? []) parseRange(range);
  for (const cf of sheet.conditionalFormats) {
    parseRange(cf.range);
    checkFormula(cf.formula, `${field}!${cf.range}`);
    for (const color of [cf.fill, cf.fontColor]) if (!COLOR.test(color)) throw new FinsamError("workbook.color", { cell: `${field}!${cf.range}`, value: color });
  }
  for (const chart of sheet.charts) {
    parseRange(chart.dataRange);
    if (chart.categoryRange !== undefined) parseRange(chart.categoryRange);
    parseAddress(chart.anchor);
    if (chart.title.trim() === "" || chart.title.length > MAX_CHART_TITLE) throw new FinsamError("workbook.chartTitle", { cell: `${field}!${chart.anchor}`, max: MAX_CHART_TITLE });
  }
}

/** What is wrong with a cell, or null; its address is added by the caller. */
function cellProblem(spec: CellSpec): { code: MessageCode; params: MessageParams } | null {
  const v = spec.value;
  const valueOk =
    v === undefined || v === null || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.length <= MAX_TEXT);
  if (!valueOk) return { code: "workbook.value", params: { value: String(v).slice(0, 40) } };
  if (spec.formula !== undefined) {
    const bad = formulaProblem(spec.formula);
    if (bad) return bad;
  }
  if (spec.numberFormat !== undefined && (spec.numberFormat.length === 0 || spec.numberFormat.length > MAX_NUMBER_FORMAT)) {
    return { code: "workbook.numberFormat", params: { value: spec.numberFormat } };
  }
  return null;
}

function checkFormula(formula: string, cell: string): void {
  const bad = formulaProblem(formula);
  if (bad) throw new FinsamError(bad.code, { ...bad.params, cell });
}

function formulaProblem(formula: string): { code: MessageCode; params: MessageParams } | null {
  if (!formula.startsWith("=") || formula.length < 2 || formula.length > MAX_FORMULA) return { code: "workbook.formula", params: { value: formula.slice(0, 40), max: MAX_FORMULA } };
  if (CUSTOM_FUNCTION.test(formula)) return { code: "workbook.customFunction", params: { value: formula.slice(0, 40) } };
  return null;
}
