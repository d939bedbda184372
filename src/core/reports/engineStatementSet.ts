import type { UnitName } from "../money/units";
import { UNITS } from "../money/units";
import type { ReportModel } from "../report/model";
import type { NoteTable, StatementSet, StatementTable } from "../checks/statementSet";
import { NOTE, RR } from "../statements/lines";

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
  incomeNote: ReportModel;
  costNote: ReportModel;
}

/**
 * The notes' numbers and the RR lines each explains: printed in the note's title and the RR's Not column, and
 * the numbers Kontroller names them by ("Not 1 summa"), so a reader finds the note a check speaks of.
 */
export const NOTES = {
  income: { number: "1", rrRows: [RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id] },
  cost: { number: "2", rrRows: [RR.kostnader.id] },
} as const;

/** The RR's Not column: each line's note number. */
export const RR_NOTE_NUMBERS: Record<string, string> = Object.fromEntries(Object.values(NOTES).flatMap((n) => n.rrRows.map((id) => [id, n.number])));

export function engineStatementSet(s: EngineStatements): StatementSet {
  const table = (model: ReportModel): StatementTable => ({ model, statedUnit: s.unit, step: UNITS.ore });
  const notes: NoteTable[] = [
    // Notes print amounts positive: income as in the RR, costs opposite to the RR's negative line.
    { ...table(s.incomeNote), number: NOTES.income.number, totalRow: NOTE.intakterSumma.id, explains: { table: "rr", rows: [...NOTES.income.rrRows], sign: 1 } },
    { ...table(s.costNote), number: NOTES.cost.number, totalRow: NOTE.kostnaderSumma.id, explains: { table: "rr", rows: [...NOTES.cost.rrRows], sign: -1 } },
  ];
  return {
    year: s.year,
    rr: table(s.rr),
    br: table(s.br),
    ...(s.kfa ? { kfa: table(s.kfa) } : {}),
    drift: { ...table(s.drift), deviation: { basis: "netto", direction: "utfall-budget" } },
    fy: table(s.fy),
    notes,
  };
}
