import { readFileSync } from "fs";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { inputTemplates } from "../../src/core/inputs/templates";
import { buildAllReports } from "../../src/core/reports/buildAll";
import type { ExcelContext, ExcelRun } from "../../src/excel/api";
import { OfficeWorkbook, type HostSupports } from "../../src/excel/officeWorkbook";
import { all, parseManifest } from "../helpers/manifest";
import { reports } from "../workbook/reports";
import { compareSets, FakeExcel, hostUpTo } from "./fakeExcel";

/*
 * Every Excel API member the Office.js adapter touches, with the ExcelApi requirement set that brings it (as
 * @types/office-js annotates it) and, for an object, the Excel type it leads to. A host has every member up to
 * the manifest's ExcelApi MinVersion; a newer one may be touched only behind OfficeWorkbook's host-support
 * check. The test runs the adapter through a recording proxy over the fake: a member not listed here, or one
 * newer than what the host was said to support, fails it.
 */
/** `ignored`: a host without the set ignores the member, so it needs no guard. */
type Row = { set: string | null; to?: string; ignored?: true };
const API: Record<string, Record<string, Row>> = {
  // Excel.run's options: one undo step per build where the host has 1.20, one per sync before.
  RunOptions: { mergeUndoGroup: { set: "1.20", ignored: true } },
  // set null: no requirement set of its own (the request context's members, OfficeExtension's proxies and events).
  RequestContext: { workbook: { set: null, to: "Workbook" }, application: { set: null, to: "Application" }, sync: { set: null } },
  Application: { suspendApiCalculationUntilNextSync: { set: "1.6" } },
  Workbook: { worksheets: { set: "1.1", to: "WorksheetCollection" }, names: { set: "1.1", to: "NamedItemCollection" }, protection: { set: "1.7", to: "WorkbookProtection" } },
  WorkbookProtection: { protected: { set: "1.7" }, load: { set: "1.7", to: "WorkbookProtection" } },
  WorksheetCollection: {
    items: { set: "1.1", to: "Worksheet[]" },
    load: { set: "1.1", to: "WorksheetCollection" },
    add: { set: "1.1", to: "Worksheet" },
    getItem: { set: "1.1", to: "Worksheet" },
    getItemOrNullObject: { set: "1.4", to: "Worksheet" },
    onChanged: { set: "1.9", to: "EventHandlers" },
    onDeleted: { set: "1.7", to: "EventHandlers" },
    onNameChanged: { set: "1.17", to: "EventHandlers" },
  },
  EventHandlers: { add: { set: null } },
  Worksheet: {
    name: { set: "1.1" },
    isNullObject: { set: null },
    activate: { set: "1.1" },
    load: { set: "1.1", to: "Worksheet" },
    getRange: { set: "1.1", to: "Range" },
    getUsedRangeOrNullObject: { set: "1.4", to: "Range" },
    getRanges: { set: "1.9", to: "RangeAreas" },
    freezePanes: { set: "1.7", to: "WorksheetFreezePanes" },
    charts: { set: "1.1", to: "ChartCollection" },
    protection: { set: "1.2", to: "WorksheetProtection" },
    pageLayout: { set: "1.9", to: "PageLayout" },
  },
  WorksheetProtection: { protected: { set: "1.2" }, load: { set: "1.2", to: "WorksheetProtection" } },
  RangeAreas: { select: { set: "1.18" } },
  PageLayout: {
    orientation: { set: "1.9" },
    paperSize: { set: "1.9" },
    zoom: { set: "1.9" },
    setPrintTitleRows: { set: "1.9" },
    headersFooters: { set: "1.9", to: "HeaderFooterGroup" },
  },
  HeaderFooterGroup: { defaultForAllPages: { set: "1.9", to: "HeaderFooter" } },
  HeaderFooter: { leftHeader: { set: "1.9" }, centerFooter: { set: "1.9" } },
  WorksheetFreezePanes: { freezeRows: { set: "1.7" }, freezeColumns: { set: "1.7" }, freezeAt: { set: "1.7" }, unfreeze: { set: "1.7" } },
  Range: {
    values: { set: "1.1" },
    formulas: { set: "1.1" },
    numberFormat: { set: "1.1" },
    rowIndex: { set: "1.1" },
    columnIndex: { set: "1.1" },
    rowCount: { set: "1.1" },
    columnCount: { set: "1.1" },
    isNullObject: { set: null },
    select: { set: "1.1" },
    merge: { set: "1.2" },
    unmerge: { set: "1.2" },
    load: { set: "1.1", to: "Range" },
    clear: { set: "1.1" },
    format: { set: "1.1", to: "RangeFormat" },
    conditionalFormats: { set: "1.6", to: "ConditionalFormatCollection" },
  },
  RangeFormat: {
    columnWidth: { set: "1.2" },
    rowHeight: { set: "1.2" },
    useStandardWidth: { set: "1.7" },
    useStandardHeight: { set: "1.7" },
    indentLevel: { set: "1.9" },
    wrapText: { set: "1.1" },
    horizontalAlignment: { set: "1.1" },
    verticalAlignment: { set: "1.1" },
    font: { set: "1.1", to: "RangeFont" },
    borders: { set: "1.1", to: "RangeBorderCollection" },
  },
  RangeFont: { bold: { set: "1.1" }, italic: { set: "1.1" }, size: { set: "1.1" } },
  RangeBorderCollection: { getItem: { set: "1.1", to: "RangeBorder" } },
  RangeBorder: { style: { set: "1.1" }, weight: { set: "1.1" } },
  ConditionalFormatCollection: { add: { set: "1.6", to: "ConditionalFormat" }, clearAll: { set: "1.6" } },
  ConditionalFormat: { custom: { set: "1.6", to: "CustomConditionalFormat" } },
  CustomConditionalFormat: { rule: { set: "1.6", to: "ConditionalFormatRule" }, format: { set: "1.6", to: "ConditionalRangeFormat" } },
  ConditionalFormatRule: { formula: { set: "1.6" } },
  ConditionalRangeFormat: { fill: { set: "1.6", to: "ConditionalRangeFill" }, font: { set: "1.6", to: "ConditionalRangeFont" } },
  ConditionalRangeFill: { color: { set: "1.6" } },
  ConditionalRangeFont: { color: { set: "1.6" } },
  ChartCollection: { items: { set: "1.1", to: "Chart[]" }, load: { set: "1.1", to: "ChartCollection" }, add: { set: "1.1", to: "Chart" } },
  Chart: { delete: { set: "1.1" }, title: { set: "1.1", to: "ChartTitle" }, series: { set: "1.1", to: "ChartSeriesCollection" }, setPosition: { set: "1.1" } },
  ChartTitle: { text: { set: "1.1" } },
  ChartSeriesCollection: { getItemAt: { set: "1.1", to: "ChartSeries" } },
  ChartSeries: { setXAxisValues: { set: "1.7" } },
  NamedItemCollection: { items: { set: "1.1", to: "NamedItem[]" }, load: { set: "1.1", to: "NamedItemCollection" }, add: { set: "1.4", to: "NamedItem" } },
  NamedItem: { name: { set: "1.1" }, formula: { set: "1.7" }, delete: { set: "1.4" } },
};

/** The ExcelApi set @types/office-js gives a member of an Excel class: its own annotation, else its class's. */
function annotatedSet(excel: string, type: string, member: string): string | null | "missing" {
  const at = excel.search(new RegExp(`\\n {4}(?:class|interface) ${type} extends `));
  if (at < 0) return "missing";
  const end = excel.slice(at + 1).search(/\n {4}(?:class|interface|enum|type|function|const) /);
  const body = excel.slice(at, end < 0 ? undefined : at + 1 + end);
  const setIn = (doc: string) => /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc)?.[1] ?? null;
  const classSet = setIn(excel.slice(excel.lastIndexOf("/**", at), at));
  const m = new RegExp(`\\n\\s+(?:readonly )?${member}\\??[:(<]`).exec(body);
  if (!m) return null;
  const doc = body.slice(body.lastIndexOf("/**", m.index), m.index);
  return setIn(doc) ?? classSet;
}

/** A run whose context records every member the adapter touches, by its Excel type. */
function recordingRun(fake: FakeExcel, touched: Set<string>, unknown: Set<string>): ExcelRun {
  const targets = new WeakMap<object, object>();
  const unwrap = (v: unknown) => (typeof v === "object" && v !== null && targets.has(v) ? targets.get(v) : v);
  const wrap = (value: unknown, type: string | undefined): unknown => {
    if (type === undefined || typeof value !== "object" || value === null) return value;
    if (type.endsWith("[]")) return (value as unknown[]).map((v) => wrap(v, type.slice(0, -2)));
    const member = (prop: string | symbol): Row | undefined => {
      if (typeof prop === "symbol" || prop === "then") return undefined;
      const row = API[type]?.[prop];
      if (row) touched.add(`${type}.${prop}`);
      else unknown.add(`${type}.${prop}`);
      return row;
    };
    const proxy = new Proxy(value, {
      get(target, prop) {
        const row = member(prop);
        const v = Reflect.get(target, prop, target);
        if (typeof v !== "function") return wrap(v, row?.to);
        return (...args: unknown[]) => wrap(v.apply(target, args.map(unwrap)), row?.to);
      },
      set(target, prop, v) {
        member(prop);
        return Reflect.set(target, prop, v, target);
      },
    });
    targets.set(proxy, value);
    return proxy;
  };
  return (options, batch) => {
    for (const option of Object.keys(options)) (API.RunOptions![option] ? touched : unknown).add(`RunOptions.${option}`);
    return fake.run(options, (context) => batch(wrap(context, "RequestContext") as ExcelContext));
  };
}

/** Every port call, with every kind of write (charts, conditional formats, print, indents, panes) and rebuilds over them. */
async function exercise(supports: HostSupports): Promise<{ touched: Set<string>; unknown: Set<string> }> {
  const fake = new FakeExcel();
  const touched = new Set<string>();
  const unknown = new Set<string>();
  const book = new OfficeWorkbook(recordingRun(fake, touched, unknown), supports);
  const built = buildAllReports(exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs);
  await book.watchUserEdits(() => undefined);
  const frozenColumn = { name: "Kolumn", cells: [[{ value: "x" }]], columnWidths: [], conditionalFormats: [], charts: [], freeze: { rows: 0, columns: 1 } };
  await book.createInputSheets([...inputTemplates(), frozenColumn]);
  await book.writeReports(built.sheets);
  await book.writeReports(built.sheets);
  // Other contents: the earlier digest names are deleted.
  await book.writeReports(reports(10));
  await book.writeReports(reports(10, 2));
  await book.readSheets(["Inställningar", "Resultaträkning", "Saknas"]);
  await book.select("Resultaträkning", "C5");
  await book.select("Resultaträkning", "C5,C7:C9");
  await book.ownedSheets();
  await book.sheetNames();
  fake.userTypes("Budget", "A1", "x");
  fake.rename("Budget", "Budget 2");
  fake.userDeletes("Budget 2");
  await fake.changesHandled();
  return { touched, unknown };
}

const manifestFloor = all(parseManifest(readFileSync("manifest.xml", "utf8")), "Set").find((s) => s.getAttribute("Name") === "ExcelApi")?.getAttribute("MinVersion");

describe("the Office.js adapter's Excel API members and their requirement sets", () => {
  test("each listed member's set is the one @types/office-js annotates", () => {
    const dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
    const start = dts.indexOf("declare namespace Excel {");
    const excel = dts.slice(start, dts.indexOf("\ndeclare namespace ", start + 1));
    const wrong: string[] = [];
    for (const [type, members] of Object.entries(API)) {
      if (type === "EventHandlers") continue;
      for (const [member, row] of Object.entries(members)) {
        const found = annotatedSet(excel, type, member);
        if (found !== row.set) wrong.push(`${type}.${member}: listed ${row.set}, typed ${found}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the manifest asks for the ExcelApi every host must have", () => {
    expect(manifestFloor).toBe("1.7");
  });

  // Each level the adapter checks for, from the manifest's floor up: a host with exactly that much is touched
  // at nothing newer.
  test.each([manifestFloor ?? "none", "1.9", "1.17", "1.18"])("a host with ExcelApi up to %s is asked for no newer member, and every member touched is listed", async (level) => {
    const { touched, unknown } = await exercise(hostUpTo(level));
    expect([...unknown]).toEqual([]);
    const tooNew = [...touched].filter((m) => {
      const [type, member] = m.split(".") as [string, string];
      const row = API[type]![member]!;
      return row.set !== null && !row.ignored && compareSets(row.set, level) > 0;
    });
    expect(tooNew).toEqual([]);
  });

  test("the newest host touches every listed member: the list holds nothing the adapter no longer uses", async () => {
    const { touched } = await exercise(() => true);
    const listed = Object.entries(API).flatMap(([type, members]) => Object.keys(members).map((m) => `${type}.${m}`));
    expect(listed.filter((m) => !touched.has(m))).toEqual([]);
  });
});
