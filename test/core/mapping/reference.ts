import { Dec, ZERO } from "../../../src/core/money/decimal";

/**
 * The insats split as the rule states it, one Dec at a time (the reference the optimised sums are held to):
 * the entry without an object is the account total; without one, the total is the sum of the insats parts.
 * Entries on other dimensions are a second breakdown of the same total and are ignored. The parts come in
 * first-seen order, then the rest on no insats when it is not zero (or when there is no part).
 */
export function splitByInsats(entries: readonly { amount: Dec; object?: { dimension: number; id: string } }[], dimension: number): { insats: string | null; amount: Dec }[] {
  let total: Dec | null = null;
  const parts = new Map<string, Dec>();
  for (const e of entries) {
    if (!e.object) total = (total ?? ZERO).plus(e.amount);
    else if (e.object.dimension === dimension) parts.set(e.object.id, (parts.get(e.object.id) ?? ZERO).plus(e.amount));
  }
  const out: { insats: string | null; amount: Dec }[] = [...parts].map(([insats, amount]) => ({ insats, amount }));
  const partSum = out.reduce((a, p) => a.plus(p.amount), ZERO);
  const rest = (total ?? partSum).minus(partSum);
  if (!rest.isZero() || out.length === 0) out.push({ insats: null, amount: rest });
  return out;
}

/** Groups items by a string key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const it of items) groups.set(key(it), [...(groups.get(key(it)) ?? []), it]);
  return groups;
}
