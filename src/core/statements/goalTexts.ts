import type { Dec } from "../money/decimal";
import { rateOfShare, share, tiersOfText, type EquityCapRule, type EquityTier } from "../rules/equityCap";

/**
 * The goal sheets' Mål texts, and the limit each states read back from it: the checks test a row's Gräns against
 * the rule its own Mål cell states (checks/goals.ts), on the build's models and on a sheet `finsam check` reads
 * alike, where Inställningar may not be in the workbook.
 */
export const GOAL_TEXTS = {
  equity: (rule: EquityCapRule): string => `Högst ${rule.label}`,
  admin: (limit: Dec): string => `Högst ${share(limit)} av kostnaderna`,
  allocation: (minShare: Dec): string => `Minst ${share(minShare)} av medlen efter administration`,
};

/** A limit as a Mål text states it: a share of the row's base, or the equity cap's marginal tiers on the contributions. */
export type StatedLimit = { kind: "share"; rate: Dec } | { kind: "tiers"; tiers: EquityTier[] };

const PERCENT = String.raw`(\d+(?:,\d+)?)\s*%`;
const SHARE_TEXTS: readonly RegExp[] = [
  new RegExp(`^högst ${PERCENT} av medlemmarnas bidrag$`),
  new RegExp(`^högst ${PERCENT} av kostnaderna$`),
  new RegExp(`^minst ${PERCENT} av medlen efter administration$`),
];
/** The tiers' text, with or without the unverified preset's warning after it. */
const TIERS_TEXT = /^högst trappa \((.*)\)(?:\s+–.*)?$/;

/**
 * The limit a Mål text states; undefined for a text that states none the sheet can be tested by (a fixed amount,
 * "förbundets eget mål", is typed in Inställningar only; a text typed over by hand in other words).
 */
export function statedLimit(text: string): StatedLimit | undefined {
  const s = text.trim().replace(/\s+/g, " ").toLowerCase();
  for (const re of SHARE_TEXTS) {
    const rate = rateOfShare(re.exec(s)?.[1] ?? "");
    if (rate) return { kind: "share", rate };
  }
  const tiers = tiersOfText(TIERS_TEXT.exec(s)?.[1] ?? "");
  return tiers ? { kind: "tiers", tiers } : undefined;
}
