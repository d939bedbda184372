import type { Dec } from "../money/decimal";
import type { UnitName } from "../money/units";
import type { ReportModel } from "../report/model";
import type { Bilingual } from "./finding";

/**
 * The input of the cross-checks: any set of statements, engine-built or typed by hand from a printed report.
 * Rows are looked up by the canonical ids of statements/lines.ts (plus the few totals of checks/structure.ts).
 */

/**
 * Tables a check can refer to: the statements, notes as "not:<number>", the budget follow-up ("uppf") with the
 * forecast of the financial goals ("prognos"), the delårsrapport's RR and BR ("delrr", "delbr"), Måluppfyllelse
 * insatser ("mal") and Finansiella mål ("fmal").
 */
export type TableKey = "rr" | "br" | "kfa" | "drift" | "fy" | "uppf" | "prognos" | "delrr" | "delbr" | "mal" | "fmal" | `not:${string}`;
type OwnTable = Exclude<TableKey, `not:${string}`>;

export type DeviationDirection = "utfall-budget" | "budget-utfall";

export interface StatementTable {
  /** Amounts in kronor as read under `model.unit` (for a typed table: the printed figure × the heading's unit). */
  model: ReportModel;
  /** The unit the table's heading states ("Belopp i kr" → "kr"); null when the heading names none. */
  statedUnit: UnitName | null;
  /** Rounding step of the printed figures in kronor as read (14 600,0 under "kr" → 0,1; under "tkr" → 100). */
  step: Dec;
  /**
   * The documented avvikelse convention (column heading, footnote). Without it the checks take the
   * convention most rows follow. `basis` is the outcome column avvikelse is computed on (netto, kostnad, current).
   */
  deviation?: { basis?: string; direction?: DeviationDirection };
  /** The last month of the financial year the figures run to, where the table states it (follow-up, goals forecast, delår). */
  month?: number;
}

export interface NoteTable extends StatementTable {
  /** Note number as printed ("1", "2"); the table key is "not:<number>". */
  number: string;
  /** The row whose amount the note explains (its Summa row). */
  totalRow: string;
  /** Statement rows the note's total equals; sign −1 for costs (RR negative, the note either way: compared by magnitude). */
  explains: { table: "rr" | "br"; rows: string[]; sign: 1 | -1 };
}

/** One amount: a row of a table in one column, with a sign for use in sums. */
export interface Term {
  table: TableKey;
  row: string;
  column: string;
  sign?: 1 | -1;
}

/**
 * A figure stated in running text ("13 procent", "ca 8 miljoner"), with what the text claims it is:
 * percent = 100 × Σ numerator / Σ denominator; an amount = Σ numerator + offset.
 */
export interface StatedFigure {
  id: string;
  /** The text as printed, e.g. "De administrativa kostnaderna uppgår till totalt 13 procent". */
  text: string;
  /** Where it is printed, e.g. "s. 12" or a seed line. */
  source?: string;
  value: Dec;
  unit: "procent" | "kr" | "tkr" | "mnkr";
  /** Decimals as printed: "17,8" → 1, "13" → 0. */
  decimals: number;
  /** What the text claims, in Swedish ("administrationens andel av kostnaderna"). */
  claim: string;
  numerator: Term[];
  denominator?: Term[];
  /** Added to the numerator (kronor), e.g. minus an equity ceiling. */
  offset?: Dec;
}

/** An amount known independently of the printed tables (e.g. member contributions from the ledger). */
export interface KnownAmount {
  term: Term;
  amountKr: Dec;
  source: string;
}

export interface StatementSet {
  /** The report's year: column "current" of RR/BR/KFA, and the five-year table's column `String(year)`. */
  year: number;
  rr?: StatementTable;
  br?: StatementTable;
  kfa?: StatementTable;
  drift?: StatementTable;
  /** Flerårsöversikt: rows fy.*, columns the years; fy.soliditet in percent as printed (30,12). */
  fy?: StatementTable;
  notes?: NoteTable[];
  stated?: StatedFigure[];
  /** Budgetuppföljning and Prognos finansiella mål: their units and sums as the statements', and their own ties (checks/followUp.ts, outlook.ts). */
  uppf?: StatementTable;
  prognos?: StatementTable;
  /** Resultaträkning delår and Balansräkning delår: their ties (checks/interim.ts), as uppf and prognos. */
  delrr?: StatementTable;
  delbr?: StatementTable;
  /** Finansiella mål: each goal's Gräns against the rule its Mål text states, as Prognos finansiella mål's (checks/goals.ts). */
  fmal?: StatementTable;
  /** Måluppfyllelse insatser: each stated share against its "x av y", and cost against participants (checks/insatser.ts). */
  mal?: StatementTable;
  /** Why the delår tables are not there (month 12 is the year's own RR and BR; a ledger without months): their checks say so. */
  interimLeftOut?: Bilingual;
  /** Equity changes other than årets resultat (kronor), stated in the report. */
  otherEquityChanges?: Dec;
  knownAmounts?: KnownAmount[];
}

export function tableOf(set: StatementSet, key: TableKey): StatementTable | undefined {
  if (key.startsWith("not:")) return set.notes?.find((n) => `not:${n.number}` === key);
  return set[key as OwnTable];
}

/** All tables of the set with their keys, statements first. */
export function tablesOf(set: StatementSet): [TableKey, StatementTable][] {
  const out: [TableKey, StatementTable][] = [];
  for (const key of ["rr", "br", "kfa", "drift", "fy"] as const) {
    const t = set[key];
    if (t) out.push([key, t]);
  }
  for (const n of set.notes ?? []) out.push([`not:${n.number}`, n]);
  return out;
}

/** The delårsrapport's RR and BR: their units and sums are checked as the year's are (structureTablesOf). */
export const INTERIM_KEYS = ["delrr", "delbr"] as const;
export type InterimKey = (typeof INTERIM_KEYS)[number];
const isInterim = (key: TableKey): key is InterimKey => (INTERIM_KEYS as readonly string[]).includes(key);

/**
 * The tables whose unit heading and sums are checked: the statements and notes, then the delår RR and BR, then
 * Budgetuppföljning (its areas and Resultat are sums; its budget the driftsredovisning's, which tells its unit) and
 * Prognos finansiella mål (its year-end equity is a sum; its opening equity the BR's).
 */
export function structureTablesOf(set: StatementSet): [TableKey, StatementTable][] {
  return [...tablesOf(set), ...[...INTERIM_KEYS, "uppf" as const, "prognos" as const].flatMap((k): [TableKey, StatementTable][] => (set[k] ? [[k, set[k]]] : []))];
}

/** A check's id on a table: a delår table's is the year's check id prefixed "delar:", as every delår check is. */
export const checkId = (key: TableKey, id: string): string => (isInterim(key) ? `delar:${id}` : id);
