import { Dec, ZERO } from "../money/decimal";
import { FinsamError } from "../errors";
import { kronor } from "../money/format";

/**
 * A rule for the largest reasonable eget kapital. The rule is data, not code: Nationella rådet's 2013
 * recommendation ("trappan") was not readable in any source, so förbund pick or type the rule they follow.
 */
export type EquityCapRule =
  /** A share of the members' contributions, e.g. 20 % (Roslagen 2022, "maximalt 20 % av medelstilldelningen"). */
  | { kind: "flat"; rate: Dec; label: string; verified: boolean }
  /** Marginal brackets over the contributions: each rate applies to the part of the base inside its bracket. */
  | { kind: "tiers"; tiers: readonly EquityTier[]; label: string; verified: boolean }
  /** A förbund's own fixed goal, e.g. HBS: "inte överstiga 2,5 miljoner kronor". */
  | { kind: "fixed"; amount: Dec; label: string; verified: boolean };

/** "20 %", "12,5 %": a rate as typed, every decimal kept (read back by rateOfShare). */
export const share = (rate: Dec): string => `${rate.times(100).toString().replace(".", ",")} %`;

/** A rate as `share` prints it ("12,5"), or undefined. */
export const rateOfShare = (text: string): Dec | undefined => (/^\d+(?:,\d+)?$/.test(text) ? new Dec(text.replace(",", ".")).div(100) : undefined);

/** A share of the contributions the förbund typed (its own rule, so verified). */
export function flatEquityRule(rate: Dec): Extract<EquityCapRule, { kind: "flat" }> {
  return { kind: "flat", rate, label: `${share(rate)} av medlemmarnas bidrag`, verified: true };
}

/** Default: the flat 20 % the seeds state as the guideline. */
export const DEFAULT_EQUITY_RULE = flatEquityRule(new Dec("0.2"));

export type EquityTier = { upTo: Dec | null; rate: Dec };

const PRESET_TIERS: readonly EquityTier[] = [
  { upTo: new Dec(10_000_000), rate: new Dec("0.2") },
  { upTo: null, rate: new Dec("0.1") },
];

/** "trappa (20 % upp till 10 000 000 kr, därefter 10 %)", lower case: it is read inside sentences ("Högst trappa (…)"). */
function tiersText(tiers: readonly EquityTier[]): string {
  return `trappa (${tiers.map((t) => (t.upTo === null ? `därefter ${share(t.rate)}` : `${share(t.rate)} upp till ${kronor(t.upTo)}`)).join(", ")})`;
}

/** The tiers `tiersText` printed (without "trappa (…)"), as a board member may retype them too (any spaces); undefined if it is not such a list. */
export function tiersOfText(text: string): EquityTier[] | undefined {
  const tiers = text.split(/,\s+/).map((part): EquityTier | undefined => {
    const bounded = /^(\d+(?:,\d+)?)\s*%\s+upp till\s+(\d{1,3}(?:[\s\u00a0\u202f]?\d{3})*)\s*kr$/.exec(part);
    const open = /^därefter\s+(\d+(?:,\d+)?)\s*%$/.exec(part);
    const rate = rateOfShare((bounded ?? open)?.[1] ?? "");
    if (!rate) return undefined;
    return { upTo: bounded ? new Dec(bounded[2]!.replace(/\D/g, "")) : null, rate };
  });
  return tiers.every((t): t is EquityTier => t !== undefined) ? tiers : undefined;
}

const samePreset = (tiers: readonly EquityTier[]): boolean =>
  tiers.length === PRESET_TIERS.length &&
  tiers.every((t, i) => t.rate.equals(PRESET_TIERS[i]!.rate) && (t.upTo === null ? PRESET_TIERS[i]!.upTo === null : PRESET_TIERS[i]!.upTo?.equals(t.upTo) === true));

/**
 * A tier rule as the user typed it. The shipped preset's tiers stay labelled unverified, typed by whoever
 * takes them; other tiers are the förbund's own table, like a rate it types.
 */
export function tieredEquityRule(tiers: readonly EquityTier[]): Extract<EquityCapRule, { kind: "tiers" }> {
  const verified = !samePreset(tiers);
  return { kind: "tiers", tiers, label: `${tiersText(tiers)}${verified ? "" : " – OVERIFIERAD, bekräfta mot Nationella rådets rekommendation"}`, verified };
}

/**
 * A stepped preset consistent with three seed reports (6,0 → 1,2; 14,6 → ≈2,5; 32,0 → ≈4,3 mnkr) but NOT
 * taken from Nationella rådet's text: labelled unverified so the user confirms it before relying on it.
 */
export const TIERED_EQUITY_PRESET: EquityCapRule = tieredEquityRule(PRESET_TIERS);

export interface EquityCheck {
  cap: Dec;
  equity: Dec;
  /** equity − cap: positive = over the cap (överskott), negative = headroom. */
  excess: Dec;
  /** equity / cap (null when the cap is zero). */
  ratio: Dec | null;
  within: boolean;
}

/** Throws one of the equity.* codes naming `field` (a cell, or the argument) when the rule cannot give a cap. */
export function validateEquityRule(rule: EquityCapRule, field: string, cell?: string): void {
  const bad = (code: "equity.rateRange" | "equity.amountNegative" | "equity.noTiers") => new FinsamError(code, { field, cell });
  const badTier = (code: "equity.tierRateRange" | "equity.tierOpenBound" | "equity.tierOrder", i: number) => new FinsamError(code, { field, cell, tier: i + 1 });
  if (rule.kind === "flat" && (rule.rate.isNegative() || rule.rate.greaterThan(1))) throw bad("equity.rateRange");
  if (rule.kind === "fixed" && rule.amount.isNegative()) throw bad("equity.amountNegative");
  if (rule.kind === "tiers") {
    if (rule.tiers.length === 0) throw bad("equity.noTiers");
    let previous = ZERO;
    rule.tiers.forEach((t, i) => {
      if (t.rate.isNegative() || t.rate.greaterThan(1)) throw badTier("equity.tierRateRange", i);
      if (t.upTo === null && i !== rule.tiers.length - 1) throw badTier("equity.tierOpenBound", i);
      if (t.upTo !== null) {
        if (!t.upTo.greaterThan(previous)) throw badTier("equity.tierOrder", i);
        previous = t.upTo;
      }
    });
  }
}

/** The cap in kronor for a year's member contributions (medlemmarnas bidrag, not total income). */
export function equityCap(rule: EquityCapRule, contributions: Dec, field = "regel"): Dec {
  validateEquityRule(rule, field);
  if (contributions.isNegative()) throw new FinsamError("equity.contributionsNegative", { value: contributions.toString() });
  switch (rule.kind) {
    case "flat":
      return contributions.times(rule.rate);
    case "fixed":
      return rule.amount;
    case "tiers": {
      // Contributions above a table that ends in a bound have no rate: refused, never capped at 0 % silently.
      const last = rule.tiers[rule.tiers.length - 1]!.upTo;
      if (last !== null && contributions.greaterThan(last)) throw new FinsamError("equity.aboveLastTier", { field, value: contributions.toString(), max: last.toString() });
      let cap = ZERO;
      let lower = ZERO;
      for (const t of rule.tiers) {
        const upper = t.upTo === null ? contributions : Dec.min(t.upTo, contributions);
        if (upper.greaterThan(lower)) cap = cap.plus(upper.minus(lower).times(t.rate));
        if (t.upTo === null || t.upTo.greaterThanOrEqualTo(contributions)) break;
        lower = t.upTo;
      }
      return cap;
    }
  }
}

/** Compares eget kapital with the cap. */
export function checkEquity(rule: EquityCapRule, contributions: Dec, equity: Dec): EquityCheck {
  const cap = equityCap(rule, contributions);
  const excess = equity.minus(cap);
  return { cap, equity, excess, ratio: cap.isZero() ? null : equity.div(cap), within: !excess.greaterThan(0) };
}
