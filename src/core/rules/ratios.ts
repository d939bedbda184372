import { Dec, PRECISION, ZERO, divide, magnitude, sum } from "../money/decimal";
import { FinsamError } from "../errors";

/** numerator / denominator, with a typed error instead of Infinity; `digits` significant digits (see divide). */
export function ratio(numerator: Dec, denominator: Dec, field: string, digits = PRECISION): Dec {
  if (denominator.isZero()) throw new FinsamError("ratio.zeroDenominator", { field });
  return divide(numerator, denominator, digits);
}

export interface AdminRatioResult {
  admin: Dec;
  /** Total costs less the excluded costs (e.g. ESF pass-through, Stockholm 2022). */
  denominator: Dec;
  ratio: Dec;
  limit: Dec;
  met: boolean;
}

export const DEFAULT_ADMIN_LIMIT = new Dec("0.1");

export type AdminShare = Pick<AdminRatioResult, "admin" | "denominator" | "ratio">;

/**
 * Administration costs as a share of total costs less the excluded ones. Costs are taken as magnitudes:
 * reports print them either positive or negative (RR style), and the ratio means the same either way.
 * `digits`: the ratio's significant digits, rounded once (ADMINRATIO asks for the 15 a cell holds).
 */
export function adminShare(admin: Dec, totalCosts: Dec, excluded: readonly Dec[] = [], digits = PRECISION): AdminShare {
  const total = magnitude(totalCosts);
  // Without exclusions (the common call) no sum is made: ADMINRATIO runs this once per cell.
  const left = excluded.length === 0 ? null : excludedCosts(excluded);
  const denominator = left === null ? total : total.minus(left);
  // More excluded than there are costs gives a negative share, which would pass any limit.
  if (left !== null && denominator.isNegative()) throw new FinsamError("ratio.excludedOverTotal", { field: "undantag", value: left.toString(), total: total.toString() });
  const costs = magnitude(admin);
  // Administration is part of the costs it is compared with: more than all of them is swapped or wrong cells.
  if (!denominator.isZero() && costs.greaterThan(denominator)) throw new FinsamError("ratio.adminOverTotal", { field: "adminkostnader", value: costs.toString(), total: denominator.toString() });
  return { admin: costs, denominator, ratio: ratio(costs, denominator, "totala kostnader", digits) };
}

/** The costs left out of the administration share's denominator, as a magnitude. */
export function excludedCosts(excluded: readonly Dec[]): Dec {
  return sum(excluded.map(magnitude));
}

/** The administration share checked against a limit (default 10 %), at full precision. */
export function adminRatio(admin: Dec, totalCosts: Dec, excluded: readonly Dec[] = [], limit?: Dec): AdminRatioResult {
  if (limit !== undefined && (limit.isNegative() || limit.greaterThan(1))) {
    throw new FinsamError("number.outOfRange", { field: "gräns", value: limit.toString(), min: 0, max: 1 });
  }
  const max = limit ?? DEFAULT_ADMIN_LIMIT;
  const share = adminShare(admin, totalCosts, excluded);
  return { ...share, limit: max, met: !share.ratio.greaterThan(max) };
}

/** Soliditet: eget kapital / totala tillgångar. Equity may be negative (a deficit), the assets may not. */
export function soliditet(equity: Dec, totalAssets: Dec): Dec {
  if (totalAssets.isNegative()) throw new FinsamError("ratio.negativeAssets", { field: "summa tillgångar", value: totalAssets.toString() });
  return ratio(equity, totalAssets, "summa tillgångar");
}

export interface AllocationResult {
  /** Money left after administration (individ + struktur). */
  rest: Dec;
  individualShare: Dec;
  structuralShare: Dec;
  minIndividualShare: Dec;
  met: boolean;
  /** Individual-activity money needed to meet the rule, and how far off it is (positive = short). */
  requiredIndividual: Dec;
  shortfall: Dec;
}

export const DEFAULT_MIN_INDIVIDUAL_SHARE = new Dec("0.7");

/**
 * Allocation rule (Roslagen 2022): administration is a fixed amount, and of the rest at least
 * `minIndividualShare` goes to individinriktade insatser, the remainder to strukturinriktade.
 */
export function allocationCheck(individual: Dec, structural: Dec, minIndividualShare: Dec = DEFAULT_MIN_INDIVIDUAL_SHARE): AllocationResult {
  if (minIndividualShare.isNegative() || minIndividualShare.greaterThan(1)) {
    throw new FinsamError("number.outOfRange", { field: "minsta andel", value: minIndividualShare.toString(), min: 0, max: 1 });
  }
  const ind = individual.abs();
  const rest = ind.plus(structural.abs());
  const individualShare = ratio(ind, rest, "individ + struktur");
  const requiredIndividual = rest.times(minIndividualShare);
  const shortfall = Dec.max(ZERO, requiredIndividual.minus(ind));
  return {
    rest,
    individualShare,
    structuralShare: new Dec(1).minus(individualShare),
    minIndividualShare,
    met: !individualShare.lessThan(minIndividualShare),
    requiredIndividual,
    shortfall,
  };
}
