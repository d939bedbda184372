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
  kfa: ReportModel;
  drift: ReportModel;
  fy: ReportModel;
  incomeNote: ReportModel;
  costNote: ReportModel;
}

export function engineStatementSet(s: EngineStatements): StatementSet {
  const table = (model: ReportModel): StatementTable => ({ model, statedUnit: s.unit, step: UNITS.ore });
  const notes: NoteTable[] = [
    // Notes print amounts positive: income as in the RR, costs opposite to the RR's negative line.
    { ...table(s.incomeNote), number: "1", totalRow: NOTE.intakterSumma.id, explains: { table: "rr", rows: [RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id], sign: 1 } },
    { ...table(s.costNote), number: "2", totalRow: NOTE.kostnaderSumma.id, explains: { table: "rr", rows: [RR.kostnader.id], sign: -1 } },
  ];
  return {
    year: s.year,
    rr: table(s.rr),
    br: table(s.br),
    kfa: table(s.kfa),
    drift: { ...table(s.drift), deviation: { basis: "netto", direction: "utfall-budget" } },
    fy: table(s.fy),
    notes,
  };
}
