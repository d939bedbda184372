import { parseRange, quoteSheetName, type CellRef } from "../../src/core/sheet/a1";
import type {
  ChartApi, ChartsApi, ChartTypeName, ConditionalFormatApi, ConditionalFormatsApi, ExcelContext, ExcelRun, FreezePanesApi,
  NamedItemApi, NamesApi, PageLayoutApi, ProtectionApi, RangeApi, RangeFormatApi, WorkbookApi, WorksheetApi, WorksheetChange, WorksheetsApi,
} from "../../src/excel/api";
import { referencedSheet, type HostSupports } from "../../src/excel/officeWorkbook";

/**
 * A counting fake of exactly the Excel API subset in src/excel/api.ts. It models Office's proxy semantics:
 * every command is queued and applied in order at context.sync(); a property is readable only after it was
 * loaded (or, for isNullObject, resolved) and synced, otherwise reading it throws as Office does; commands
 * still queued when the batch ends are discarded; a failing command rejects the sync after the commands before
 * it were applied. Payloads are limited as in Excel on the web: a sync whose range assignments send more than
 * `payloadLimit` bytes of JSON is refused whole (RequestPayloadSizeLimitExceeded), and one whose loaded values
 * would return more fails too (ResponsePayloadSizeLimitExceeded). A protected sheet refuses every command
 * that changes it, and a protected workbook structure a sheet added, as Excel does: when the sync reaches it.
 */
export type Scalar = number | string | boolean;

export interface FakeCell {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  indent?: number;
  topBorder?: string;
}

export interface FakeChart {
  id: number;
  type: ChartTypeName;
  source: string;
  seriesBy: string;
  title?: string;
  position?: string;
  xValues: { series: number; range: string }[];
}

export interface FakeConditionalFormat {
  range: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  /** Top priority first. */
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  /** Page layout as set (ExcelApi 1.9); null until something is set. */
  print: FakePrint | null;
  /** Merged ranges, as addressed (Range.merge). */
  merges: string[];
  /** Sheet protection (Review › Protect Sheet): every change to the sheet is refused, as Excel does. */
  protected?: boolean;
}

export interface FakePrint {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  titleRows?: string;
  leftHeader?: string;
  centerFooter?: string;
}

export interface FakeName {
  name: string;
  sheetId: number | null;
}

export interface FakeStats {
  runs: Excel.RunOptions[];
  syncs: number;
  /** Assignments of values/formulas/numberFormat and the cells they covered. */
  rangeWrites: number;
  cellsWritten: number;
  formatCalls: number;
  suspendCalculation: number;
  /** Commands queued but never synced (discarded when a batch ended). */
  discarded: number;
  /** The largest request and response payload of one sync that Excel accepted, in bytes of JSON. */
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** A host with every ExcelApi set up to `level`; sets compare part by part (1.9 is older than 1.10). */
export const hostUpTo = (level: string): HostSupports => (excelApi) => compareSets(excelApi, level) <= 0;

/** Negative when requirement set a is older than b, zero when the same. */
export function compareSets(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number)) as [number[], number[]];
  return x[0]! - y[0]! || x[1]! - y[1]!;
}

/** Excel on the web: "a payload size limit for requests and responses of 5 MB" (resource limits, Excel add-ins). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const key = (r: number, c: number) => `${r},${c}`;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  active: string | null = null;
  selection: string | null = null;
  stats: FakeStats = { runs: [], syncs: 0, rangeWrites: 0, cellsWritten: 0, formatCalls: 0, suspendCalculation: 0, discarded: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  payloadLimit = PAYLOAD_LIMIT;
  /** Whether change events carry triggerSource (ExcelApi 1.14); an older host leaves it out. */
  changeEventsTellSource = true;
  readonly changeHandlers: ((change: WorksheetChange) => Promise<void>)[] = [];
  readonly deleteHandlers: (() => Promise<void>)[] = [];
  readonly renameHandlers: ((rename: { nameBefore: string; nameAfter: string }) => Promise<void>)[] = [];
  private readonly dispatching: Promise<unknown>[] = [];
  /** Workbook structure protection: adding a sheet is refused. */
  structureProtected = false;
  private nextId = 1;

  readonly run: ExcelRun = async (options, batch) => {
    this.stats.runs.push(options);
    const context = new FakeContext(this);
    try {
      return await batch(context);
    } finally {
      this.stats.discarded += context.queue.length;
    }
  };

  /** A sheet as the user typed it: plain values, no ownership name. */
  addUserSheet(name: string, rows: Scalar[][]): FakeSheet {
    const sheet = this.newSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.cells.set(key(r, c), { value: v })));
    return sheet;
  }

  newSheet(name: string): FakeSheet {
    if (this.find(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet: FakeSheet = { id: this.nextId++, name, cells: new Map(), columnWidths: new Map(), rowHeights: new Map(), freeze: null, conditionalFormats: [], charts: [], print: null, merges: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  /** What a user's typing does: the value replaces the cell's content, and the change event follows. */
  userTypes(sheet: string, a1: string, value: Scalar): void {
    const s = this.require(sheet);
    const { start } = parseRange(a1);
    s.cells.set(key(start.row, start.col), { value });
    this.changed(s.id, "Unknown");
  }

  /** Excel's onChanged: raised after the change, asynchronously, for the add-in's own writes too. */
  changed(sheetId: number, source: "Unknown" | "ThisLocalAddin"): void {
    const change: WorksheetChange = { worksheetId: changeEventId(sheetId), ...(this.changeEventsTellSource ? { triggerSource: source } : {}) };
    this.raise(this.changeHandlers.map((h) => () => h(change)));
  }

  /** What a user's delete does, and Excel's onDeleted after it. */
  userDeletes(name: string): void {
    const sheet = this.require(name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.raise(this.deleteHandlers.map((h) => () => h()));
  }

  /** Handlers run after the event, asynchronously, as Excel raises them. */
  private raise(calls: (() => Promise<void>)[]): void {
    if (calls.length === 0) return;
    this.dispatching.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => Promise.all(calls.map((call) => call()))));
  }

  /** Resolves when every change event raised so far has been handled (handlers' own Excel.runs included). */
  async changesHandled(): Promise<void> {
    while (this.dispatching.length > 0) await this.dispatching.shift();
  }

  /** What a user's rename does, and Excel's onNameChanged after it; defined names follow the sheet (they hold its id). */
  rename(from: string, to: string): void {
    const sheet = this.require(from);
    const nameBefore = sheet.name;
    sheet.name = to;
    this.raise(this.renameHandlers.map((h) => () => h({ nameBefore, nameAfter: to })));
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  require(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  byId(id: number): FakeSheet {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw new Error(`ItemNotFound: sheet ${id}`);
    return s;
  }

  nameFormula(n: FakeName): string {
    const sheet = n.sheetId === null ? undefined : this.sheets.find((s) => s.id === n.sheetId);
    return sheet ? `=${quoteSheetName(sheet.name)}!$A$1` : "=#REF!$A$1";
  }

  nextObjectId(): number {
    return this.nextId++;
  }

  /** Deep, plain copy of the whole workbook, for deep-equal comparisons. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({ ...s, cells: [...s.cells].sort(), columnWidths: [...s.columnWidths].sort(), rowHeights: [...s.rowHeights].sort() })),
        names: this.names.map((n) => ({ name: n.name, formula: this.nameFormula(n) })),
        active: this.active,
        selection: this.selection,
      }),
    );
  }

  /** Cell at an A1 address of a sheet. */
  cell(sheet: string, a1: string): FakeCell | undefined {
    const { start } = parseRange(a1);
    return this.require(sheet).cells.get(key(start.row, start.col));
  }
}

/** An error as Office.js rejects a sync with: its code names what went wrong. */
class OfficeError extends Error {
  constructor(readonly code: string, detail: string) {
    super(`${code}: ${detail}`);
  }
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load and sync`);
  }
}

/** A worksheet's id as Excel's events give it (a GUID in Excel); getItem takes it as it takes a name. */
export const changeEventId = (sheetId: number): string => `{fake-sheet-${sheetId}}`;

class FakeContext implements ExcelContext {
  readonly queue: (() => void)[] = [];
  /** Sheets whose cells the running sync's commands changed: each raises a change event after the sync. */
  readonly changedSheets = new Set<number>();
  /** JSON bytes the queued range assignments send, and the loads of the running sync return. */
  requestBytes = 0;
  responseBytes = 0;
  readonly workbook: WorkbookApi;
  readonly application = { suspendApiCalculationUntilNextSync: () => this.enqueue(() => this.fake.stats.suspendCalculation++) };

  constructor(readonly fake: FakeExcel) {
    this.workbook = { worksheets: new Worksheets(this), names: new Names(this), protection: new Protection(this, () => this.fake.structureProtected) };
  }

  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    this.fake.stats.syncs++;
    const commands = this.queue.splice(0);
    const request = this.requestBytes;
    this.requestBytes = 0;
    if (request > this.fake.payloadLimit) throw new OfficeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
    this.fake.stats.maxRequestBytes = Math.max(this.fake.stats.maxRequestBytes, request);
    this.responseBytes = 0;
    for (const command of commands) command();
    for (const id of this.changedSheets) this.fake.changed(id, "ThisLocalAddin");
    this.changedSheets.clear();
    if (this.responseBytes > this.fake.payloadLimit) throw new OfficeError("ResponsePayloadSizeLimitExceeded", `${this.responseBytes} bytes`);
    this.fake.stats.maxResponseBytes = Math.max(this.fake.stats.maxResponseBytes, this.responseBytes);
  }
}

/** A value that becomes readable at the sync after it was requested. */
class Loaded<T> {
  private value: { v: T } | null = null;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.value = { v };
  }
  get(): T {
    if (!this.value) throw new NotLoaded(this.what);
    return this.value.v;
  }
}

class Worksheets implements WorksheetsApi {
  private readonly loaded = new Loaded<WorksheetApi[]>("worksheets.items");
  constructor(private readonly ctx: FakeContext) {}
  get items(): WorksheetApi[] {
    return this.loaded.get();
  }
  load(propertyNames: string): WorksheetsApi {
    if (propertyNames !== "items/name") throw new Error(`not modelled: load ${propertyNames}`);
    this.ctx.enqueue(() => this.loaded.set(this.ctx.fake.sheets.map((s) => new Worksheet(this.ctx, s.id, s.name))));
    return this;
  }
  add(name: string): WorksheetApi {
    const id = this.ctx.fake.nextObjectId();
    const ws = new Worksheet(this.ctx, id);
    this.ctx.enqueue(() => {
      if (this.ctx.fake.structureProtected) throw new OfficeError("AccessDenied", `the workbook's structure is protected: cannot add ${name}`);
      this.ctx.fake.newSheet(name).id = id;
    });
    return ws;
  }
  getItem(key: string): WorksheetApi {
    return Worksheet.byName(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): WorksheetApi {
    return Worksheet.byName(this.ctx, key, true);
  }
  /** Handlers are registered at the next sync, as in Excel. */
  readonly onChanged = {
    add: (handler: (change: WorksheetChange) => Promise<void>): unknown => {
      this.ctx.enqueue(() => this.ctx.fake.changeHandlers.push(handler));
      return {};
    },
  };
  readonly onDeleted = {
    add: (handler: () => Promise<void>): unknown => {
      this.ctx.enqueue(() => this.ctx.fake.deleteHandlers.push(handler));
      return {};
    },
  };
  readonly onNameChanged = {
    add: (handler: (rename: { nameBefore: string; nameAfter: string }) => Promise<void>): unknown => {
      this.ctx.enqueue(() => this.ctx.fake.renameHandlers.push(handler));
      return {};
    },
  };
}

class Worksheet implements WorksheetApi {
  private readonly nullObject = new Loaded<boolean>("worksheet.isNullObject");
  private id: number | null;
  readonly freezePanes: FreezePanesApi;
  readonly charts: ChartsApi;
  readonly pageLayout: PageLayoutApi;
  readonly protection: ProtectionApi;

  constructor(readonly ctx: FakeContext, id: number | null, private loadedName?: string) {
    this.id = id;
    this.freezePanes = new FreezePanes(this);
    this.charts = new Charts(this);
    this.pageLayout = new PageLayout(this);
    this.protection = new Protection(ctx, () => this.sheet().protected === true);
  }

  /** getItem resolves when its commands run; a missing sheet fails there, as Office reports ItemNotFound. */
  static byName(ctx: FakeContext, name: string, orNull: boolean): Worksheet {
    const ws = new Worksheet(ctx, null);
    ctx.enqueue(() => {
      const sheet = ctx.fake.find(name) ?? ctx.fake.sheets.find((s) => changeEventId(s.id) === name);
      if (!sheet && !orNull) throw new Error(`ItemNotFound: ${name}`);
      ws.id = sheet?.id ?? null;
      ws.nullObject.set(!sheet);
    });
    return ws;
  }

  sheet(): FakeSheet {
    if (this.id === null) throw new Error("InvalidObjectPath: null worksheet");
    return this.ctx.fake.byId(this.id);
  }

  load(propertyNames: "name"): WorksheetApi {
    this.ctx.enqueue(() => {
      if (this.id !== null) this.loadedName = this.sheet()[propertyNames];
    });
    return this;
  }

  /** The sheet, for a command that changes it: refused on a protected sheet. */
  writable(): FakeSheet {
    const sheet = this.sheet();
    if (sheet.protected) throw new OfficeError("AccessDenied", `the sheet ${sheet.name} is protected`);
    return sheet;
  }

  get name(): string {
    if (this.loadedName === undefined) throw new NotLoaded("worksheet.name");
    return this.loadedName;
  }
  set name(_: string) {
    throw new Error("not modelled: rename");
  }
  get isNullObject(): boolean {
    return this.nullObject.get();
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.fake.active = this.sheet().name));
  }
  getRange(address?: string): RangeApi {
    // As Excel: one range per getRange; a list of areas is getRanges.
    if (address?.includes(",")) throw new Error(`InvalidArgument: getRange("${address}")`);
    return new Range(this, address ?? null);
  }
  getRanges(address: string): Pick<Excel.RangeAreas, "select"> {
    return { select: () => this.ctx.enqueue(() => (this.ctx.fake.selection = `${this.sheet().name}!${address}`)) };
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi {
    if (valuesOnly !== true) throw new Error("not modelled: used range with formats");
    return new Range(this, "used");
  }

  /** Whether the proxy points at no sheet (a getItemOrNullObject that found none), once its command ran. */
  isNull(): boolean {
    return this.id === null;
  }
}

class FreezePanes implements FreezePanesApi {
  constructor(private readonly ws: Worksheet) {}
  private set(rows: number, columns: number): void {
    this.ws.ctx.enqueue(() => (this.ws.sheet().freeze = rows === 0 && columns === 0 ? null : { rows, columns }));
  }
  freezeAt(frozenRange: string): void {
    const { start, end } = parseRange(frozenRange);
    if (start.row !== 0 || start.col !== 0) throw new Error("InvalidArgument: freezeAt must start at A1 in this fake");
    this.set(end.row + 1, end.col + 1);
  }
  freezeRows(count?: number): void {
    this.set(count ?? 1, 0);
  }
  freezeColumns(count?: number): void {
    this.set(0, count ?? 1);
  }
  unfreeze(): void {
    this.set(0, 0);
  }
}

/** Write-only, as the adapter uses it: every assignment is a queued command. */
class PageLayout implements PageLayoutApi {
  constructor(private readonly ws: Worksheet) {}
  private set(change: FakePrint): void {
    this.ws.ctx.enqueue(() => {
      const sheet = this.ws.sheet();
      sheet.print = { ...sheet.print, ...change };
    });
  }
  get orientation(): Excel.PageOrientation {
    throw new Error("not modelled: read pageLayout.orientation");
  }
  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.set({ orientation: v });
  }
  get paperSize(): Excel.PaperType {
    throw new Error("not modelled: read pageLayout.paperSize");
  }
  set paperSize(v: Excel.PaperType | `${Excel.PaperType}`) {
    this.set({ paperSize: v });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new Error("not modelled: read pageLayout.zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set({ zoom: { ...v } });
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.set({ titleRows: printTitleRows });
  }
  get headersFooters(): PageLayoutApi["headersFooters"] {
    const set = (change: FakePrint) => this.set(change);
    const defaultForAllPages = {
      get leftHeader(): string {
        throw new Error("not modelled: read leftHeader");
      },
      set leftHeader(v: string) {
        set({ leftHeader: v });
      },
      get centerFooter(): string {
        throw new Error("not modelled: read centerFooter");
      },
      set centerFooter(v: string) {
        set({ centerFooter: v });
      },
    };
    return { defaultForAllPages };
  }
}

type Bounds = { start: CellRef; end: CellRef };

type RangeData = { values: Scalar[][] | null; formulas?: Scalar[][]; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

class Range implements RangeApi {
  private readonly loaded = new Loaded<RangeData | null>("range properties");
  readonly format: RangeFormatApi;
  readonly conditionalFormats: ConditionalFormatsApi;

  /** address null = the whole sheet; "used" = the used range (values only). */
  constructor(readonly ws: Worksheet, readonly address: string | null) {
    this.format = new RangeFormat(this);
    this.conditionalFormats = new ConditionalFormats(this);
  }

  get ctx(): FakeContext {
    return this.ws.ctx;
  }

  bounds(): Bounds {
    if (this.address === null || this.address === "used") throw new Error("not modelled: cell access on a whole-sheet range");
    return parseRange(this.address);
  }

  /** Applies fn to each cell of the range (creating it), counting one format call. */
  eachCell(fn: (cell: FakeCell) => void): void {
    this.ctx.fake.stats.formatCalls++;
    this.ctx.enqueue(() => {
      const sheet = this.ws.writable();
      const { start, end } = this.bounds();
      for (let r = start.row; r <= end.row; r++) {
        for (let c = start.col; c <= end.col; c++) {
          const cell = sheet.cells.get(key(r, c)) ?? {};
          fn(cell);
          sheet.cells.set(key(r, c), cell);
        }
      }
    });
  }

  private write(grid: unknown[][], what: string, apply: (cell: FakeCell, v: unknown) => void): void {
    const { start, end } = this.bounds();
    const rows = end.row - start.row + 1;
    const cols = end.col - start.col + 1;
    if (grid.length !== rows || grid.some((r) => r.length !== cols)) throw new Error(`InvalidArgument: ${what} of ${grid.length} rows does not match ${this.address}`);
    const copy = grid.map((r) => [...r]);
    this.ctx.requestBytes += JSON.stringify(copy).length;
    this.ctx.fake.stats.rangeWrites++;
    this.ctx.fake.stats.cellsWritten += rows * cols;
    this.ctx.enqueue(() => {
      const sheet = this.ws.writable();
      this.ctx.changedSheets.add(sheet.id);
      copy.forEach((row, r) =>
        row.forEach((v, c) => {
          const k = key(start.row + r, start.col + c);
          const cell = sheet.cells.get(k) ?? {};
          apply(cell, v);
          sheet.cells.set(k, cell);
        }),
      );
    });
  }

  get values(): RangeApi["values"] {
    const values = this.loadedValue().values;
    if (values === null) throw new NotLoaded("range.values");
    return values;
  }
  set values(grid: RangeApi["values"]) {
    this.write(grid, "values", (cell, v) => {
      delete cell.formula;
      if (v === "" || v === null) delete cell.value;
      else cell.value = v as Scalar;
    });
  }
  /** As Excel: a formula cell's formula, any other cell's value ("" when blank). */
  get formulas(): RangeApi["formulas"] {
    const formulas = this.loadedValue().formulas;
    if (formulas === undefined) throw new NotLoaded("range.formulas");
    return formulas;
  }
  set formulas(grid: RangeApi["formulas"]) {
    this.write(grid, "formulas", (cell, v) => {
      delete cell.formula;
      delete cell.value;
      // As Excel: a cell formatted as text ("@", set before the formulas) takes "=…" as the text typed.
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") cell.formula = v;
      else if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
      else if (v !== "" && v !== null) cell.value = v as Scalar;
    });
  }
  get numberFormat(): RangeApi["numberFormat"] {
    throw new NotLoaded("range.numberFormat");
  }
  set numberFormat(grid: RangeApi["numberFormat"]) {
    this.write(grid, "numberFormat", (cell, v) => (cell.numberFormat = String(v)));
  }
  get rowIndex(): number {
    return this.loadedValue().rowIndex;
  }
  get columnIndex(): number {
    return this.loadedValue().columnIndex;
  }
  get rowCount(): number {
    return this.loadedValue().rowCount;
  }
  get columnCount(): number {
    return this.loadedValue().columnCount;
  }
  get isNullObject(): boolean {
    return this.loaded.get() === null;
  }

  private loadedValue(): RangeData {
    const v = this.loaded.get();
    if (v === null) throw new Error("InvalidObjectPath: null range");
    return v;
  }

  /** The used range's position and size (of a missing sheet: a null object), or an address range's values. */
  load(propertyNames: string): RangeApi {
    const props = propertyNames.replace(/\s/g, "");
    if (this.address === "used" && props === "rowIndex,columnIndex,rowCount,columnCount") {
      this.ctx.enqueue(() => this.loaded.set(this.ws.isNull() ? null : usedBounds(this.ws.sheet())));
    } else if (this.address === "used" && props === "formulas,rowIndex,columnIndex") {
      this.ctx.enqueue(() => {
        const used = this.ws.isNull() ? null : usedBounds(this.ws.sheet());
        if (used === null) return this.loaded.set(null);
        const sheet = this.ws.sheet();
        const formulas = Array.from({ length: used.rowCount }, (_, r) =>
          Array.from({ length: used.columnCount }, (_, c) => {
            const cell = sheet.cells.get(key(used.rowIndex + r, used.columnIndex + c));
            return cell?.formula ?? cell?.value ?? "";
          }),
        );
        this.ctx.responseBytes += JSON.stringify(formulas).length;
        this.loaded.set({ ...used, formulas });
      });
    } else if (this.address !== null && this.address !== "used" && props === "values") {
      this.ctx.enqueue(() => {
        const { start, end } = this.bounds();
        const sheet = this.ws.sheet();
        const values = Array.from({ length: end.row - start.row + 1 }, (_, r) => Array.from({ length: end.col - start.col + 1 }, (_, c) => sheet.cells.get(key(start.row + r, start.col + c))?.value ?? ""));
        this.ctx.responseBytes += JSON.stringify(values).length;
        this.loaded.set({ values, rowIndex: start.row, columnIndex: start.col, rowCount: values.length, columnCount: values[0]?.length ?? 0 });
      });
    } else throw new Error(`not modelled: load ${propertyNames} on ${this.address ?? "the whole sheet"}`);
    return this;
  }
  select(): void {
    this.ctx.enqueue(() => (this.ctx.fake.selection = `${this.ws.sheet().name}!${this.address}`));
  }
  merge(across?: boolean): void {
    if (across !== false) throw new Error("not modelled: merge across");
    this.bounds(); // throws for the whole sheet, which is not modelled
    this.ctx.fake.stats.formatCalls++;
    this.ctx.enqueue(() => this.ws.writable().merges.push(this.address!));
  }
  unmerge(): void {
    this.wholeSheet("unmerge", (s) => (s.merges = []));
  }
  clear(applyTo: "All"): void {
    this.wholeSheet(`clear ${applyTo}`, (s) => {
      s.cells.clear();
      this.ctx.changedSheets.add(s.id);
    });
  }

  wholeSheet(what: string, fn: (sheet: FakeSheet) => void): void {
    if (this.address !== null) throw new Error(`not modelled: ${what} on part of a sheet`);
    this.ctx.fake.stats.formatCalls++;
    this.ctx.enqueue(() => fn(this.ws.writable()));
  }
}

/** The smallest rectangle holding every value or formula (as Excel's getUsedRange(true)), or null. */
function usedBounds(sheet: FakeSheet): RangeData | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, c] of sheet.cells) {
    if (c.value === undefined && c.formula === undefined) continue;
    const [r, col] = k.split(",").map(Number) as [number, number];
    top = Math.min(top, r);
    left = Math.min(left, col);
    bottom = Math.max(bottom, r);
    right = Math.max(right, col);
  }
  if (bottom < 0) return null;
  return { values: null, rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Write-only format properties: reading any of them was never loaded. */
function writeOnly<T extends object>(target: T, props: Record<string, (v: never) => void>): T {
  for (const [name, set] of Object.entries(props)) {
    Object.defineProperty(target, name, {
      get: () => {
        throw new NotLoaded(name);
      },
      set,
      enumerable: true,
    });
  }
  return target;
}

class RangeFormat implements RangeFormatApi {
  declare columnWidth: number;
  declare rowHeight: number;
  declare useStandardWidth: boolean;
  declare useStandardHeight: boolean;
  declare indentLevel: number;
  declare wrapText: boolean;
  declare horizontalAlignment: RangeFormatApi["horizontalAlignment"];
  declare verticalAlignment: RangeFormatApi["verticalAlignment"];
  readonly font: RangeFormatApi["font"];
  readonly borders: RangeFormatApi["borders"];

  constructor(range: Range) {
    writeOnly(this, {
      columnWidth: (w: number) => {
        const { start, end } = range.bounds();
        range.ctx.fake.stats.formatCalls++;
        range.ctx.enqueue(() => {
          for (let c = start.col; c <= end.col; c++) range.ws.sheet().columnWidths.set(c, w);
        });
      },
      rowHeight: (h: number) => {
        const { start, end } = range.bounds();
        range.ctx.fake.stats.formatCalls++;
        range.ctx.enqueue(() => {
          for (let r = start.row; r <= end.row; r++) range.ws.sheet().rowHeights.set(r, h);
        });
      },
      useStandardWidth: (v: boolean) => v && range.wholeSheet("useStandardWidth", (s) => s.columnWidths.clear()),
      useStandardHeight: (v: boolean) => v && range.wholeSheet("useStandardHeight", (s) => s.rowHeights.clear()),
      indentLevel: (v: number) => range.eachCell((c) => (c.indent = v)),
      wrapText: (v: boolean) => range.eachCell((c) => (c.wrap = v)),
      horizontalAlignment: (v: string) => range.eachCell((c) => (c.horizontal = v)),
      verticalAlignment: (v: string) => range.eachCell((c) => (c.vertical = v)),
    });
    this.font = writeOnly({} as RangeFormatApi["font"], {
      bold: (v: boolean) => range.eachCell((c) => (c.bold = v)),
      italic: (v: boolean) => range.eachCell((c) => (c.italic = v)),
      size: (v: number) => range.eachCell((c) => (c.size = v)),
    });
    this.borders = {
      getItem: (index: "EdgeTop") => {
        let style = "";
        return writeOnly({} as ReturnType<RangeFormatApi["borders"]["getItem"]>, {
          style: (v: string) => {
            style = v;
          },
          weight: (v: string) => range.eachCell((c) => (c.topBorder = `${index}:${style}:${v}`)),
        });
      },
    };
  }
}

class ConditionalFormats implements ConditionalFormatsApi {
  constructor(private readonly range: Range) {}
  add(type: "Custom"): ConditionalFormatApi {
    if (type !== "Custom") throw new Error("not modelled");
    const entry: FakeConditionalFormat = { range: this.range.address! };
    this.range.bounds();
    const ctx = this.range.ctx;
    ctx.fake.stats.formatCalls++;
    ctx.enqueue(() => this.range.ws.sheet().conditionalFormats.unshift(entry));
    const later = (apply: (v: string) => void) => (v: string) => ctx.enqueue(() => apply(v));
    return {
      custom: {
        rule: writeOnly({} as ConditionalFormatApi["custom"]["rule"], { formula: later((v) => (entry.formula = v)) }),
        format: {
          fill: writeOnly({} as ConditionalFormatApi["custom"]["format"]["fill"], { color: later((v) => (entry.fill = v)) }),
          font: writeOnly({} as ConditionalFormatApi["custom"]["format"]["font"], { color: later((v) => (entry.fontColor = v)) }),
        },
      },
    };
  }
  clearAll(): void {
    this.range.wholeSheet("conditionalFormats.clearAll", (s) => (s.conditionalFormats = []));
  }
}

class Charts implements ChartsApi {
  private readonly loaded = new Loaded<ChartApi[]>("charts.items");
  constructor(private readonly ws: Worksheet) {}
  get items(): ChartApi[] {
    return this.loaded.get();
  }
  load(propertyNames: string): ChartsApi {
    if (propertyNames !== "items/name") throw new Error(`not modelled: load ${propertyNames}`);
    this.ws.ctx.enqueue(() => this.loaded.set(this.ws.sheet().charts.map((c) => this.proxy(c))));
    return this;
  }
  add(type: ChartTypeName, sourceData: RangeApi, seriesBy: "Columns" | "Rows"): ChartApi {
    const chart: FakeChart = { id: this.ws.ctx.fake.nextObjectId(), type, source: (sourceData as Range).address!, seriesBy, xValues: [] };
    this.ws.ctx.enqueue(() => this.ws.sheet().charts.push(chart));
    return this.proxy(chart);
  }
  private proxy(chart: FakeChart): ChartApi {
    const ctx = this.ws.ctx;
    const ws = this.ws;
    return {
      title: writeOnly({} as ChartApi["title"], { text: (v: string) => ctx.enqueue(() => (chart.title = v)) }),
      series: {
        getItemAt: (series: number) => ({
          setXAxisValues: (r: RangeApi) => ctx.enqueue(() => chart.xValues.push({ series, range: (r as Range).address! })),
        }),
      },
      setPosition: (startCell: string) => ctx.enqueue(() => (chart.position = startCell)),
      delete: () => ctx.enqueue(() => (ws.sheet().charts = ws.sheet().charts.filter((c) => c.id !== chart.id))),
    };
  }
}

class Names implements NamesApi {
  private readonly loaded = new Loaded<NamedItemApi[]>("names.items");
  constructor(private readonly ctx: FakeContext) {}
  get items(): NamedItemApi[] {
    return this.loaded.get();
  }
  load(options: { name: boolean; formula: boolean }): NamesApi {
    if (!options.name || !options.formula) throw new Error("not modelled: partial name load");
    const fake = this.ctx.fake;
    this.ctx.enqueue(() =>
      this.loaded.set(
        fake.names.map((n) => ({
          name: n.name,
          formula: fake.nameFormula(n),
          delete: () => this.ctx.enqueue(() => (fake.names = fake.names.filter((x) => x !== n))),
        })),
      ),
    );
    return this;
  }
  add(name: string, reference: string): unknown {
    const fake = this.ctx.fake;
    this.ctx.enqueue(() => {
      if (fake.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
      const sheet = referencedSheet(reference);
      if (sheet === null) throw new Error(`InvalidArgument: reference ${reference}`);
      fake.names.push({ name, sheetId: fake.require(sheet).id });
    });
    return undefined;
  }
}


/** Whether a sheet or the workbook is protected, readable after load and sync. */
class Protection implements ProtectionApi {
  private readonly loaded = new Loaded<boolean>("protection.protected");
  constructor(private readonly ctx: FakeContext, private readonly isOn: () => boolean) {}
  get protected(): boolean {
    return this.loaded.get();
  }
  load(propertyNames: "protected"): ProtectionApi {
    if (propertyNames !== "protected") throw new Error(`not modelled: load ${String(propertyNames)}`);
    this.ctx.enqueue(() => this.loaded.set(this.isOn()));
    return this;
  }
}
