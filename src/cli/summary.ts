import { Dec } from "../core/money/decimal";
import type { BuildResult } from "../core/reports/buildAll";
import type { Finding } from "../core/checks/finding";
import type { ReportModel, ReportRow } from "../core/report/model";
import type { Settings } from "../core/inputs/settings";
import { GOAL_ROWS } from "../core/statements/finansiellaMal";
import { OUTLOOK_ROWS } from "../core/statements/prognosMal";
import { FLERAR, RR } from "../core/statements/lines";
import { yearName } from "../core/statements/common";
import { kronor, percent } from "../core/money/format";

/** The key figures and flags of a build, as Swedish lines for the terminal. */
export function keyFigures(result: BuildResult, settings: Settings): string[] {
  const model = (id: string) => result.models.find((m) => m.id === id);
  const row = (m: ReportModel | undefined, id: string) => m?.rows.find((r) => r.id === id);
  const dec = (r: ReportRow | undefined, column: string) => {
    const v = r?.values[column];
    return v instanceof Dec ? v : undefined;
  };
  const text = (r: ReportRow | undefined, column: string) => String(r?.values[column] ?? "");
  const goals = model("finansiella-mal");
  const lines: string[] = [];

  const result0 = dec(row(model("resultatrakning"), RR.aretsResultat.id), "current");
  if (result0) lines.push(`Årets resultat: ${kronor(result0)}`);
  const equity = row(goals, GOAL_ROWS.egetKapital);
  if (equity) lines.push(`Eget kapital: ${kronor(dec(equity, "outcome")!)} mot taket ${kronor(dec(equity, "limit")!)} (${settings.equityRule.label}): ${text(equity, "status")}`);
  const admin = row(goals, GOAL_ROWS.administration);
  // A goal that cannot be tested (no costs of that kind) has no ratio: its status says why.
  const ratio = (r: ReportRow) => {
    const value = dec(r, "ratio");
    return value ? `${percent(value)} ` : "";
  };
  if (admin && settings.adminLimit) lines.push(`Administrationsandel: ${ratio(admin)}mot högst ${percent(settings.adminLimit)}: ${text(admin, "status")}`);
  const individ = row(goals, GOAL_ROWS.fordelning);
  if (individ && settings.minIndividualShare) lines.push(`Individandel: ${ratio(individ)}mot minst ${percent(settings.minIndividualShare)}: ${text(individ, "status")}`);
  const fy = model("flerarsoversikt");
  // The year reported on: the overview's columns run newest first and may hold typed earlier years.
  const soliditet = dec(row(fy, FLERAR.soliditet.id), yearName(result.mapped.ledger, 0));
  if (soliditet) lines.push(`Soliditet: ${percent(soliditet)}`);

  const followUp = model("budgetuppfoljning");
  if (followUp) {
    const flags = followUp.rows.flatMap((r) => Object.values(r.flags ?? {}));
    const count = (s: string) => flags.filter((f) => f === s).length;
    const critical = count("critical");
    const warning = count("warning");
    lines.push(`Budgetavvikelser: ${critical} ${critical === 1 ? "kritisk" : "kritiska"}, ${warning} ${warning === 1 ? "varning" : "varningar"} (${followUp.title})`);
    const outlook = model("prognos-mal");
    const closing = dec(row(outlook, OUTLOOK_ROWS.utgaendeEk), "outcome");
    const goalsByForecast = (outlook?.rows ?? []).filter((r) => typeof r.values.status === "string").map((r) => `${r.label}: ${text(r, "status")}`);
    lines.push(`Prognos (t.o.m. månad ${settings.month}): eget kapital vid årets slut ${closing ? kronor(closing) : "okänt"}; ${goalsByForecast.join("; ")}`);
  } else {
    lines.push("Budgetavvikelser: ingen budget (varken bladet Budget eller #PBUDGET)");
  }
  lines.push(checkCounts(result.findings));
  return lines;
}

/** "Kontroller: 25 stämmer, 1 stämmer inte, 3 kan inte prövas." */
export function checkCounts(findings: readonly Finding[]): string {
  const count = (s: Finding["status"]) => findings.filter((f) => f.status === s).length;
  return `Kontroller: ${count("pass")} stämmer, ${count("fail")} stämmer inte, ${count("not-applicable")} kan inte prövas.`;
}

/** The failed checks, each with its explanation. */
export function failedChecks(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.status === "fail").map((f) => `  FEL ${f.title.sv}: ${f.explanation.sv}`);
}
