import { readFileSync } from "fs";
import { ledgerSheet, ledgerSheetSteps, readLedgerSheet, readLedgerSheetSteps } from "../../../src/core/inputs/ledgerSheet";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";

const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs;
/** The sheet as Excel gives it back: plain values. */
const valuesOf = (cells: { value?: unknown }[][]) => cells.map((row) => row.map((c) => (c.value ?? "") as string | number));

describe("Huvudbok sheet", () => {
  const sheet = ledgerSheet(example.ledger);

  it("keeps balances and monthly figures, not vouchers", () => {
    expect(sheet.ownerKey).toBe("huvudbok");
    const rows = sheet.cells.length;
    expect(rows).toBeGreaterThan(example.ledger.balances.length);
    expect(rows).toBeLessThan(example.ledger.balances.length + example.ledger.periods.length + example.ledger.accounts.size + 20);
  });

  it("shares one cell per distinct text, number and object across its rows, and a new one per amount", () => {
    const table = sheet.cells.slice(sheet.cells.findIndex((row) => row[0]?.value === "Post") + 1);
    const distinct = (column: number) => new Set(table.map((row) => row[column])).size;
    const values = (column: number) => new Set(table.map((row) => JSON.stringify(row[column]))).size;
    // Post, År, Period, Konto, Kontonamn, Dimension, Objekt, Objektnamn: as many cell objects as distinct cells.
    for (let column = 0; column < 8; column++) expect([column, distinct(column)]).toEqual([column, values(column)]);
    expect(distinct(0)).toBeLessThan(10);
    expect(distinct(8)).toBe(table.length);
  });

  it("is built in steps of 4 096 monthly amounts for the pane, to the same sheet", () => {
    const periods = PeriodTable.of(Array.from({ length: 40 }, () => [...example.ledger.periods]).flat());
    const big = { ...example.ledger, periods };
    const steps = ledgerSheetSteps(big);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(periods.length).toBeGreaterThan(2 * 4096);
    expect(yields).toBe(Math.floor((periods.length - 1) / 4096));
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(ledgerSheet(big)));

    // Read back in steps too, to the ledger readLedgerSheet gives.
    const cells = step.value.cells.map((row) => row.map((c) => c?.value ?? null));
    const reading = readLedgerSheetSteps(cells);
    let readYields = 0;
    let read = reading.next();
    for (; !read.done; read = reading.next()) readYields++;
    expect(readYields).toBeGreaterThanOrEqual(Math.floor(periods.length / 4096));
    expect(read.value.ok && read.value.ledger.periods.length).toBe(periods.length);
    expect(JSON.stringify(read.value)).toBe(JSON.stringify(readLedgerSheet(cells)));
  });

  it("round-trips the ledger: the reports rebuilt from the sheet equal those from the SIE file", () => {
    const read = readLedgerSheet(valuesOf(sheet.cells));
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    expect(read.ledger.years).toEqual(example.ledger.years);
    expect(read.ledger.balances.length).toBe(example.ledger.balances.length);
    const fromSheet = buildAllReports({ ...example, ledger: read.ledger });
    const fromFile = buildAllReports(example);
    expect(JSON.stringify(fromSheet.sheets)).toBe(JSON.stringify(fromFile.sheets));
  });

  it("reads typed amounts too: Swedish text and numbers that are not whole öre keep their exact value", () => {
    const cells = valuesOf(sheet.cells);
    const headerRow = cells.findIndex((r) => r[0] === "Post");
    const utfall = cells.findIndex((r, i) => i > headerRow && r[0] === "UTFALL");
    const ib = cells.findIndex((r, i) => i > headerRow && r[0] === "IB");
    cells[utfall]![8] = "−1 234,50";
    cells[ib]![8] = 0.125;
    const read = readLedgerSheet(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    const first = [...read.ledger.periods][utfall - headerRow - 1 - read.ledger.balances.length];
    expect(first?.amount.toString()).toBe("-1234.5");
    expect(read.ledger.balances[ib - headerRow - 1]?.amount.toString()).toBe("0.125");
  });

  it("refuses a Huvudbok with fewer rows than the import wrote (a write that failed midway, rows deleted), naming the count's cell", () => {
    const cells = valuesOf(sheet.cells);
    const count = cells.findIndex((r) => r[0] === "Rader");
    const headerRow = cells.findIndex((r) => r[0] === "Post");
    expect(cells[count]![1]).toBe(cells.length - headerRow - 1);
    const partial = cells.slice(0, -100);
    const read = readLedgerSheet(partial);
    expect(!read.ok && read.errors.map((e) => e.message)).toEqual([`cell B${count + 1}: huvudboken ska ha ${cells[count]![1]} rader men har ${partial.length - headerRow - 1}; den skrevs inte färdigt eller har ändrats. Importera SIE-filen igen.`]);
    // A Huvudbok written before the control (no Rader row) is read as it is.
    expect(readLedgerSheet(cells.filter((_, i) => i !== count)).ok).toBe(true);
  });

  it("names bad cells", () => {
    const cells = valuesOf(sheet.cells);
    const headerRow = cells.findIndex((r) => r[0] === "Post");
    cells[headerRow + 1]![0] = "SALDO";
    cells[headerRow + 2]![8] = "mycket";
    const read = readLedgerSheet(cells);
    expect(!read.ok && read.errors.map((e) => e.cell)).toEqual([`A${headerRow + 2}`, `I${headerRow + 3}`]);
  });
});
