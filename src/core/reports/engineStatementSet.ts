import type { UnitName } from "../money/units";
import { UNITS } from "../money/units";
import type { ReportModel } from "../report/model";
import type { NoteTable, StatementSet, StatementTable } from "../checks/statementSet";
import type { Bilingual } from "../checks/finding";
import type { PeriodStatements } from "../statements/periodStatements";
import { NOTE, ROLL_FORWARDS, RR } from "../statements/lines";
import { BALANCE_NOTE_LINES, type BalanceNote } from "../statements/balanceNotes";
import { FOLLOW_UP_DEVIATION } from "../statements/budgetuppfoljning";

/**
 * The engine's own statements as input to the cross-checks. Engine amounts are exact kronor, so the
 * rounding step is one öre; the checks then prove that the built tables tie to each other exactly.
 */
export interface EngineStatements {
  year: number;
  unit: UnitName;
  rr: ReportModel;
  br: ReportModel;
  /** Absent when it could not be built (no opening balances): its checks then cannot be tested. */
  kfa?: ReportModel;
  drift: ReportModel;
  fy: ReportModel;
  /** Finansiella mål. */
  goals: ReportModel;
  incomeNote: ReportModel;
  costNote: ReportModel;
  /** The balance-sheet notes the ledger has figures for. */
  balanceNotes: readonly BalanceNote[];
  /** Budgetuppföljning and Prognos finansiella mål: absent without a budget. */
  followUp?: ReportModel;
  outlook?: ReportModel;
  /** Inställningar's month: the follow-up's, its goals forecast's and the delår statements'. */
  month?: number;
  /** Resultaträkning and Balansräkning delår, or why they were left out; absent: no delår checks. */
  interim?: InterimOutcome;
  /** Måluppfyllelse insatser: absent without rows on the Insatsmål sheet. */
  goalFulfilment?: ReportModel | undefined;
}

export type InterimOutcome = { built: PeriodStatements } | { leftOut: Bilingual };

/**
 * The notes' numbers and the RR lines each explains: printed in the note's title and the RR's Not column, and
 * the numbers Kontroller names them by ("Not 1 summa"), so a reader finds the note a check speaks of.
 */
export const NOTES = {
  // Notes print amounts positive: income as in the RR, costs opposite to the RR's negative line.
  income: { number: "1", totalRow: NOTE.intakterSumma.id, rrRows: [RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id], sign: 1 },
  cost: { number: "2", totalRow: NOTE.kostnaderSumma.id, rrRows: [RR.kostnader.id], sign: -1 },
} as const;

/** How a note ties to the statement, as the checks read it: its total row, and the lines it explains. */
export type NoteTie = Pick<NoteTable, "totalRow" | "explains">;
export const rrNoteTie = (n: (typeof NOTES)[keyof typeof NOTES]): NoteTie => ({ totalRow: n.totalRow, explains: { table: "rr", rows: [...n.rrRows], sign: n.sign } });
export const brNoteTie = (n: { totalRow: string; brLine: string }): NoteTie => ({ totalRow: n.totalRow, explains: { table: "br", rows: [n.brLine], sign: 1 } });

/**
 * Not Kostnader för räkenskapsrevision, then the balance-sheet notes in the balance sheet's order: Stockholm 2022
 * prints them so, after the RR's (Not 4 revision, Not 5 inventarier, Not 6 fordringar, Not 7 skulder).
 */
export const AUDIT_NOTE_NUMBER = "3";
/** The first balance-sheet note's number when the revision note is printed: the notes a ledger has are numbered on from it (buildBalanceNotes). */
export const FIRST_BALANCE_NOTE = Number(AUDIT_NOTE_NUMBER) + 1;
/**
 * The first balance-sheet note's number in a build: without a revision note the balance-sheet notes take its number,
 * so the notes run on without a gap (Roslagen 2022: Not 2 kostnader, Not 3 fordringar, Not 4 skulder, seed 003:796–812).
 */
export const firstBalanceNote = (withAudit: boolean): number => (withAudit ? FIRST_BALANCE_NOTE : Number(AUDIT_NOTE_NUMBER));
/** Every number a balance-sheet note can have, in the balance sheet's order: each note's when all are printed. */
export const BALANCE_NOTE_NUMBERS: readonly string[] = Object.keys(BALANCE_NOTE_LINES).map((_, i) => String(FIRST_BALANCE_NOTE + i));

/** The BR's Not column, for the notes a build has (a zero line has none). */
export function brNoteNumbers(notes: readonly BalanceNote[]): Record<string, string> {
  return Object.fromEntries(notes.map((n) => [n.brLine, n.number]));
}

/**
 * The RR's Not column: each line's note number, the revision note's beside Not 2's when the build has it ("2, 3"),
 * and on Avskrivningar the roll-forward notes that print its årets avskrivningar, as Stockholm 2022 refers its
 * Avskrivningar to Not 5 Inventarier (seed 002, line 1788).
 */
export function rrNoteNumbers(withAudit: boolean, balanceNotes: readonly BalanceNote[]): Record<string, string> {
  const numbers: Record<string, string> = Object.fromEntries(Object.values(NOTES).flatMap((n) => n.rrRows.map((id) => [id, n.number])));
  if (withAudit) numbers[RR.kostnader.id] = `${numbers[RR.kostnader.id]}, ${AUDIT_NOTE_NUMBER}`;
  const depreciation = balanceNotes.filter((n) => n.model.rows.some((r) => ROLL_FORWARDS.some((l) => l.avskrivningar.id === r.id)));
  if (depreciation.length > 0) numbers[RR.avskrivningar.id] = depreciation.map((n) => n.number).join(", ");
  return numbers;
}

const engineTable = (model: ReportModel, unit: UnitName): StatementTable => ({ model, statedUnit: unit, step: UNITS.ore });

/** The balance-sheet notes as the checks read them: each note's total is its BR line. */
export function balanceNoteTables(notes: readonly BalanceNote[], unit: UnitName): NoteTable[] {
  return notes.map((n) => ({ ...engineTable(n.model, unit), number: n.number, ...brNoteTie(n) }));
}

export function engineStatementSet(s: EngineStatements): StatementSet {
  const table = (model: ReportModel): StatementTable => engineTable(model, s.unit);
  const notes: NoteTable[] = [
    { ...table(s.incomeNote), number: NOTES.income.number, ...rrNoteTie(NOTES.income) },
    { ...table(s.costNote), number: NOTES.cost.number, ...rrNoteTie(NOTES.cost) },
    ...balanceNoteTables(s.balanceNotes, s.unit),
  ];
  return {
    year: s.year,
    rr: table(s.rr),
    br: table(s.br),
    ...(s.kfa ? { kfa: table(s.kfa) } : {}),
    drift: { ...table(s.drift), deviation: { basis: "netto", direction: "utfall-budget" } },
    fy: table(s.fy),
    fmal: table(s.goals),
    notes,
    ...(s.followUp && s.outlook ? { uppf: { ...table(s.followUp), month: s.month, deviation: FOLLOW_UP_DEVIATION }, prognos: { ...table(s.outlook), month: s.month } } : {}),
    ...(s.interim && "built" in s.interim ? { delrr: { ...table(s.interim.built.rr), month: s.month }, delbr: { ...table(s.interim.built.br), month: s.month } } : {}),
    ...(s.interim && "leftOut" in s.interim ? { interimLeftOut: s.interim.leftOut } : {}),
    ...(s.goalFulfilment ? { mal: table(s.goalFulfilment) } : {}),
  };
}
