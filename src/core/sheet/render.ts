import { Dec, ZERO } from "../money/decimal";
import type { UnitName } from "../money/units";
import { FinsamError, isFinsamError } from "../errors";
import { message, type Language } from "../messages/index";
import { DEFAULT_THRESHOLDS, type DeviationThresholds } from "../rules/deviation";
import type { CellRef, ReportColumn, ReportModel, ReportRow, RowQuotient, RowVerdict } from "../report/model";
import type { CellSpec, CellStyle, ChartSpec, SheetDescription } from "./description";
import { cellAddress, rangeAddress } from "./a1";
import { amountFormat, displayUnit, NUMBER_FORMAT, PERCENT_DECIMALS, percentFormat, TEXT_FORMAT, toDisplay, type DisplayUnit } from "./displayUnit";
import { MAX_SIGNIFICANT_DIGITS, toExcelNumber } from "../money/excelNumber";
import { budgetColumnOf, flagFormats, flagFormula, flagOfShown } from "./flagFormats";
import { productOfShown, quotientOfShown, verdictFormula, verdictOfShown } from "./rowFormulas";
import { balancedRounding } from "./rounding";
import { FIRST_BODY_ROW, HEADER_ROW, layoutOf, sheetColumn, type Layout } from "./layout";
import { printSpec } from "./print";
import { textWidth, wrappedRowHeights } from "./rowHeights";
import { columnWidths, TEXT_COLUMN_INDENT } from "./columnWidths";
import { validateSheetName } from "./sheetName";

export interface RenderOptions {
  sheetName: string;
  /** Overrides the model's unit. */
  unit?: UnitName;
  /** Overrides the unit's default number of decimals (tkr: 0; 1 prints "1 715,5"). */
  decimals?: 0 | 1 | 2;
  /** Language of the renderer's own texts (unit line, rounding note); report labels come from the model. */
  language?: Language;
  /** Thresholds the flag conditional formats recalculate with; default DEFAULT_THRESHOLDS. */
  thresholds?: DeviationThresholds;
  chart?: ChartOption;
  /** Figures another sheet already printed (printedAmounts), which this sheet prints alike (sheet/rounding.ts). */
  printed?: ReadonlyMap<string, Dec>;
  /** Printed in every page's header: the förbund's name. */
  pageHeader?: string;
}

export interface ChartOption {
  kind: ChartSpec["kind"];
  /** Defaults to the report title. */
  title?: string;
  /** Adjacent amount columns to chart (one series each). */
  columns: string[];
  /** Last row charted (e.g. the row before "Summa"); defaults to the last row of the table. */
  lastRowId?: string;
}

const ROW_STYLE: Record<ReportRow["kind"], { label: CellStyle; value: CellStyle }> = {
  heading: { label: "heading", value: "heading" },
  line: { label: "label", value: "line" },
  subtotal: { label: "subtotal", value: "subtotal" },
  total: { label: "total", value: "total" },
};

/**
 * Renders a report model as a sheet description. Rounding: line amounts are rounded to the display unit so
 * that the sums hold (sheet/rounding.ts: half-up, or the other way where a sum needs it), and subtotals,
 * totals and column formulas (avvikelse = netto − budget) are native formulas over the ROUNDED cells, so the
 * printed table adds up and recalculates in Excel without the add-in. The largest difference between a shown
 * amount and its own half-up rounding is stated in a footnote when it is not zero. Formula cells carry the
 * value the formula computes as their cached value.
 */
export function renderReport(model: ReportModel, options: RenderOptions): SheetDescription {
  const language = options.language ?? "sv";
  const unit = displayUnit(options.unit ?? model.unit, options.decimals);
  const layout = layoutOf(model);
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const values = new CellValues(model, layout, unit, options.sheetName, options.printed, thresholds);
  const body = model.rows.map((_, i) => model.columns.map((c) => values.cell(i, c)));
  const widths = columnWidths(model, layout, body);

  const cells: CellSpec[][] = [
    [{ value: model.title, style: "title" }],
    [{ value: message(language, "sheet.text.unit", { unit: unit.label }), style: "note" }],
    headerRow(model, layout, language, widths),
  ];
  model.rows.forEach((row, i) => cells.push(bodyRow(row, body[i]!, model.columns, layout, widths)));

  const footnotes = [...model.footnotes];
  if (!values.maxRoundingDifference.isZero()) {
    footnotes.push(message(language, "sheet.text.rounding", { value: formatDifference(values.maxRoundingDifference, language), unit: unit.label }));
  }
  if (footnotes.length > 0) cells.push([]);
  // Across the table and wrapped in it: run on to the right, a long footnote would widen the printed page (and so
  // shrink the table to fit it) in LibreOffice, and be cut at the table's edge in Excel.
  const merges: string[] = [];
  for (const text of footnotes) {
    if (layout.lastColumn > 0) merges.push(rangeAddress({ row: cells.length, col: 0 }, { row: cells.length, col: layout.lastColumn }));
    cells.push([{ value: text, style: "note", wrap: true }]);
  }

  const charts = options.chart ? [chartOf(model, layout, options.chart)] : [];
  return {
    name: validateSheetName(options.sheetName),
    cells,
    columnWidths: widths,
    rowHeights: wrappedRowHeights(cells, widths, merges),
    merges,
    freeze: { rows: FIRST_BODY_ROW, columns: 1 },
    print: printSpec(widths, FIRST_BODY_ROW, options.pageHeader),
    conditionalFormats: flagFormats(model, layout, unit, thresholds),
    charts,
    ownerKey: model.id,
  };
}

/** The column headings; one wider than its column wraps (the column-heading look wraps), and is marked so its row is made tall enough. */
function headerRow(model: ReportModel, layout: Layout, language: Language, widths: readonly number[]): CellSpec[] {
  const row: CellSpec[] = [{ style: "columnHeading" }];
  // A text column's heading carries the text format, so it is aligned left like the text under it.
  if (layout.noteColumn !== null) row[layout.noteColumn] = { value: message(language, "sheet.text.note"), style: "columnHeading", numberFormat: TEXT_FORMAT };
  const text = { numberFormat: TEXT_FORMAT, indent: TEXT_COLUMN_INDENT };
  for (const c of model.columns) {
    const col = layout.columnOf.get(c.id)!;
    const heading: CellSpec = { value: c.heading, style: "columnHeading", ...(c.kind === "text" ? text : {}) };
    if (textWidth(c.heading, heading.indent ?? 0) > widths[col]!) heading.wrap = true;
    row[col] = heading;
  }
  return row;
}

function bodyRow(row: ReportRow, shown: readonly Omit<CellSpec, "style">[], columns: ReportColumn[], layout: Layout, widths: readonly number[]): CellSpec[] {
  const style = ROW_STYLE[row.kind];
  // Text format: labels come from the user's data (insatser, members, note lines), and Excel would turn one that
  // reads as a number, date or percent where typed ("1 000", "1/2", "50 %") into that, and the digest would see an edit.
  const label: CellSpec = { value: row.label, style: style.label, numberFormat: TEXT_FORMAT };
  if (row.level > 0) label.indent = row.level;
  if (textWidth(row.label, row.level) > widths[0]!) label.wrap = true;
  const cells: CellSpec[] = [label];
  if (layout.noteColumn !== null) cells[layout.noteColumn] = { value: row.note ?? null, numberFormat: TEXT_FORMAT, style: style.value };
  columns.forEach((column, i) => {
    const col = layout.columnOf.get(column.id)!;
    const cell: CellSpec = { ...shown[i]!, style: style.value };
    const flag = row.flags?.[column.id];
    if (flag !== undefined) cell.flag = flag;
    if (typeof cell.value === "string") {
      // Excel puts text left: "Inga" under the figures of an amount column would stand out of line with them.
      if (kindOf(row, column) === "text") cell.indent = TEXT_COLUMN_INDENT;
      else cell.alignRight = true;
      if (textWidth(cell.value, cell.indent ?? 0) > widths[col]!) cell.wrap = true;
    }
    cells[col] = cell;
  });
  return cells;
}

/** A percent row overrides its amount columns; a cell's own kind (a figure in a text column) its column's. */
const kindOf = (row: ReportRow, column: ReportColumn): ReportColumn["kind"] =>
  row.kinds?.[column.id] ?? (row.format === "percent" && column.kind === "amount" ? "percent" : column.kind);

/**
 * The shown value of every body cell, in display units: rounded model values for plain cells, and for
 * formula cells the exact result of the formula over the shown cells it references (memoised; cycles rejected).
 */
class CellValues {
  private readonly memo = new Map<string, Dec | null>();
  private readonly pending = new Set<string>();
  private readonly rowIndex = new Map<string, number>();
  /** Shown line amounts in display units, from balancedRounding. */
  private readonly balanced: Map<number, Map<string, Dec>>;
  /** Largest distance of a shown amount (a line moved so a sum holds, or a formula's result) from its own half-up rounding. */
  maxRoundingDifference: Dec = ZERO;

  constructor(
    private readonly model: ReportModel,
    private readonly layout: Layout,
    private readonly unit: DisplayUnit,
    /** Names the sheet in a cell's error ("Resultaträkning!C7"). */
    private readonly sheetName: string,
    printed: ReadonlyMap<string, Dec> | undefined,
    /** What a flag column's formula re-evaluates. */
    private readonly thresholds: DeviationThresholds,
  ) {
    model.rows.forEach((r, i) => this.rowIndex.set(r.id, i));
    const isAmount = (row: ReportRow, column: ReportColumn) => kindOf(row, column) === "amount";
    try {
      this.balanced = balancedRounding(model, unit, isAmount, printed);
    } catch (e) {
      // Amounts too large to round exactly: an amount no cell can hold is the user's to see, named by its cell.
      if (isFinsamError(e) && e.code === "sheet.roundingRange") this.checkCellRange(isAmount);
      throw e;
    }
  }

  /** Throws toExcelNumber's error for the first amount whose rounding no cell can hold. */
  private checkCellRange(isAmount: (row: ReportRow, column: ReportColumn) => boolean): void {
    for (const row of this.model.rows) {
      for (const column of this.model.columns) {
        const raw = row.values[column.id];
        if (!Dec.isDecimal(raw) || !isAmount(row, column)) continue;
        toExcelNumber(toDisplay(raw, this.unit), { cell: `${this.sheetName}!${this.at(row, column.id)}` });
      }
    }
  }

  cell(index: number, column: ReportColumn): Omit<CellSpec, "style"> {
    const row = this.model.rows[index]!;
    const raw = row.values[column.id] ?? null;
    const kind = kindOf(row, column);
    const format = kind === "amount" ? amountFormat(this.unit) : kind === "percent" ? percentFormat(column.decimals) : kind === "number" ? NUMBER_FORMAT : TEXT_FORMAT;
    if (column.flagOf !== undefined) return this.flagCell(row, index, column.flagOf);
    const verdict = row.verdicts?.[column.id];
    if (verdict && typeof raw === "string") {
      const formula = this.verdictCell(row, index, verdict, raw);
      if (formula) return formula;
    }
    const quotient = row.quotients?.[column.id];
    if (quotient && Dec.isDecimal(raw)) {
      const formula = this.quotientCell(row, index, column, quotient, raw, format);
      if (formula) return formula;
    }
    const formula = this.formulaOf(row, column);
    const shown = this.shown(index, column);
    const where = { cell: `${this.sheetName}!${this.at(row, column.id)}` };
    if (formula !== null) {
      return { formula, value: toExcelNumber(shown ?? ZERO, where), numberFormat: format };
    }
    if (raw === null || typeof raw === "string") return { value: raw, numberFormat: typeof raw === "string" ? TEXT_FORMAT : format };
    return { value: toExcelNumber(shown!, where), numberFormat: format };
  }

  /** A flag column's cell: for a flagged row, the flag in words as a formula over the row's shown deviation and budget. */
  private flagCell(row: ReportRow, index: number, flagged: string): Omit<CellSpec, "style"> {
    if (row.flags?.[flagged] === undefined) return { value: null, numberFormat: TEXT_FORMAT };
    const sheetRow = this.layout.rowOf.get(row.id)!;
    const at = (id: string) => cellAddress(sheetRow, sheetColumn(this.layout, id, { row: row.id }));
    const budgetId = budgetColumnOf([row], flagged);
    const formula = flagFormula(this.thresholds, at(flagged), budgetId === null ? null : at(budgetId), this.unit);
    const value = flagOfShown(this.thresholds, this.shownAt(index, flagged, row), budgetId === null ? null : this.shownAt(index, budgetId, row), this.unit);
    // No text format: Excel keeps a formula typed or written into a text-formatted cell as its text.
    return { formula, value };
  }

  /** A goal's verdict as an IF over the row's shown cells; null (a plain text) where that would not give the engine's verdict. */
  private verdictCell(row: ReportRow, index: number, verdict: RowVerdict, text: string): Omit<CellSpec, "style"> | null {
    const [value, limit] = [cellRef(verdict.value), cellRef(verdict.limit)];
    if (verdictOfShown(verdict, this.shownOf(row, value), this.shownOf(row, limit)) !== text) return null;
    // No text format, as the flag column: Excel keeps a formula written into a text-formatted cell as its text.
    return { formula: verdictFormula(verdict, this.addressOf(row, value), this.addressOf(row, limit)), value: text };
  }

  /** Andel = Utfall / Gräns over the shown cells, cached as that quotient; null (a plain value) where it would print otherwise than the exact ratio. */
  private quotientCell(row: ReportRow, index: number, column: ReportColumn, quotient: RowQuotient, exact: Dec, numberFormat: string): Omit<CellSpec, "style"> | null {
    const q = quotientOfShown(this.shownOf(row, quotient.numerator), this.shownOf(row, quotient.denominator), exact, column.decimals ?? 1);
    if (q === null) return null;
    const where = { cell: `${this.sheetName}!${this.at(row, column.id)}` };
    return { formula: `=${this.addressOf(row, quotient.numerator)}/${this.addressOf(row, quotient.denominator)}`, value: toExcelNumber(q.toSignificantDigits(MAX_SIGNIFICANT_DIGITS, Dec.ROUND_HALF_UP), where), numberFormat };
  }

  /** A1 address of the row's cell in a column. */
  private at(row: ReportRow, columnId: string): string {
    return cellAddress(this.layout.rowOf.get(row.id)!, sheetColumn(this.layout, columnId, { row: row.id }));
  }

  /** A1 address of a cell `from` refers to: its own row's, or another row's. */
  private addressOf(from: ReportRow, ref: CellRef): string {
    return this.at(ref.row === undefined ? from : this.model.rows[this.indexOf(ref.row, from)]!, ref.column);
  }

  /** The shown value of a cell `from` refers to (empty: 0, as Excel reads it). */
  private shownOf(from: ReportRow, ref: CellRef): Dec {
    const index = ref.row === undefined ? this.rowIndex.get(from.id)! : this.indexOf(ref.row, from);
    return this.shownAt(index, ref.column, this.model.rows[index]!);
  }

  private indexOf(id: string, from: ReportRow): number {
    const i = this.rowIndex.get(id);
    if (i === undefined) throw new FinsamError("sheet.unknownRow", { row: from.id, value: id });
    return i;
  }

  /** A product cell's value over the shown cell it multiplies, or null (a plain value) where it would not print as the exact one does. */
  private productOf(row: ReportRow, index: number, column: ReportColumn): Dec | null {
    const product = row.products?.[column.id];
    const exact = row.values[column.id];
    if (!product || !Dec.isDecimal(exact)) return null;
    const base = this.exactOf(row, product.of);
    this.checkExact(row, column, exact, base.times(product.factor));
    return productOfShown(this.shownOf(row, product.of), product.factor, this.balanced.get(index)?.get(column.id) ?? toDisplay(exact, this.unit), this.unit.decimals);
  }

  /** Formula text for a cell, or null for a plain value. Column formulas win over sums (avvikelse in a total row). */
  private formulaOf(row: ReportRow, column: ReportColumn): string | null {
    const sheetRow = this.layout.rowOf.get(row.id)!;
    const reference = row.references?.[column.id];
    if (reference !== undefined) return "=" + this.addressOf(row, referenceOf(reference, column));
    const product = row.products?.[column.id];
    if (product && this.productOf(row, this.rowIndex.get(row.id)!, column) !== null) {
      return `=${this.addressOf(row, product.of)}*${product.factor.toString()}`;
    }
    const derived = row.columnFormulas?.[column.id];
    if (derived) {
      const term = (id: string) => cellAddress(sheetRow, sheetColumn(this.layout, id, { row: row.id }));
      return "=" + [...derived.plus.map((id, i) => (i === 0 ? "" : "+") + term(id)), ...derived.minus.map((id) => "-" + term(id))].join("");
    }
    if (!this.isSum(row, column)) return null;
    const col = this.layout.columnOf.get(column.id)!;
    const rows = row.sumOf!.map((id) => this.sheetRowOf(id, row)).sort((a, b) => a - b);
    const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
    if (rows.length === 1) return "=" + cellAddress(rows[0]!, col);
    if (contiguous) return `=SUM(${rangeAddress({ row: rows[0]!, col }, { row: rows[rows.length - 1]!, col })})`;
    return "=" + rows.map((r) => cellAddress(r, col)).join("+");
  }

  private isSum(row: ReportRow, column: ReportColumn): boolean {
    return (row.kind === "subtotal" || row.kind === "total") && row.sumOf !== undefined && row.sumOf.length > 0 && column.kind === "amount" && Dec.isDecimal(row.values[column.id]);
  }

  private sheetRowOf(id: string, from: ReportRow): number {
    const r = this.layout.rowOf.get(id);
    if (r === undefined) throw new FinsamError("sheet.unknownRow", { row: from.id, value: id });
    return r;
  }

  /** Shown value in display units (null = empty cell). */
  shown(index: number, column: ReportColumn): Dec | null {
    const key = `${index}\u0000${column.id}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    if (this.pending.has(key)) throw new FinsamError("sheet.cycle", { row: this.model.rows[index]!.id });
    this.pending.add(key);
    const value = this.compute(index, column);
    this.pending.delete(key);
    this.memo.set(key, value);
    return value;
  }

  private compute(index: number, column: ReportColumn): Dec | null {
    const row = this.model.rows[index]!;
    const raw = row.values[column.id] ?? null;
    const exact = Dec.isDecimal(raw) ? raw : null;
    const reference = row.references?.[column.id];
    if (reference !== undefined) {
      const ref = referenceOf(reference, column);
      this.checkExact(row, column, exact, this.exactOf(row, ref));
      return this.noteRounding(column, exact, this.shownOf(row, ref));
    }
    // Not noted as a rounding: written only where it prints the exact figure's own rounding.
    const product = this.productOf(row, index, column);
    if (product !== null) return product;
    const derived = row.columnFormulas?.[column.id];
    if (derived) {
      const part = (ids: string[]) => ids.map((id) => this.shownAt(index, id, row)).reduce((a, b) => a.plus(b), ZERO);
      const exactPart = (ids: string[]) => ids.map((id) => this.exactAt(row, id)).reduce((a, b) => a.plus(b), ZERO);
      this.checkExact(row, column, exact, exactPart(derived.plus).minus(exactPart(derived.minus)));
      return this.noteRounding(column, exact, part(derived.plus).minus(part(derived.minus)));
    }
    if (this.isSum(row, column)) {
      const terms = row.sumOf!.map((id) => {
        const i = this.rowIndex.get(id);
        if (i === undefined) throw new FinsamError("sheet.unknownRow", { row: row.id, value: id });
        return i;
      });
      const exactSum = terms.map((i) => this.model.rows[i]!.values[column.id]).reduce<Dec>((a, v) => (Dec.isDecimal(v) ? a.plus(v) : a), ZERO);
      this.checkExact(row, column, exact, exactSum);
      return this.noteRounding(column, exact, terms.map((i) => this.shown(i, column) ?? ZERO).reduce((a, b) => a.plus(b), ZERO));
    }
    if (exact === null) return null;
    if (kindOf(row, column) !== "amount") return exact.toDecimalPlaces(PERCENT_DECIMALS, Dec.ROUND_HALF_UP);
    return this.noteRounding(column, exact, this.balanced.get(index)?.get(column.id) ?? toDisplay(exact, this.unit));
  }

  private shownAt(index: number, columnId: string, row: ReportRow): Dec {
    sheetColumn(this.layout, columnId, { row: row.id });
    return this.shown(index, this.model.columns.find((c) => c.id === columnId)!) ?? ZERO;
  }

  private exactAt(row: ReportRow, columnId: string): Dec {
    const v = row.values[columnId];
    return Dec.isDecimal(v) ? v : ZERO;
  }

  private exactOf(from: ReportRow, ref: CellRef): Dec {
    return this.exactAt(ref.row === undefined ? from : this.model.rows[this.indexOf(ref.row, from)]!, ref.column);
  }

  /** A formula replaces the model's number on the sheet, so the two must agree exactly. */
  private checkExact(row: ReportRow, column: ReportColumn, exact: Dec | null, expected: Dec): void {
    if (exact !== null && !exact.equals(expected)) {
      throw new FinsamError("sheet.sumMismatch", { row: row.id, column: column.id, value: exact.toString(), expected: expected.toString() });
    }
  }

  private noteRounding(column: ReportColumn, exact: Dec | null, computed: Dec): Dec {
    if (column.kind === "amount" && exact !== null) {
      const difference = computed.minus(toDisplay(exact, this.unit)).abs();
      if (difference.greaterThan(this.maxRoundingDifference)) this.maxRoundingDifference = difference;
    }
    return computed;
  }
}

/** A verdict's operand: a column id of the row's own cell, or a cell of another row. */
const cellRef = (ref: string | CellRef): CellRef => (typeof ref === "string" ? { column: ref } : ref);

/** A reference: another row's cell in the same column, or a cell of another column too. */
const referenceOf = (ref: string | Required<CellRef>, column: ReportColumn): Required<CellRef> => (typeof ref === "string" ? { row: ref, column: column.id } : ref);

function formatDifference(d: Dec, language: Language): string {
  return language === "sv" ? d.toString().replace(".", ",") : d.toString();
}

function chartOf(model: ReportModel, layout: Layout, option: ChartOption): ChartSpec {
  const cols = option.columns.map((id) => {
    const col = sheetColumn(layout, id, { part: "chart" });
    if (model.columns.find((c) => c.id === id)!.kind !== "amount") throw new FinsamError("sheet.chartColumns");
    return col;
  });
  cols.sort((a, b) => a - b);
  if (cols.length === 0 || cols.some((c, i) => i > 0 && c !== cols[i - 1]! + 1)) throw new FinsamError("sheet.chartColumns");
  const lastRow = option.lastRowId === undefined ? FIRST_BODY_ROW + model.rows.length - 1 : layout.rowOf.get(option.lastRowId);
  if (lastRow === undefined) throw new FinsamError("sheet.unknownRow", { part: "chart", value: option.lastRowId });
  return {
    kind: option.kind,
    title: option.title ?? model.title,
    dataRange: rangeAddress({ row: HEADER_ROW, col: cols[0]! }, { row: lastRow, col: cols[cols.length - 1]! }),
    categoryRange: rangeAddress({ row: FIRST_BODY_ROW, col: 0 }, { row: lastRow, col: 0 }),
    seriesBy: "columns",
    anchor: cellAddress(HEADER_ROW, layout.lastColumn + 2),
  };
}
