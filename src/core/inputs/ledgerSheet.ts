import type { Dec } from "../money/decimal";
import { objectKey, type Account, type Balance, type FiscalYear, type Ledger } from "../ledger/types";
import { exactToDec, numberToExact, type Exact } from "../money/exact";
import type { CellSpec, SheetDescription } from "../sheet/description";
import { exactToExcelNumber, toExcelNumber } from "../money/excelNumber";
import { parseA1 } from "../parse/a1";
import { NO_OBJECT, PeriodTable } from "../ledger/periodTable";
import { diagnostic, diagnosticOf, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellAmount, cellText, findHeader, headerNames, type Cells, type ColumnSpec } from "../import/table";
import { runSteps, type Steps } from "../steps";

/**
 * The Huvudbok sheet: an imported ledger kept in the workbook, so that the reports can be rebuilt later, by
 * the ribbon or the command line, without the SIE file. It holds what the statements need — #IB/#UB/#RES per
 * account and object, and monthly actuals and budget — not the individual vouchers: a million #TRANS rows
 * become a few thousand rows here. The add-in owns the sheet (a new import replaces it).
 *
 * Layout: a header block (Företag, Organisationsnummer, Kontoplan, one "Räkenskapsår <årsnr>" row per year
 * with start and end dates, and "Rader": how many table rows the import wrote), then the table: Post | År |
 * Period | Konto | Kontonamn | Dimension | Objekt | Objektnamn | Belopp. Post is IB, UB, RES, UTFALL, BUDGET
 * or KONTO (an account without amounts, for its name); År is SIE's årsnr (0, −1); amounts are
 * ledger-signed (debit +). The row count is the sheet's control: a large ledger is written in several round
 * trips, and one that failed midway, or rows deleted since, would otherwise read as a smaller, valid ledger.
 */
export const LEDGER_SHEET = "Huvudbok";
export const LEDGER_OWNER_KEY = "huvudbok";
const HEADERS = ["Post", "År", "Period", "Konto", "Kontonamn", "Dimension", "Objekt", "Objektnamn", "Belopp"] as const;
const POSTS = { ib: "IB", ub: "UB", res: "RES", actual: "UTFALL", budget: "BUDGET" } as const;
const AMOUNT_FORMAT = "#,##0.00;-#,##0.00";
const ROW_COUNT = "Rader";

export function ledgerSheet(ledger: Ledger): SheetDescription {
  return runSteps(ledgerSheetSteps(ledger));
}

/** Rows written (ledgerSheetSteps) or read (readLedgerSheetSteps) between two steps: under 40 ms even on a cold start. */
const ROWS_PER_STEP = 4096;

/** ledgerSheet in steps (steps.ts): a million-row file's Huvudbok has 60 000 rows, a tenth of a second's work in one go. */
export function* ledgerSheetSteps(ledger: Ledger): Steps<SheetDescription> {
  // A CellSpec is a value no adapter changes (they read it; see memoryWorkbook's fromDescription), so the rows
  // share one cell per distinct text, number and object: a 1 000 000-row file's 61 000 rows of nine new cells
  // each held 33 MB (now 18), and the pane's garbage-collector pauses over them were its longest tasks.
  const shared = new Map<string | number, CellSpec>();
  const cellOf = (v: string | number): CellSpec => {
    let cell = shared.get(v);
    if (!cell) shared.set(v, (cell = { value: v }));
    return cell;
  };
  const text = (v: string, style?: CellSpec["style"]): CellSpec => (style ? { value: v, style } : cellOf(v));
  const accountName = (n: string) => ledger.accounts.get(n)?.name ?? "";
  const objects = new Map<string, CellSpec[]>();
  const noObject = [text(""), text(""), text("")];
  const objectCells = (o?: { dimension: number; id: string }): CellSpec[] => {
    if (!o) return noObject;
    const key = objectKey(o.dimension, o.id);
    let cells = objects.get(key);
    if (!cells) objects.set(key, (cells = [cellOf(o.dimension), text(o.id), text(ledger.objects.get(key)?.name ?? "")]));
    return cells;
  };
  const amount = (d: Dec): CellSpec => ({ value: toExcelNumber(d), numberFormat: AMOUNT_FORMAT });
  const exact = (x: Exact): CellSpec => ({ value: exactToExcelNumber(x), numberFormat: AMOUNT_FORMAT });
  const rows: CellSpec[][] = ledger.balances.map((b) => [text(POSTS[b.kind]), cellOf(b.year), text(""), text(b.account), text(accountName(b.account)), ...objectCells(b.object), amount(b.amount)]);
  // The monthly amounts straight from the table's columns: a large ledger has tens of thousands of them.
  const t = ledger.periods;
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const account = t.accountName(t.accountAt(i));
    const o = t.objectAt(i);
    rows.push([text(POSTS[t.kindAt(i)]), cellOf(t.yearAt(i)), text(t.periodName(t.periodAt(i))), text(account), text(accountName(account)), ...objectCells(o === NO_OBJECT ? undefined : t.objectRef(o)), exact(t.amountAt(i))]);
  }
  // Accounts without amounts still carry their names (a chart of accounts row with post KONTO).
  const used = new Set([...ledger.balances.map((b) => b.account), ...Array.from({ length: t.accountCount }, (_, n) => t.accountName(n))]);
  for (const a of ledger.accounts.values()) if (!used.has(a.number)) rows.push([text("KONTO"), text(""), text(""), text(a.number), text(a.name), text(""), text(""), text(""), text("")]);
  const meta: CellSpec[][] = [
    [text("Huvudbok (importerad; skrivs om vid nästa import)", "title")],
    [text("Företag", "label"), text(ledger.companyName)],
    [text("Organisationsnummer", "label"), text(ledger.orgNumber ?? "")],
    [text("Kontoplan", "label"), text(ledger.chartType ?? "")],
    ...ledger.years.map((y) => [text(`Räkenskapsår ${y.index}`, "label"), text(y.start), text(y.end)]),
    [text(ROW_COUNT, "label"), { value: rows.length }],
    [],
  ];
  return {
    name: LEDGER_SHEET,
    cells: [...meta, HEADERS.map((h) => text(h, "columnHeading")), ...rows],
    columnWidths: [9, 6, 9, 9, 32, 10, 10, 28, 16],
    freeze: { rows: meta.length + 1, columns: 0 },
    conditionalFormats: [],
    charts: [],
    ownerKey: LEDGER_OWNER_KEY,
    digest: false,
  };
}

type Column = "post" | "ar" | "period" | "konto" | "namn" | "dim" | "obj" | "objnamn" | "belopp";
const KEYS: Column[] = ["post", "ar", "period", "konto", "namn", "dim", "obj", "objnamn", "belopp"];
const COLUMNS: readonly ColumnSpec<Column>[] = KEYS.map((key, i) => ({ key, names: [HEADERS[i]!.toLowerCase()], required: true }));
const KIND_OF_POST = new Map(Object.entries(POSTS).map(([kind, post]) => [post as string, kind as keyof typeof POSTS]));

export type LedgerSheetResult = { ok: true; ledger: Ledger } | { ok: false; errors: Diagnostic[] };

export function readLedgerSheet(cells: Cells, options: { topLeft?: string } = {}): LedgerSheetResult {
  return runSteps(readLedgerSheetSteps(cells, options));
}

/** readLedgerSheet in steps (steps.ts): a large Huvudbok's rows are tens of thousands. */
export function* readLedgerSheetSteps(cells: Cells, options: { topLeft?: string } = {}): Steps<LedgerSheetResult> {
  const at = addressIn(parseA1(options.topLeft));
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const errors: Diagnostic[] = [];
  const ledger: Ledger = { companyName: "", years: [], accounts: new Map(), dimensions: new Map(), objects: new Map(), balances: [], periods: new PeriodTable() };

  let rowCount: { expected: string; cell: string } | undefined;
  for (let r = 0; r < header.row; r++) {
    const [label, a, b] = (cells[r] ?? []).map(cellText);
    if (label === "Företag") ledger.companyName = a ?? "";
    else if (label === ROW_COUNT) rowCount = { expected: a ?? "", cell: at(r, 1) };
    else if (label === "Organisationsnummer" && a) ledger.orgNumber = a;
    else if (label === "Kontoplan" && a) ledger.chartType = a;
    else if (label?.startsWith("Räkenskapsår ")) {
      const index = Number(label.slice("Räkenskapsår ".length));
      if (!Number.isInteger(index) || !/^\d{4}-\d{2}-\d{2}$/.test(a ?? "") || !/^\d{4}-\d{2}-\d{2}$/.test(b ?? "")) {
        errors.push(diagnostic("ledgerSheet.year", { cell: at(r, 0), value: `${label} ${a ?? ""} ${b ?? ""}`.trim() }));
      } else ledger.years.push({ index, start: a!, end: b! } satisfies FiscalYear);
    }
  }

  const col = Object.fromEntries(KEYS.map((k) => [k, header.columns.get(k)!])) as Record<Column, number>;
  let rows = 0;
  for (let r = header.row + 1; r < cells.length; r++) {
    if ((r - header.row) % ROWS_PER_STEP === 0) yield;
    const row = cells[r] ?? [];
    const post = cellText(row[col.post]).toUpperCase();
    if (post === "") continue;
    rows++;
    const account = cellText(row[col.konto]);
    const bad = (c: Column, value: string) => errors.push(diagnostic("ledgerSheet.cell", { cell: at(r, col[c]), value }));
    if (!/^[0-9]+$/.test(account)) {
      bad("konto", account);
      continue;
    }
    const name = cellText(row[col.namn]);
    if (!ledger.accounts.has(account)) ledger.accounts.set(account, { number: account, name } satisfies Account);
    if (post === "KONTO") continue;
    const kind = KIND_OF_POST.get(post);
    if (!kind) {
      bad("post", post);
      continue;
    }
    const year = Number(cellText(row[col.ar]));
    if (!Number.isInteger(year) || year > 0) {
      bad("ar", cellText(row[col.ar]));
      continue;
    }
    // The amounts the add-in wrote are numbers of whole öre: read as such, without a Dec per row.
    const value = row[col.belopp];
    let amount: Exact;
    if (typeof value === "number" && Number.isFinite(value)) amount = numberToExact(value);
    else {
      const parsed = cellAmount(value, at(r, col.belopp));
      if (!parsed.ok || parsed.value === null) {
        errors.push(parsed.ok ? diagnostic("ledgerSheet.cell", { cell: at(r, col.belopp), value: "" }) : diagnosticOf(parsed.error));
        continue;
      }
      amount = parsed.value;
    }
    const dimText = cellText(row[col.dim]);
    const objId = cellText(row[col.obj]);
    let object: { dimension: number; id: string } | undefined;
    if (dimText !== "" || objId !== "") {
      if (!/^[0-9]+$/.test(dimText) || objId === "") {
        bad("dim", `${dimText} ${objId}`.trim());
        continue;
      }
      object = { dimension: Number(dimText), id: objId };
      const key = objectKey(object.dimension, objId);
      if (!ledger.objects.has(key)) ledger.objects.set(key, { dimension: object.dimension, id: objId, name: cellText(row[col.objnamn]) });
    }
    if (kind === "actual" || kind === "budget") {
      const period = cellText(row[col.period]);
      if (!/^\d{6}$/.test(period)) {
        bad("period", period);
        continue;
      }
      ledger.periods.add(year, period, account, kind, object, amount);
    } else {
      ledger.balances.push({ year, account, kind, amount: exactToDec(amount), ...(object ? { object } : {}) } satisfies Balance);
    }
  }
  if (ledger.years.length === 0) errors.push(diagnostic("ledgerSheet.noYears", { cell: at(0, 0) }));
  // A Huvudbok from before the control has no row count; any other must hold exactly the rows written.
  if (rowCount && rowCount.expected !== String(rows)) errors.unshift(diagnostic("ledgerSheet.rowCount", { cell: rowCount.cell, value: rows, expected: rowCount.expected }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ledger };
}
