import { FinsamError } from "../errors";
import { AREA_IDS, MAPPABLE_LINES } from "./targets";
import { compareSpecificity, inRange, objectMatches, validateRules } from "./range";
import { EXCLUDED_LINE, type Mapping, type MappingRule } from "./types";

export type Facet = "line" | "area" | "note";

export interface Resolution {
  line?: string;
  area?: string;
  note?: string;
  /** Facets where two equally specific rules disagree: the first rule in the table was used. */
  conflicts: { facet: Facet; targets: string[] }[];
}

/** Throws on rules with bad ranges or unknown targets. */
export function validateMapping(mapping: Mapping): void {
  validateRules(mapping.rules);
  mapping.rules.forEach((r, i) => {
    const field = `mappningsregel ${i + 1}`;
    if (r.line !== undefined && r.line !== EXCLUDED_LINE && !MAPPABLE_LINES.has(r.line)) throw new FinsamError("mapping.unknownLine", { field, value: r.line });
    if (r.area !== undefined && !AREA_IDS.has(r.area)) throw new FinsamError("mapping.unknownArea", { field, value: r.area });
  });
}

function resolveFacet(candidates: readonly MappingRule[], facet: Facet, out: Resolution): void {
  const withFacet = candidates.filter((r) => r[facet] !== undefined);
  if (withFacet.length === 0) return;
  // A stable sort keeps table order among equally specific rules, so the first of them wins.
  const sorted = [...withFacet].sort(compareSpecificity);
  const best = sorted[0]!;
  out[facet] = best[facet];
  const ties = sorted.filter((r) => compareSpecificity(r, best) === 0 && r[facet] !== best[facet]);
  if (ties.length > 0) out.conflicts.push({ facet, targets: [best[facet]!, ...ties.map((r) => r[facet]!)] });
}

/**
 * Resolves (account, object) to its line, area and note, each facet independently: the most specific
 * matching rule that sets the facet wins. Memoised, since a ledger repeats the same pairs.
 */
export function makeResolver(mapping: Mapping): (account: string, object?: { dimension: number; id: string }) => Resolution {
  validateMapping(mapping);
  const cache = new Map<string, Resolution>();
  return (account, object) => {
    const key = object ? `${account}\u0000${object.dimension}\u0000${object.id}` : account;
    const hit = cache.get(key);
    if (hit) return hit;
    const candidates = mapping.rules.filter((r) => inRange(account, r) && objectMatches(r, object));
    const res: Resolution = { conflicts: [] };
    for (const facet of ["line", "area", "note"] as const) resolveFacet(candidates, facet, res);
    cache.set(key, res);
    return res;
  };
}
