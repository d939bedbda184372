/**
 * The part of the Excel JavaScript API the adapter uses, and nothing more. The adapter is written against
 * these types; the real `Excel.RequestContext` is checked below to satisfy them (so every member here exists
 * in @types/office-js with a compatible type), and the test fake implements exactly them (so a call the fake
 * does not model does not typecheck). Enum-typed arguments are the string forms, so no `Excel` global is
 * needed at run time.
 */
export interface ExcelContext {
  readonly workbook: WorkbookApi;
  readonly application: Pick<Excel.Application, "suspendApiCalculationUntilNextSync">;
  sync(): Promise<void>;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetsApi;
  readonly names: NamesApi;
  /** Structure protection: no sheet can be added while it is on. */
  readonly protection: ProtectionApi;
}

/** A sheet's or the workbook's protection; the adapter only asks whether it is on. */
export interface ProtectionApi {
  readonly protected: boolean;
  load(propertyNames: "protected"): ProtectionApi;
}

export interface WorksheetsApi {
  readonly items: WorksheetApi[];
  load(propertyNames: string): WorksheetsApi;
  add(name: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  /** By name or id. */
  getItemOrNullObject(key: string): WorksheetApi;
  /** ExcelApi 1.9. */
  readonly onChanged: { add(handler: (change: WorksheetChange) => Promise<void>): unknown };
  /** ExcelApi 1.7; the deleted sheet can no longer be asked for its name, so none is read. */
  readonly onDeleted: { add(handler: () => Promise<void>): unknown };
  /** ExcelApi 1.17. */
  readonly onNameChanged: { add(handler: (rename: Pick<Excel.WorksheetNameChangedEventArgs, "nameBefore" | "nameAfter">) => Promise<void>): unknown };
}

/** What the adapter reads of a change event: triggerSource is ExcelApi 1.14, so an older host leaves it out. */
export type WorksheetChange = Pick<Excel.WorksheetChangedEventArgs, "worksheetId"> & Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>;

export interface WorksheetApi extends Pick<Excel.Worksheet, "name" | "isNullObject" | "activate"> {
  load(propertyNames: "name"): WorksheetApi;
  /** Without an address: the whole sheet. */
  getRange(address?: string): RangeApi;
  /** ExcelApi 1.4; loaded with its position and size, or with its formulas (1.1) to compare a sheet with its digest. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  /** ExcelApi 1.9 (its select: 1.18). */
  getRanges(address: string): Pick<Excel.RangeAreas, "select">;
  readonly freezePanes: FreezePanesApi;
  readonly charts: ChartsApi;
  readonly protection: ProtectionApi;
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayoutApi;
}

export interface PageLayoutApi extends Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom"> {
  /** Rows as an address ("$1:$3"); the Range overload is not used. */
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: { readonly defaultForAllPages: Pick<Excel.HeaderFooter, "leftHeader" | "centerFooter"> };
}

export interface FreezePanesApi extends Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze"> {
  freezeAt(frozenRange: string): void;
}

export interface RangeApi extends Pick<Excel.Range, "values" | "formulas" | "numberFormat" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject" | "select" | "merge" | "unmerge"> {
  load(propertyNames: string): RangeApi;
  clear(applyTo: "All"): void;
  readonly format: RangeFormatApi;
  readonly conditionalFormats: ConditionalFormatsApi;
}

export interface RangeFormatApi
  extends Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "useStandardWidth" | "useStandardHeight" | "indentLevel" | "wrapText" | "horizontalAlignment" | "verticalAlignment"> {
  readonly font: Pick<Excel.RangeFont, "bold" | "italic" | "size">;
  readonly borders: { getItem(index: "EdgeTop"): Pick<Excel.RangeBorder, "style" | "weight"> };
}

export interface ConditionalFormatsApi {
  add(type: "Custom"): ConditionalFormatApi;
  clearAll(): void;
}

export interface ConditionalFormatApi {
  readonly custom: {
    readonly rule: Pick<Excel.ConditionalFormatRule, "formula">;
    readonly format: { readonly fill: Pick<Excel.ConditionalRangeFill, "color">; readonly font: Pick<Excel.ConditionalRangeFont, "color"> };
  };
}

export type ChartTypeName = "ColumnClustered" | "Pie" | "BarClustered";

export interface ChartsApi {
  readonly items: ChartApi[];
  load(propertyNames: string): ChartsApi;
  add(type: ChartTypeName, sourceData: RangeApi, seriesBy: "Columns" | "Rows"): ChartApi;
}

export interface ChartApi extends Pick<Excel.Chart, "delete"> {
  readonly title: Pick<Excel.ChartTitle, "text">;
  readonly series: { getItemAt(index: number): { setXAxisValues(sourceData: RangeApi): void } };
  setPosition(startCell: string): void;
}

export interface NamesApi {
  readonly items: NamedItemApi[];
  /** The options form: the string overload does not typecheck against this collection's load overloads. */
  load(options: Required<Pick<Excel.Interfaces.NamedItemCollectionLoadOptions, "name" | "formula">>): NamesApi;
  /** Reference as a formula ("='Blad 1'!$A$1"); the Range overload's union parameter cannot be narrowed. */
  add(name: string, reference: string): unknown;
}

export type NamedItemApi = Pick<Excel.NamedItem, "name" | "formula" | "delete">;

/** Excel.run with options, as the adapter calls it; tests pass the fake's. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** Compile-time proof that the real API satisfies the subset above. */
export const realContextFits = (context: Excel.RequestContext): ExcelContext => context;
