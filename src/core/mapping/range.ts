import { FinsamError } from "../errors";
import type { MappingRule } from "./types";

const DIGITS = /^[0-9]+$/;

/** Throws unless every rule has digit-only bounds with from ≤ to (at equal padded length). */
export function validateRules(rules: readonly MappingRule[]): void {
  rules.forEach((r, i) => {
    const field = `mappningsregel ${i + 1}`;
    if (!DIGITS.test(r.from) || !DIGITS.test(r.to)) throw new FinsamError("mapping.range", { field, value: `${r.from}–${r.to}` });
    const len = Math.max(r.from.length, r.to.length);
    if (r.from.padEnd(len, "0") > r.to.padEnd(len, "9")) throw new FinsamError("mapping.range", { field, value: `${r.from}–${r.to}` });
    if (!r.line && !r.area && !r.note) throw new FinsamError("mapping.noTarget", { field });
  });
}

/** Whether an account number lies in the rule's range (see the padding convention in types.ts). */
export function inRange(account: string, rule: MappingRule): boolean {
  const len = Math.max(account.length, rule.from.length, rule.to.length);
  const a = account.padEnd(len, "0");
  return a >= rule.from.padEnd(len, "0") && a <= rule.to.padEnd(len, "9");
}

export function objectMatches(rule: MappingRule, object: { dimension: number; id: string } | undefined): boolean {
  if (!rule.object) return true;
  if (!object || object.dimension !== rule.object.dimension) return false;
  return rule.object.id === undefined || rule.object.id === object.id;
}

const SPEC_LEN = 16;

/**
 * Specificity decides between matching rules: an object-id rule beats an object-dimension rule beats an
 * account-only rule; among those, the narrower range wins (78xx inside 4–7). Equal specificity with
 * different targets is a conflict, reported as a double mapping.
 */
export function specificity(rule: MappingRule): [number, bigint] {
  const objectLevel = rule.object ? (rule.object.id !== undefined ? 2 : 1) : 0;
  const width = BigInt(rule.to.padEnd(SPEC_LEN, "9")) - BigInt(rule.from.padEnd(SPEC_LEN, "0"));
  return [objectLevel, width];
}

/** Negative when specificity a is more specific than b, 0 when equally specific. */
export function compareSpecificity(a: readonly [number, bigint], b: readonly [number, bigint]): number {
  if (a[0] !== b[0]) return b[0] - a[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}
