import ExcelJS from "exceljs";
import type { SheetDescription } from "../../src/core/sheet/description";
import { Dec } from "../../src/core/money/decimal";
import { renderReport } from "../../src/core/sheet/render";
import { editedPlaces, parseDigestName } from "../../src/core/sheet/digest";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbook, sheetContents, type ReadSheet } from "../../src/xlsx/readWorkbook";
import { INSTALL_COMMAND, recalculate, requireSoffice } from "../helpers/libreoffice";
import { driftModel, stockholmRr } from "../core/sheet/fixtures";

/** The same sheet with every formula's cached value replaced by a wrong number. */
function withWrongCache(sheet: SheetDescription): SheetDescription {
  return { ...sheet, cells: sheet.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: 987_654 } : c))) };
}

const ERROR = /^#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)/;

/** In tkr the lines 400, 400, 400 kr show 1, 0, 0 so that their SUM shows the exact 1 tkr (sheet/rounding.ts). */
const rounding = renderReport(
  {
    id: "not-kostnader", title: "Not 3", unit: "tkr", footnotes: [],
    columns: [{ id: "a", heading: "2022", kind: "amount" }],
    rows: [
      ...[0, 1, 2].map((i) => ({ id: `l${i}`, label: `Rad ${i + 1}`, kind: "line" as const, level: 1, values: { a: new Dec(400) } })),
      { id: "s", label: "Summa", kind: "total" as const, level: 0, values: { a: new Dec(1200) }, sumOf: ["l0", "l1", "l2"] },
    ],
  },
  { sheetName: "Not 3" },
);

describe("LibreOffice recalculates what the add-in writes", () => {
  const rr = renderReport(stockholmRr(), { sheetName: "Resultaträkning" });
  const rr1 = renderReport(stockholmRr(), { sheetName: "RR 0,1 tkr", decimals: 1 });
  const drift = renderReport(driftModel(), { sheetName: "Drift" });
  // Budgetuppföljning's Flagga column: the flags in words, as IF formulas LibreOffice must give the same words for.
  const flagged = { ...driftModel(), id: "budgetuppfoljning" as const };
  flagged.columns.splice(3, 0, { id: "flagga", heading: "Flagga", kind: "text", flagOf: "avvikelse" });
  const flags = renderReport(flagged, { sheetName: "Flaggor" });
  let recalculated: Map<string, ReadSheet>;
  let formatsWorkbook: ExcelJS.Workbook;

  beforeAll(async () => {
    // One soffice start for both files.
    const out = await recalculate(
      new Map([
        ["statements", await writeWorkbook([rr, rr1].map(withWrongCache))],
        ["drift", await writeWorkbook([drift, rounding, flags].map(withWrongCache))],
      ]),
    );
    recalculated = new Map();
    for (const data of out.values()) for (const s of await readWorkbook(data)) recalculated.set(s.name, s);
    formatsWorkbook = new ExcelJS.Workbook();
    await formatsWorkbook.xlsx.load(out.get("drift")! as unknown as ArrayBuffer);
  }, 180_000);

  test("recalculated subtotals are the seed's printed figures and the renderer's own results", () => {
    const rrRows = recalculated.get("Resultaträkning")!.rows;
    expect(rrRows[6]!.slice(2)).toEqual([-5_656, 2_863]); // Verksamhetens resultat (tkr)
    expect(rrRows[9]!.slice(2)).toEqual([-5_660, 2_858]); // Resultat efter finansiella poster; seed: −5 660, 2 858
    expect(rrRows[10]!.slice(2)).toEqual([-5_660, 2_858]); // Årets resultat
    expect(recalculated.get("RR 0,1 tkr")!.rows[9]!.slice(2)).toEqual([-5_660, 2_858.1]);
    const driftRows = recalculated.get("Drift")!.rows;
    expect(driftRows[9]!.slice(1, 5)).toEqual([1_578, -850, 2_428, 1_110]);
    expect(recalculated.get("Not 3")!.rows[6]![1]).toBe(1);

    // Every formula cell, on every sheet, recalculates to the value the renderer cached (the exact sum of the shown cells).
    expect(recalculated.get("Flaggor")!.rows.slice(3, 9).map((r) => r[4])).toEqual(["OK", "OK", null, "Varning", "Kritisk", "Kritisk"]);
    for (const sheet of [rr, rr1, drift, rounding, flags]) {
      const rows = recalculated.get(sheet.name)!.rows;
      sheet.cells.forEach((row, r) => row.forEach((c, col) => {
        if (c?.formula) expect({ cell: `${sheet.name}!${r},${col}`, value: rows[r]![col] }).toEqual({ cell: `${sheet.name}!${r},${col}`, value: c.value });
      }));
    }
  });

  test("no error value anywhere", () => {
    const errors = [...recalculated.values()].flatMap((s) => s.rows.flat().filter((v) => typeof v === "string" && ERROR.test(v)));
    expect(errors).toEqual([]);
    expect(recalculated.get("Resultaträkning")!.rows.flat().filter((v) => v === 987_654)).toEqual([]);
  });

  test("number formats, conditional formats and ownership names survive", () => {
    const ws = formatsWorkbook.getWorksheet("Drift")!;
    expect(ws.getCell("B4").numFmt).toBe("#,##0;-#,##0");
    expect(ws.getCell("D10").numFmt).toBe("#,##0;-#,##0");
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cfs.flatMap((c) => c.rules.map((rule) => (rule as ExcelJS.ExpressionRuleType).formulae![0]))).toEqual(drift.conditionalFormats.map((c) => c.formula.slice(1)));
    expect(formatsWorkbook.definedNames.model.map((n) => n.name).filter((n) => n.startsWith("FinsamOwned_")).sort()).toEqual(["FinsamOwned_budgetuppfoljning", "FinsamOwned_driftsredovisning", "FinsamOwned_not_kostnader"]);
  });

  test("saved by LibreOffice, each report sheet still matches its digest: reopened, it reads as unedited", () => {
    // Read back as the command line reads a workbook: every report still the add-in's, none edited.
    expect([...recalculated.values()].map((x) => [x.name, x.owner, x.edited])).toEqual([
      ["Resultaträkning", "resultatrakning", undefined],
      ["RR 0,1 tkr", "resultatrakning", undefined],
      ["Drift", "driftsredovisning", undefined],
      ["Not 3", "not-kostnader", undefined],
      ["Flaggor", "budgetuppfoljning", undefined],
    ]);
    const digests = formatsWorkbook.definedNames.model.filter((n) => parseDigestName(n.name) !== null);
    expect(digests.map((n) => [parseDigestName(n.name)!.key, n.ranges])).toEqual([
      ["budgetuppfoljning", ["Flaggor!$A$1"]],
      ["driftsredovisning", ["Drift!$A$1"]],
      ["not_kostnader", ["'Not 3'!$A$1"]],
    ]);
    for (const [name, sheet] of [[digests[0]!.name, "Flaggor"], [digests[1]!.name, "Drift"], [digests[2]!.name, "Not 3"]] as const) {
      expect([sheet, editedPlaces(parseDigestName(name)!.digest, sheetContents(formatsWorkbook.getWorksheet(sheet)!))]).toEqual([sheet, null]);
    }
  });

  test("LibreOffice reads the page setup: landscape A4, one page wide and as tall as needed, headings repeated and wrapped", () => {
    // Drift's four figure columns print portrait; the Flagga column makes Flaggor wider than a portrait page.
    expect(formatsWorkbook.getWorksheet("Drift")!.pageSetup.orientation).toBe("portrait");
    const ws = formatsWorkbook.getWorksheet("Flaggor")!;
    // The headings wrap over figures narrower than them ("Avvikelse (utfall − budget)"), their row as tall as written.
    expect(ws.getCell("D3").alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(3).height).toBe(flags.rowHeights![2]);
    expect(flags.rowHeights![2]).toBeGreaterThanOrEqual(30);
    // (LibreOffice writes fitToPage="true", which exceljs does not read back as true.)
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("1:3");
  });
});

test("a machine without LibreOffice fails with the install command", () => {
  expect(() => requireSoffice("/nonexistent")).toThrow(INSTALL_COMMAND);
  expect(requireSoffice()).toMatch(/\/soffice$/);
});
