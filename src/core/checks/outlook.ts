import { BR, DRIFT } from "../statements/lines";
import { FOLLOW_UP_COLUMNS } from "../statements/budgetuppfoljning";
import { GOAL_COLUMNS } from "../statements/finansiellaMal";
import { OUTLOOK_ROWS } from "../statements/prognosMal";
import { resolve, type CheckContext } from "./figures";
import { bilingual as t, compare, type Finding } from "./finding";
import { differentMonths, sameMonth } from "./months";

/**
 * The forecast of the financial goals rests on two figures printed elsewhere: its result is the follow-up's
 * helårsprognos (Resultat), its opening equity last year's closing equity in the balansräkning. Both sheets run
 * to the month their titles state: a forecast of another month is not the follow-up's, so its result is not
 * compared (prognos:manad fails instead); where one states none, the figures are compared and prognos:manad says so.
 */
export function outlookChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  if (!set.prognos) return [];
  const outcome = (row: string) => resolve(ctx, "prognos", row, GOAL_COLUMNS.outcome);
  return [
    sameMonth(set, "prognos", "uppf", "prognos:manad"),
    compare({
      id: "prognos:resultat",
      title: t("Prognos finansiella mål: resultatet = Budgetuppföljningens helårsprognos", "Goals forecast: result = the budget follow-up's full-year forecast"),
      left: { label: "Prognos finansiella mål Resultat enligt helårsprognos", figure: outcome(OUTLOOK_ROWS.resultat) },
      right: { label: "Budgetuppföljningens Resultat (helårsprognos)", figure: resolve(ctx, "uppf", DRIFT.resultat.id, FOLLOW_UP_COLUMNS.forecast) },
      untestable: differentMonths(set, "prognos", "uppf"),
    }),
    compare({
      id: "prognos:ingaende-ek",
      title: t(`Prognos finansiella mål: ingående eget kapital = BR Summa eget kapital ${set.year - 1}`, `Goals forecast: opening equity = balance sheet total equity ${set.year - 1}`),
      left: { label: "Prognos finansiella mål Ingående eget kapital", figure: outcome(OUTLOOK_ROWS.ingaendeEk) },
      right: { label: `BR Summa eget kapital ${set.year - 1}`, figure: resolve(ctx, "br", BR.summaEgetKapital.id, "previous") },
    }),
  ];
}
