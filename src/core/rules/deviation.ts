import { Dec, ZERO } from "../money/decimal";
import { FinsamError } from "../errors";

export type LineKind = "income" | "cost";
export type Severity = "ok" | "warning" | "critical";

/**
 * Deviation thresholds. A deviation is flagged when it exceeds the percentage OR the amount threshold of a
 * level (a level without either threshold never fires). Only unfavourable deviations are flagged by default:
 * a board cares most about overruns; `flagFavourable` also flags large underspending.
 */
export interface DeviationThresholds {
  warning: { percent: Dec | null; amount: Dec | null };
  critical: { percent: Dec | null; amount: Dec | null };
  flagFavourable: boolean;
}

export const DEFAULT_THRESHOLDS: DeviationThresholds = {
  warning: { percent: new Dec("0.05"), amount: new Dec(50_000) },
  critical: { percent: new Dec("0.10"), amount: new Dec(100_000) },
  flagFavourable: false,
};

export interface Deviation {
  /** utfall − budget, as the seeds print it. */
  raw: Dec;
  /** The project's convention: positive = favourable (income above budget, cost below budget). */
  favourable: Dec;
  /** raw / |budget|; null when the budget is zero. */
  percent: Dec | null;
  severity: Severity;
}

const KINDS: ReadonlyMap<string, LineKind> = new Map([
  ...["kostnad", "kostnader", "cost", "k", "costs"].map((k) => [k, "cost"] as const),
  ...["intäkt", "intäkter", "income", "i", "revenue"].map((k) => [k, "income"] as const),
]);

/** Reads "intäkt"/"kostnad" (or English) as a line kind. */
export function parseLineKind(text: string | undefined, field = "typ"): LineKind {
  const kind = text === undefined ? "cost" : KINDS.get(text.trim().toLowerCase());
  if (!kind) throw new FinsamError("deviation.kind", { field, value: text ?? "" });
  return kind;
}

/**
 * Costs may be typed positive (budget tables) or negative (RR style); both mean the same cost. The sign of
 * "favourable" therefore uses magnitudes for costs: spending less than budget is favourable either way.
 */
export function deviation(actual: Dec, budget: Dec, kind: LineKind, thresholds: DeviationThresholds = DEFAULT_THRESHOLDS): Deviation {
  const { raw, favourable } = deviationAmounts(actual, budget, kind);
  const percent = budget.isZero() ? null : raw.div(budget.abs());
  return { raw, favourable, percent, severity: severityOf(favourable, budget, thresholds) };
}

/** The two deviation amounts alone (the DEVIATION function needs no percent or severity). */
export function deviationAmounts(actual: Dec, budget: Dec, kind: LineKind): { raw: Dec; favourable: Dec } {
  const raw = actual.minus(budget);
  return { raw, favourable: kind === "income" ? raw : budget.abs().minus(actual.abs()) };
}

function exceeds(level: { percent: Dec | null; amount: Dec | null }, magnitude: Dec, budget: Dec): boolean {
  const byAmount = level.amount !== null && magnitude.greaterThan(level.amount);
  // With no budget, any deviation is infinitely large in percent.
  const byPercent = level.percent !== null && (budget.isZero() ? magnitude.greaterThan(0) : magnitude.div(budget.abs()).greaterThan(level.percent));
  return byAmount || byPercent;
}

export function severityOf(favourable: Dec, budget: Dec, t: DeviationThresholds): Severity {
  if (favourable.greaterThanOrEqualTo(ZERO) && !t.flagFavourable) return "ok";
  const magnitude = favourable.abs();
  if (exceeds(t.critical, magnitude, budget)) return "critical";
  if (exceeds(t.warning, magnitude, budget)) return "warning";
  return "ok";
}

export function validateThresholds(t: DeviationThresholds): void {
  for (const [name, level] of [["warning", t.warning], ["critical", t.critical]] as const) {
    if (level.percent !== null && (level.percent.isNegative() || level.percent.greaterThan(10))) {
      throw new FinsamError("deviation.thresholdPercent", { level: name, value: level.percent.toString(), min: 0, max: 10 });
    }
    if (level.amount !== null && level.amount.isNegative()) {
      throw new FinsamError("deviation.thresholdAmount", { level: name, value: level.amount.toString() });
    }
  }
}

export const SEVERITY_LABEL_SV: Record<Severity, string> = { ok: "OK", warning: "Varning", critical: "Kritisk" };
