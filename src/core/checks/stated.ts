import { Dec, HUNDRED, ZERO } from "../money/decimal";
import { UNITS } from "../money/units";
import { type CheckContext, type Figure, sumTerms } from "./figures";
import { compare, type Finding } from "./finding";
import type { StatedFigure } from "./statementSet";

/** The value the text claims, recomputed from the statements: procent, or kronor for an amount. */
function recompute(ctx: CheckContext, s: StatedFigure): Figure | undefined {
  const num = sumTerms(ctx, s.numerator);
  if (!num) return undefined;
  const n = { ...num, value: num.value.plus(s.offset ?? ZERO) };
  if (s.unit !== "procent") return n;
  const den = s.denominator && sumTerms(ctx, s.denominator);
  if (!den || den.value.isZero()) return undefined;
  const r = n.value.div(den.value);
  // Rounding of numerator and denominator, propagated to the ratio, in procentenheter.
  const u = n.uncertainty.plus(r.abs().times(den.uncertainty)).div(den.value.abs()).times(HUNDRED);
  return { value: r.times(HUNDRED), uncertainty: u, refs: [...n.refs, ...den.refs] };
}

/** Figures stated in text ("13 procent", "ca 8 miljoner") against the statements, within the text's rounding. */
export function statedChecks(ctx: CheckContext): Finding[] {
  return (ctx.set.stated ?? []).map((s) => {
    // "13 procent" is exact to ±0,5 procentenheter, "8,9 miljoner" to ±0,05 mnkr.
    const scale = s.unit === "procent" ? new Dec(1) : UNITS[s.unit];
    const half = new Dec(5).times(new Dec(10).pow(-(s.decimals + 1))).times(scale);
    const text = `${s.value.toFixed(s.decimals).replace(".", ",")} ${s.unit}`;
    return compare({
      id: `text:${s.id}`,
      title: { sv: `Uppgift i text: "${s.text}"`, en: `Figure stated in text: "${s.text}"` },
      left: { label: `Texten${s.source ? ` (${s.source})` : ""}: ${text}`, figure: { value: s.value.times(scale), uncertainty: half, refs: [] } },
      right: { label: `omräknat: ${s.claim}`, figure: recompute(ctx, s) },
      unit: s.unit === "procent" ? "procent" : "kr",
    });
  });
}
