import { readFileSync } from "fs";
import { FinsamSession } from "../../src/app/session";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { INPUT_SHEETS, inputTemplates } from "../../src/core/inputs/templates";
import { LEDGER_SHEET } from "../../src/core/inputs/ledgerSheet";
import type { SheetDescription } from "../../src/core/sheet/description";
import { MemoryWorkbook, type MemoryWorkbookSnapshot } from "../../src/workbook/memoryWorkbook";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { ExcelContext, ExcelRun } from "../../src/excel/api";
import { isFinsamError } from "../../src/core/errors";
import { FakeExcel } from "../excel/fakeExcel";

/**
 * Data safety of "Bygg alla rapporter" over the in-memory workbook and the counting Office fake: rebuilds
 * are idempotent, only the add-in's own sheets are written, a failure leaves the workbook as it was, and the
 * input sheets the user typed in are never rewritten.
 */
const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se")));
const sheets = () => buildAllReports(example.inputs).sheets;
const USER_SHEETS = [
  { name: "Resultaträkning", values: [["Min egen resultaträkning"], ["Intäkter", 123.45], ["=SUMMA(B2)", true]] },
  { name: "Anteckningar", values: [["Att göra"], ["Ringa revisorn"]] },
];

const sheetOf = (snap: MemoryWorkbookSnapshot, name: string) => snap.sheets.find((s) => s.name === name);

/** The fake's snapshot without chart ids, which Excel assigns anew when a rebuild recreates a chart. */
const withoutChartIds = (snap: unknown): unknown =>
  JSON.parse(JSON.stringify(snap, (k, v) => (k === "charts" ? (v as { id: number }[]).map(({ id: _, ...rest }) => rest) : v)));

describe("rebuilds are idempotent", () => {
  it("the same inputs give byte-identical sheet descriptions", () => {
    expect(JSON.stringify(sheets())).toBe(JSON.stringify(sheets()));
  });

  it("a second writeReports leaves the in-memory workbook identical", async () => {
    const book = new MemoryWorkbook(USER_SHEETS);
    const first = await book.writeReports(sheets());
    const once = book.snapshot();
    const second = await book.writeReports(sheets());
    expect(second.map((w) => w.name)).toEqual(first.map((w) => w.name));
    expect(book.snapshot()).toEqual(once);
  });

  it("a second writeReports leaves the Office workbook identical (charts recreated under new ids)", async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook(fake.run);
    await book.writeReports(sheets());
    const once = fake.snapshot();
    await book.writeReports(sheets());
    expect(withoutChartIds(fake.snapshot())).toEqual(withoutChartIds(once));
  });
});

describe("only owned sheets are touched", () => {
  it("a user's sheets, one named Resultaträkning, survive byte-identical in memory; the report goes beside them", async () => {
    const book = new MemoryWorkbook(USER_SHEETS);
    const before = book.snapshot();
    const written = await book.writeReports(sheets());
    await book.writeReports(sheets());
    const after = book.snapshot();
    for (const s of USER_SHEETS) expect(JSON.stringify(sheetOf(after, s.name))).toBe(JSON.stringify(sheetOf(before, s.name)));
    expect(written.find((w) => w.key === "resultatrakning")).toEqual({ key: "resultatrakning", name: "Resultaträkning (2)", preferredName: "Resultaträkning" });
  });

  it("the same in Excel: the user's cells are as they were, and no ownership name points at them", async () => {
    const fake = new FakeExcel();
    for (const s of USER_SHEETS) fake.addUserSheet(s.name, s.values);
    const before = JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells]]));
    const book = new OfficeWorkbook(fake.run);
    await book.writeReports(sheets());
    await book.writeReports(sheets());
    expect(JSON.stringify(fake.sheets.slice(0, 2).map((s) => [s.name, [...s.cells]]))).toBe(before);
    const userIds = new Set(fake.sheets.slice(0, 2).map((s) => s.id));
    expect(fake.names.filter((n) => n.sheetId !== null && userIds.has(n.sheetId))).toEqual([]);
  });
});

describe("a failure leaves the workbook as it was", () => {
  /** The example's reports with the sixth spoiled so that only validation can catch it. */
  const spoiled = (): SheetDescription[] => {
    const all = sheets();
    all[5]!.cells[3]![1] = { value: Number.POSITIVE_INFINITY };
    return all;
  };

  it("in memory: an invalid description in the middle rejects the whole build", async () => {
    const book = new MemoryWorkbook(USER_SHEETS);
    await book.writeReports(sheets());
    const before = book.snapshot();
    const error = await book.writeReports(spoiled()).catch((e: unknown) => e);
    expect(isFinsamError(error) && error.code).toBe("workbook.value");
    expect(book.snapshot()).toEqual(before);
  });

  it("in memory: a sheet that cannot be built after validation passed (a chart holding a function) changes nothing", async () => {
    const book = new MemoryWorkbook(USER_SHEETS);
    const before = book.snapshot();
    const all = sheets();
    const withChart = all.findIndex((d) => d.charts.length > 0);
    expect(withChart).toBeGreaterThan(0);
    (all[withChart]!.charts[0] as unknown as { onClick: () => void }).onClick = () => undefined;
    await expect(book.writeReports(all)).rejects.toThrow();
    expect(book.snapshot()).toEqual(before);
  });

  it("in Excel: an invalid description starts no Excel.run and writes nothing", async () => {
    const fake = new FakeExcel();
    for (const s of USER_SHEETS) fake.addUserSheet(s.name, s.values);
    const book = new OfficeWorkbook(fake.run);
    await book.writeReports(sheets());
    const before = fake.snapshot();
    const runs = fake.stats.runs.length;
    const cells = fake.stats.cellsWritten;
    await expect(book.writeReports(spoiled())).rejects.toMatchObject({ code: "workbook.value" });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.runs).toHaveLength(runs);
    expect(fake.stats.cellsWritten).toBe(cells);
  });

  it("in Excel: a write sync that Excel rejects applies nothing, and the next build gives the clean result", async () => {
    const fake = new FakeExcel();
    for (const s of USER_SHEETS) fake.addUserSheet(s.name, s.values);
    await new OfficeWorkbook(fake.run).writeReports(sheets());
    const before = fake.snapshot();
    // Excel rejects the last sync of the batch (the one carrying every write) before applying any of it.
    const failingRun: ExcelRun = (options, batch) =>
      fake.run(options, (context) => {
        let syncs = 0;
        const rejecting = Object.create(context) as ExcelContext;
        rejecting.sync = async () => {
          if (++syncs === 3) throw new Error("GeneralException: the write was rejected");
          return context.sync();
        };
        return batch(rejecting);
      });
    await expect(new OfficeWorkbook(failingRun).writeReports(sheets())).rejects.toThrow("GeneralException");
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.discarded).toBeGreaterThan(0);
    await new OfficeWorkbook(fake.run).writeReports(sheets());
    expect(withoutChartIds(fake.snapshot())).toEqual(withoutChartIds(before));
  });

  it("in Excel: a protected report sheet stops the build before anything is written, and the message names it", async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook(fake.run);
    await book.writeReports(sheets());
    // The economist protected the statements before sending them to the board.
    fake.require("Balansräkning").protected = true;
    fake.require("Not Kostnader").protected = true;
    const before = fake.snapshot();
    await expect(book.writeReports(sheets())).rejects.toMatchObject({
      code: "workbook.sheetProtected",
      message: "Tillägget skriver inte om skyddade blad (Balansräkning, Not Kostnader). Ta bort bladskyddet (Granska › Ta bort skydd för blad) och försök igen; inget har skrivits.",
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("in Excel: a protected workbook structure stops a build that must add a sheet before anything is written", async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook(fake.run);
    await book.writeReports(sheets().filter((d) => d.ownerKey !== "kontroller"));
    fake.structureProtected = true;
    const before = fake.snapshot();
    await expect(book.writeReports(sheets())).rejects.toMatchObject({ code: "workbook.structureProtected", params: { value: "Kontroller" } });
    expect(fake.snapshot()).toEqual(before);
    // Rewriting the sheets that are there adds nothing, so it goes ahead.
    await book.writeReports(sheets().filter((d) => d.ownerKey !== "kontroller"));
    // Through the session (Start): the pane gets the message, naming the input sheets that could not be added.
    const start = await new FinsamSession(book).createInputSheets();
    expect(!start.ok && start.errors.map((e) => e.message)).toEqual([
      "Arbetsbokens struktur är skyddad, så bladen Inställningar, Medlemmar, Budget, Saldobalans, Kontomappning, Tidigare år, Flerårsplan, Insatsmål kan inte läggas till. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen; inget har skrivits.",
    ]);
  });

  it("through the session: a build whose inputs fail writes nothing", async () => {
    const book = new MemoryWorkbook();
    const session = new FinsamSession(book);
    await session.createInputSheets({ ledger: example.inputs.ledger });
    book.deleteSheet(LEDGER_SHEET); // no ledger: neither Huvudbok nor a pasted Saldobalans with rows
    book.deleteSheet("Saldobalans");
    const before = book.snapshot();
    const outcome = await session.buildAll();
    expect(outcome.ok).toBe(false);
    expect(book.snapshot()).toEqual(before);
  });
});

describe("a Huvudbok written only in part", () => {
  it("is refused by the next build, naming its row count's cell, rather than read as a smaller ledger", async () => {
    const book = new MemoryWorkbook();
    const session = new FinsamSession(book);
    await session.createInputSheets({ ledger: example.inputs.ledger });
    // As Excel does when a later sync of a large write is rejected: the first chunks are in, then the error.
    const write = book.writeReports.bind(book);
    book.writeReports = async (descriptions) => {
      await write(descriptions.map((d) => (d.ownerKey === "huvudbok" ? { ...d, cells: d.cells.slice(0, 300) } : d)));
      throw new Error("GeneralException: the request failed");
    };
    const imported = await session.importSie(new Blob([readFileSync("examples/exempelforbund.se")]));
    // The pane says what happened, and that part of it may have been written.
    expect(!imported.ok && imported.errors.map((e) => e.message)).toEqual([
      "Åtgärden avbröts av ett oväntat fel: GeneralException: the request failed. Om den hann skriva något ångrar Ctrl+Z det; försök sedan igen (och rapportera felet om det kommer tillbaka).",
    ]);
    book.writeReports = write;
    const built = await session.buildAll();
    const rows = book.getSheet(LEDGER_SHEET)!.cells;
    const count = rows.findIndex((r) => r[0]?.value === "Rader");
    const header = rows.findIndex((r) => r[0]?.value === "Post");
    expect(!built.ok && built.errors.map((e) => e.message)).toEqual([
      `Huvudbok!B${count + 1}: huvudboken ska ha ${String(rows[count]![1]!.value)} rader men har ${300 - header - 1}; den skrevs inte färdigt eller har ändrats. Importera SIE-filen igen.`,
    ]);
  });
});

describe("input sheets are the user's", () => {
  async function typedWorkbook() {
    const book = new MemoryWorkbook();
    const session = new FinsamSession(book);
    await session.createInputSheets({ ledger: example.inputs.ledger });
    // The user renames the förbund on Inställningar: their sheet, their value (and the ledger is the pasted Saldobalans).
    const values = (name: string) =>
      book.getSheet(name)!.cells.map((r) => r.map((c) => c.value ?? "")).map((r) => (r[0] === "Förbundets namn" ? [r[0], "Min anteckning"] : r));
    return new MemoryWorkbook(book.snapshot().sheets.filter((s) => s.name !== LEDGER_SHEET).map((s) => ({ name: s.name, values: values(s.name) })));
  }

  it("neither writeReports nor a second createInputSheets rewrites them", async () => {
    const book = await typedWorkbook();
    const inputs = (snap: MemoryWorkbookSnapshot) => JSON.stringify(snap.sheets.filter((s) => INPUT_SHEETS.includes(s.name)));
    const before = inputs(book.snapshot());
    expect(before).toContain("Min anteckning");
    const session = new FinsamSession(book);
    await book.writeReports(sheets());
    expect(await book.createInputSheets(inputTemplates({ example: example.inputs.ledger }))).toEqual([]);
    expect(await book.createInputSheets(inputTemplates())).toEqual([]);
    const built = await session.buildAll();
    expect(built.ok).toBe(true);
    expect(inputs(book.snapshot())).toBe(before);
  });

  it("in Excel too: createInputSheets over existing input sheets and a build leave their cells as typed", async () => {
    const fake = new FakeExcel();
    fake.addUserSheet("Inställningar", [["Inställning", "Värde"], ["Räkenskapsår", 2023], ["Egen rad", "behåll"]]);
    const book = new OfficeWorkbook(fake.run);
    const before = JSON.stringify([...fake.require("Inställningar").cells]);
    const created = await book.createInputSheets(inputTemplates({ example: example.inputs.ledger }));
    expect(created).not.toContain("Inställningar");
    await book.writeReports(sheets());
    expect(JSON.stringify([...fake.require("Inställningar").cells])).toBe(before);
  });
});
