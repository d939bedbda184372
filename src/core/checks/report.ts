import type { ReportModel, ReportRow } from "../report/model";
import { formatAmount, type CheckStatus, type Finding } from "./finding";

/** The pane's words: a failed check "stämmer inte" ("avvikelse" is a budget deviation). */
export const STATUS_LABEL_SV: Record<CheckStatus, string> = { pass: "Stämmer", fail: "Stämmer inte", "not-applicable": "Kan inte prövas" };

/**
 * The findings as a "Kontroller" table for the minutes: one row per check, failures first. Differens and
 * tolerans are kronor, printed to the öre (text for procentenheter); the row's `sources` are the cells involved, as
 * "<table>|<row id>|<column>", for the UI to select.
 */
export function checksReport(findings: readonly Finding[]): ReportModel {
  const order: Record<CheckStatus, number> = { fail: 0, pass: 1, "not-applicable": 2 };
  const sorted = [...findings].sort((a, b) => order[a.status] - order[b.status]);
  const rows = sorted.map((f): ReportRow => {
    const amount = (v: Finding["difference"]) => (v === null ? null : f.unit === "kr" ? v : formatAmount(v, "procent"));
    return {
      id: f.id,
      label: f.title.sv,
      kind: "line",
      level: 0,
      values: {
        jamfort: f.compared ?? f.explanation.sv,
        differens: amount(f.difference),
        tolerans: amount(f.tolerance),
        status: STATUS_LABEL_SV[f.status],
      },
      flags: { status: f.status === "fail" ? "critical" : "ok" },
      sources: f.refs.map((r) => `${r.table}|${r.row}|${r.column}`),
    };
  });
  const failed = findings.filter((f) => f.status === "fail").length;
  return {
    id: "kontroller",
    title: "Kontroller",
    // Kronor to the öre: a tolerance is often a fraction of a krona (±0,02 kr), which whole kronor print as 0.
    unit: "ore",
    columns: [
      { id: "jamfort", heading: "Jämfört", kind: "text" },
      { id: "differens", heading: "Differens", kind: "amount" },
      { id: "tolerans", heading: "Tolerans", kind: "amount" },
      { id: "status", heading: "Status", kind: "text" },
    ],
    rows,
    footnotes: [
      `${findings.length} kontroller: ${failed} stämmer inte, ${findings.filter((f) => f.status === "pass").length} stämmer, ${findings.filter((f) => f.status === "not-applicable").length} kan inte prövas.`,
      "Tolerans: ±0,5 avrundningsenhet per avrundat belopp som ingår i jämförelsen.",
    ],
  };
}
