import { Dec } from "../../../src/core/money/decimal";
import type { ReportModel, ReportRow } from "../../../src/core/report/model";
import { DRIFT, driftInsatsId } from "../../../src/core/statements/lines";

/** A cell of a model as a plain string (exact kronor), for assertions. */
export function cell(model: ReportModel, rowId: string, column: string): string | null {
  const row = model.rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`row ${rowId} missing in ${model.id}`);
  const v = row.values[column];
  return v === undefined || v === null ? null : v.toString();
}

export function rowIds(model: ReportModel): string[] {
  return model.rows.map((r) => r.id);
}

/** A driftsredovisning with the given insatser under Individinriktade and Strukturinriktade insatser (kostnad in kr). */
export function driftWith(individ: [string, number][], struktur: [string, number][] = []): ReportModel {
  const rows: ReportRow[] = [];
  for (const [area, insatser] of [[DRIFT.individ, individ], [DRIFT.struktur, struktur]] as const) {
    for (const [id, kostnad] of insatser) rows.push({ id: driftInsatsId(id), label: `${id}-insatsen`, kind: "line", level: 1, values: { kostnad: new Dec(kostnad) } });
    rows.push({ id: area.id, label: area.label, kind: "subtotal", level: 0, values: {}, sumOf: insatser.map(([id]) => driftInsatsId(id)) });
  }
  return { id: "driftsredovisning", title: "Driftsredovisning 2019", unit: "tkr", columns: [], rows, footnotes: [] };
}

