import { applyMapping, type MappedLedger } from "../../../src/core/mapping/apply";
import { ledgerBudget, type FinsamInputs } from "../../../src/core/reports/buildAll";
import type { ReportModel } from "../../../src/core/report/model";
import { SHEET_NAMES } from "../../../src/core/report/sheetNames";
import type { SheetDescription } from "../../../src/core/sheet/description";
import { renderReport } from "../../../src/core/sheet/render";
import { buildDriftsredovisning } from "../../../src/core/statements/driftsredovisning";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";

/**
 * What the formula-template peer (peer.ts) builds: the driftsredovisning and the resultaträkning, with the
 * core's own builders and renderer as "Bygg alla rapporter" runs them, and nothing else (no other sheet, no
 * check; the RR without its note column, which the peer has not either). The peer's ratio compares this, the
 * same work, and the whole build beside it.
 */
export function peerReports(inputs: FinsamInputs): { mapped: MappedLedger; drift: ReportModel; rr: ReportModel; sheets: SheetDescription[] } {
  const { unit, thresholds, name } = inputs.settings;
  const mapped = applyMapping(inputs.ledger, inputs.mapping);
  const drift = buildDriftsredovisning(mapped, inputs.budget ?? ledgerBudget(inputs), { unit });
  const rr = buildResultatrakning(mapped, { unit });
  const sheets = [
    renderReport(drift, { sheetName: SHEET_NAMES.driftsredovisning, unit, thresholds, pageHeader: name }),
    renderReport(rr, { sheetName: SHEET_NAMES.resultatrakning, unit, thresholds, pageHeader: name }),
  ];
  return { mapped, drift, rr, sheets };
}
