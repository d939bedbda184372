import { Dec, ZERO, sum } from "../money/decimal";
import { FinsamError } from "../errors";
import type { MessageCode, MessageParams } from "../messages/index";
import { isAccountType, isResultAccount, objectKey, type Account, type AccountType, type Balance, type FiscalYear, type Ledger, type LedgerObject } from "../ledger/types";
import { parseA1 } from "../parse/a1";
import { PeriodTable } from "../ledger/periodTable";
import { diagnostic, diagnosticOf, type Diagnostic } from "./diagnostic";
import { addressIn, cellText, findHeader, headerNames, isBlank, readAmount, type Cells, type CellValue, type ColumnSpec } from "./table";

/**
 * A trial balance (saldobalans) pasted from Excel → rows with ledger-signed amounts → Ledger balances.
 *
 * Columns (header row found anywhere in the range): konto, benämning, belopp; optional föregående år, budget,
 * objekt, typ (T/S/K/I). Blank rows are skipped; rows without an account number (titles, "Summa …") are
 * skipped with a warning. Every rejected cell is reported with its A1 address and nothing is returned then.
 *
 * Signs: the result always uses the ledger convention (debit +: assets and costs positive; liabilities, equity
 * and income negative). `sign: "ledger"` (default) reads the amounts that way. `sign: "report"` reads them as
 * printed reports show them — every line positive in its own section — and negates liabilities/equity (S) and
 * income (I). The type comes from the typ column, else from the account class (1 T, 2 S, 3 I, 4–7 K); class 8
 * holds both financial income and costs, so in report style such rows need a typ.
 */
export type SignConvention = "ledger" | "report";

export interface TrialBalanceOptions {
  /** Address of the range's top-left cell, to name cells in messages (default A1). */
  topLeft?: string;
  sign?: SignConvention;
}

export interface TrialBalanceRow {
  account: string;
  name: string;
  type?: AccountType;
  object?: string;
  /** The object's name (the insats as reports print it), when the sheet gives one. */
  objectName?: string;
  /** Current year, ledger sign. */
  amount: Dec;
  previous?: Dec;
  budget?: Dec;
  /** A1 address of the account cell. */
  cell: string;
}

export type TrialBalanceResult =
  | { ok: true; rows: TrialBalanceRow[]; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

type Column = "konto" | "namn" | "belopp" | "foregaende" | "budget" | "objekt" | "objektnamn" | "typ";

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: "konto", names: ["konto", "kontonr", "kontonummer", "account"], required: true },
  { key: "namn", names: ["benämning", "kontonamn", "namn", "text", "beskrivning"], required: false },
  { key: "belopp", names: ["belopp", "saldo", "utfall", "innevarande år", "utfall i år", "ub"], required: true },
  { key: "foregaende", names: ["föregående år", "fg år", "föreg år", "utfall fg år", "föregående"], required: false },
  { key: "budget", names: ["budget", "budget i år"], required: false },
  { key: "objekt", names: ["objekt", "projekt", "insats", "kostnadsställe"], required: false },
  { key: "objektnamn", names: ["objektnamn", "insatsnamn", "projektnamn", "objektbenämning"], required: false },
  { key: "typ", names: ["typ", "kontotyp"], required: false },
];

const CLASS_TYPES: Record<string, AccountType> = { "1": "T", "2": "S", "3": "I", "4": "K", "5": "K", "6": "K", "7": "K" };

export function readTrialBalance(cells: Cells, options: TrialBalanceOptions = {}): TrialBalanceResult {
  const at = addressIn(parseA1(options.topLeft));
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const reject = (code: MessageCode, params: MessageParams) => errors.push(diagnostic(code, params));
  const header = findHeader(cells, COLUMNS);
  if (!header) {
    reject("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) });
    return { ok: false, errors, warnings };
  }
  const col = header.columns;
  const rows: TrialBalanceRow[] = [];
  const seen = new Set<string>();
  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(isBlank)) continue;
    const get = (c: Column): CellValue => (col.has(c) ? row[col.get(c) as number] : null);
    const cellOf = (c: Column) => at(r, col.get(c) as number);
    const account = readAccount(get("konto"), cellOf("konto"));
    if (account.kind === "skip") {
      warnings.push(diagnostic("tb.skippedRow", { cell: cellOf("konto"), value: cellText(get("namn")) || firstText(row) }));
      continue;
    }
    if (account.kind === "error") {
      errors.push(diagnosticOf(account.error));
      continue;
    }
    const amount = (c: Column): Dec | null | undefined => (col.has(c) ? readAmount(get(c), cellOf(c), errors) : null);
    const current = amount("belopp");
    const previous = amount("foregaende");
    const budget = amount("budget");
    const object = cellText(get("objekt")) || undefined;
    const typeText = cellText(get("typ")).toUpperCase();
    if (typeText && !isAccountType(typeText)) reject("tb.badType", { cell: cellOf("typ"), value: typeText });
    const type = isAccountType(typeText) ? typeText : undefined;
    const key = `${account.number}\u0000${object ?? ""}`;
    if (seen.has(key)) reject("tb.duplicateAccount", { cell: cellOf("konto"), value: account.number });
    seen.add(key);
    if (current === undefined || previous === undefined || budget === undefined) continue;
    const negate = options.sign === "report" ? reportSignFlip(account.number, type, cellOf("konto"), errors) : false;
    if (negate === undefined) continue;
    const signed = (d: Dec) => (negate ? d.negated() : d);
    const out: TrialBalanceRow = { account: account.number, name: cellText(get("namn")), amount: signed(current ?? ZERO), cell: cellOf("konto") };
    if (type) out.type = type;
    if (object) out.object = object;
    const objectName = cellText(get("objektnamn"));
    if (object && objectName) out.objectName = objectName;
    if (previous) out.previous = signed(previous);
    if (budget) out.budget = signed(budget);
    rows.push(out);
  }
  if (errors.length === 0 && rows.length === 0) reject("table.empty", { cell: at(header.row, col.get("konto") as number) });
  // In ledger sign a whole trial balance sums to zero (assets = equity + liabilities + the year's result);
  // one that does not gives a balance sheet that does not balance. A warning: a pasted part (only the result
  // accounts, for a driftsredovisning) is still of use.
  if (errors.length === 0) {
    for (const [c, amountOf] of [["belopp", (r: TrialBalanceRow) => r.amount], ["foregaende", (r: TrialBalanceRow) => r.previous]] as const) {
      if (!col.has(c) || !rows.some((r) => amountOf(r) !== undefined)) continue;
      const total = sum(rows.map((r) => amountOf(r) ?? ZERO));
      if (!total.isZero()) warnings.push(diagnostic("tb.notBalanced", { cell: at(header.row, col.get(c) as number), value: total.toFixed() }));
    }
  }
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, rows, warnings };
}

function firstText(row: readonly CellValue[]): string {
  return row.map(cellText).find((t) => t !== "") ?? "";
}

type AccountCell = { kind: "ok"; number: string } | { kind: "skip" } | { kind: "error"; error: FinsamError };

/** Digits → an account; text not starting with a digit (titles, sums) → skip; anything else is an error. */
function readAccount(value: CellValue, cell: string): AccountCell {
  const text = cellText(value);
  if (typeof value === "number" && (!Number.isInteger(value) || value < 0)) return accountError(cell, text);
  if (/^[0-9]{1,10}$/.test(text)) return { kind: "ok", number: text };
  if (text === "" || !/^[0-9]/.test(text)) return { kind: "skip" };
  return accountError(cell, text);
}

function accountError(cell: string, value: string): AccountCell {
  return { kind: "error", error: new FinsamError("tb.badAccount", { cell, value }) };
}

/** true when a report-style amount must be negated to get the ledger sign; undefined when unknown (reported). */
function reportSignFlip(account: string, type: AccountType | undefined, cell: string, errors: Diagnostic[]): boolean | undefined {
  const t = type ?? CLASS_TYPES[account.charAt(0)];
  if (!t) {
    errors.push(diagnostic("tb.signUnknown", { cell, value: account }));
    return undefined;
  }
  return t === "S" || t === "I";
}

export interface TrialBalanceLedgerOptions {
  companyName?: string;
  /** The current year (årsnr 0) and, when the range has a föregående år column, the previous one (−1). */
  years?: FiscalYear[];
  /** Dimension of the objekt column (default 6, projekt — insatser in a förbund). */
  objectDimension?: number;
}

/**
 * Rows → Ledger: per account a #UB (balance accounts) or #RES (result accounts) for year 0 and, from the
 * föregående år column, year −1; rows with an objekt add object-level balances, and the account total is the
 * sum of its rows. The annual budget has no place in Ledger (which holds monthly budgets) and stays in the rows.
 */
export function trialBalanceToLedger(rows: readonly TrialBalanceRow[], options: TrialBalanceLedgerOptions = {}): Ledger {
  const accounts = new Map<string, Account>();
  const totals = new Map<string, Balance>();
  const objectBalances: Balance[] = [];
  const objects = new Map<string, LedgerObject>();
  const dimension = options.objectDimension ?? 6;
  for (const row of rows) {
    const existing = accounts.get(row.account);
    const type = row.type ?? existing?.type;
    accounts.set(row.account, type ? { number: row.account, name: existing?.name || row.name, type } : { number: row.account, name: existing?.name || row.name });
    const kind = isResultAccount(row.account, accounts.get(row.account)) ? "res" : "ub";
    for (const [year, amount] of [[0, row.amount], [-1, row.previous]] as const) {
      if (!amount) continue;
      const key = `${year}\u0000${row.account}`;
      const total = totals.get(key);
      totals.set(key, { year, account: row.account, kind, amount: (total?.amount ?? ZERO).plus(amount) });
      if (row.object) objects.set(objectKey(dimension, row.object), { dimension, id: row.object, name: row.objectName ?? objects.get(objectKey(dimension, row.object))?.name ?? row.object });
      if (row.object) objectBalances.push({ year, account: row.account, kind, amount, object: { dimension, id: row.object } });
    }
  }
  return {
    companyName: options.companyName ?? "",
    years: options.years ?? [],
    accounts,
    dimensions: new Map(),
    objects,
    balances: [...totals.values(), ...objectBalances],
    periods: new PeriodTable(),
  };
}
