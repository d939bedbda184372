import { ZERO, sumBy, type Dec } from "../money/decimal";
import type { Balance } from "../ledger/types";
import { closingOf, kindSum, lineSum, type MappedCell, type MappedLedger } from "../mapping/apply";
import { BR_ASSET_LINES, RR_LEAF_LINES } from "../mapping/targets";
import { IMMATERIAL_DEPRECIATION_NOTE } from "../mapping/defaultNotes";
import { BR, RR } from "./lines";
import { hasYear } from "./common";

/**
 * Printed figures from a mapped ledger. The ledger is debit-positive; the statements print income, equity
 * and liabilities positive and RR costs negative, so RR lines and BR claims are −(ledger sum).
 */
const ASSET_IDS: ReadonlySet<string> = new Set(BR_ASSET_LINES.map((l) => l.id));

export function rrLine(m: MappedLedger, line: string, year: number): Dec {
  return lineSum(m, line, "res", year).negated();
}

/** Whether a BR line has any balance in the ledger (a note on it is printed then, balanceNotes.ts). */
export function hasBalanceOn(m: MappedLedger, line: string): boolean {
  return m.cells.some((c) => c.line === line && c.kind !== "res" && !c.amount.isZero());
}

/**
 * A year's avskrivningar on immateriella anläggningstillgångar, or (`immaterial` false) on the rest, negative as the
 * RR prints them: its avskrivningar split by Kontomappning's note line, as Not Immateriella and Not Inventarier are.
 * In a ledger with no immateriella anläggningstillgångar, avskrivningar on an account marked as theirs (Kommun-Bas
 * 681 is marked by a guess) are the rest's: else the kassaflödesanalys would invest in assets the BR has none of.
 */
export function depreciationOn(m: MappedLedger, immaterial: boolean, year: number): Dec {
  const marks = hasBalanceOn(m, BR.immateriella.id);
  return sumBy(m.cells, (c) => c.amount, (c) => c.line === RR.avskrivningar.id && c.kind === "res" && c.year === year && (marks && c.note === IMMATERIAL_DEPRECIATION_NOTE) === immaterial).negated();
}

/** Årets resultat as the RR adds it up: the sum of its mapped lines. */
export function resultOf(m: MappedLedger, year: number): Dec {
  return RR_LEAF_LINES.reduce((t, l) => t.plus(rrLine(m, l.id, year)), ZERO);
}

/**
 * Whether a year's closing balances are in the file: its #UB, or the next year's #IB (as closingOf reads them).
 * A year the file only names (#RAR -1, or its #RES alone) has none: its balances would read as zero.
 */
export function closingKnown(m: MappedLedger, year: number): boolean {
  return m.ledger.balances.some((b) => (b.kind === "ub" && b.year === year) || (b.kind === "ib" && b.year === year + 1));
}

/**
 * Whether a year's result is in the ledger: its #RES, or the #RES the import derived from its #TRANS or
 * #PSALDO. A year with balances alone (#UB -1 but no #RES -1) would print zero income, costs and result.
 * The current year's balances that need no result (ΣUB 0: nothing booked yet, or a Saldobalans of balance
 * accounts) have a zero one, which every statement prints alike; the build refuses the year whose balances need one.
 */
export function resultKnown(m: MappedLedger, year: number): boolean {
  let years = resultYears.get(m.ledger.balances);
  if (!years) resultYears.set(m.ledger.balances, (years = new Set(m.ledger.balances.filter((b) => b.kind === "res" && !b.object).map((b) => b.year))));
  return years.has(year) || (year === 0 && kindSum(m, "ub", 0).isZero());
}

/** The years with a result, once per ledger: every equity figure asks. */
const resultYears = new WeakMap<readonly Balance[], ReadonlySet<number>>();

/** A previous year the ledger names but has no result for: its result columns are left out, not printed as zeros. */
export function previousResultMissing(m: MappedLedger): boolean {
  return hasYear(m.ledger, -1) && !resultKnown(m, -1);
}

export function brLine(m: MappedLedger, line: string, year: number): Dec {
  const c = closingOf(m, year);
  const s = lineSum(m, line, c.kind, c.year);
  return ASSET_IDS.has(line) ? s : s.negated();
}

/**
 * Total eget kapital at a year's end. With #UB before closing, the year's result still sits in the
 * result accounts, so it is added (−ΣRES); after a closing voucher (8999/2099) ΣRES is zero and the result
 * is already in the equity accounts. An #IB taken as the previous year's close is always after closing.
 * The BR therefore balances exactly when the ledger does (ΣUB + ΣRES = 0). Without the year's #RES, ΣRES is
 * what balances the ledger, −ΣUB: the total is still known, only its split into årets resultat is not.
 */
export function equityTotal(m: MappedLedger, year: number): Dec {
  const c = closingOf(m, year);
  const accounts = lineSum(m, BR.egetKapital.id, c.kind, c.year).negated();
  if (c.kind !== "ub") return accounts;
  return resultKnown(m, year) ? accounts.minus(kindSum(m, "res", year)) : accounts.plus(kindSum(m, "ub", year));
}

/** Whether any mapping rule sends amounts to the line (so an optional line is printed even when zero). */
export function isTargeted(m: MappedLedger, line: string): boolean {
  return m.mapping.rules.some((r) => r.line === line);
}

/** Each line's accounts, sorted, once per mapped ledger (its cells never change): every RR and BR line asks. */
const lineAccounts = new WeakMap<readonly MappedCell[], Map<string, string[]>>();

/** Accounts that make up a line, for drill-down. */
export function sourcesOf(m: MappedLedger, line: string): string[] {
  let byLine = lineAccounts.get(m.cells);
  if (!byLine) {
    const accounts = new Map<string, Set<string>>();
    for (const c of m.cells) {
      if (c.line === undefined) continue;
      const set = accounts.get(c.line);
      if (set) set.add(c.account);
      else accounts.set(c.line, new Set([c.account]));
    }
    byLine = new Map([...accounts].map(([id, set]) => [id, [...set].sort()]));
    lineAccounts.set(m.cells, byLine);
  }
  return [...(byLine.get(line) ?? [])];
}
