import { Dec, ONE, ZERO } from "../money/decimal";
import { apportion } from "../rules/apportion";
import { FinsamError } from "../errors";
import type { Ledger } from "../ledger/types";
import { mappedPeriodSums } from "../mapping/periodSums";
import { AREA_IDS } from "../mapping/targets";
import type { Mapping } from "../mapping/types";

/**
 * A budget per driftsredovisning area and insats, in netto terms like the driftsredovisning: income
 * positive, costs negative. `monthly` (12 amounts, first month of the financial year first) makes the
 * budget periodised for follow-up and forecasts; without it the annual amount is spread evenly.
 */
export interface BudgetEntry {
  area: string;
  /** Insats object id; absent or null for the part of the area not on an insats. */
  insats?: string | null;
  amount: Dec;
  monthly?: Dec[];
  /** The cell the entry was typed in (the Budget sheet's insats or area cell), for messages. */
  cell?: string;
}

export interface Budget {
  label: string;
  entries: BudgetEntry[];
}

export function validateBudget(budget: Budget): void {
  budget.entries.forEach((e, i) => {
    const field = `${budget.label}, post ${i + 1}`;
    if (!AREA_IDS.has(e.area)) throw new FinsamError("budget.unknownArea", { field, value: e.area });
    if (e.monthly && e.monthly.length !== 12) throw new FinsamError("budget.monthly", { field, value: e.monthly.length });
  });
}

/** 1-based month of the financial year for a YYYYMM period. */
export function monthOfYear(ledger: Ledger, year: number, period: string): number {
  if (!/^[0-9]{6}$/.test(period)) throw new FinsamError("statements.period", { field: "period", value: period });
  const start = ledger.years.find((y) => y.index === year)?.start ?? `${period.slice(0, 4)}-01-01`;
  const months = (Number(period.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(period.slice(4, 6)) - Number(start.slice(5, 7));
  return months + 1;
}

/**
 * The budget the ledger carries as #PBUDGET, mapped to areas and insatser like the actuals. Budget rows
 * on accounts with no area are left out of the budget; they show up as unmapped in applyMapping's report
 * as soon as the account has actuals.
 */
export function budgetFromLedger(ledger: Ledger, mapping: Mapping, year = 0): Budget {
  const byKey = new Map<string, BudgetEntry>();
  for (const p of mappedPeriodSums(ledger, mapping, "budget", year)) {
    if (p.area === undefined) continue;
    const key = `${p.area}\u0000${p.insats ?? ""}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { area: p.area, insats: p.insats, amount: ZERO, monthly: Array.from({ length: 12 }, () => ZERO) };
      byKey.set(key, entry);
    }
    const month = monthOfYear(ledger, year, p.period);
    const netto = p.amount.negated();
    entry.amount = entry.amount.plus(netto);
    if (month >= 1 && month <= 12) entry.monthly![month - 1] = entry.monthly![month - 1]!.plus(netto);
  }
  return { label: "SIE-filens #PBUDGET", entries: [...byKey.values()] };
}

/** Annual and monthly budget of an area (insats undefined), of one insats, or of the area's part on no insats (null). */
export function budgetOf(budget: Budget, area: string, insats?: string | null): { annual: Dec; monthly: Dec[] } {
  const entries = budget.entries.filter((e) => e.area === area && (insats === undefined || (e.insats ?? null) === insats));
  let annual = ZERO;
  const monthly = Array.from({ length: 12 }, () => ZERO);
  for (const e of entries) {
    annual = annual.plus(e.amount);
    const months = e.monthly ?? evenMonths(e.amount);
    for (let i = 0; i < 12; i++) monthly[i] = monthly[i]!.plus(months[i]!);
  }
  return { annual, monthly };
}

const TWELVE = Array.from({ length: 12 }, () => ONE);

/**
 * An annual amount spread evenly over the 12 months in whole öre (or the amount's own smallest step), the extra
 * öre to the first months: the months sum exactly to the year. amount / 12 would not (130 000 / 12 has no end),
 * and an area's budget to date would then differ from the sum of its insatser's in the last digit.
 */
function evenMonths(amount: Dec): Dec[] {
  const step = new Dec(10).pow(-Math.max(2, amount.decimalPlaces()));
  return apportion(amount, TWELVE, { step, totalField: "budget" });
}
