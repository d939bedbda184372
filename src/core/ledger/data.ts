import { Dec } from "../money/decimal";
import { PeriodTable, type PeriodTableData } from "./periodTable";
import type { Balance, Ledger } from "./types";

/**
 * A Ledger as plain data, for a structured clone (postMessage from the Web Worker that parses an SIE file):
 * the clone keeps Maps and arrays but no class, so the PeriodTable travels as its columns and each Dec as its
 * exact decimal string.
 */
export interface LedgerData extends Omit<Ledger, "balances" | "periods"> {
  balances: (Omit<Balance, "amount"> & { amount: string })[];
  periods: PeriodTableData;
}

export function ledgerToData(ledger: Ledger): LedgerData {
  return { ...ledger, balances: ledger.balances.map((b) => ({ ...b, amount: b.amount.toString() })), periods: ledger.periods.toData() };
}

export function ledgerFromData(data: LedgerData): Ledger {
  return { ...data, balances: data.balances.map((b) => ({ ...b, amount: new Dec(b.amount) })), periods: PeriodTable.fromData(data.periods) };
}
