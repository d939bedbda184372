import { FinsamError } from "../errors";
import { ZERO } from "../money/decimal";
import { ExactSums } from "../money/exact";
import { NO_OBJECT } from "../ledger/periodTable";
import { isResultAccount, type Balance, type FiscalYear, type Ledger } from "../ledger/types";
import { applyMapping } from "../mapping/apply";
import type { Mapping } from "../mapping/types";
import type { ReportModel } from "../report/model";
import { monthOfYear } from "./budget";
import { requireCurrentYear, type StatementOptions } from "./common";
import { buildBalansrakning } from "./balansrakning";
import { buildResultatrakning } from "./resultatrakning";
import { BR, RR } from "./lines";

/**
 * The delårsrapport's resultaträkning and balansräkning (LKBR 13 kap., RKR R17) up to month N, built by the
 * year's own builders over the ledger as it stood at the period's end: the RR of the months 1–N (and the same
 * months of last year, where the ledger has them), the BR at the end of month N (opening balances + the months'
 * movements) beside last year's closing balance sheet. A ledger with only the year's balances is refused.
 */
export interface PeriodStatements {
  rr: ReportModel;
  br: ReportModel;
}

export function buildPeriodStatements(ledger: Ledger, mapping: Mapping, month: number, options: StatementOptions = {}): PeriodStatements {
  requireCurrentYear(ledger);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new FinsamError("forecast.month", { value: month });
  // The whole year is the year's own statements: its balances are the period's, last year's the comparison
  // (a pasted Saldobalans has no months at all).
  const year = ledger.years.find((y) => y.index === 0)!;
  if (month === 12) return named(buildResultatrakning(applyMapping(ledger, mapping), options), buildBalansrakning(applyMapping(ledger, mapping), options), year);
  const months = monthSums(ledger, month);
  if (!months.has(0)) throw new FinsamError("period.noMonths", { value: month });
  const previous = ledger.years.find((y) => y.index === -1);
  const ib0 = ledger.balances.filter((b) => b.year === 0 && b.kind === "ib" && !b.object);
  // Last year's closing balances as the year's BR reads them: #IB 0, else #UB −1 (mapping/apply.ts closingOf).
  const opening = ib0.length > 0 ? ib0 : ledger.balances.filter((b) => b.year === -1 && b.kind === "ub" && !b.object).map((b) => ({ ...b, year: 0, kind: "ib" as const }));
  const moved = months.get(0)!;
  checkMovements(ledger, opening, month);

  // Last year's same months where the ledger has them; else the RR shows the period alone.
  const lastYear = months.get(-1);
  const rrLedger: Ledger = {
    ...ledger,
    years: [endAt(year, month), ...(previous && lastYear ? [endAt(previous, month)] : [])],
    balances: [...moved.result, ...(lastYear ? lastYear.result : [])],
  };
  const brLedger: Ledger = {
    ...ledger,
    years: [endAt(year, month), ...(previous ? [previous] : [])],
    balances: [
      ...opening,
      ...closing(opening, moved.balance),
      ...moved.result,
      ...ledger.balances.filter((b) => b.year === -1),
    ],
  };
  const built = periodResult(buildResultatrakning(applyMapping(rrLedger, mapping), options), RR.aretsResultat.id);
  // RKR R17 compares the period with last year's same months: where the ledger lacks them, the sheet says so.
  const missing = previous && !lastYear ? endAt(previous, month) : undefined;
  const rr = missing ? { ...built, footnotes: [...built.footnotes, `Samma period föregående år (${missing.start} – ${missing.end}) visas inte: huvudboken har inte det årets belopp per månad.`] } : built;
  const br = periodResult(buildBalansrakning(applyMapping(brLedger, mapping), options), BR.ekAretsResultat.id);
  return named(rr, br, endAt(year, month));
}

/** Months 1–N are not the year: their result is the period's (the year's is on the sheet Resultaträkning). */
function periodResult(model: ReportModel, rowId: string): ReportModel {
  return { ...model, rows: model.rows.map((r) => (r.id === rowId ? { ...r, label: "Periodens resultat" } : r)) };
}

/** The titles name the period by its dates, as the column headings do, so a page read alone says its year. */
function named(rr: ReportModel, br: ReportModel, period: FiscalYear): PeriodStatements {
  return {
    rr: { ...rr, id: "delar-resultatrakning", title: `Resultaträkning för delåret ${period.start} – ${period.end}` },
    br: { ...br, id: "delar-balansrakning", title: `Balansräkning vid delårets slut ${period.end}`, footnotes: [...br.footnotes, "Balansen vid delårets slut = ingående balans + månadernas rörelser; jämförelsen är föregående års bokslut."] },
  };
}

type Moved = { result: Balance[]; balance: Balance[] };

/**
 * Each year's months 1–N of actuals, summed per account (and object, for the insats split) as #RES for result
 * accounts and as movements for balance accounts. #PSALDO is read as the month's movement, as the import reads it.
 */
function monthSums(ledger: Ledger, month: number): Map<number, Moved> {
  const t = ledger.periods;
  const sums = new ExactSums();
  const slots = new Map<string, { slot: number; balance: Omit<Balance, "amount" | "kind"> }>();
  const monthOf = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    const year = t.yearAt(i);
    if (t.kindAt(i) !== "actual" || (year !== 0 && year !== -1)) continue;
    const period = t.periodName(t.periodAt(i));
    const key = `${year}\u0000${period}`;
    let m = monthOf.get(key);
    if (m === undefined) monthOf.set(key, (m = monthOfYear(ledger, year, period)));
    if (m < 1 || m > month) continue;
    const account = t.accountName(t.accountAt(i));
    const o = t.objectAt(i);
    const object = o === NO_OBJECT ? undefined : t.objectRef(o);
    const id = `${year}\u0000${account}\u0000${object ? `${object.dimension}\u0000${object.id}` : ""}`;
    let s = slots.get(id);
    if (!s) slots.set(id, (s = { slot: sums.slot(), balance: { year, account, ...(object ? { object: { ...object } } : {}) } }));
    sums.add(s.slot, t.amountAt(i));
  }
  const out = new Map<number, Moved>();
  for (const { slot, balance } of slots.values()) {
    let y = out.get(balance.year);
    if (!y) out.set(balance.year, (y = { result: [], balance: [] }));
    const amount = sums.toDec(slot);
    if (isResultAccount(balance.account, ledger.accounts.get(balance.account))) y.result.push({ ...balance, kind: "res", amount });
    // Movements, not yet balances: closing() adds the opening balance.
    else if (!balance.object) y.balance.push({ ...balance, kind: "ub", amount });
  }
  return out;
}

/** #UB at the period's end: opening balance + the months' movements, per balance account. */
function closing(opening: readonly Balance[], movements: readonly Balance[]): Balance[] {
  const byAccount = new Map<string, Balance>();
  for (const b of opening) byAccount.set(b.account, { year: 0, account: b.account, kind: "ub", amount: b.amount });
  for (const m of movements) {
    const known = byAccount.get(m.account);
    byAccount.set(m.account, { year: 0, account: m.account, kind: "ub", amount: known ? known.amount.plus(m.amount) : m.amount });
  }
  return [...byAccount.values()];
}

/**
 * The months must be movements for the balance sheet to be opening + months: where the ledger gives the year's
 * #UB of a balance account, its opening balance plus all its months must make it. Monthly balances that are not
 * (an exporter writing each month's closing balance) would print a wrong balance sheet: refused, naming the account.
 */
function checkMovements(ledger: Ledger, opening: readonly Balance[], month: number): void {
  const all = monthSums(ledger, 12).get(0)?.balance ?? [];
  const ub = ledger.balances.filter((b) => b.year === 0 && b.kind === "ub" && !b.object);
  const expected = new Map(closing(opening, all).map((b) => [b.account, b.amount]));
  for (const b of ub) {
    // An account with neither opening balance nor months has nothing that could make a closing balance but zero.
    const months = expected.get(b.account) ?? ZERO;
    if (months.equals(b.amount)) continue;
    throw new FinsamError("period.movements", { value: month, account: b.account, months: months.toFixed(), closing: b.amount.toFixed() });
  }
}

/** The fiscal year cut at the end of its month N, so the statements' column headings name the period. */
function endAt(y: FiscalYear, month: number): FiscalYear {
  const [yy, mm] = y.start.split("-").map(Number) as [number, number];
  // Day 0 of the next month is the last day of month N of the financial year.
  const end = new Date(Date.UTC(yy, mm - 1 + month, 0));
  return { ...y, end: end.toISOString().slice(0, 10) };
}
