/**
 * WorkbookPort inside Excel — the only code in the project that calls Excel.run.
 *
 * Sync plan. Every port call is one Excel.run; commands are queued on proxies and sent in a few
 * context.sync() round trips whose number does not depend on how many sheets, rows or cells are written, up
 * to the payload budget below:
 *  - writeReports: (1) load sheet names, defined names (name, formula) and the workbook's structure
 *    protection; the write is then planned in plain code (src/workbook/plan.ts); (2) only when owned sheets
 *    are replaced: load their charts, which must be deleted, their protection, and the used range's formulas
 *    of each that has a digest (ExcelApi 1.4), to compare with it; (3) suspend recalculation, queue every
 *    write of every sheet and its new digest name, sync once. So 2 syncs on a first build, 3 on a rebuild —
 *    for 1 sheet or 20, 10 rows or 5 000 — and 2 when an edited sheet refuses the rebuild.
 *  - createInputSheets: (1) sheet names, (2) add and write the missing sheets.
 *  - readSheets: (1) the requested sheets' used ranges (position and size), (2) their values.
 *  - select: (1) find the sheet, (2) activate and select.
 *  - ownedSheets: (1) sheet names and defined names, as writeReports' first sync.
 *  - watchUserEdits: (1) register the change handler; then per change event, (1) the changed sheet's name
 *    (with the defined names, on a host whose events do not say who changed it).
 *
 * Payload budget (src/excel/payload.ts). Excel on the web refuses a request or a response over 5 MB, and a
 * Huvudbok from a large ledger is more than that: cell blocks are sent in row chunks with a sync before the
 * queued cell data passes PAYLOAD_BUDGET, and values are read in row chunks sized to the same budget. Reports
 * and input sheets are far below it, so for them the plan above holds exactly; a Huvudbok of a large ledger
 * takes one more sync per 2,5 MB or so.
 * Writes run with `mergeUndoGroup: true` (ExcelApi 1.20), so a build is one undo step; older hosts ignore
 * the option and record one undo step per sync.
 *
 * Safety. Descriptions are validated completely (src/workbook/validate.ts) before Excel.run starts, so a bad
 * description changes nothing, and neither does a protected sheet (or structure) the write would change: it
 * is refused before the write sync, naming the sheets; so is a sheet typed in since the add-in wrote it
 * (its contents differ from its digest, src/core/sheet/digest.ts), unless the caller says to overwrite it.
 * Only sheets found through an ownership name (FinsamOwned_<key>) are written over; a user's sheet with the
 * preferred name is left alone and the report gets a unique name. An owned sheet is cleared and rewritten in
 * place rather than deleted and re-added: formulas in the user's own sheets that point at report cells keep
 * working (a deleted sheet would turn them into #REF!), and the ownership name, tab position and the user's
 * rename stay as they are. The clear removes contents, formats, conditional formats, merges, charts, frozen
 * panes and column widths; other objects the user put there (shapes, comments) remain. If Excel rejects a
 * command during the write sync, the commands before it in that batch have been applied (a batch is not a
 * transaction) and the rest are not; the merged undo group lets the user undo the partial write in one step,
 * and the next build replaces it.
 *
 * Block writes: per sheet, one numberFormat and one formulas assignment for the whole rectangle,
 * or for each row chunk of a sheet past the payload budget (number formats first, so a "@" text format keeps
 * text values as text), then styles in merged rectangles, column widths and row heights in runs, frozen
 * panes, conditional formats, charts.
 */
import { FinsamError } from "../core/errors";
import { parseRange, parseRangeList, rangeAddress } from "../core/sheet/a1";
import type { PrintSpec, SheetDescription } from "../core/sheet/description";
import type { Content } from "../core/sheet/digest";
import { ownershipReference } from "../core/sheet/ownership";
import { headerFooterCodes } from "../core/sheet/print";
import { editedSheets, ownedSheets, planInputs, planReports, workbookState, writtenSheets, type PlannedSheet, type WorkbookState } from "../workbook/plan";
import { EditedSheetsError, type CellValue, type WorkbookPort, type WriteOptions, type WrittenSheet } from "../workbook/port";
import { validateDescriptions } from "../workbook/validate";
import type { ChartApi, ChartTypeName, ExcelContext, ExcelRun, NamedItemApi, RangeApi, WorksheetApi } from "./api";
import { blockAddress, cellGrids, heightRuns, styledBlocks, widthRuns } from "./sheetBlocks";
import { ChunkedRead, WriteBatch, rowChunks, valuesOf, type ReadPart } from "./payload";

const defaultRun: ExcelRun = (options, batch) => Excel.run(options, (context) => batch(context));

const HORIZONTAL = { left: "Left", right: "Right" } as const;

const CHART_TYPES: Record<SheetDescription["charts"][number]["kind"], ChartTypeName> = {
  columnClustered: "ColumnClustered",
  pie: "Pie",
  barClustered: "BarClustered",
};

/**
 * Whether the host has an ExcelApi requirement set above the manifest's 1.7. Page layout, indent levels and
 * change events are 1.9 (Excel 2019 stops at 1.8, and a command the host lacks fails the whole write sync, so
 * they are used only where the host has them); renames are seen from 1.17; selecting several areas at once
 * (RangeAreas.select) is 1.18. test/excel/apiSets.test.ts lists every member used with its set. Outside Office
 * (tests) there is no host to ask.
 */
export type HostSupports = (excelApi: "1.9" | "1.17" | "1.18") => boolean;
const hostSupports: HostSupports = (excelApi) => typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", excelApi);

export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun = defaultRun,
    private readonly supports: HostSupports = hostSupports,
  ) {}

  sheetNames(): Promise<string[]> {
    return this.run({}, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /**
   * Values of the used ranges (values only), padded from A1. Excel returns an error cell in `values` as its
   * error text ("#N/A", "#DIV/0!"), so such a cell reads like text with that content; blanks are "".
   */
  readSheets(names: readonly string[]): Promise<Map<string, CellValue[][] | null>> {
    return this.run({}, async (context) => {
      const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
      await context.sync();
      const reader = new ChunkedRead(context);
      const parts: ReadPart[][] = [];
      for (const [i, ws] of sheets.entries()) {
        const u = used[i]!;
        parts.push(ws.isNullObject || u.isNullObject ? [] : await reader.add(ws, u.rowIndex, u.columnIndex, u.rowCount, u.columnCount));
      }
      await reader.flush();
      return new Map(
        names.map((n, i) => {
          if (sheets[i]!.isNullObject) return [n, null];
          const u = used[i]!;
          if (u.isNullObject) return [n, []];
          return [n, padFromA1(valuesOf(parts[i]!), u.rowIndex, u.columnIndex)];
        }),
      );
    });
  }

  async writeReports(sheets: readonly SheetDescription[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
    validateDescriptions(sheets, { reports: true });
    return this.run({ mergeUndoGroup: true }, async (context) => {
      const structure = context.workbook.protection.load("protected");
      const { state, names } = await readState(context);
      const plan = planReports(sheets, state);
      const worksheets = context.workbook.worksheets;
      const replaced = new Map(plan.filter((p) => p.replace).map((p) => [p, worksheets.getItem(p.name)]));
      const charts = new Map([...replaced].map(([p, ws]) => [p, ws.charts.load("items/name")]));
      const locks = [...replaced].map(([p, ws]) => ({ name: p.name, protection: ws.protection.load("protected") }));
      // What a sheet with a digest holds now, in the same sync: its formulas, so recalculated results are no edit.
      const compared = options.overwriteEdits ? [] : [...replaced].filter(([p]) => p.recorded !== undefined);
      const used = new Map(compared.map(([p, ws]) => [p, ws.getUsedRangeOrNullObject(true).load("formulas,rowIndex,columnIndex")]));
      if (replaced.size > 0) await context.sync();
      refuseProtected(plan, structure.protected, locks.filter((l) => l.protection.protected).map((l) => l.name));
      const edited = editedSheets([...used.keys()], (p) => contentsOf(used.get(p)!));
      if (edited.length > 0) throw new EditedSheetsError(edited);

      const batch = new WriteBatch(context);
      const excelApi19 = this.supports("1.9");
      for (const p of plan) {
        for (const stale of p.staleNames) names.find((n) => n.name === stale)!.delete();
        let ws = replaced.get(p);
        if (ws) clearSheet(ws, charts.get(p)!.items);
        else {
          ws = worksheets.add(p.name);
          context.workbook.names.add(p.ownershipName, "=" + ownershipReference(p.name));
        }
        if (p.recordDigest) context.workbook.names.add(p.digestName!, "=" + ownershipReference(p.name));
        await writeSheet(ws, p.description, batch, excelApi19);
      }
      await context.sync();
      return writtenSheets(plan);
    });
  }

  /** One sync: the sheets and the ownership names that point at them. */
  ownedSheets(): Promise<WrittenSheet[]> {
    return this.run({}, async (context) => ownedSheets((await readState(context)).state));
  }

  /** Input sheets belong to the user once created: they get no ownership name and are never rewritten. */
  async createInputSheets(sheets: readonly SheetDescription[]): Promise<string[]> {
    validateDescriptions(sheets, { reports: false });
    return this.run({ mergeUndoGroup: true }, async (context) => {
      const existing = context.workbook.worksheets.load("items/name");
      const structure = context.workbook.protection.load("protected");
      await context.sync();
      const created = planInputs(sheets, existing.items.map((s) => s.name));
      if (created.length === 0) return [];
      if (structure.protected) throw new FinsamError("workbook.structureProtected", { value: created.map((d) => d.name).join(", ") });
      const batch = new WriteBatch(context);
      const excelApi19 = this.supports("1.9");
      for (const d of created) await writeSheet(context.workbook.worksheets.add(d.name), d, batch, excelApi19);
      await context.sync();
      return created.map((d) => d.name);
    });
  }

  async select(sheet: string, range: string): Promise<void> {
    const { areas, bounds } = parseRangeList(range);
    return this.run({}, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new FinsamError("workbook.sheetMissing", { value: sheet });
      ws.activate();
      // A host without RangeAreas.select gets the block that holds every area (getRange refuses a list).
      if (areas.length > 1 && this.supports("1.18")) ws.getRanges(range).select();
      else ws.getRange(areas.length > 1 ? bounds : range).select();
      await context.sync();
    });
  }

  /**
   * Worksheets' onChanged and onDeleted (ExcelApi 1.9 and 1.7, so both from 1.9), and onNameChanged (1.17).
   * onChanged's triggerSource (ExcelApi 1.14) tells the add-in's own writes apart; an older host leaves it out,
   * and then a change on an owned sheet is taken for the add-in's own write.
   */
  async watchUserEdits(onEdit: (sheet: string | null) => void): Promise<void> {
    if (!this.supports("1.9")) return;
    await this.run({}, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.onChanged.add(async (change) => {
        if (change.triggerSource === "ThisLocalAddin") return;
        const sheet = await this.changedSheet(change.worksheetId, change.triggerSource === undefined);
        if (sheet !== null) onEdit(sheet);
      });
      // The add-in neither deletes nor renames sheets: every such event is someone else's.
      worksheets.onDeleted.add(async () => onEdit(null));
      if (this.supports("1.17")) {
        worksheets.onNameChanged.add(async (rename) => {
          onEdit(rename.nameBefore);
          onEdit(rename.nameAfter);
        });
      }
      await context.sync();
    });
  }

  /** The changed sheet's name, in one sync; null when it is gone, or owned while the host cannot say who changed it. */
  private changedSheet(worksheetId: string, ownedIsOurs: boolean): Promise<string | null> {
    return this.run({}, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId).load("name");
      let owned: WrittenSheet[] = [];
      if (ownedIsOurs) owned = ownedSheets((await readState(context)).state);
      else await context.sync();
      if (ws.isNullObject) return null;
      return owned.some((o) => o.name.toLowerCase() === ws.name.toLowerCase()) ? null : ws.name;
    });
  }
}

/**
 * Excel refuses every change to a protected sheet, and a sheet added to a workbook whose structure is
 * protected, but only when the write sync reaches that command: the sheets before it in the batch would be
 * rewritten and the rest not. So the protection is read with the charts (no extra sync) and the write refused
 * before it starts.
 */
function refuseProtected(plan: readonly PlannedSheet[], structureProtected: boolean, protectedSheets: readonly string[]): void {
  if (protectedSheets.length > 0) throw new FinsamError("workbook.sheetProtected", { value: protectedSheets.join(", ") });
  const added = plan.filter((p) => !p.replace).map((p) => p.name);
  if (structureProtected && added.length > 0) throw new FinsamError("workbook.structureProtected", { value: added.join(", ") });
}

/** Sync 1 of a write: sheet names, and the add-in's defined names (ownership and digests) with the sheets they refer to. */
async function readState(context: ExcelContext): Promise<{ state: WorkbookState; names: NamedItemApi[] }> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load({ name: true, formula: true });
  await context.sync();
  const state = workbookState(sheets.items.map((s) => s.name), names.items.map((n) => ({ name: n.name, sheet: referencedSheet(n.formula) })));
  return { state, names: names.items };
}

/** A sheet's contents from A1 as Range.formulas gives them (a formula cell's formula, not its result). */
function contentsOf(used: RangeApi): Content[][] {
  return used.isNullObject ? [] : padFromA1(used.formulas as Content[][], used.rowIndex, used.columnIndex);
}

/**
 * The sheet a name's formula refers to ("='Resultaträkning (2)'!$A$1" → Resultaträkning (2)); null when the
 * reference is broken (=#REF!$A$1 after the sheet was deleted) or is not a single cell. Excel rewrites the
 * formula when the user renames the sheet, so this follows renames.
 */
export function referencedSheet(formula: string): string | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!#]+))!\$?[A-Za-z]{1,3}\$?[0-9]+$/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
}

function clearSheet(ws: WorksheetApi, charts: readonly ChartApi[]): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear("All");
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
  for (const chart of charts) chart.delete();
}

/** `excelApi19`: whether the host has page layout and indent levels; without them the sheet prints as Excel's defaults and unindented. */
async function writeSheet(ws: WorksheetApi, sheet: SheetDescription, batch: WriteBatch, excelApi19: boolean): Promise<void> {
  const address = blockAddress(sheet);
  if (address !== null) {
    const grids = cellGrids(sheet);
    for (const chunk of rowChunks(grids)) {
      await batch.reserve(chunk.bytes);
      const block = ws.getRange(rangeAddress({ row: chunk.start, col: 0 }, { row: chunk.end, col: grids.formulas[0]!.length - 1 }));
      block.numberFormat = grids.numberFormat.slice(chunk.start, chunk.end + 1);
      block.formulas = grids.formulas.slice(chunk.start, chunk.end + 1);
    }
  }
  for (const { address: a, look } of styledBlocks(sheet)) {
    const format = ws.getRange(a).format;
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.size !== undefined) format.font.size = look.size;
    if (look.wrap) {
      format.wrapText = true;
      format.verticalAlignment = "Bottom";
    }
    if (look.horizontal) format.horizontalAlignment = HORIZONTAL[look.horizontal];
    if (look.indent !== undefined && excelApi19) format.indentLevel = look.indent;
    if (look.topBorder) {
      const top = format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.weight = "Thin";
    }
  }
  for (const range of sheet.merges ?? []) ws.getRange(range).merge(false);
  for (const run of widthRuns(sheet.columnWidths)) ws.getRange(run.address).format.columnWidth = run.points;
  for (const run of heightRuns(sheet.rowHeights)) ws.getRange(run.address).format.rowHeight = run.points;
  freeze(ws, sheet.freeze);
  if (sheet.print && excelApi19) print(ws, sheet.print);
  // Each add goes to the top priority, so adding in reverse leaves the first spec on top (it wins).
  for (const cf of [...sheet.conditionalFormats].reverse()) {
    const rule = ws.getRange(cf.range).conditionalFormats.add("Custom").custom;
    rule.rule.formula = cf.formula;
    rule.format.fill.color = cf.fill;
    rule.format.font.color = cf.fontColor;
  }
  for (const spec of sheet.charts) {
    const chart = ws.charts.add(CHART_TYPES[spec.kind], ws.getRange(spec.dataRange), spec.seriesBy === "columns" ? "Columns" : "Rows");
    chart.title.text = spec.title;
    chart.setPosition(spec.anchor);
    if (spec.categoryRange !== undefined) {
      const data = parseRange(spec.dataRange);
      const series = spec.seriesBy === "columns" ? data.end.col - data.start.col + 1 : data.end.row - data.start.row + 1;
      for (let i = 0; i < series; i++) chart.series.getItemAt(i).setXAxisValues(ws.getRange(spec.categoryRange));
    }
  }
}

function freeze(ws: WorksheetApi, f: SheetDescription["freeze"]): void {
  if (!f || (f.rows === 0 && f.columns === 0)) return;
  if (f.columns === 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.rows === 0) ws.freezePanes.freezeColumns(f.columns);
  else ws.freezePanes.freezeAt(rangeAddress({ row: 0, col: 0 }, { row: f.rows - 1, col: f.columns - 1 }));
}

/**
 * As the .xlsx writer's page setup: A4, one page wide and as tall as needed (0 = automatic), heading rows repeated,
 * the same header and footer on every page.
 */
function print(ws: WorksheetApi, spec: PrintSpec): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = spec.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (spec.repeatRows > 0) layout.setPrintTitleRows(`$1:$${spec.repeatRows}`);
  const codes = headerFooterCodes(spec);
  const pages = layout.headersFooters.defaultForAllPages;
  pages.leftHeader = codes.leftHeader;
  pages.centerFooter = codes.centerFooter;
}

/** Used range values placed at their sheet position, so row/column indices match A1 (as readWorkbook does). */
function padFromA1<T extends CellValue>(values: T[][], rowIndex: number, columnIndex: number): (T | "")[][] {
  const width = columnIndex + (values[0]?.length ?? 0);
  const blank = () => Array.from({ length: width }, (): T | "" => "");
  return [...Array.from({ length: rowIndex }, blank), ...values.map((row) => [...Array.from({ length: columnIndex }, (): T | "" => ""), ...row])];
}
