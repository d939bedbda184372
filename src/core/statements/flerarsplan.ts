import type { Dec } from "../money/decimal";
import { UNITS } from "../money/units";
import { isFinsamError } from "../errors";
import { message } from "../messages/index";
import type { ReportColumn, ReportModel, ReportRow } from "../report/model";
import { splitContributions, type FundingModel } from "../rules/contributions";
import { equityCap, type EquityCapRule } from "../rules/equityCap";
import { adminRatio } from "../rules/ratios";
import type { PlanYear } from "../inputs/planSheet";
import { ACTUAL_WORDING } from "./finansiellaMal";
import { DRIFT } from "./lines";
import { DEFAULT_UNIT, amountColumn, unitFootnote, type StatementOptions } from "./common";

export const PLAN_ROWS = {
  intakter: "plan.intakter",
  medlemsavgifter: "plan.medlemsavgifter",
  ovriga: "plan.ovriga",
  summaIntakter: "plan.summa-intakter",
  kostnader: "plan.kostnader",
  individ: "plan.individ",
  struktur: "plan.struktur",
  administration: "plan.administration",
  summaKostnader: "plan.summa-kostnader",
  resultat: "plan.resultat",
  egetKapital: "plan.eget-kapital",
  ingaende: "plan.ingaende-ek",
  utgaende: "plan.utgaende-ek",
  mal: "plan.mal",
  ekGrans: "plan.ek-grans",
  ekMal: "plan.ek-mal",
  adminAndel: "plan.admin-andel",
  adminGrans: "plan.admin-grans",
  adminMal: "plan.admin-mal",
} as const;
const R = PLAN_ROWS;

export interface PlanInputs {
  years: readonly PlanYear[];
  /** Eget kapital at the start of the first year, and where the books give it (a footnote names it). */
  opening: { equity: Dec; source: string };
  /** The Medlemmar sheet's split: staten, the region(s), the municipalities by their weights. */
  funding: FundingModel;
  equityRule: EquityCapRule;
  /** Inställningar's highest administration share; null: no such goal, and no rows for it. */
  adminLimit: Dec | null;
}

/** The column of a plan year: the first is the budget the board adopts, the rest its plan. */
export const planColumn = (year: number): string => `ar${year}`;

/**
 * Budget och plan (verksamhetsplan och budget, e.g. HBS 2026, seed 004:247–290): per year the medlemsavgifter per
 * member (largest remainder in kronor), other income, costs per area, årets resultat, eget kapital at the start
 * and end of the year, and the equity cap and the administration share with their verdicts. Every figure a board
 * member may change is a plain value and everything after it a native formula (SUM, the year's closing equity =
 * opening + result, next year's opening = this year's closing, the cap = its share of the medlemsavgifter, the
 * share = administration / costs, the verdicts IFs), so the sheet answers "what if" in plain Excel.
 */
export function buildFlerarsplan(input: PlanInputs, options: StatementOptions = {}): ReportModel {
  const unit = options.unit ?? DEFAULT_UNIT;
  const years = input.years;
  const columns: ReportColumn[] = years.map((y, i) => amountColumn(planColumn(y.year), `${i === 0 ? "Budget" : "Plan"} ${y.year}`));
  const perYear = <T>(f: (y: PlanYear, i: number) => T): Record<string, T> => Object.fromEntries(years.map((y, i) => [planColumn(y.year), f(y, i)]));
  const splits = years.map((y) => splitContributions(y.contributions, input.funding, UNITS.kr, "Medlemmar", `Medlemsavgifter ${y.year}`));
  const results = years.map((y) => y.contributions.plus(y.otherIncome).minus(y.individual).minus(y.structural).minus(y.admin));
  const closing: Dec[] = [];
  results.forEach((r, i) => closing.push((i === 0 ? input.opening.equity : closing[i - 1]!).plus(r)));
  const opening = (i: number) => (i === 0 ? input.opening.equity : closing[i - 1]!);

  const rows: ReportRow[] = [];
  const heading = (id: string, label: string) => rows.push({ id, label, kind: "heading", level: 0, values: {} });
  const line = (id: string, label: string, level: number, values: Record<string, Dec | string | null>, extra: Partial<ReportRow> = {}) =>
    rows.push({ id, label, kind: "line", level, values, ...extra });
  const total = (id: string, label: string, kind: "subtotal" | "total", sumOf: string[], values: Record<string, Dec>) =>
    rows.push({ id, label, kind, level: 0, values, sumOf });

  heading(R.intakter, "Intäkter");
  const members = splits[0]!.map((p, m) => {
    const id = `plan.medlem.${m + 1}`;
    line(id, p.name, 1, perYear((_, i) => splits[i]![m]!.amount));
    return id;
  });
  total(R.medlemsavgifter, "Summa medlemsavgifter", "subtotal", members, perYear((y) => y.contributions));
  line(R.ovriga, "Övriga intäkter", 0, perYear((y) => y.otherIncome));
  total(R.summaIntakter, "Summa intäkter", "subtotal", [R.medlemsavgifter, R.ovriga], perYear((y) => y.contributions.plus(y.otherIncome)));
  heading(R.kostnader, "Kostnader");
  line(R.individ, DRIFT.individ.label, 1, perYear((y) => y.individual.negated()));
  line(R.struktur, DRIFT.struktur.label, 1, perYear((y) => y.structural.negated()));
  line(R.administration, DRIFT.administration.label, 1, perYear((y) => y.admin.negated()));
  total(R.summaKostnader, "Summa kostnader", "subtotal", [R.individ, R.struktur, R.administration], perYear((y) => costsOf(y).negated()));
  total(R.resultat, "Årets resultat", "total", [R.summaIntakter, R.summaKostnader], perYear((_, i) => results[i]!));

  heading(R.egetKapital, "Eget kapital");
  // The first year's opening equity is the books'; each later year's is a reference to the year before's closing.
  line(R.ingaende, "Eget kapital vid årets början", 1, perYear((_, i) => opening(i)), {
    references: Object.fromEntries(years.slice(1).map((y, i) => [planColumn(y.year), { row: R.utgaende, column: planColumn(years[i]!.year) }])),
  });
  total(R.utgaende, "Eget kapital vid årets slut", "subtotal", [R.ingaende, R.resultat], perYear((_, i) => closing[i]!));

  heading(R.mal, "Finansiella mål");
  const words = ACTUAL_WORDING;
  const cannot = (e: unknown) => {
    if (!isFinsamError(e)) throw e;
    return `${words.untestable}: ${message("sv", e.code, e.params)}`;
  };
  const caps = years.map((y) => { try { return equityCap(input.equityRule, y.contributions); } catch (e) { return cannot(e); } });
  const rule = input.equityRule;
  line(R.ekGrans, "Gräns för eget kapital", 1, perYear((_, i) => caps[i]!), rule.kind === "flat" ? {
    products: perYear((y) => ({ of: { row: R.medlemsavgifter, column: planColumn(y.year) }, factor: rule.rate })),
  } : {});
  line(R.ekMal, "Eget kapital inom gränsen", 1, perYear((_, i) => {
    const cap = caps[i]!;
    return typeof cap === "string" ? cap : closing[i]!.lessThanOrEqualTo(cap) ? words.met : words.notMet;
  }), { verdicts: perYear((y) => verdict(R.utgaende, R.ekGrans, planColumn(y.year), "atMost")) });
  if (input.adminLimit !== null) {
    const limit = input.adminLimit;
    const shares = years.map((y) => { try { return adminRatio(y.admin, costsOf(y), [], limit); } catch (e) { return cannot(e); } });
    line(R.adminAndel, "Administrationens andel av kostnaderna", 1, perYear((_, i) => { const s = shares[i]!; return typeof s === "string" ? null : s.ratio; }), {
      format: "percent",
      quotients: perYear((y) => ({ numerator: { row: R.administration, column: planColumn(y.year) }, denominator: { row: R.summaKostnader, column: planColumn(y.year) } })),
    });
    line(R.adminGrans, "Högsta administrationsandel", 1, perYear(() => limit), { format: "percent" });
    line(R.adminMal, "Administrationens andel inom gränsen", 1, perYear((_, i) => { const s = shares[i]!; return typeof s === "string" ? s : s.met ? words.met : words.notMet; }), {
      verdicts: perYear((y) => verdict(R.adminAndel, R.adminGrans, planColumn(y.year), "atMost")),
    });
  }

  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  return {
    id: "flerarsplan",
    title: years.length === 1 ? `Budget ${first}` : `Budget ${first} och plan ${first + 1}${last > first + 1 ? `–${last}` : ""}`,
    unit,
    columns,
    rows,
    footnotes: [
      unitFootnote(unit),
      `Underlag: bladet Flerårsplan (belopp i kr). Medlemsavgifterna fördelas enligt bladet Medlemmar: staten ${pct(input.funding.stateShare)} (lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser, 5 §), regionerna ${pct(input.funding.regionShare)}, kommunerna ${pct(input.funding.municipalShare)} efter sina vikter, med största rest-metoden i hela kronor.`,
      `Eget kapital vid ${first} års början: ${input.opening.source}. Eget kapital vid årets slut = vid årets början + årets resultat; nästa år börjar med det.`,
      `Gräns för eget kapital: ${rule.label}${rule.kind === "flat" ? " (en formel över Summa medlemsavgifter)" : rule.kind === "fixed" ? ", ett fast belopp" : ", beräknat på medlemsavgifterna (ett värde: räknas inte om när de ändras)"}. Administrationens andel = administrationens kostnader / summa kostnader, mot högsta andel i Inställningar.`,
      "Ändras ett belopp räknas summorna, årets resultat, eget kapital och måluppfyllelsen om.",
    ],
  };
}

const costsOf = (y: PlanYear): Dec => y.individual.plus(y.structural).plus(y.admin);

const verdict = (value: string, limit: string, column: string, holds: "atMost" | "atLeast") => ({
  value: { row: value, column }, limit: { row: limit, column }, holds, met: ACTUAL_WORDING.met, notMet: ACTUAL_WORDING.notMet,
});

const pct = (d: Dec): string => `${d.times(100).toString().replace(".", ",")} %`;
