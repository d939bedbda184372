import { Dec } from "../money/decimal";
import type { Figure, FigureRef } from "./figures";
import { svNumber } from "../money/format";

export type CheckStatus = "pass" | "fail" | "not-applicable";

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
  /** Swedish explanation for the minutes. */
  explanation: string;
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

function percentText(value: Dec): string {
  return `${svNumber(value, 2, false)} %`;
}

export interface Comparison {
  id: string;
  title: { sv: string; en: string };
  left: Side;
  right: Side;
  unit?: "kr" | "procent";
  /** Extra Swedish text for a failure (the likely cause), given the difference. */
  onFail?: (difference: Dec) => string | undefined;
}

/** Compares two figures within their combined rounding uncertainty. */
export function compare(c: Comparison): Finding {
  const unit = c.unit ?? "kr";
  const show = (v: Dec) => (unit === "kr" ? formatAmount(v, "kr") : percentText(v));
  const figures = [c.left, c.right].map((s) => ({ label: s.label, value: s.figure?.value ?? null, refs: s.figure?.refs ?? [] }));
  const refs = figures.flatMap((f) => f.refs);
  const base = { id: c.id, title: c.title, figures, unit, refs };
  const l = c.left.figure;
  const r = c.right.figure;
  if (!l || !r) {
    const missing = [c.left, c.right].filter((s) => !s.figure).map((s) => s.label);
    return { ...base, difference: null, tolerance: null, status: "not-applicable", explanation: `Kan inte kontrolleras: ${missing.join(" och ")} saknas.` };
  }
  const difference = l.value.minus(r.value);
  const tolerance = l.uncertainty.plus(r.uncertainty);
  const pass = !difference.abs().greaterThan(tolerance);
  const head = `${c.left.label} (${show(l.value)}) jämfört med ${c.right.label} (${show(r.value)}): differens ${formatAmount(difference, unit)}, avrundningstolerans ±${formatAmount(tolerance, unit)}.`;
  const tail = pass ? " Stämmer." : ` Stämmer inte.${c.onFail ? ` ${c.onFail(difference) ?? ""}` : ""}`;
  return { ...base, difference, tolerance, status: pass ? "pass" : "fail", explanation: (head + tail).trimEnd() };
}
