/*
 * The FINSAM custom functions auditors recalculate with. Each is a thin wrapper: coerce the arguments
 * (args.ts), call the core rule, convert the result at the Excel boundary. JSDoc here generates
 * functions.json (custom-functions-metadata-plugin, which also registers each function with Excel);
 * Swedish names live in locale-sv.json. The ids are a public contract: auditors' workbooks use them.
 */
import { Dec, ZERO } from "../core/money/decimal";
import { unitStep } from "../core/money/units";
import { apportion } from "../core/rules/apportion";
import { splitContributions, defaultFundingModel, DEFAULT_REGION_SHARE } from "../core/rules/contributions";
import { DEFAULT_EQUITY_RULE, equityCap, type EquityCapRule } from "../core/rules/equityCap";
import { DEFAULT_ADMIN_LIMIT, DEFAULT_MIN_INDIVIDUAL_SHARE, adminRatio, adminShare, allocationCheck, soliditet } from "../core/rules/ratios";
import { MAX_SIGNIFICANT_DIGITS } from "../core/money/excelNumber";
import { deviation, deviationAmounts, parseLineKind, validateThresholds, DEFAULT_THRESHOLDS, SEVERITY_LABEL_SV } from "../core/rules/deviation";
import { forecastByBudget, forecastByRunRate } from "../core/rules/forecast";
import { FinsamError } from "../core/errors";
import { exactOut, guard, num, optNum, optText, numRange, out, reshape, shapeOf, weightRange } from "./args";
import { adminRatioOfNumbers, splitOfNumbers } from "./numberPaths";

// Defaults as constants: a custom function may be recalculated hundreds of thousands of times.
const ONE = new Dec(1);
const ONE_REGION = [{ name: "Region", weight: ONE }];
const MUNICIPALITIES_TOGETHER = [{ name: "Kommunerna", weight: ONE }];

const MET = "Uppfyllt";
const NOT_MET = "Ej uppfyllt";

/**
 * Splits a total by weights so that the parts sum exactly to the total (largest remainder).
 * @customfunction SPLIT SPLIT
 * @param total Amount to split, in kronor.
 * @param weights Weights (a column or row; blank cells get no part).
 * @param [unit] Rounding unit: "öre", "kr" (default), "0,1 tkr", "tkr" or "mnkr".
 * @returns The parts, in the shape of the weights.
 */
export function split(total: any, weights: any[][], unit?: any): any[][] {
  return guard(() => splitOfNumbers(total, weights, unit) ?? splitExactly(total, weights, unit));
}

/** SPLIT in Decimals: every call splitOfNumbers leaves, and what its property test holds it to. */
export function splitExactly(total: unknown, weights: unknown, unit?: unknown): (number | string)[][] {
  const t = num(total, "total");
  const step = unitStep(optText(unit, "enhet"));
  const ws = weightRange(weights, "vikter");
  const present = ws.flatMap((w, i) => (w === null ? [] : [{ w, i }]));
  if (present.length === 0) throw new FinsamError("split.noWeights", { field: "vikter" });
  const parts = apportion(t, present.map((p) => p.w), { step, field: "vikter" });
  const result: (number | string)[] = ws.map(() => "");
  present.forEach((p, k) => (result[p.i] = exactOut(parts[k]!, "total")));
  return reshape(result, shapeOf(weights));
}

/**
 * Member contributions: the state's half, the region(s)' and the municipalities' shares, the municipalities sharing theirs by weights. Spills one column: staten, then a row per region weight and per municipal weight (a blank weight's row stays blank).
 * @customfunction FUNDING FUNDING
 * @param total Total medelstilldelning, in kronor.
 * @param municipalWeights The municipalities' weights (population, försörjningsmått or agreed percentages).
 * @param [regionWeights] The regions' weights when there are several (omitted or blank: one region).
 * @param [unit] Rounding unit: "öre", "kr" (default), "0,1 tkr", "tkr" or "mnkr".
 * @param [regionShare] The region(s)' share of the total (default 0.25); the municipalities get 0.5 minus it.
 * @returns One column of amounts that sums exactly to the total.
 */
export function funding(total: any, municipalWeights: any[][], regionWeights?: any[][], unit?: any, regionShare?: any): any[][] {
  return guard(() => {
    const t = num(total, "total");
    const step = unitStep(optText(unit, "enhet"));
    const municipal = weightRange(municipalWeights, "kommunvikter");
    // An empty argument or a blank range is the default one region (Excel may pass either for "; ;").
    const regional = regionWeights === undefined || regionWeights === null ? [] : weightRange(regionWeights, "regionvikter");
    const oneRegion = regional.every((w) => w === null);
    const regionCells = oneRegion ? [ONE] : regional;
    const members = (cells: (Dec | null)[], label: string) => cells.flatMap((w, i) => (w === null ? [] : [{ name: `${label} ${i + 1}`, weight: w }]));
    const regions = oneRegion ? ONE_REGION : members(regional, "Region");
    const model = defaultFundingModel(regions, members(municipal, "Kommun"), optNum(regionShare, "regionandel", DEFAULT_REGION_SHARE));
    const amounts = splitContributions(t, model, step, "vikter").map((p) => exactOut(p.amount, "total"));
    // A row per weight cell, a blank weight's row left blank, so the column lines up with the weights beside it.
    let next = 1;
    const rows = (cells: (Dec | null)[]) => cells.map((w) => [w === null ? "" : amounts[next++]!]);
    return [[amounts[0]!], ...rows(regionCells), ...rows(municipal)];
  });
}

/**
 * The three parties' parts of a total: staten 50 %, region(s) and municipalities (25 % each by default).
 * @customfunction PARTS PARTS
 * @param total Total medelstilldelning, in kronor.
 * @param [unit] Rounding unit: "öre", "kr" (default), "0,1 tkr", "tkr" or "mnkr".
 * @param [regionShare] The region(s)' share of the total (default 0.25).
 * @returns A column: staten, region(s), municipalities.
 */
export function parts(total: any, unit?: any, regionShare?: any): number[][] {
  return guard(() => {
    const t = num(total, "total");
    const step = unitStep(optText(unit, "enhet"));
    const model = defaultFundingModel(ONE_REGION, MUNICIPALITIES_TOGETHER, optNum(regionShare, "regionandel", DEFAULT_REGION_SHARE));
    return splitContributions(t, model, step, "andelar").map((p) => [exactOut(p.amount, "total")]);
  });
}

/**
 * Equity cap as a flat share of the members' contributions (default 20 %).
 * @customfunction EQUITYCAP EQUITYCAP
 * @param contributions The members' contributions for the year (medlemmarnas bidrag), in kronor.
 * @param [rate] Share of the contributions (default 0.2).
 * @returns The largest recommended eget kapital.
 */
export function equityCapFlat(contributions: any, rate?: any): number {
  return guard(() => {
    const rule: EquityCapRule = { kind: "flat", rate: optNum(rate, "andel", DEFAULT_EQUITY_RULE.rate), label: "", verified: true };
    return out(equityCap(rule, num(contributions, "bidrag"), "andel"), "bidrag");
  });
}

/**
 * Equity cap by a marginal tier table (trappa): each rate applies to the part of the contributions inside its bracket.
 * @customfunction EQUITYCAPTIERS EQUITYCAPTIERS
 * @param contributions The members' contributions for the year, in kronor.
 * @param upperBounds Upper bound of each bracket, ascending; leave the last blank for "and above" (contributions above a last bound are refused).
 * @param rates The rate of each bracket (same size as upperBounds).
 * @returns The largest recommended eget kapital.
 */
export function equityCapTiers(contributions: any, upperBounds: any[][], rates: any[][]): number {
  return guard(() => {
    const bounds = numRange(upperBounds, "gränser");
    const rs = numRange(rates, "andelar");
    if (bounds.length !== rs.length) throw new FinsamError("args.sizeMismatch", { field: "gränser och andelar", a: bounds.length, b: rs.length });
    const tiers = bounds.map((upTo, i) => {
      const rate = rs[i];
      if (rate === null || rate === undefined) throw new FinsamError("number.blank", { field: `andelar[${i + 1}]` });
      return { upTo, rate };
    });
    return out(equityCap({ kind: "tiers", tiers, label: "", verified: false }, num(contributions, "bidrag"), "trappa"), "bidrag");
  });
}

/**
 * Eget kapital above the cap: positive = over the cap, negative = headroom.
 * @customfunction EQUITYEXCESS EQUITYEXCESS
 * @param equity Eget kapital at year end, in kronor.
 * @param cap The cap (e.g. from FINSAM.EQUITYCAP or the förbund's own goal).
 * @returns equity − cap.
 */
export function equityExcess(equity: any, cap: any): number {
  return guard(() => out(num(equity, "eget kapital").minus(num(cap, "tak")), "eget kapital − tak"));
}

/**
 * Administration costs as a share of total costs, optionally excluding pass-through costs from the denominator.
 * @customfunction ADMINRATIO ADMINRATIO
 * @param adminCosts Administration costs (sign ignored).
 * @param totalCosts Total costs (sign ignored).
 * @param [excluded] Costs to leave out of the denominator, e.g. ESF pass-through.
 * @returns The ratio (format the cell as %).
 */
export function adminRatioFn(adminCosts: any, totalCosts: any, excluded?: any[][]): number {
  return guard(() => adminRatioOfNumbers(adminCosts, totalCosts, excluded) ?? adminRatioExactly(adminCosts, totalCosts, excluded));
}

/** ADMINRATIO in Decimals: every call adminRatioOfNumbers leaves, and what its property test holds it to. */
export function adminRatioExactly(adminCosts: unknown, totalCosts: unknown, excluded?: unknown): number {
  // Divided at the 15 digits the cell holds: one rounding, and the cost of 25 digits nobody sees is saved.
  return out(adminShare(num(adminCosts, "adminkostnader"), num(totalCosts, "totala kostnader"), optRange(excluded, "undantag"), MAX_SIGNIFICANT_DIGITS).ratio, "adminandel");
}

/**
 * Checks the administration cost ratio against a limit (default 10 %).
 * @customfunction ADMINCHECK ADMINCHECK
 * @param adminCosts Administration costs (sign ignored).
 * @param totalCosts Total costs (sign ignored).
 * @param [limit] Highest allowed ratio (default 0.1).
 * @param [excluded] Costs to leave out of the denominator.
 * @returns "Uppfyllt" or "Ej uppfyllt".
 */
export function adminCheck(adminCosts: any, totalCosts: any, limit?: any, excluded?: any[][]): string {
  return guard(() => {
    const r = adminRatio(num(adminCosts, "adminkostnader"), num(totalCosts, "totala kostnader"), optRange(excluded, "undantag"), optNum(limit, "gräns", DEFAULT_ADMIN_LIMIT));
    return r.met ? MET : NOT_MET;
  });
}

/**
 * Share of the non-administrative money that goes to individual activities.
 * @customfunction ALLOCATIONSHARE ALLOCATIONSHARE
 * @param individual Costs of individinriktade insatser.
 * @param structural Costs of strukturinriktade insatser.
 * @returns individual / (individual + structural).
 */
export function allocationShare(individual: any, structural: any): number {
  return guard(() => out(allocationCheck(num(individual, "individ"), num(structural, "struktur")).individualShare, "individandel"));
}

/**
 * Checks the allocation rule: at least a share (default 70 %) of the non-administrative money to individual activities.
 * @customfunction ALLOCATIONCHECK ALLOCATIONCHECK
 * @param individual Costs of individinriktade insatser.
 * @param structural Costs of strukturinriktade insatser.
 * @param [minShare] Smallest share for individual activities (default 0.7).
 * @returns "Uppfyllt" or "Ej uppfyllt".
 */
export function allocationCheckFn(individual: any, structural: any, minShare?: any): string {
  return guard(() => (allocationCheck(num(individual, "individ"), num(structural, "struktur"), optNum(minShare, "minsta andel", DEFAULT_MIN_INDIVIDUAL_SHARE)).met ? MET : NOT_MET));
}

/**
 * Budget deviation. By default positive = favourable (income above budget, cost below budget); with convention "utfall-budget" the raw actual − budget.
 * @customfunction DEVIATION DEVIATION
 * @param actual Utfall.
 * @param budget Budget.
 * @param [kind] "kostnad" (default) or "intäkt".
 * @param [convention] "gynnsam" (default) or "utfall-budget".
 * @returns The deviation.
 */
export function deviationFn(actual: any, budget: any, kind?: any, convention?: any): number {
  return guard(() => {
    const dev = deviationAmounts(num(actual, "utfall"), num(budget, "budget"), parseLineKind(optText(kind, "typ"), "typ"));
    const conv = (optText(convention, "konvention") ?? "gynnsam").trim().toLowerCase();
    if (conv === "gynnsam" || conv === "favourable") return out(dev.favourable, "avvikelse");
    if (conv === "utfall-budget" || conv === "actual-budget") return out(dev.raw, "avvikelse");
    throw new FinsamError("deviation.convention", { field: "konvention", value: conv });
  });
}

/**
 * Flags an unfavourable budget deviation: "OK", "Varning" or "Kritisk", by percent of budget or amount thresholds.
 * @customfunction DEVIATIONFLAG DEVIATIONFLAG
 * @param actual Utfall.
 * @param budget Budget.
 * @param [kind] "kostnad" (default) or "intäkt".
 * @param [warnPercent] Warning above this share of the budget (default 0.05).
 * @param [warnAmount] Warning above this amount (default 50 000).
 * @param [criticalPercent] Critical above this share of the budget (default 0.10).
 * @param [criticalAmount] Critical above this amount (default 100 000).
 * @returns "OK", "Varning" or "Kritisk".
 */
export function deviationFlag(actual: any, budget: any, kind?: any, warnPercent?: any, warnAmount?: any, criticalPercent?: any, criticalAmount?: any): string {
  return guard(() => {
    const d = DEFAULT_THRESHOLDS;
    const thresholds = {
      warning: { percent: optNum(warnPercent, "varning procent", d.warning.percent!), amount: optNum(warnAmount, "varning belopp", d.warning.amount!) },
      critical: { percent: optNum(criticalPercent, "kritisk procent", d.critical.percent!), amount: optNum(criticalAmount, "kritisk belopp", d.critical.amount!) },
      flagFavourable: false,
    };
    validateThresholds(thresholds);
    const dev = deviation(num(actual, "utfall"), num(budget, "budget"), parseLineKind(optText(kind, "typ"), "typ"), thresholds);
    return SEVERITY_LABEL_SV[dev.severity];
  });
}

/**
 * Helårsprognos: actual to date plus the budget for the remaining months.
 * @customfunction YEARFORECAST YEARFORECAST
 * @param actualToDate Utfall to date.
 * @param budget The annual budget (one cell, spread evenly) or 12 monthly amounts (one row or one column).
 * @param month Last month included in the actual (1–12).
 * @returns The forecast for the full year.
 */
export function yearForecast(actualToDate: any, budget: any[][], month: any): number {
  return guard(() => {
    // 12 months in a block (2 × 6) could be read across or down: only a row or a column has one order.
    const shape = shapeOf(budget);
    if (shape.rows > 1 && shape.columns > 1) throw new FinsamError("forecast.monthlyShape", { field: "budget", a: shape.rows, b: shape.columns });
    const values = numRange(budget, "budget").map((v) => v ?? ZERO);
    const b = values.length === 1 ? values[0]! : values;
    return out(forecastByBudget(num(actualToDate, "utfall"), b, num(month, "månad").toNumber()), "prognos");
  });
}

/**
 * Helårsprognos by run-rate: actual to date scaled to twelve months.
 * @customfunction RUNRATEFORECAST RUNRATEFORECAST
 * @param actualToDate Utfall to date.
 * @param month Last month included in the actual (1–12).
 * @returns The forecast for the full year.
 */
export function runRateForecast(actualToDate: any, month: any): number {
  return guard(() => out(forecastByRunRate(num(actualToDate, "utfall"), num(month, "månad").toNumber()), "prognos"));
}

/**
 * Soliditet: eget kapital / summa tillgångar.
 * @customfunction SOLIDITY SOLIDITY
 * @param equity Eget kapital.
 * @param totalAssets Summa tillgångar.
 * @returns The ratio (format the cell as %).
 */
export function solidity(equity: any, totalAssets: any): number {
  return guard(() => out(soliditet(num(equity, "eget kapital"), num(totalAssets, "summa tillgångar")), "soliditet"));
}

function optRange(range: unknown, name: string): Dec[] {
  if (range === undefined || range === null) return [];
  return numRange(range, name).filter((v): v is Dec => v !== null);
}
