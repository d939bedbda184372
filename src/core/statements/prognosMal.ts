import { ZERO, type Dec } from "../money/decimal";
import type { MappedLedger } from "../mapping/apply";
import type { ReportModel, ReportRow } from "../report/model";
import type { EquityCapRule } from "../rules/equityCap";
import { DRIFT } from "./lines";
import { DEFAULT_UNIT, periodHeading, unitFootnote, yearName, type StatementOptions } from "./common";
import { closingKnown, equityTotal } from "./figures";
import { GOAL_COLUMNS, GOAL_ROWS, areaCostsOf, buildFinansiellaMal, type GoalInputs, type GoalWording } from "./finansiellaMal";
import type { FollowUp, FollowUpLine } from "./budgetuppfoljning";

/** The rows the forecast adds above the goals: how the year-end equity it tests is reached. */
export const OUTLOOK_ROWS = {
  ingaendeEk: "prognos.ingaende-ek",
  resultat: "prognos.resultat",
  utgaendeEk: "prognos.utgaende-ek",
} as const;

/** RKR R17: the delårsrapport assesses the goals from the full-year forecast, so the outcome is said as one. */
export const OUTLOOK_WORDING: GoalWording = { outcomeHeading: "Helårsprognos", met: "Uppfylls enligt prognos", notMet: "Uppfylls inte enligt prognos", untestable: "Kan inte bedömas" };

export interface OutlookOptions extends StatementOptions {
  month: number;
  equityRule: EquityCapRule;
  minIndividualShare?: Dec;
  /** As GoalInputs.adminLimit: null, no such goal. */
  adminLimit?: Dec | null;
  adminExcluded?: Dec[];
}

/**
 * Opening eget kapital: last year's closing equity, as the balansräkning prints it in its previous column
 * (#UB −1, else this year's #IB). Null when the ledger has neither.
 */
export function openingEquity(m: MappedLedger): Dec | null {
  return closingKnown(m, -1) ? equityTotal(m, -1) : null;
}

/**
 * The goal inputs of the full-year forecast, from the follow-up's rows: the year-end equity is opening equity +
 * the forecast result (the follow-up's Resultat), the members' contributions are the forecast income of
 * "Intäkter från huvudmännen", the costs each area's forecast costs.
 */
export function goalInputsFromForecast(m: MappedLedger, followUp: FollowUp, equityRule: EquityCapRule, minIndividualShare?: Dec): GoalInputs & { opening: Dec | null } {
  const lines = [...followUp.lines.values()];
  const sum = (of: readonly FollowUpLine[], f: (l: FollowUpLine) => Dec) => of.reduce((t, l) => t.plus(f(l)), ZERO);
  const ofArea = (area: string) => lines.filter((l) => l.area === area);
  const costOf = (area: string) => sum(ofArea(area), (l) => l.forecastCost);
  const result = sum(lines, (l) => l.forecast);
  const opening = openingEquity(m);
  return {
    year: yearName(m.ledger, 0),
    opening,
    equity: opening === null ? null : opening.plus(result),
    contributions: sum(ofArea(DRIFT.huvudman.id), (l) => l.forecast.plus(l.forecastCost)),
    equityRule,
    adminCosts: costOf(DRIFT.administration.id),
    totalCosts: sum(lines, (l) => l.forecastCost),
    aretsResultat: result,
    ...areaCostsOf(costOf, minIndividualShare),
  };
}

/**
 * Prognos mot finansiella mål (RKR R17, for the delårsrapport): the year-end eget kapital the forecast leads to,
 * then Finansiella mål's goals tested on the forecast, each "Uppfylls enligt prognos" or not. The same rules as
 * Finansiella mål (buildFinansiellaMal); at month 12 the forecast is the outcome, and the two sheets agree where
 * every actual has an area (the follow-up's Resultat is the RR's) and eget kapital moved by the result alone.
 */
export function buildPrognosMal(m: MappedLedger, followUp: FollowUp, options: OutlookOptions): ReportModel {
  const input = goalInputsFromForecast(m, followUp, options.equityRule, options.minIndividualShare);
  const unit = options.unit ?? DEFAULT_UNIT;
  // The column is headed as Budgetuppföljning heads the forecast it comes from ("Helårsprognos 2024").
  const wording = { ...OUTLOOK_WORDING, outcomeHeading: `${OUTLOOK_WORDING.outcomeHeading} ${input.year}` };
  const goals = buildFinansiellaMal({ ...input, adminLimit: options.adminLimit, adminExcluded: options.adminExcluded }, { unit, wording });
  const C = GOAL_COLUMNS;
  const line = (id: string, label: string, outcome: Dec | null, kind: ReportRow["kind"] = "line", sumOf?: string[]): ReportRow => ({
    id, label, kind, level: 0, values: { [C.outcome]: outcome }, ...(sumOf ? { sumOf } : {}),
  });
  const rows = [
    line(OUTLOOK_ROWS.ingaendeEk, "Ingående eget kapital", input.opening),
    line(OUTLOOK_ROWS.resultat, "Resultat enligt helårsprognos", input.aretsResultat),
    // A native SUM of the two, so the sheet recalculates when either is corrected; unknown without opening equity.
    input.equity === null
      ? line(OUTLOOK_ROWS.utgaendeEk, "Eget kapital vid årets slut enligt prognos", null, "subtotal")
      : line(OUTLOOK_ROWS.utgaendeEk, "Eget kapital vid årets slut enligt prognos", input.equity, "subtotal", [OUTLOOK_ROWS.ingaendeEk, OUTLOOK_ROWS.resultat]),
    // The equity goal's Utfall is that SUM, so its Andel, Över gränsen and verdict follow a corrected opening equity.
    ...goals.rows.map((r) => (r.id === GOAL_ROWS.egetKapital && input.equity !== null ? { ...r, references: { [C.outcome]: OUTLOOK_ROWS.utgaendeEk } } : r)),
  ];
  const y0 = input.year;
  return {
    ...goals,
    id: "prognos-mal",
    title: `Finansiella mål enligt prognos ${y0}, t.o.m. månad ${options.month}`,
    rows,
    footnotes: [
      unitFootnote(unit),
      `Prognos: helårsprognosen på bladet Budgetuppföljning (utfall t.o.m. månad ${options.month}); resultatet är dess rad Resultat.`,
      `Ingående eget kapital = eget kapital ${periodHeading(m.ledger, -1, "date")} enligt balansräkningen; eget kapital vid årets slut = ingående eget kapital + resultat enligt helårsprognos.`,
      "Medlemmarnas bidrag = prognosen för Intäkter från huvudmännen. Kostnader = utfall hittills + återstående budget där den är en kostnad.",
      // Finansiella mål's own notes on the rules, after its unit line.
      ...goals.footnotes.slice(1),
    ],
  };
}
