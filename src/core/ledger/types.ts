import type { Dec } from "../money/decimal";
import type { PeriodTable } from "./periodTable";

/**
 * The ledger as the statements engine sees it, whatever it was imported from (SIE 4, a pasted trial
 * balance, an .xlsx). Amounts follow SIE's sign convention: debit positive, credit negative — so assets and
 * costs are positive, liabilities, equity and income negative. Years use SIE's årsnr: 0 = the current
 * year, −1 = the previous one.
 *
 * Transactions are aggregated on import (per year, account, object and month): a million #TRANS rows must
 * not be held in memory, and every statement needs only sums.
 */
export type AccountType = "T" | "S" | "K" | "I";

/** SIE's account types (#KTYP), as typed in an SIE file or a Saldobalans's Typ column. */
export const isAccountType = (text: string): text is AccountType => text === "T" || text === "S" || text === "K" || text === "I";

/** Result accounts carry #RES, balance accounts #UB: by type (K, I) or, without one, by class 3–8 (BAS and Kommun-Bas alike). */
export function isResultAccount(number: string, account: Account | undefined): boolean {
  if (account?.type) return account.type === "K" || account.type === "I";
  const c = number.charCodeAt(0);
  return c >= 51 && c <= 56;
}

export interface Account {
  number: string;
  name: string;
  /** From #KTYP when present; otherwise derived from the chart (see mapping). */
  type?: AccountType;
}

export interface FiscalYear {
  index: number;
  /** ISO dates, YYYY-MM-DD. */
  start: string;
  end: string;
}

/** An SIE object such as an insats (project, dimension 6) or a kostnadsställe (dimension 1). */
export interface LedgerObject {
  dimension: number;
  id: string;
  name: string;
}

export type BalanceKind = "ib" | "ub" | "res";

export interface Balance {
  year: number;
  account: string;
  kind: BalanceKind;
  amount: Dec;
  /** Set for #OIB/#OUB and object-level sums; absent for the account total. */
  object?: { dimension: number; id: string };
}

/** Monthly figure: #PSALDO (actual) or #PBUDGET (budget), or a #TRANS sum per month. */
export interface PeriodAmount {
  year: number;
  /** YYYYMM */
  period: string;
  account: string;
  kind: "actual" | "budget";
  amount: Dec;
  object?: { dimension: number; id: string };
}

export interface Ledger {
  companyName: string;
  orgNumber?: string;
  /** #KPTYP, e.g. "BAS2024" or "KOMMUNBAS". */
  chartType?: string;
  years: FiscalYear[];
  /** Keyed by account number. A Map, never a plain object: identifiers come from files. */
  accounts: Map<string, Account>;
  dimensions: Map<number, string>;
  /** Keyed by `${dimension}\u0000${id}`. */
  objects: Map<string, LedgerObject>;
  /** Account-level #IB/#UB/#RES (as in the file, or derived from #TRANS when the file has none). */
  balances: Balance[];
  /** Monthly amounts, columnar (see PeriodTable); iterating it gives PeriodAmounts. */
  periods: PeriodTable;
}

export const objectKey = (dimension: number, id: string): string => `${dimension}\u0000${id}`;
