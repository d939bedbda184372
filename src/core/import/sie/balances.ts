import { Dec, ZERO } from "../../money/decimal";
import { isResultAccount, type Account, type Balance, type FiscalYear } from "../../ledger/types";
import { NO_OBJECT, type PeriodTable } from "../../ledger/periodTable";
import { ExactSums } from "../../money/exact";
import type { DiagnosticLog } from "../diagnostic";
import type { Movements } from "./movements";
import type { Steps } from "../../steps";

/**
 * End of import: months → fiscal years, then balances.
 *
 * For every year that has #TRANS rows: when the file gives #RES (or #UB) for that year, each account's figure
 * is checked against the transactions (RES = the year's movements for result accounts, UB = IB + movements for
 * balance accounts) and every difference is a warning naming the account and both amounts; the file's figure
 * is kept. When the file has no #RES (or #UB) for the year, they are derived from the transactions.
 * Monthly #TRANS sums become "actual" periods for years without #PSALDO (so nothing is counted twice).
 * A year with neither #RES nor #TRANS takes its #RES from its #PSALDO {} months: a result account's #PSALDO
 * is the month's movement (SIE-gruppen's övningsbolag, as Avendo exports it, gives each #RES -1 as the sum of
 * its #PSALDO -1 months); without those, from its result accounts' #UB. A year left with balances but no result
 * at all is warned of: the reports cannot show its income, costs and result.
 */
export interface FileBalance {
  balance: Balance;
  line: number;
}

export interface BalanceInput {
  years: readonly FiscalYear[];
  accounts: ReadonlyMap<string, Account>;
  fileBalances: readonly FileBalance[];
  movements: Movements;
  psaldoYears: ReadonlySet<number>;
  /** The file's #PSALDO/#PBUDGET; the monthly #TRANS sums are appended to it. */
  periods: PeriodTable;
}

/** In steps (steps.ts): a large file's movements are tens of thousands of month sums. */
export function* finishBalances(input: BalanceInput, log: DiagnosticLog): Steps<Balance[]> {
  reportDuplicates(input.fileBalances, log);
  const totals = yield* movementsPerYear(input, log);
  const balances = input.fileBalances.map((f) => f.balance);
  const file = indexFileBalances(input.fileBalances);
  for (const [year, moves] of totals) {
    const isResult = (a: string) => isResultAccount(a, input.accounts.get(a));
    const derive = (kind: "res" | "ub", accounts: Iterable<string>, value: (a: string) => Dec) => {
      const kindLabel = kind === "res" ? "#RES" : "#UB";
      const given = file.firstLine.get(`${year}\u0000${kind}`);
      for (const account of accounts) {
        const derived = value(account);
        const entry = file.amounts.get(`${year}\u0000${kind}\u0000${account}`);
        if (given === undefined) {
          if (!derived.isZero()) balances.push({ year, account, kind, amount: derived });
        } else if (!entry) {
          // Exporters leave out zero balances, so a missing one reads as 0 (the file's figure is kept).
          if (!derived.isZero()) log.warn("sie.balanceMissing", { line: given, kind: kindLabel, account, year, derived: derived.toFixed() });
        } else if (!entry.amount.equals(derived)) {
          log.warn("sie.balanceMismatch", { line: entry.line, kind: kindLabel, account, year, fileValue: entry.amount.toFixed(), derived: derived.toFixed() });
        }
      }
    };
    const accountsOf = (kind: "ib" | "ub" | "res") => file.accountsByYearKind.get(`${year}\u0000${kind}`) ?? [];
    const moved = [...moves.keys()];
    const mov = (a: string) => moves.get(a) ?? ZERO;
    const ib = (a: string) => file.amounts.get(`${year}\u0000ib\u0000${a}`)?.amount ?? ZERO;
    derive("res", unique([...accountsOf("res"), ...moved.filter(isResult)]), mov);
    derive(
      "ub",
      unique([...accountsOf("ub"), ...accountsOf("ib"), ...moved.filter((a) => !isResult(a))]),
      (a) => ib(a).plus(mov(a)),
    );
  }
  for (const { index: year } of input.years) {
    if (totals.has(year) || file.firstLine.has(`${year}\u0000res`)) continue;
    const months = input.psaldoYears.has(year) ? psaldoResults(input, year) : [];
    balances.push(...(months.length > 0 ? months : closingResults(input, file, year)));
  }
  reportMissingResults(input.years, balances, file.firstLine, log);
  return balances;
}

/**
 * A year's #RES from its result accounts' #UB − #IB: some exporters (SoftOne XE) give result accounts a #UB too,
 * which is their result for the year.
 */
function closingResults(input: BalanceInput, file: ReturnType<typeof indexFileBalances>, year: number): Balance[] {
  const out: Balance[] = [];
  for (const account of file.accountsByYearKind.get(`${year}\u0000ub`) ?? []) {
    if (!isResultAccount(account, input.accounts.get(account))) continue;
    const ib = file.amounts.get(`${year}\u0000ib\u0000${account}`)?.amount ?? ZERO;
    const amount = file.amounts.get(`${year}\u0000ub\u0000${account}`)!.amount.minus(ib);
    if (!amount.isZero()) out.push({ year, account, kind: "res", amount });
  }
  return out;
}

/** A year's #RES from its #PSALDO {}: each result account's months summed, in first-seen order. */
function psaldoResults(input: BalanceInput, year: number): Balance[] {
  const t = input.periods;
  const sums = new ExactSums();
  const slots = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    if (t.yearAt(i) !== year || t.kindAt(i) !== "actual" || t.objectAt(i) !== NO_OBJECT) continue;
    const account = t.accountName(t.accountAt(i));
    if (!isResultAccount(account, input.accounts.get(account))) continue;
    let slot = slots.get(account);
    if (slot === undefined) slots.set(account, (slot = sums.slot()));
    sums.add(slot, t.amountAt(i));
  }
  return [...slots].filter(([, slot]) => !sums.isZero(slot)).map(([account, slot]) => ({ year, account, kind: "res", amount: sums.toDec(slot) }));
}

/** A year with #IB or #UB but no #RES, #TRANS or #PSALDO would show a result of zero: named at its first balance. */
function reportMissingResults(years: readonly FiscalYear[], balances: readonly Balance[], firstLine: ReadonlyMap<string, number>, log: DiagnosticLog): void {
  for (const { index: year, start, end } of years) {
    const line = firstLine.get(`${year}\u0000ub`) ?? firstLine.get(`${year}\u0000ib`);
    if (line !== undefined && !balances.some((b) => b.year === year && b.kind === "res")) log.warn("sie.resultMissing", { line, year, start, end });
  }
}

/** A balance given twice (same year, kind, account and object) would be summed: an error naming both lines. */
function reportDuplicates(fileBalances: readonly FileBalance[], log: DiagnosticLog): void {
  const seen = new Map<string, number>();
  for (const { balance: b, line } of fileBalances) {
    const key = `${b.year}\u0000${b.kind}\u0000${b.account}\u0000${b.object ? `${b.object.dimension}\u0000${b.object.id}` : ""}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else log.error("sie.duplicateBalance", { line, first, label: `#${b.object ? "O" : ""}${b.kind.toUpperCase()}`, year: b.year, account: b.account });
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function indexFileBalances(fileBalances: readonly FileBalance[]) {
  const amounts = new Map<string, { amount: Dec; line: number }>();
  const firstLine = new Map<string, number>();
  const accountsByYearKind = new Map<string, string[]>();
  for (const { balance: b, line } of fileBalances) {
    if (b.object) continue;
    const yk = `${b.year}\u0000${b.kind}`;
    amounts.set(`${yk}\u0000${b.account}`, { amount: b.amount, line });
    if (!firstLine.has(yk)) firstLine.set(yk, line);
    const list = accountsByYearKind.get(yk) ?? [];
    list.push(b.account);
    accountsByYearKind.set(yk, list);
  }
  return { amounts, firstLine, accountsByYearKind };
}

/** Fiscal year of a YYYYMM month, or undefined when no #RAR covers it. */
export function yearOfMonth(years: readonly FiscalYear[], month: string): number | undefined {
  const m = `${month.slice(0, 4)}-${month.slice(4, 6)}`;
  return years.find((y) => y.start.slice(0, 7) <= m && m <= y.end.slice(0, 7))?.index;
}

/** Month sums appended to the periods between two steps of movementsPerYear. */
const CELLS_PER_STEP = 16384;

/** Each year's movement per account (Decs), after appending the monthly sums to input.periods. */
function* movementsPerYear(input: BalanceInput, log: DiagnosticLog): Steps<Map<number, Map<string, Dec>>> {
  const totals = new Map<number, Map<string, Dec>>();
  const sums = new ExactSums();
  const slots = new Map<number, Map<string, number>>();
  const yearCache = new Map<string, number | undefined>();
  if (input.years.length === 0 && input.movements.firstLineOfMonth.size > 0) {
    log.error("sie.noYears", { line: Math.min(...input.movements.firstLineOfMonth.values()) });
    return totals;
  }
  for (const [month, line] of input.movements.firstLineOfMonth) {
    const year = yearOfMonth(input.years, month);
    yearCache.set(month, year);
    if (year === undefined) log.error("sie.dateOutsideYears", { line, value: month });
  }
  let lastMonth = "";
  let year: number | undefined;
  const cells = input.movements.cells;
  for (let k = 0; k < cells.length; k++) {
    if (k > 0 && k % CELLS_PER_STEP === 0) yield;
    const cell = cells[k]!;
    if (cell.month !== lastMonth) year = yearCache.get((lastMonth = cell.month));
    if (year === undefined) continue;
    const amount = input.movements.exactOf(cell);
    if (!cell.object) {
      let perAccount = slots.get(year);
      if (!perAccount) slots.set(year, (perAccount = new Map()));
      let s = perAccount.get(cell.account);
      if (s === undefined) perAccount.set(cell.account, (s = sums.slot()));
      sums.add(s, amount);
    }
    if (input.psaldoYears.has(year) || input.movements.isZero(cell)) continue;
    input.periods.add(year, cell.month, cell.account, "actual", cell.object, amount);
  }
  for (const [y, perAccount] of slots) totals.set(y, new Map([...perAccount].map(([account, s]) => [account, sums.toDec(s)])));
  return totals;
}
