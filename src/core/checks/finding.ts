import { Dec } from "../money/decimal";
import type { Figure, FigureRef } from "./figures";
import { enNumber, svNumber } from "../money/format";

export type CheckStatus = "pass" | "fail" | "not-applicable";

/** A text in both UI languages (titles, explanations). */
export type Bilingual = { sv: string; en: string };
export const bilingual = (sv: string, en: string): Bilingual => ({ sv, en });

export interface ComparedFigure {
  /** Swedish label, e.g. "RR Årets resultat 2021". */
  label: string;
  value: Dec | null;
  refs: FigureRef[];
}

export interface Finding {
  /** Stable id, e.g. "balans:current", "summa:kfa:kfa.lopande-summa:current". */
  id: string;
  title: { sv: string; en: string };
  figures: ComparedFigure[];
  /** First figure − second (kronor, or procentenheter when `unit` is "procent"); null when not applicable. */
  difference: Dec | null;
  /** ±0,5 rounding step per printed figure in the comparison. */
  tolerance: Dec | null;
  unit: "kr" | "procent";
  status: CheckStatus;
  /** What was compared and, on a failure, the likely cause: Swedish for the minutes, English for the pane. */
  explanation: Bilingual;
  /**
   * The explanation as the Kontroller sheet prints it, in Swedish, where it is shorter: the figures compared (and
   * the likely cause) without the difference, tolerance and verdict the sheet has columns for.
   */
  compared?: string;
  /** Every cell involved, for selecting them in the workbook. */
  refs: FigureRef[];
}

export interface Side {
  label: string;
  figure: Figure | undefined;
}

/** "1 753 200 kr" / "0,51 procentenheter" — Swedish number format for explanations, up to two decimals. */
export function formatAmount(value: Dec, unit: "kr" | "procent"): string {
  const text = svNumber(value, 2, false);
  return unit === "kr" ? `${text} kr` : `${text} procentenheter`;
}

/** The same in English: "1,753,200 kr" / "0.51 percentage points". */
function formatAmountEn(value: Dec, unit: "kr" | "procent"): string {
  const text = enNumber(value, 2, false);
  return unit === "kr" ? `${text} kr` : `${text} percentage points`;
}

export interface Comparison {
  id: string;
  title: { sv: string; en: string };
  left: Side;
  right: Side;
  unit?: "kr" | "procent";
  /** Extra text for a failure (the likely cause), given the difference. */
  onFail?: (difference: Dec) => Bilingual | undefined;
  /** Why the two cannot be compared though figures may be there (a table left out, another month): not applicable. */
  untestable?: Bilingual;
}

/** Compares two figures within their combined rounding uncertainty. */
export function compare(c: Comparison): Finding {
  const unit = c.unit ?? "kr";
  const show = (v: Dec) => (unit === "kr" ? formatAmount(v, "kr") : `${svNumber(v, 2, false)} %`);
  const showEn = (v: Dec) => (unit === "kr" ? formatAmountEn(v, "kr") : `${enNumber(v, 2, false)} %`);
  const figures = [c.left, c.right].map((s) => ({ label: s.label, value: s.figure?.value ?? null, refs: s.figure?.refs ?? [] }));
  const refs = figures.flatMap((f) => f.refs);
  const base = { id: c.id, title: c.title, figures, unit, refs };
  const l = c.left.figure;
  const r = c.right.figure;
  if (c.untestable) {
    const explanation = bilingual(`Kan inte prövas: ${c.untestable.sv}`, `Cannot be tested: ${c.untestable.en}`);
    return { ...base, difference: null, tolerance: null, status: "not-applicable", explanation };
  }
  if (!l || !r) {
    const missing = [c.left, c.right].filter((s) => !s.figure).map((s) => s.label);
    const explanation = bilingual(`Kan inte prövas: ${missing.join(" och ")} saknas.`, `Cannot be tested: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} missing.`);
    return { ...base, difference: null, tolerance: null, status: "not-applicable", explanation };
  }
  const difference = l.value.minus(r.value);
  const tolerance = l.uncertainty.plus(r.uncertainty);
  const pass = !difference.abs().greaterThan(tolerance);
  const cause = pass ? undefined : c.onFail?.(difference);
  const figuresSv = `${c.left.label} (${show(l.value)}) jämfört med ${c.right.label} (${show(r.value)})`;
  const sv = `${figuresSv}: differens ${formatAmount(difference, unit)}, avrundningstolerans ±${formatAmount(tolerance, unit)}. ${pass ? "Stämmer." : "Stämmer inte."}`;
  const en = `${c.left.label} (${showEn(l.value)}) compared with ${c.right.label} (${showEn(r.value)}): difference ${formatAmountEn(difference, unit)}, rounding tolerance ±${formatAmountEn(tolerance, unit)}. ${pass ? "Holds." : "Does not hold."}`;
  const explanation = bilingual(cause ? `${sv} ${cause.sv}` : sv, cause ? `${en} ${cause.en}` : en);
  const compared = cause ? `${figuresSv}. ${cause.sv}` : `${figuresSv}.`;
  return { ...base, difference, tolerance, status: pass ? "pass" : "fail", explanation, compared };
}
