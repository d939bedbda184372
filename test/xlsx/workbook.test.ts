import ExcelJS from "exceljs";
import { buildWorkbook, writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readTrialBalance } from "../../src/core/import/trialBalance";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { renderReport } from "../../src/core/sheet/render";
import { driftModel, stockholmRr } from "../core/sheet/fixtures";
import { readFileSync } from "fs";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { exampleInputs } from "../../src/core/example/exempelforbund";

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

describe("readWorkbook", () => {
  test("names the add-in's key of each owned sheet, under whatever name it has, and of no other", async () => {
    const plain = { columnWidths: [], conditionalFormats: [], charts: [] };
    const sheets = await readWorkbook(
      await writeWorkbook([
        { ...plain, name: "Huvudbok", cells: [[{ value: "egen" }]] },
        { ...plain, name: "Huvudbok 2025 (Lars')", cells: [[{ value: "importerad" }]], ownerKey: "huvudbok" },
        { ...plain, name: "Not 1", cells: [[{ value: 1 }]], ownerKey: "not-intakter" },
      ]),
    );
    expect(sheets.map((s) => [s.name, s.owner])).toEqual([["Huvudbok", undefined], ["Huvudbok 2025 (Lars')", "huvudbok"], ["Not 1", "not-intakter"]]);
  });

  test("a date, a rich text, a link or an error typed into a report sheet is an edit, as any other value is", async () => {
    const rr = { ...renderReport(stockholmRr(), { sheetName: "Resultaträkning" }), ownerKey: "resultatrakning" };
    const written = await writeWorkbook([rr]);
    expect((await readWorkbook(written))[0]!.edited).toBeUndefined();
    const typed: ExcelJS.CellValue[] = [
      new Date(Date.UTC(2025, 2, 14)),
      { richText: [{ text: "Avser " }, { font: { bold: true }, text: "ESF" }] },
      { text: "Revisionsrapporten", hyperlink: "https://example.se/rapport.pdf" },
      { error: "#N/A" },
    ];
    for (const value of typed) {
      const wb = await load(written);
      // B7, the Not column beside Verksamhetens resultat, is blank: inside the written rectangle.
      wb.getWorksheet("Resultaträkning")!.getCell("B7").value = value;
      const [sheet] = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
      expect([value, sheet!.edited]).toEqual([value, ["B7"]]);
    }
  });
});

describe("writeWorkbook", () => {
  const rr = renderReport(stockholmRr(), { sheetName: "Resultaträkning" });
  const drift = renderReport(driftModel(), { sheetName: "Drift", chart: { kind: "columnClustered", columns: ["netto", "budget"] } });

  test("values, native formulas with cached results, formats and styles", async () => {
    const ws = (await load(await writeWorkbook([rr, drift]))).getWorksheet("Resultaträkning")!;
    expect(ws.getCell("C4").value).toBe(37_300);
    expect(ws.getCell("C7").value).toEqual({ formula: "SUM(C4:C6)", result: -5_656 });
    expect(ws.getCell("C7").numFmt).toBe("#,##0;-#,##0");
    expect(ws.getCell("C7").font.bold).toBe(true);
    expect(ws.getCell("C4").font?.bold).toBeFalsy();
    expect(ws.getCell("A4").alignment).toMatchObject({ indent: 1, horizontal: "left" });
    expect(ws.getCell("A1").font.size).toBe(14);
    expect(ws.getCell("B5").numFmt).toBe("@");
    expect(ws.getColumn(1).width).toBe(rr.columnWidths[0]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  });

  test("a styled cell keeps the workbook's font: bold, italic and sized cells in Calibri as the plain ones, not a font without a name", async () => {
    const ws = (await load(await writeWorkbook([rr]))).getWorksheet("Resultaträkning")!;
    // A1 title (bold 14), A2 unit line (italic 9), C7 subtotal (bold 11).
    expect(["A1", "A2", "C7"].map((a) => [ws.getCell(a).font.name, ws.getCell(a).font.size, ws.getCell(a).font.bold ?? false, ws.getCell(a).font.italic ?? false])).toEqual([
      ["Calibri", 14, true, false],
      ["Calibri", 9, false, true],
      ["Calibri", 11, true, false],
    ]);
  });

  test("the BR's \"Inga\" ansvarsförbindelser are aligned right with the figures above them; the labels keep Excel's own alignment", async () => {
    const br = buildAllReports(exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs).sheets.find((s) => s.ownerKey === "balansrakning")!;
    const ws = (await load(await writeWorkbook([br]))).getWorksheet(br.name)!;
    const row = ws.getColumn(1).values.indexOf("Ansvarsförbindelser");
    expect(["C", "D"].map((c) => [ws.getCell(`${c}${row}`).value, ws.getCell(`${c}${row}`).alignment?.horizontal])).toEqual([["Inga", "right"], ["Inga", "right"]]);
    expect([ws.getCell(`A${row}`).alignment?.horizontal, ws.getCell(`C${row - 2}`).alignment?.horizontal]).toEqual([undefined, undefined]);
  });

  test("stated row heights and wrapped text", async () => {
    const sheet = { name: "Kontroller", cells: [[{ value: "lång text", wrap: true }], [{ value: "kort" }]], columnWidths: [10], rowHeights: [45], conditionalFormats: [], charts: [] };
    const ws = (await load(await writeWorkbook([sheet]))).getWorksheet("Kontroller")!;
    expect(ws.getRow(1).height).toBe(45);
    expect(ws.getRow(2).height).toBeUndefined();
    expect(ws.getCell("A1").alignment).toMatchObject({ wrapText: true });
  });

  test("page setup: A4, one page wide and as tall as needed, heading rows on every page", async () => {
    const wb = await load(await writeWorkbook([rr, drift]));
    const setup = (name: string) => wb.getWorksheet(name)!.pageSetup;
    expect(setup("Resultaträkning")).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" });
    expect(setup("Drift")).toMatchObject({ orientation: drift.print!.orientation, printTitlesRow: "1:3" });
  });

  test("a footnote is merged across the table and wrapped in it, so it neither widens the printed page nor is cut at its edge", async () => {
    const ws = (await load(await writeWorkbook([drift]))).getWorksheet("Drift")!;
    expect(drift.merges).toEqual(["A12:E12"]);
    expect(ws.model.merges).toEqual(["A12:E12"]);
    expect([ws.getCell("A12").value, ws.getCell("A12").alignment?.wrapText, ws.getCell("E12").type]).toEqual([drift.cells[11]![0]!.value, true, ExcelJS.ValueType.Merge]);
  });

  test("every page's header names the förbund (the example's Förbundets namn) and the footer numbers the pages", async () => {
    const built = buildAllReports(exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs);
    const wb = await load(await writeWorkbook(built.sheets));
    const rrSheet = built.sheets.find((d) => d.ownerKey === "resultatrakning")!;
    expect(wb.getWorksheet(rrSheet.name)!.headerFooter).toMatchObject({ oddHeader: "&LSamordningsförbundet Exempelbygd", oddFooter: "&CSida &P av &N" });
    // Without a name, no header; an "&" in a name is doubled, as Excel's codes read one "&" as a code.
    const named = async (header?: string) => load(await writeWorkbook([{ ...rr, print: { ...rr.print!, ...(header ? { header } : {}) } }]));
    expect((await named()).getWorksheet("Resultaträkning")!.headerFooter.oddHeader).toBeFalsy();
    expect((await named("Förbundet Öst & Väst")).getWorksheet("Resultaträkning")!.headerFooter.oddHeader).toBe("&LFörbundet Öst && Väst");
  });

  test("conditional formats, chart note and ownership names", async () => {
    const wb = await load(await writeWorkbook([rr, drift]));
    const ws = wb.getWorksheet("Drift")!;
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cfs.map((c) => c.ref)).toEqual(drift.conditionalFormats.map((c) => c.range));
    expect(cfs[2]!.rules[0]).toMatchObject({ type: "expression", formulae: ["AND(D7<0,OR(ABS(D7)>100,ABS(D7)>0.1*ABS(C7)))"] });
    // Under the table, not beside it at the chart's anchor, where it would widen the printed page.
    expect(ws.getCell(drift.charts[0]!.anchor).value).toBeNull();
    expect(ws.getCell(drift.cells.length + 2, 1).value).toBe("Diagram skapas i Excel av tillägget: Driftsredovisning 2022.");
    expect(ws.getCell(drift.cells.length + 1, 1).value).toBeNull();
    expect([...wb.definedNames.model].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      // The chart note below the table is part of what was written.
      { name: expect.stringMatching(new RegExp(`^FinsamDigest_driftsredovisning_${drift.cells.length + 2}x5_`)), ranges: ["Drift!$A$1"] },
      { name: expect.stringMatching(/^FinsamDigest_resultatrakning_11x4_/), ranges: ["'Resultaträkning'!$A$1"] },
      { name: "FinsamOwned_driftsredovisning", ranges: ["Drift!$A$1"] },
      { name: "FinsamOwned_resultatrakning", ranges: ["'Resultaträkning'!$A$1"] },
    ]);
  });

  test("text starting with \"=\" (an account name from a ledger) is stored as a string, never as a formula", async () => {
    const sheet = { name: "Huvudbok", cells: [[{ value: '=HYPERLINK("x")' }, { formula: "=1+1", value: 2 }]], columnWidths: [], conditionalFormats: [], charts: [] };
    const ws = (await load(await writeWorkbook([sheet]))).getWorksheet("Huvudbok")!;
    expect([ws.getCell("A1").type, ws.getCell("A1").value]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("x")']);
    expect([ws.getCell("B1").type, ws.getCell("B1").value]).toEqual([ExcelJS.ValueType.Formula, { formula: "1+1", result: 2 }]);
  });

  test("a repeated sheet name gets a numbered variant", () => {
    expect(buildWorkbook([rr, { ...rr, ownerKey: "rr2" }]).worksheets.map((w) => w.name)).toEqual(["Resultaträkning", "Resultaträkning (2)"]);
  });
});

describe("readWorkbook", () => {
  test("a formula saved without its value (never recalculated) reads as its formula, which an amount cell refuses", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Saldobalans");
    ws.addRows([["Konto", "Belopp"], ["1930", { formula: "SUM(395000,0)" }], ["2099", -395_000]]);
    const [sheet] = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet!.rows[1]).toEqual(["1930", "=SUM(395000,0)"]);
    const read = readTrialBalance(sheet!.rows);
    expect(!read.ok && read.errors.map((e) => e.message)).toEqual([
      "cell B2: cellen har formeln =SUM(395000,0) men inget sparat värde (filen har inte räknats om). Öppna arbetsboken i Excel eller LibreOffice och spara den, så räknas värdet fram.",
    ]);
  });

  test("values as a user sees them: formula results (also 0), error texts, dates, rich text; rectangular", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Import");
    ws.getCell("A1").value = "Konto";
    ws.getCell("B1").value = { formula: "1-1", result: 0 };
    ws.getCell("C1").value = { formula: "NA()", result: { error: "#N/A" } };
    ws.getCell("A2").value = new Date(Date.UTC(2022, 11, 31));
    ws.getCell("B2").value = { richText: [{ text: "Kassa " }, { text: "och bank", font: { bold: true } }] };
    ws.getCell("A3").value = { error: "#DIV/0!" };
    ws.getCell("D3").value = true;
    const [sheet] = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet).toEqual({
      name: "Import",
      rows: [
        ["Konto", 0, "#N/A", null],
        ["2022-12-31", "Kassa och bank", null, null],
        ["#DIV/0!", null, null, true],
      ],
    });
  });

  test("a merged range has its value in its first cell only, not copied into the cells it covers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Saldobalans");
    ws.addRows([["Konto", "Belopp", "Föregående år"], [1930, 2_031_590, 2_415_000]]);
    ws.mergeCells("B2:C2");
    const [sheet] = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet!.rows[1]).toEqual([1930, 2_031_590, null]);
  });
});
