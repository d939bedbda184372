import { Dec, ZERO, sum } from "../money/decimal";
import { FinsamError } from "../errors";
import { apportion } from "./apportion";

export type PartyKind = "stat" | "region" | "kommun";

export interface Member {
  name: string;
  /** Agreed weight within its group (population, försörjningsmått, an agreed percentage, or a blend). */
  weight: Dec;
}

export interface FundingModel {
  /** Fixed by lag (2003:1210) 5 §: one half. Kept as data so a change is explicit and reported. */
  stateShare: Dec;
  /** Region(s)' share of the total; usually 0,25. Region share + municipal share must be 0,5. */
  regionShare: Dec;
  municipalShare: Dec;
  stateName: string;
  regions: readonly Member[];
  municipalities: readonly Member[];
}

export interface ContributionPart {
  name: string;
  kind: PartyKind;
  /** Exact share of the total before rounding. */
  exact: Dec;
  /** Rounded to the step; all parts sum exactly to the total. */
  amount: Dec;
  /** Share of the total (exact, not rounded). */
  shareOfTotal: Dec;
}

export const STATE_SHARE_BY_LAW = new Dec("0.5");

/** The usual region share: a quarter of the total, leaving the municipalities the other quarter. */
export const DEFAULT_REGION_SHARE = new Dec("0.25");

/** The usual model: staten 50 %, the region(s) `regionShare` (25 %) and the municipalities the rest of the members' half, by weights. */
export function defaultFundingModel(regions: readonly Member[], municipalities: readonly Member[], regionShare: Dec = DEFAULT_REGION_SHARE): FundingModel {
  return {
    stateShare: STATE_SHARE_BY_LAW,
    regionShare,
    // The members pay the half the state does not, so it equals the state's share.
    municipalShare: STATE_SHARE_BY_LAW.minus(regionShare),
    stateName: "Staten (Försäkringskassan)",
    regions,
    municipalities,
  };
}

function validate(model: FundingModel): void {
  if (!model.stateShare.equals(STATE_SHARE_BY_LAW)) {
    throw new FinsamError("funding.stateShare", { field: "statens andel", value: model.stateShare.toString() });
  }
  // A region share above one half leaves the municipalities a negative share: named as the share out of range.
  if (model.regionShare.isNegative() || model.regionShare.greaterThan(STATE_SHARE_BY_LAW)) {
    throw new FinsamError("number.outOfRange", { field: "regionandel", value: model.regionShare.toString(), min: 0, max: STATE_SHARE_BY_LAW.toString() });
  }
  const rest = model.regionShare.plus(model.municipalShare);
  if (model.regionShare.isNegative() || model.municipalShare.isNegative() || !rest.equals(STATE_SHARE_BY_LAW)) {
    throw new FinsamError("funding.sharesSum", { field: "regionens och kommunernas andelar", value: rest.toString() });
  }
  if (model.regions.length === 0 && !model.regionShare.isZero()) throw new FinsamError("funding.noRegions", { field: "regioner" });
  if (model.municipalities.length === 0 && !model.municipalShare.isZero()) {
    throw new FinsamError("funding.noMunicipalities", { field: "kommuner" });
  }
  const seen = new Set<string>();
  for (const m of [...model.regions, ...model.municipalities]) {
    const key = m.name.trim().toLocaleLowerCase("sv-SE");
    if (seen.has(key)) throw new FinsamError("split.duplicateName", { field: "medlemmar", value: m.name });
    seen.add(key);
  }
}

/** Each party's exact share of the total: the group share times the member's share of its group. */
function exactShares(model: FundingModel, field: string): { name: string; kind: PartyKind; share: Dec }[] {
  const group = (members: readonly Member[], groupShare: Dec, kind: PartyKind, label: string) => {
    if (members.length === 0) return [];
    const weights = members.map((m) => m.weight);
    weights.forEach((w, i) => {
      if (w.isNegative()) throw new FinsamError("number.negative", { field: `${field} ${label}[${i + 1}]`, value: w.toString() });
    });
    const total = sum(weights);
    if (total.isZero()) throw new FinsamError("split.weightsZero", { field: `${field} ${label}` });
    return members.map((m) => ({ name: m.name, kind, share: groupShare.times(m.weight).div(total) }));
  };
  return [
    { name: model.stateName, kind: "stat" as const, share: model.stateShare },
    ...group(model.regions, model.regionShare, "region", "regioner"),
    ...group(model.municipalities, model.municipalShare, "kommun", "kommuner"),
  ];
}

/**
 * Splits the total medelstilldelning among the state, the region(s) and the municipalities.
 * All parties are rounded together by largest remainder (see apportion), so the parts sum exactly to the
 * total and each is within one step of its exact share.
 */
export function splitContributions(total: Dec, model: FundingModel, step: Dec, field = "medlemmar", totalField = "total"): ContributionPart[] {
  validate(model);
  const shares = exactShares(model, field);
  const amounts = apportion(
    total,
    shares.map((s) => s.share),
    { step, field, totalField },
  );
  return shares.map((s, i) => ({
    name: s.name,
    kind: s.kind,
    exact: total.times(s.share),
    amount: amounts[i] ?? ZERO,
    shareOfTotal: s.share,
  }));
}
