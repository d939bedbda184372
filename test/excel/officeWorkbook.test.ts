import { readFileSync } from "fs";
import { isFinsamError } from "../../src/core/errors";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { cellAddress } from "../../src/core/sheet/a1";
import { HEADER_ROW } from "../../src/core/sheet/layout";
import type { SheetDescription } from "../../src/core/sheet/description";
import { OfficeWorkbook, referencedSheet } from "../../src/excel/officeWorkbook";
import { cellGrids, cellInput, GENERAL, widthRuns } from "../../src/excel/sheetBlocks";
import { reports } from "../workbook/reports";
import { FakeExcel, hostUpTo, PAYLOAD_LIMIT, type FakeExcel as Fake } from "./fakeExcel";

/** The adapter over a fake host with ExcelApi up to `excelApi` (Excel 2019 stops at 1.8). */
function setup(excelApi = "1.18") {
  const fake = new FakeExcel();
  return { fake, book: new OfficeWorkbook(fake.run, hostUpTo(excelApi)) };
}

/** Every cell of the description is in the fake as written: formula or value, and number format. */
function expectWritten(fake: Fake, sheetName: string, d: SheetDescription): void {
  const sheet = fake.require(sheetName);
  const width = d.cells.reduce((w, r) => Math.max(w, r.length), 0);
  let mismatches = 0;
  d.cells.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const spec = row[c];
      const cell = sheet.cells.get(`${r},${c}`) ?? {};
      const input = cellInput(spec);
      const ok =
        (spec?.formula !== undefined ? cell.formula === spec.formula && cell.value === undefined : cell.formula === undefined && (cell.value ?? "") === input) &&
        cell.numberFormat === (spec?.numberFormat ?? GENERAL);
      if (!ok) mismatches++;
    }
  });
  expect(mismatches).toBe(0);
  expect(sheet.cells.size).toBe(d.cells.length * width);
}

describe("OfficeWorkbook.writeReports", () => {
  test.each([10, 5000])("first build of three %i-row reports takes exactly 2 syncs and 2 block writes per sheet", async (lines) => {
    const { fake, book } = setup();
    const sheets = reports(lines);
    await book.writeReports(sheets);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.runs).toEqual([{ mergeUndoGroup: true }]);
    expect(fake.stats.rangeWrites).toBe(2 * sheets.length);
    expect(fake.stats.suspendCalculation).toBe(1);
    expect(fake.stats.discarded).toBe(0);
    // Styled rows collapse into blocks: besides one call per conditional format and per merged footnote of the
    // description, and one for a heading row wrapped over figures narrower than it (10 rows' figures are), the
    // format calls do not grow with the rows.
    const perSpec = sheets.reduce((n, d) => n + d.conditionalFormats.length + (d.merges ?? []).length + (d.rowHeights?.[HEADER_ROW] === undefined ? 0 : 1), 0);
    expect(fake.stats.formatCalls - perSpec).toBe(69);
  });

  test.each([10, 5000])("rebuild of %i-row reports takes exactly 3 syncs", async (lines) => {
    const { fake, book } = setup();
    await book.writeReports(reports(lines));
    fake.stats.syncs = 0;
    await book.writeReports(reports(lines, 2));
    expect(fake.stats.syncs).toBe(3);
  });

  test("cells, formulas, number formats, styles, widths, freeze, conditional formats, charts and names equal the description", async () => {
    const { fake, book } = setup();
    const sheets = reports(10);
    const written = await book.writeReports(sheets);
    expect(written).toEqual([
      { key: "resultatrakning", name: "Resultaträkning" },
      { key: "driftsredovisning", name: "Driftsredovisning" },
      { key: "not-kostnader", name: "Not 2" },
    ]);
    sheets.forEach((d) => expectWritten(fake, d.name, d));
    const rr = sheets[0]!;
    // Total row: SUM formula over the lines, bold with a top border; lines indented.
    const total = rr.cells.length - 3;
    expect(fake.cell("Resultaträkning", cellAddress(total, 1))).toMatchObject({ formula: "=SUM(B4:B13)", bold: true, topBorder: "EdgeTop:Continuous:Thin" });
    expect(fake.cell("Resultaträkning", "D4")).toMatchObject({ formula: "=B4-C4" });
    expect(fake.cell("Resultaträkning", "A4")).toMatchObject({ indent: 1, value: "Kostnad 1" });
    expect(fake.cell("Resultaträkning", "A1")).toMatchObject({ bold: true, size: 14, value: "Resultaträkning" });
    expect(fake.cell("Resultaträkning", "B3")).toMatchObject({ bold: true, wrap: true, horizontal: "Right" });
    const sheet = fake.require("Resultaträkning");
    expect(sheet.freeze).toEqual(rr.freeze);
    expect([...sheet.columnWidths.keys()].sort()).toEqual(rr.columnWidths.map((_, i) => i));
    // As wide as the .xlsx writer's column: a file width w is 7w px, padding included.
    expect(sheet.columnWidths.get(0)).toBeCloseTo(rr.columnWidths[0]! * 7 * 0.75);
    // Conditional formats in priority order (first spec on top), one per spec.
    expect(sheet.conditionalFormats).toEqual(rr.conditionalFormats.map((cf) => ({ range: cf.range, formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor })));
    expect(rr.conditionalFormats.length).toBeGreaterThan(0);
    const chart = rr.charts[0]!;
    expect(sheet.charts).toEqual([
      {
        id: expect.any(Number),
        type: "ColumnClustered",
        source: chart.dataRange,
        seriesBy: "Columns",
        title: "Resultaträkning",
        position: chart.anchor,
        xValues: [0, 1].map((series) => ({ series, range: chart.categoryRange })),
      },
    ]);
    // Each ownership name with the digest of what was written beside it, referring to the same sheet.
    expect(fake.snapshot()).toMatchObject({
      names: [
        { name: "FinsamOwned_resultatrakning", formula: "='Resultaträkning'!$A$1" },
        { name: expect.stringMatching(/^FinsamDigest_resultatrakning_16x4_[0-9a-v]{11}_[0-9a-v]{4}_[0-9a-v]{16}$/), formula: "='Resultaträkning'!$A$1" },
        { name: "FinsamOwned_driftsredovisning", formula: "=Driftsredovisning!$A$1" },
        { name: expect.stringMatching(/^FinsamDigest_driftsredovisning_16x4_/), formula: "=Driftsredovisning!$A$1" },
        { name: "FinsamOwned_not_kostnader", formula: "='Not 2'!$A$1" },
        { name: expect.stringMatching(/^FinsamDigest_not_kostnader_16x4_/), formula: "='Not 2'!$A$1" },
      ],
    });
  });

  test("stated row heights as the .xlsx writer's, in runs of equal height", async () => {
    const { fake, book } = setup();
    const [rr] = reports(10);
    const rowHeights: number[] = [];
    Object.assign(rowHeights, { 3: 30, 4: 30, 6: 45 });
    await book.writeReports([{ ...rr!, rowHeights }]);
    expect([...fake.require(rr!.name).rowHeights]).toEqual([[3, 30], [4, 30], [6, 45]]);
  });

  test("page layout as the .xlsx writer's page setup; a host without ExcelApi 1.9 gets none, nor indents (the write still succeeds)", async () => {
    // The first sheet carries the förbund's name in its page header; Excel's codes read "&&" as one "&".
    const sheets = reports(10).map((d, i) => (i === 0 ? { ...d, print: { ...d.print!, header: "Samordningsförbundet Öst & Väst" } } : d));
    const { fake, book } = setup();
    await book.writeReports(sheets);
    expect(sheets[0]!.print).toBeDefined();
    for (const [i, d] of sheets.entries()) {
      expect(fake.require(d.name).print).toEqual({
        paperSize: "A4",
        orientation: d.print!.orientation === "landscape" ? "Landscape" : "Portrait",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        titleRows: "$1:$3",
        leftHeader: i === 0 ? "Samordningsförbundet Öst && Väst" : "",
        centerFooter: "Sida &P av &N",
      });
    }
    const old = setup("1.8");
    await old.book.writeReports(sheets);
    expect(old.fake.sheets.map((s) => s.print)).toEqual(sheets.map(() => null));
    // RangeFormat.indentLevel is 1.9 too: the line keeps its label and number, aligned left, unindented.
    expect(fake.cell("Resultaträkning", "A4")).toMatchObject({ indent: 1, horizontal: "Left", value: "Kostnad 1" });
    expect(old.fake.cell("Resultaträkning", "A4")).toEqual({ value: "Kostnad 1", numberFormat: "@", horizontal: "Left" });
  });

  test("footnotes are merged across the table as the .xlsx writer merges them; a rebuild unmerges before it writes", async () => {
    const { fake, book } = setup();
    const sheets = reports(10);
    expect(sheets.every((d) => (d.merges ?? []).length > 0)).toBe(true);
    await book.writeReports(sheets);
    expect(sheets.map((d) => fake.require(d.name).merges)).toEqual(sheets.map((d) => d.merges));
    await book.writeReports(sheets);
    expect(sheets.map((d) => fake.require(d.name).merges)).toEqual(sheets.map((d) => d.merges));
  });

  test("Budgetuppföljning's Flagga cells are formulas in Excel, not their text: a text-formatted cell would keep \"=IF(…\" as typed", async () => {
    const { fake, book } = setup();
    const built = buildAllReports(exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs);
    const followUp = built.sheets.find((s) => s.ownerKey === "budgetuppfoljning")!;
    const flags = followUp.cells.flatMap((row, r) => row.flatMap((c, col) => (c?.formula?.startsWith("=IF(") ? [cellAddress(r, col)] : [])));
    // Every row of the example's follow-up carries a flag: huvudmännen, two administration rows, six insatser, three areas, Resultat.
    expect(flags.length).toBe(13);
    await book.writeReports([followUp]);
    const written = flags.map((a) => fake.cell(followUp.name, a) ?? {});
    expect(written.filter((c) => c.formula === undefined)).toEqual([]);
    expect(new Set(written.map((c) => c.numberFormat))).toEqual(new Set([GENERAL]));
  });

  test("the BR's \"Inga\" ansvarsförbindelser are aligned right with the figures above them; the labels and figures keep Excel's own alignment", async () => {
    const { fake, book } = setup();
    const br = buildAllReports(exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs).sheets.find((s) => s.ownerKey === "balansrakning")!;
    const r = br.cells.findIndex((row) => row[0]?.value === "Ansvarsförbindelser");
    await book.writeReports([br]);
    // This year's and last year's column, as the amounts above them (Excel puts a text left, a number right).
    expect([1, 2, 3].map((c) => [br.cells[r]![c]?.value, fake.cell(br.name, cellAddress(r, c))?.horizontal])).toEqual([[null, undefined], ["Inga", "Right"], ["Inga", "Right"]]);
    expect([fake.cell(br.name, cellAddress(r, 0))?.horizontal, fake.cell(br.name, cellAddress(r - 2, 2))?.horizontal]).toEqual([undefined, undefined]);
  });

  test("a user's sheet with the preferred name survives untouched; the report gets a unique name", async () => {
    const { fake, book } = setup();
    fake.addUserSheet("Resultaträkning", [["Mina egna siffror", 42], ["=inte en formel", true]]);
    const before = JSON.stringify(fake.snapshot());
    const written = await book.writeReports(reports(10).slice(0, 1));
    expect(written).toEqual([{ key: "resultatrakning", name: "Resultaträkning (2)", preferredName: "Resultaträkning" }]);
    const after = fake.snapshot() as { sheets: unknown[] };
    expect(after.sheets[0]).toEqual((JSON.parse(before) as { sheets: unknown[] }).sheets[0]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Resultaträkning", "Resultaträkning (2)"]);
    // The next build goes to the owned sheet again, not to a third one.
    const again = await book.writeReports(reports(10).slice(0, 1));
    expect(again).toEqual([{ key: "resultatrakning", name: "Resultaträkning (2)" }]);
    expect(fake.sheets).toHaveLength(2);
    expect((fake.snapshot() as { sheets: unknown[] }).sheets[0]).toEqual((JSON.parse(before) as { sheets: unknown[] }).sheets[0]);
    // Where the report is, asked in one sync (for selecting a finding's cells without writing).
    fake.stats.syncs = 0;
    expect(await book.ownedSheets()).toEqual([{ key: "resultatrakning", name: "Resultaträkning (2)" }]);
    expect(fake.stats.syncs).toBe(1);
  });

  test("a rebuild clears and rewrites the owned sheet, following the user's rename through the defined name", async () => {
    const { fake, book } = setup();
    await book.writeReports(reports(5000));
    const id = fake.require("Resultaträkning").id;
    fake.rename("Resultaträkning", "RR 2022");
    const small = reports(10, 3);
    const written = await book.writeReports(small);
    expect(written[0]).toEqual({ key: "resultatrakning", name: "RR 2022" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["RR 2022", "Driftsredovisning", "Not 2"]);
    const sheet = fake.require("RR 2022");
    expect(sheet.id).toBe(id);
    expectWritten(fake, "RR 2022", small[0]!);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.conditionalFormats).toHaveLength(small[0]!.conditionalFormats.length);
    // The earlier build's digests are gone: one ownership name and one digest per sheet, both on that sheet.
    const kinds = fake.names.map((n) => [n.name.startsWith("FinsamDigest_") ? "digest" : n.name, n.sheetId]);
    expect(kinds).toEqual(expect.arrayContaining([[1, 3, 4].map((id) => ["digest", id])].flat()));
    expect(kinds).toHaveLength(6);
  });

  test("a broken ownership name (owned sheet deleted by the user) is replaced and the report gets a new sheet", async () => {
    const { fake, book } = setup();
    await book.writeReports(reports(10).slice(0, 1));
    fake.sheets = [];
    fake.addUserSheet("Blad1", [[1]]);
    await book.writeReports(reports(10).slice(0, 1));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Blad1", "Resultaträkning"]);
    // The broken digest went with the broken ownership name.
    expect(fake.snapshot()).toMatchObject({
      names: [
        { name: "FinsamOwned_resultatrakning", formula: "='Resultaträkning'!$A$1" },
        { name: expect.stringMatching(/^FinsamDigest_resultatrakning_/), formula: "='Resultaträkning'!$A$1" },
      ],
    });
    expect(fake.names).toHaveLength(2);
  });

  test.each<[string, (d: SheetDescription) => void, string]>([
    ["a custom function", (d) => (d.cells[5]![1] = { formula: "=FINSAM.FÖRDELA(B4:B6)", value: 1 }), "workbook.customFunction"],
    ["a formula without =", (d) => (d.cells[5]![1] = { formula: "SUM(B4:B6)" }), "workbook.formula"],
    ["a bad sheet name", (d) => (d.name = "Rapport [1]"), "sheet.name"],
    ["no owner key", (d) => delete d.ownerKey, "workbook.ownerMissing"],
    ["a non-finite number", (d) => (d.cells[4]![2] = { value: Number.NaN }), "workbook.value"],
    ["a conditional format calling a custom function", (d) => (d.conditionalFormats[0]!.formula = "=FINSAM.AVVIKELSE(D4)>0"), "workbook.customFunction"],
    ["a fractional number of repeated print rows", (d) => (d.print = { orientation: "portrait", repeatRows: 2.5 }), "workbook.printRows"],
    ["a merge of a list of ranges", (d) => (d.merges = ["A12:C12:D12"]), "sheet.range"],
  ])("a description with %s is rejected and the workbook stays exactly as it was", async (_, spoil, code) => {
    const { fake, book } = setup();
    fake.addUserSheet("Resultaträkning", [["egen"]]);
    await book.writeReports(reports(10).slice(1));
    const before = fake.snapshot();
    const runs = fake.stats.runs.length;
    const sheets = reports(10);
    spoil(sheets[2]!);
    const error = await book.writeReports(sheets).catch((e: unknown) => e);
    expect(isFinsamError(error) && error.code).toBe(code);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.runs).toHaveLength(runs);
  });

  test("duplicate owner keys in one call are rejected", async () => {
    const { book } = setup();
    const [a] = reports(10);
    await expect(book.writeReports([a!, { ...a!, name: "Kopia" }])).rejects.toMatchObject({ code: "workbook.ownerDuplicate" });
  });
});

describe("OfficeWorkbook reads, inputs and selection", () => {
  test("readSheets reads all requested sheets in one data sync, from A1, with error text and blanks", async () => {
    const { fake, book } = setup();
    const s = fake.addUserSheet("Saldon", []);
    s.cells.set("2,1", { value: "Konto" });
    s.cells.set("2,3", { value: 4010 });
    s.cells.set("3,1", { value: "#N/A" });
    s.cells.set("3,2", { value: true });
    fake.addUserSheet("Tomt", []);
    const read = await book.readSheets(["saldon", "Tomt", "Saknas"]);
    expect(read.get("saldon")).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "Konto", "", 4010],
      ["", "#N/A", true, ""],
    ]);
    expect(read.get("Tomt")).toEqual([]);
    expect(read.get("Saknas")).toBeNull();
    expect(fake.stats.syncs).toBe(2);
  });

  test("createInputSheets creates only missing sheets and never writes into an existing one", async () => {
    const { fake, book } = setup();
    fake.addUserSheet("Inställningar", [["Räkenskapsår", 2022]]);
    const before = fake.snapshot() as { sheets: unknown[] };
    const input = (name: string): SheetDescription => ({ name, cells: [[{ value: "Rubrik", style: "title" }], [{ value: "x" }]], columnWidths: [30], conditionalFormats: [], charts: [] });
    const created = await book.createInputSheets([input("inställningar"), input("Medlemmar")]);
    expect(created).toEqual(["Medlemmar"]);
    expect((fake.snapshot() as { sheets: unknown[] }).sheets[0]).toEqual(before.sheets[0]);
    expect(fake.cell("Medlemmar", "A1")).toMatchObject({ value: "Rubrik", bold: true });
    expect(fake.names).toEqual([]);
    expect(fake.stats.runs).toEqual([{ mergeUndoGroup: true }]);
    expect(await book.createInputSheets([input("Medlemmar")])).toEqual([]);
  });

  test("text starting with \"=\" (an account name from a ledger) is written with Excel's text prefix, never as a formula", async () => {
    const { fake, book } = setup();
    const sheet: SheetDescription = { name: "Huvudbok", cells: [[{ value: '=HYPERLINK("x")' }, { formula: "=1+1", value: 2 }]], columnWidths: [], conditionalFormats: [], charts: [] };
    expect(cellGrids(sheet).formulas).toEqual([["'=HYPERLINK(\"x\")", "=1+1"]]);
    await book.createInputSheets([sheet]);
    expect(fake.cell("Huvudbok", "A1")).toEqual({ value: '=HYPERLINK("x")', numberFormat: GENERAL });
    expect(fake.cell("Huvudbok", "B1")).toMatchObject({ formula: "=1+1" });
  });

  test("select activates the sheet and selects the range; a missing sheet is a FinsamError", async () => {
    const { fake, book } = setup();
    fake.addUserSheet("A", [[1]]);
    fake.addUserSheet("Resultaträkning", [[1]]);
    await book.select("Resultaträkning", "B4:D6");
    expect(fake.active).toBe("Resultaträkning");
    expect(fake.selection).toBe("Resultaträkning!B4:D6");
    await expect(book.select("Nope", "A1")).rejects.toMatchObject({ code: "workbook.sheetMissing" });
    expect(await book.sheetNames()).toEqual(["A", "Resultaträkning"]);
  });

  test("a finding's several cells are one selection; a host before ExcelApi 1.18 gets the block holding them", async () => {
    for (const [excelApi, selected] of [["1.18", "Driftsredovisning!D17,D15,D16"], ["1.17", "Driftsredovisning!D15:D17"]] as const) {
      const { fake, book } = setup(excelApi);
      fake.addUserSheet("Driftsredovisning", [[1]]);
      await book.select("Driftsredovisning", "D17,D15,D16");
      expect(fake.selection).toBe(selected);
    }
  });
});

/** A Huvudbok-sized sheet (as from a ledger of several hundred thousand #TRANS rows): 60 000 rows of nine cells. */
function largeSheet(rows = 60_000): SheetDescription {
  const cells = [[{ value: "Huvudbok", style: "title" as const }]];
  for (let r = 0; r < rows; r++) {
    cells.push([{ value: "UTFALL" }, { value: 0 }, { value: `2024${String((r % 12) + 1).padStart(2, "0")}` }, { value: String(4000 + (r % 300)) }, { value: `Konto ${r % 300} med ett långt namn` }, { value: 6 }, { value: `INS${r % 20}` }, { value: `Insats ${r % 20}` }, { value: (r * 7919) / 100, numberFormat: "#,##0.00;-#,##0.00" }] as never);
  }
  return { name: "Huvudbok", cells, columnWidths: [9, 6], conditionalFormats: [], charts: [], ownerKey: "huvudbok" };
}

describe("OfficeWorkbook.watchUserEdits (worksheets' onChanged, onDeleted, onNameChanged)", () => {
  /** Watches, writes the reports, then lets the user type in a sheet of theirs, an input sheet and a report. */
  async function editsSeen(fake: Fake, book: OfficeWorkbook): Promise<(string | null)[]> {
    const seen: (string | null)[] = [];
    fake.addUserSheet("Budget", [["Område", "Belopp"]]);
    fake.addUserSheet("Anteckningar", [["Mina noter"]]);
    await book.watchUserEdits((sheet) => seen.push(sheet));
    const [rr] = reports(10);
    await book.writeReports([rr!]);
    await fake.changesHandled();
    for (const sheet of ["Anteckningar", "Budget", rr!.name]) fake.userTypes(sheet, "B2", 7);
    await fake.changesHandled();
    return seen;
  }

  test("reports each sheet the user changes, by name, and not the add-in's own writes", async () => {
    const { fake, book } = setup();
    expect(await editsSeen(fake, book)).toEqual(["Anteckningar", "Budget", reports(10)[0]!.name]);
  });

  test("a host without triggerSource (before ExcelApi 1.14): owned sheets are left out, as their changes may be the add-in's", async () => {
    const { fake, book } = setup();
    fake.changeEventsTellSource = false;
    expect(await editsSeen(fake, book)).toEqual(["Anteckningar", "Budget"]);
  });

  test("a host without ExcelApi 1.9 has no change events: nothing is registered", async () => {
    const { fake, book } = setup("1.8");
    expect(await editsSeen(fake, book)).toEqual([]);
    expect([fake.changeHandlers, fake.deleteHandlers, fake.renameHandlers]).toEqual([[], [], []]);
  });

  test("a sheet the user deletes is reported without a name (Excel gives none), one renamed by both its names", async () => {
    const { fake, book } = setup();
    const seen: (string | null)[] = [];
    fake.addUserSheet("Budget", [["Område", "Belopp"]]);
    fake.addUserSheet("Anteckningar", [["Mina noter"]]);
    await book.watchUserEdits((sheet) => seen.push(sheet));
    fake.rename("Budget", "Budget 2024");
    fake.userDeletes("Anteckningar");
    await fake.changesHandled();
    expect(seen).toEqual(["Budget", "Budget 2024", null]);
    // Renames are reported from ExcelApi 1.17 only.
    const old = setup("1.16");
    await old.book.watchUserEdits(() => undefined);
    expect([old.fake.deleteHandlers.length, old.fake.renameHandlers.length]).toEqual([1, 0]);
  });
});

describe("OfficeWorkbook with Excel on the web's 5 MB payload limit", () => {
  test("a Huvudbok-sized sheet is written in row chunks, every sync under the limit, every cell as described", async () => {
    const { fake, book } = setup();
    const sheet = largeSheet();
    await book.writeReports([sheet]);
    expectWritten(fake, "Huvudbok", sheet);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(fake.stats.syncs).toBeGreaterThan(2);
    // Recalculation is suspended again for every sync that carries a part of the write.
    expect(fake.stats.suspendCalculation).toBe(fake.stats.syncs - 1);
    expect(fake.stats.runs).toEqual([{ mergeUndoGroup: true }]);
  });

  test("the same sheet read back in row chunks gives every value, every response under the limit", async () => {
    const { fake, book } = setup();
    const sheet = largeSheet();
    await book.writeReports([sheet]);
    fake.stats.syncs = 0;
    const read = (await book.readSheets(["huvudbok"])).get("huvudbok")!;
    expect(read.length).toBe(sheet.cells.length);
    expect(read.map((row) => row.join("|"))).toEqual(sheet.cells.map((row) => Array.from({ length: 9 }, (_, c) => row[c]?.value ?? "").join("|")));
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    // Sizes, a first chunk of 50 000 cells, then chunks sized to 2,5 MB by what it returned: 6 MB in 4 syncs.
    expect(fake.stats.syncs).toBe(4);
  });

  test("a sheet whose rows grow fat after lean ones is still read whole: a refused response is read again in halves", async () => {
    const { fake, book } = setup();
    const long = "x".repeat(200);
    const cells = [
      ...Array.from({ length: 20_000 }, (_, r) => [{ value: r }, { value: "" }, { value: "" }]),
      ...Array.from({ length: 20_000 }, (_, r) => [{ value: `${r} ${long}` }, { value: long }, { value: long }]),
    ];
    await book.writeReports([{ name: "Blandat", cells, columnWidths: [], conditionalFormats: [], charts: [], ownerKey: "blandat" }]);
    fake.stats.maxResponseBytes = 0;
    const read = (await book.readSheets(["Blandat"])).get("Blandat")!;
    expect(read.length).toBe(cells.length);
    expect(read.every((row, r) => row.every((v, c) => v === cells[r]![c]!.value))).toBe(true);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  test("the fake refuses what Excel on the web refuses: one write or one read of the whole sheet", async () => {
    const { fake, book } = setup();
    const sheet = largeSheet();
    await book.writeReports([sheet]);
    const grid = sheet.cells.map((row) => Array.from({ length: 9 }, (_, c) => row[c]?.value ?? ""));
    await expect(
      fake.run({}, async (context) => {
        const block = context.workbook.worksheets.getItem("Huvudbok").getRange(`A1:I${grid.length}`);
        block.numberFormat = grid.map((row) => row.map(() => "#,##0.00;-#,##0.00")) as never;
        block.formulas = grid as never;
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    await expect(
      fake.run({}, async (context) => {
        const range = context.workbook.worksheets.getItem("Huvudbok").getRange(`A1:I${grid.length}`).load("values");
        await context.sync();
        return range.values;
      }),
    ).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });
});

describe("the fake behaves like Office's proxies", () => {
  test("reading a property before load and sync throws; after sync it is readable", async () => {
    const { fake } = setup();
    fake.addUserSheet("A", [[1]]);
    await fake.run({}, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      const missing = context.workbook.worksheets.getItemOrNullObject("B");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A"]);
      expect(missing.isNullObject).toBe(true);
      expect(() => sheets.items[0]!.getRange("A1").format.font.bold).toThrow(/PropertyNotLoaded/);
    });
  });

  test("commands not synced before the batch ends are discarded", async () => {
    const { fake } = setup();
    await fake.run({}, async (context) => {
      context.workbook.worksheets.add("Ny");
    });
    expect(fake.sheets).toEqual([]);
    expect(fake.stats.discarded).toBe(1);
  });
});

test("column widths in points equal the .xlsx file's: Excel's default 8,43 characters, stored as 9,140625, is 64 px = 48 pt", () => {
  const runs = widthRuns([9.140625, 12, 12]);
  expect(runs.map((r) => r.address)).toEqual(["A1", "B1:C1"]);
  expect(runs[0]!.points).toBeCloseTo(48, 1);
  expect(runs[1]!.points).toBe(63);
});

test("referencedSheet reads a defined name's formula", () => {
  expect(referencedSheet("='Not 2'!$A$1")).toBe("Not 2");
  expect(referencedSheet("=Resultaträkning!$A$1")).toBe("Resultaträkning");
  expect(referencedSheet("='Eva''s'!$A$2")).toBe("Eva's");
  expect(referencedSheet("=#REF!$A$1")).toBeNull();
  expect(referencedSheet("=Blad1!$A$1:$B$2")).toBeNull();
});
