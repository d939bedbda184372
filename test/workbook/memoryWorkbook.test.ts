import fc from "fast-check";
import { isFinsamError } from "../../src/core/errors";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { planReports } from "../../src/workbook/plan";
import { EditedSheetsError } from "../../src/workbook/port";
import { FakeExcel } from "../excel/fakeExcel";
import { reports } from "./reports";

/** The ownership names of a snapshot (each sheet also has a digest name beside it, tested in digest.test.ts). */
const ownership = (names: { name: string; sheet: string | null }[]) => names.filter((n) => n.name.startsWith("FinsamOwned_"));

describe("MemoryWorkbook", () => {
  test("writes descriptions as they are, evaluating nothing: formula cells keep their cached value", async () => {
    const book = new MemoryWorkbook();
    const sheets = reports(10);
    expect(await book.writeReports(sheets)).toEqual([
      { key: "resultatrakning", name: "Resultaträkning" },
      { key: "driftsredovisning", name: "Driftsredovisning" },
      { key: "not-kostnader", name: "Not 2" },
    ]);
    const rr = book.getSheet("resultaträkning")!;
    expect(rr.cells).toEqual(sheets[0]!.cells);
    expect(rr.conditionalFormats).toEqual(sheets[0]!.conditionalFormats);
    expect(rr.charts).toEqual(sheets[0]!.charts);
    expect(rr.freeze).toEqual(sheets[0]!.freeze);
    // Sum of the ten lines −(1000·i + 250), i = 1…10: −57 500; shown as the formula's cached value.
    const total = (await book.readSheets(["Resultaträkning"])).get("Resultaträkning")![13]!;
    expect(total).toEqual(["Summa kostnader", -57500, -55000, -2500]);
    expect(ownership(book.snapshot().names)).toEqual([
      { name: "FinsamOwned_resultatrakning", sheet: "Resultaträkning" },
      { name: "FinsamOwned_driftsredovisning", sheet: "Driftsredovisning" },
      { name: "FinsamOwned_not_kostnader", sheet: "Not 2" },
    ]);
  });

  test("a user's sheet is never touched; a renamed owned sheet is rewritten in place; a deleted one is recreated", async () => {
    const book = new MemoryWorkbook([{ name: "Resultaträkning", values: [["egen", 1]] }]);
    const user = book.getSheet("Resultaträkning");
    expect(await book.writeReports(reports(10).slice(0, 1))).toEqual([{ key: "resultatrakning", name: "Resultaträkning (2)", preferredName: "Resultaträkning" }]);
    book.renameSheet("Resultaträkning (2)", "RR");
    const next = reports(3, 2);
    expect(await book.writeReports(next.slice(0, 1))).toEqual([{ key: "resultatrakning", name: "RR" }]);
    expect(await book.sheetNames()).toEqual(["Resultaträkning", "RR"]);
    expect(book.getSheet("RR")!.cells).toEqual(next[0]!.cells);
    expect(book.getSheet("Resultaträkning")).toEqual(user);
    book.deleteSheet("RR");
    expect(ownership(book.snapshot().names)).toEqual([{ name: "FinsamOwned_resultatrakning", sheet: null }]);
    expect(await book.writeReports(next.slice(0, 1))).toEqual([{ key: "resultatrakning", name: "Resultaträkning (2)", preferredName: "Resultaträkning" }]);
    expect(ownership(book.snapshot().names)).toEqual([{ name: "FinsamOwned_resultatrakning", sheet: "Resultaträkning (2)" }]);
  });

  test("a rebuild replaces an owned sheet whole: what the earlier build had and this one does not is gone", async () => {
    const book = new MemoryWorkbook();
    const [first] = reports(10);
    await book.writeReports([{ ...first!, rowHeights: [30], print: { orientation: "landscape", repeatRows: 3 } }]);
    expect(book.getSheet("Resultaträkning")).toMatchObject({ rowHeights: [30], print: { orientation: "landscape", repeatRows: 3 }, freeze: first!.freeze });
    const { freeze: _, ...smaller } = reports(3)[0]!;
    await book.writeReports([smaller]);
    const { ownerKey: _key, ...expected } = smaller;
    expect(book.getSheet("Resultaträkning")).toEqual(expected);
    expect(ownership(book.snapshot().names)).toEqual([{ name: "FinsamOwned_resultatrakning", sheet: "Resultaträkning" }]);
  });

  test("a description failing validation leaves the workbook exactly as it was", async () => {
    const book = new MemoryWorkbook([{ name: "Data", values: [[1]] }]);
    await book.writeReports(reports(10).slice(1));
    const before = book.snapshot();
    const bad = reports(10);
    bad[2]!.cells[4]![1] = { formula: "=finsam.fordela(B4)", value: 1 };
    const error = await book.writeReports(bad).catch((e: unknown) => e);
    expect(isFinsamError(error) && error.code).toBe("workbook.customFunction");
    expect(book.snapshot()).toEqual(before);
  });

  test("createInputSheets adds only missing sheets, without ownership; select needs an existing sheet", async () => {
    const book = new MemoryWorkbook([{ name: "Medlemmar", values: [["Kommun", "Andel"]] }]);
    const input = (name: string) => ({ name, cells: [[{ value: name }]], columnWidths: [], conditionalFormats: [], charts: [] });
    expect(await book.createInputSheets([input("MEDLEMMAR"), input("Budget")])).toEqual(["Budget"]);
    expect((await book.readSheets(["Medlemmar", "x"])).get("Medlemmar")).toEqual([["Kommun", "Andel"]]);
    expect((await book.readSheets(["x"])).get("x")).toBeNull();
    expect(ownership(book.snapshot().names)).toEqual([]);
    await book.select("budget", "A1:B2");
    expect(book.snapshot().selection).toEqual({ sheet: "Budget", range: "A1:B2" });
    // A finding's cells: several areas, as the Office adapter selects them.
    await book.select("Budget", "D17,D15,D16");
    expect(book.snapshot().selection).toEqual({ sheet: "Budget", range: "D17,D15,D16" });
    await expect(book.select("Budget", "D17,,D16")).rejects.toMatchObject({ code: "sheet.address" });
    await expect(book.select("Saknas", "A1")).rejects.toMatchObject({ code: "workbook.sheetMissing" });
  });

  test("readSheets gives the used range as Excel shows it: to the last value or formula, blanks as empty text", async () => {
    const book = new MemoryWorkbook([{ name: "Data", values: [[1], [], ["x"], []] }]);
    book.typeCell("Data", "C2", "y");
    expect((await book.readSheets(["Data"])).get("Data")).toEqual([[1, "", ""], ["", "", "y"], ["x", "", ""]]);
    // A formula counts as used (Excel shows its value); a cell with neither does not.
    await book.writeReports([{ name: "R", ownerKey: "r", cells: [[{ value: "a" }], [], [{}, {}, { formula: "=A1" }]], columnWidths: [], conditionalFormats: [], charts: [] }]);
    expect((await book.readSheets(["R"])).get("R")).toEqual([["a", "", ""], ["", "", ""], ["", "", ""]]);
  });

  test("snapshot and getSheet are copies: changing them does not change the workbook", async () => {
    const book = new MemoryWorkbook();
    await book.writeReports(reports(3).slice(0, 1));
    book.getSheet("Resultaträkning")!.cells[0]![0]!.value = "ändrad";
    book.snapshot().sheets[0]!.name = "x";
    expect(book.getSheet("Resultaträkning")!.cells[0]![0]!.value).toBe("Resultaträkning");
  });

  test("the preview gets a copy of a sheet's first rows and its row count; typing in the workbook leaves the written description as it was", async () => {
    const book = new MemoryWorkbook();
    const [report] = reports(30);
    await book.writeReports([report!]);
    book.typeCell("Resultaträkning", "A2", "skrivet i arbetsboken");
    book.typeCell("Resultaträkning", "Z2", "utanför raden");
    expect(report!.cells[1]![0]!.value).not.toBe("skrivet i arbetsboken");
    expect(report!.cells[1]!.length).toBeLessThan(26);
    expect(book.getSheet("Resultaträkning")!.cells[1]![0]!.value).toBe("skrivet i arbetsboken");
    const shown = book.previewOf("resultaträkning", 5)!;
    expect(shown.cells.length).toBe(5);
    expect(shown.totalRows).toBe(report!.cells.length);
    shown.cells[0]![0]!.value = "ändrad i förhandsvisningen";
    expect(book.getSheet("Resultaträkning")!.cells[0]![0]!.value).toBe("Resultaträkning");
    expect(book.sheetList()).toEqual(["Resultaträkning"]);
    expect(book.previewOf("Saknas", 5)).toBeUndefined();
  });
});

describe("the Office and memory adapters share one plan", () => {
  test("same written sheets and tab order for any mix of user sheets, renames and rebuilds", async () => {
    const names = ["Resultaträkning", "Resultaträkning (2)", "Not 2", "Driftsredovisning", "Data"];
    await fc.assert(
      fc.asyncProperty(fc.subarray(names), fc.subarray([0, 1, 2]), fc.boolean(), async (userSheets, chosen, rename) => {
        const fake = new FakeExcel();
        for (const n of userSheets) fake.addUserSheet(n, [["u"]]);
        const office = new OfficeWorkbook(fake.run);
        const memory = new MemoryWorkbook(userSheets.map((n) => ({ name: n, values: [["u"]] })));
        const all = reports(2);
        const pick = chosen.map((i) => all[i]!);
        const first = await office.writeReports(pick);
        expect(await memory.writeReports(pick)).toEqual(first);
        if (rename && first.length > 0) {
          fake.rename(first[0]!.name, "Omdöpt");
          memory.renameSheet(first[0]!.name, "Omdöpt");
        }
        const second = await office.writeReports(all);
        expect(await memory.writeReports(all)).toEqual(second);
        expect(await memory.sheetNames()).toEqual(await office.sheetNames());
        for (const n of userSheets) expect(fake.cell(n, "A1")).toEqual({ value: "u" });
      }),
      { numRuns: 40 },
    );
  });

  test("both refuse the same hand edits, naming the same sheets and cells, and write over them alike when told", async () => {
    const outcome = (write: Promise<unknown>) =>
      write.then(
        (written) => ({ written }),
        (e: unknown) => {
          if (e instanceof EditedSheetsError) return { edited: e.sheets };
          throw e;
        },
      );
    const edit = fc.record({ sheet: fc.nat(2), row: fc.nat(24), col: fc.nat(7), value: fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant("")) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 3 }), async (edits) => {
        const fake = new FakeExcel();
        const office = new OfficeWorkbook(fake.run);
        const memory = new MemoryWorkbook();
        const written = await office.writeReports(reports(10));
        await memory.writeReports(reports(10));
        for (const e of edits) {
          const a1 = `${String.fromCharCode(65 + e.col)}${e.row + 1}`;
          fake.userTypes(written[e.sheet]!.name, a1, e.value);
          memory.typeCell(written[e.sheet]!.name, a1, e.value);
        }
        const refused = await outcome(office.writeReports(reports(10, 2)));
        expect(await outcome(memory.writeReports(reports(10, 2)))).toEqual(refused);
        expect(await outcome(memory.writeReports(reports(10, 2), { overwriteEdits: true }))).toEqual(await outcome(office.writeReports(reports(10, 2), { overwriteEdits: true })));
        expect(memory.snapshot().names.map((n) => n.name)).toEqual(fake.names.map((n) => n.name));
      }),
      { numRuns: 40 },
    );
  });

  test("planReports never targets a sheet without an ownership name", () => {
    const plan = planReports(reports(2), { sheets: ["Resultaträkning", "Not 2"], ownership: new Map(), digests: [] });
    expect(plan.map((p) => [p.name, p.replace])).toEqual([
      ["Resultaträkning (2)", false],
      ["Driftsredovisning", false],
      ["Not 2 (2)", false],
    ]);
  });
});
