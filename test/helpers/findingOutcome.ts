import type { Finding } from "../../src/core/checks/finding";
import type { ReportModel } from "../../src/core/report/model";

/** Each finding as "id status difference", for comparing two runs of the checks. */
export const outcome = (findings: readonly Finding[], rename: ReadonlyMap<string, string> = new Map()) =>
  findings.map((f) => `${renameRows(f.id, rename)} ${f.status} ${f.difference?.toString() ?? ""}`);

/** The failing findings' ids (renamed as above) → difference. */
export const failures = (findings: readonly Finding[], rename: ReadonlyMap<string, string> = new Map()) =>
  new Map(findings.filter((f) => f.status === "fail").map((f) => [renameRows(f.id, rename), f.difference?.toString() ?? null]));

/**
 * Row ids a sheet cannot carry (an insats's SIE object id, a note line's name), from the ids one reading gave
 * to those another gave the same printed label: so two runs are compared row for row.
 */
export function rowIdsByLabel(from: ReportModel, to: ReportModel): Map<string, string> {
  const byLabel = new Map(to.rows.map((r) => [r.label, r.id]));
  return new Map(from.rows.flatMap((r) => (byLabel.has(r.label) && byLabel.get(r.label) !== r.id ? [[r.id, byLabel.get(r.label)!]] : [])));
}

/** A finding id with each row id part renamed. */
export function renameRows(id: string, rename: ReadonlyMap<string, string>): string {
  return id.split(":").map((part) => rename.get(part) ?? part).join(":");
}
