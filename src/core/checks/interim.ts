import { BR, DRIFT, RR } from "../statements/lines";
import { FOLLOW_UP_COLUMNS } from "../statements/budgetuppfoljning";
import { comparisonPeriodCheck } from "./comparisonPeriod";
import { add, resolve, type CheckContext, type Figure } from "./figures";
import { bilingual as t, compare, type Comparison, type Finding } from "./finding";
import { otherMonth, sameMonth } from "./months";
import { INTERIM_KEYS } from "./statementSet";
import { sumsCheckId, sumsCheckTitle } from "./sums";
import { unitCheckId, unitCheckTitle } from "./units";

/**
 * What an auditor ticks on the delårsrapport's Resultaträkning and Balansräkning delår: the BR balances, its
 * årets resultat is the RR's, its eget kapital is last year's closing equity + the period's result, and the RR's
 * result is the budget follow-up's utfall to date at the same month (a follow-up of another month fails
 * delar:manad, as a forecast of another month fails prognos:manad, and is not compared). Their unit headings and
 * sums are checked as the year's are (units.ts, sums.ts, under "delar:" ids), and the RR's comparison column is
 * to be last year's same months (comparisonPeriod.ts). Where the delår tables were left out (month 12, a ledger
 * without months) each of these checks says why (but the comparison column's: there is none to check); a set
 * with neither table nor reason has no delår checks.
 */
export function interimChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  if (!set.delrr && !set.delbr && !set.interimLeftOut) return [];
  // A delår table the comparison needs is not there for the reason the set gives.
  const leftOut = (...keys: ("delrr" | "delbr")[]) => (keys.some((k) => !set[k]) ? set.interimLeftOut : undefined);
  const rr = (row: string) => resolve(ctx, "delrr", row, "current");
  const br = (row: string, column = "current") => resolve(ctx, "delbr", row, column);
  const comparisons: Comparison[] = [
    {
      id: "delar:balans",
      title: t("Balansräkning delår balanserar", "Interim balance sheet balances"),
      left: { label: "Balansräkning delår Summa tillgångar", figure: br(BR.summaTillgangar.id) },
      right: { label: "Balansräkning delår Summa eget kapital, avsättningar och skulder", figure: br(BR.summaEkAvsSkulder.id) },
      untestable: leftOut("delbr"),
    },
    {
      id: "delar:resultat",
      title: t("Balansräkning delår: årets resultat = Resultaträkning delår", "Interim balance sheet: result = interim income statement"),
      left: { label: "Resultaträkning delår Årets resultat", figure: rr(RR.aretsResultat.id) },
      right: { label: "Balansräkning delår Årets resultat (eget kapital)", figure: br(BR.ekAretsResultat.id) },
      untestable: leftOut("delrr", "delbr"),
    },
    {
      id: "delar:eget-kapital",
      title: t("Balansräkning delår: eget kapital = ingående eget kapital + periodens resultat", "Interim balance sheet: equity = opening equity + the period's result"),
      left: { label: `Balansräkning delår Summa eget kapital ${set.year - 1} + Resultaträkning delår Årets resultat`, figure: equityRolled(ctx) },
      right: { label: "Balansräkning delår Summa eget kapital", figure: br(BR.summaEgetKapital.id) },
      untestable: leftOut("delrr", "delbr"),
    },
  ];
  const followUp: Comparison = {
    id: "delar:uppf",
    title: t("Resultaträkning delår: årets resultat = Budgetuppföljningens utfall t.o.m. månaden", "Interim income statement: result = the budget follow-up's actual to date"),
    left: { label: "Resultaträkning delår Årets resultat", figure: rr(RR.aretsResultat.id) },
    right: { label: "Budgetuppföljningens Resultat (utfall t.o.m. månaden)", figure: resolve(ctx, "uppf", DRIFT.resultat.id, FOLLOW_UP_COLUMNS.actual) },
    untestable: leftOut("delrr") ?? otherMonth(set, "uppf", "delrr"),
  };
  return [...leftOutStructure(ctx), ...comparisons.map(compare), sameMonth(set, "uppf", "delrr", "delar:manad", leftOut("delrr")), compare(followUp), ...comparisonPeriodCheck(set)];
}

/** A delår table left out has no unit heading or sums to check: each of its structure checks says why, as its ties do. */
function leftOutStructure({ set }: CheckContext): Finding[] {
  const why = set.interimLeftOut;
  if (!why) return [];
  const explanation = t(`Kan inte prövas: ${why.sv}`, `Cannot be tested: ${why.en}`);
  const finding = (id: string, title: Finding["title"]): Finding => ({ id, title, figures: [], difference: null, tolerance: null, unit: "kr", status: "not-applicable", explanation, refs: [] });
  return INTERIM_KEYS.filter((k) => !set[k]).flatMap((k) => [finding(unitCheckId(k), unitCheckTitle(k)), finding(sumsCheckId(k), sumsCheckTitle(k))]);
}

/** Last year's closing equity (the delår BR's comparison column) + the period's result; both needed (one alone is no roll-forward). */
function equityRolled(ctx: CheckContext): Figure | undefined {
  const opening = resolve(ctx, "delbr", BR.summaEgetKapital.id, "previous");
  const result = resolve(ctx, "delrr", RR.aretsResultat.id, "current");
  return opening && result ? add([opening, result]) : undefined;
}
