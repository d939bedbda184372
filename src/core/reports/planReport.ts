import { FinsamError } from "../errors";
import type { MappedLedger } from "../mapping/apply";
import { message } from "../messages/index";
import type { ReportModel } from "../report/model";
import { defaultFundingModel } from "../rules/contributions";
import { periodHeading, yearName } from "../statements/common";
import { equityTotal } from "../statements/figures";
import type { FollowUp } from "../statements/budgetuppfoljning";
import { buildFlerarsplan } from "../statements/flerarsplan";
import { goalInputsFromForecast } from "../statements/prognosMal";
import { diagnostic, type Diagnostic } from "../import/diagnostic";
import type { FinsamInputs } from "./buildAll";

/**
 * Budget och plan from the Flerårsplan sheet, its opening equity taken from the books, never typed: at month 12
 * the balansräkning's closing Summa eget kapital, before it the year-end equity the forecast leads to (Prognos
 * finansiella mål), since the plan's first year is the one after the ledger's. Without plan years, or before month
 * 12 without a forecast, the sheet says why. So does a plan that does not start the year after the ledger's, with a
 * warning naming its cell: a new year's ledger imported beside last year's plan must not stop the annual report.
 */
export function planSheet(inputs: FinsamInputs, mapped: MappedLedger, followUp: FollowUp | undefined, warnings: Diagnostic[]): ReportModel {
  const { settings, plan } = inputs;
  const leftOut = (why: string): ReportModel => ({ id: "flerarsplan", title: "Budget och plan", unit: settings.unit, columns: [], rows: [], footnotes: [why] });
  if (!plan?.length) return leftOut(message("sv", "plan.leftOut"));
  if (!inputs.members) throw new FinsamError("plan.noMembers");
  const ledgerYear = Number(yearName(mapped.ledger, 0));
  if (plan[0]!.year !== ledgerYear + 1) {
    const refusal = diagnostic("plan.firstYear", { cell: plan[0]!.cell, value: plan[0]!.year, year: ledgerYear, next: ledgerYear + 1 });
    warnings.push(refusal);
    return leftOut(refusal.message);
  }
  const forecast = settings.month === 12 || !followUp ? null : goalInputsFromForecast(mapped, followUp, settings.equityRule).equity;
  if (settings.month !== 12 && forecast === null) return leftOut(message("sv", "plan.noForecast", { value: settings.month }));
  const opening = forecast === null
    ? { equity: equityTotal(mapped, 0), source: `eget kapital ${periodHeading(mapped.ledger, 0, "date")} enligt balansräkningen` }
    : { equity: forecast, source: `eget kapital vid ${ledgerYear} års slut enligt prognos (bladet Prognos finansiella mål, utfall t.o.m. månad ${settings.month})` };
  const funding = defaultFundingModel(inputs.members.regions, inputs.members.municipalities);
  if (inputs.members.stateName) funding.stateName = inputs.members.stateName;
  return buildFlerarsplan({ years: plan, opening, funding, equityRule: settings.equityRule, adminLimit: settings.adminLimit }, { unit: settings.unit });
}
