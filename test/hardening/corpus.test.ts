import { readFileSync } from "fs";
import iconv from "iconv-lite";
import * as F from "../../src/functions/functions";
import { FinsamSession } from "../../src/app/session";
import { parseSieStream } from "../../src/app/sieStream";
import { parseSie } from "../../src/core/import/sie/index";
import { readTrialBalance } from "../../src/core/import/trialBalance";
import { readMembers } from "../../src/core/import/members";
import { readSettings } from "../../src/core/inputs/settings";
import { readBudgetSheet } from "../../src/core/inputs/budgetSheet";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import type { Diagnostic } from "../../src/core/import/diagnostic";
import type { Cells } from "../../src/core/import/table";
import { SHEETS } from "../../src/core/inputs/templates";
import { onSheet } from "../../src/core/inputs/workbookInputs";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { BAD_CASES, type BadCase, type SieBytes } from "../fixtures/bad/cases";

const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se")));

function sieBytes(lines: readonly string[], encoding: SieBytes): Uint8Array {
  const text = lines.map((l) => `${l}\r\n`).join("");
  return new Uint8Array(encoding === "utf-8" ? Buffer.from(text, "utf-8") : iconv.encode(text, encoding));
}

/** The example förbund's workbook after Start: its input sheets as typed values, and the Huvudbok. */
let exampleSheets: { name: string; values: CellValue[][] }[];
beforeAll(async () => {
  const book = new MemoryWorkbook();
  const created = await new FinsamSession(book).createInputSheets({ ledger: example.inputs.ledger });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  exampleSheets = book.snapshot().sheets.map((s) => ({ name: s.name, values: s.cells.map((r) => r.map((c) => (c.value ?? "") as CellValue)) }));
});

/** The example's workbook with one input sheet replaced (and, for a pasted ledger, no Huvudbok). */
function workbookWith(sheet: string, cells: Cells, dropHuvudbok = false): MemoryWorkbook {
  const values = cells.map((r) => r.map((v) => (v === null || v === undefined ? "" : v)));
  return new MemoryWorkbook(exampleSheets.filter((s) => !(dropHuvudbok && s.name === "Huvudbok")).map((s) => (s.name === sheet ? { name: sheet, values } : s)));
}

const messages = (ds: readonly Diagnostic[]) => ds.map((d) => d.message);

function readSheet(c: Extract<BadCase, { cells: Cells }>): Diagnostic[] {
  const r =
    c.kind === "settings" ? readSettings(c.cells)
    : c.kind === "members" ? readMembers(c.cells)
    : c.kind === "budget" ? readBudgetSheet(c.cells)
    : readTrialBalance(c.cells);
  return r.ok ? [] : r.errors;
}

const SHEET_OF = { settings: SHEETS.settings, members: SHEETS.members, budget: SHEETS.budget, trialBalance: SHEETS.trialBalance } as const;

const excelArgs = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(excelArgs) : v !== null && typeof v === "object" && "excelError" in v ? new CustomFunctions.Error((v as { excelError: string }).excelError as CustomFunctions.ErrorCode) : v;

describe("bad-input corpus", () => {
  it("holds at least 40 cases with unique ids", () => {
    expect(BAD_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_CASES.map((c) => c.id)).size).toBe(BAD_CASES.length);
  });

  const sieCases = BAD_CASES.flatMap((c) => (c.kind === "sie" ? [c] : []));
  test.each(sieCases.map((c) => [c.id, c] as const))("%s: the parser names the line", (_, c) => {
    const r = parseSie(sieBytes(c.lines, c.bytes), c.maxBytes === undefined ? {} : { maxBytes: c.maxBytes });
    expect(messages(r.errors)).toEqual(c.errors);
    expect(messages(r.warnings)).toEqual(c.warnings ?? []);
    for (const d of [...r.errors, ...r.warnings]) expect(d.line).toBeGreaterThanOrEqual(1);
  });

  test.each(sieCases.map((c) => [c.id, c] as const))("%s: an import through the session writes nothing when the file has errors", async (_, c) => {
    const book = new MemoryWorkbook(exampleSheets);
    const before = book.snapshot();
    const blob = new Blob([sieBytes(c.lines, c.bytes) as Uint8Array<ArrayBuffer>]);
    if (c.maxBytes !== undefined) {
      // The session reads with the default 500 MB limit; the stream reader is where the limit takes effect.
      const r = await parseSieStream(blob, { maxBytes: c.maxBytes });
      expect(messages(r.errors)).toEqual(c.errors);
      return;
    }
    const outcome = await new FinsamSession(book).importSie(blob);
    if (c.errors.length > 0) {
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && messages(outcome.errors)).toEqual(c.errors);
      expect(book.snapshot()).toEqual(before);
    } else {
      expect(outcome.ok && messages(outcome.warnings)).toEqual(c.warnings ?? []);
    }
  });

  const sheetCases = BAD_CASES.flatMap((c) => (c.kind === "settings" || c.kind === "members" || c.kind === "budget" || c.kind === "trialBalance" ? [c] : []));
  test.each(sheetCases.map((c) => [c.id, c] as const))("%s: the reader names the cell", (_, c) => {
    expect(messages(readSheet(c))).toEqual(c.errors);
  });

  test.each(sheetCases.map((c) => [c.id, c] as const))("%s: Bygg alla rapporter names sheet and cell and writes nothing", async (_, c) => {
    const sheet = SHEET_OF[c.kind];
    // A pasted ledger is read below the template's title row (the Saldobalans sheet starts with one).
    const pasted = c.kind === "trialBalance";
    const book = pasted ? workbookWith(sheet, [["Saldobalans"], ...c.cells], true) : workbookWith(sheet, c.cells);
    const before = book.snapshot();
    const outcome = await new FinsamSession(book).buildAll();
    expect(outcome.ok).toBe(false);
    const expected =
      pasted && c.cells.length < 2 ? [`${sheet}: ingen huvudbok att bygga från; importera en SIE-fil eller klistra in en saldobalans på bladet ${sheet}.`]
      : messages(readSheet(pasted ? { ...c, cells: [["Saldobalans"], ...c.cells] } : c).map((d) => onSheet(d, sheet)));
    expect(!outcome.ok && messages(outcome.errors)).toEqual(expected);
    expect(book.snapshot()).toEqual(before);
  });

  const accepted = BAD_CASES.flatMap((c) => (c.kind === "trialBalanceAccepted" ? [c] : []));
  test.each(accepted.map((c) => [c.id, c] as const))("%s: accepted with the exact amounts", (_, c) => {
    const r = readTrialBalance(c.cells);
    if (!r.ok) throw new Error(JSON.stringify(messages(r.errors)));
    expect(r.rows.map((row) => row.amount.toString())).toEqual(c.amounts);
  });

  const functionCases = BAD_CASES.flatMap((c) => (c.kind === "function" ? [c] : []));
  test.each(functionCases.map((c) => [c.id, c] as const))("%s: #VALUE! naming the argument", (_, c) => {
    const fn = F[c.fn] as (...args: unknown[]) => unknown;
    let thrown: unknown;
    try {
      fn(...c.args.map(excelArgs));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CustomFunctions.Error);
    expect((thrown as CustomFunctions.Error).code).toBe("#VALUE!");
    expect((thrown as CustomFunctions.Error).message).toBe(c.error);
  });
});
