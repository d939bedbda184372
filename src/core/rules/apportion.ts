import { type Dec, ONE, ZERO, sum } from "../money/decimal";
import { FinsamError } from "../errors";
import { largestRemainder } from "./largestRemainder";
import { stepLabel } from "../money/units";

export interface ApportionOptions {
  /** Step the parts are multiples of, in kronor (see money/units). */
  step: Dec;
  /** Name of the weights argument or field, for error messages. */
  field?: string;
  /** Name of the total's argument or field (default "total"). */
  totalField?: string;
}

/**
 * Splits `total` in proportion to `weights` so that every part is a multiple of `step` and the parts sum
 * exactly to `total` (largest-remainder / Hamilton method).
 *
 * Each part is first its exact share rounded toward zero; the units still missing go one each to the parts
 * with the largest remainders (compared exactly, see largestRemainder.ts). Ties are broken deterministically:
 * larger exact share first, then the earlier position in the list. Hence every part is within one step of its
 * exact share, and reordering the members changes nothing except between members whose exact shares are
 * identical.
 *
 * A negative total is split like its absolute value and negated, so refunds split symmetrically.
 */
export function apportion(total: Dec, weights: readonly Dec[], options: ApportionOptions): Dec[] {
  const field = options.field ?? "vikter";
  const step = options.step;
  if (weights.length === 0) throw new FinsamError("split.noWeights", { field });
  weights.forEach((w, i) => {
    if (w.isNegative() && !w.isZero()) throw new FinsamError("number.negative", { field: `${field}[${i + 1}]`, value: w.toString() });
  });
  const weightSum = sum(weights);
  if (weightSum.isZero()) throw new FinsamError("split.weightsZero", { field });

  const units = total.abs().div(step);
  if (!units.isInteger()) {
    throw new FinsamError("split.notMultiple", { field: options.totalField ?? "total", value: total.toFixed(), unit: stepLabel(step) });
  }
  // A negative total splits like its magnitude: the whole-unit parts are scaled by −step.
  const scale = total.isNegative() ? step.negated() : step;
  const inUnits = scale.equals(ONE);
  return largestRemainder(units, weights, weightSum).map((p) => (p.isZero() ? ZERO : inUnits ? p : p.times(scale)));
}
