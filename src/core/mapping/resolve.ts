import { FinsamError } from "../errors";
import { AREA_IDS, MAPPABLE_LINES } from "./targets";
import { compareSpecificity, inRange, objectMatches, specificity, validateRules } from "./range";
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

/** A rule with its specificity, computed once per resolver (BigInt arithmetic is not free). */
interface RankedRule {
  rule: MappingRule;
  rank: [number, bigint];
  /** Position in the mapping's rules. */
  index: number;
}

function resolveFacet(candidates: readonly RankedRule[], facet: Facet, out: Resolution): void {
  const withFacet = candidates.filter((r) => r.rule[facet] !== undefined);
  if (withFacet.length === 0) return;
  // A stable sort keeps table order among equally specific rules, so the first of them wins.
  const sorted = withFacet.sort((a, b) => compareSpecificity(a.rank, b.rank));
  const best = sorted[0]!;
  const target = best.rule[facet]!;
  out[facet] = target;
  const ties = sorted.filter((r) => compareSpecificity(r.rank, best.rank) === 0 && r.rule[facet] !== target);
  if (ties.length > 0) out.conflicts.push({ facet, targets: [target, ...ties.map((r) => r.rule[facet]!)] });
}

/**
 * Resolves (account, object) to its line, area and note, each facet independently: the most specific
 * matching rule that sets the facet wins. Memoised, since a ledger repeats the same pairs; the rules whose
 * range holds an account are found once per account and only filtered by object for each of its objects,
 * and pairs matched by the same rules share one Resolution (the facets depend on those rules alone).
 */
export function makeResolver(mapping: Mapping): (account: string, object?: { dimension: number; id: string }) => Resolution {
  validateMapping(mapping);
  const ranked: RankedRule[] = mapping.rules.map((rule, index) => ({ rule, rank: specificity(rule), index }));
  const byAccount = new Map<string, RankedRule[]>();
  const cache = new Map<string, Resolution>();
  const byRules = new Map<string, Resolution>();
  // Dimensions the mapping gives areas per object (insatser): an object on one of them that no rule names
  // is a new insats the mapping misses, so its amounts get no area (reported as unmapped) rather than
  // silently the account's own area.
  const areaByObject = new Set(mapping.rules.flatMap((r) => (r.object && r.area !== undefined ? [r.object.dimension] : [])));
  return (account, object) => {
    const key = object ? `${account}\u0000${object.dimension}\u0000${object.id}` : account;
    const hit = cache.get(key);
    if (hit) return hit;
    let inAccount = byAccount.get(account);
    if (!inAccount) byAccount.set(account, (inAccount = ranked.filter((r) => inRange(account, r.rule))));
    const candidates = inAccount.filter((r) => objectMatches(r.rule, object));
    const unknownInsats = object !== undefined && areaByObject.has(object.dimension) && !candidates.some((r) => r.rule.object);
    const rules = `${candidates.map((r) => r.index).join(",")}${unknownInsats ? "?" : ""}`;
    let res = byRules.get(rules);
    if (!res) {
      res = { conflicts: [] };
      for (const facet of ["line", "area", "note"] as const) if (facet !== "area" || !unknownInsats) resolveFacet(candidates, facet, res);
      byRules.set(rules, res);
    }
    cache.set(key, res);
    return res;
  };
}

/** Resolves an account's amount booked on an insats (an object id on the mapping's insats dimension) or on none. */
export type InsatsResolver = (account: string, insats: string | null) => Resolution;

/**
 * One resolution table per mapping, shared by applyMapping and the period sums: a build resolves the same
 * (account, insats) pairs for balances, actuals and budget. Mappings are values (the sheet reader builds a
 * new one on every read; nothing edits one in place), so the table never goes stale. Each pair's Resolution
 * is one object, so callers may key on it.
 */
const resolvers = new WeakMap<Mapping, InsatsResolver>();

export function cachedResolver(mapping: Mapping): InsatsResolver {
  let table = resolvers.get(mapping);
  if (table) return table;
  const resolve = makeResolver(mapping);
  const dim = mapping.insatsDimension;
  const byAccount = new Map<string, Map<string | null, Resolution>>();
  table = (account, insats) => {
    let perInsats = byAccount.get(account);
    if (!perInsats) byAccount.set(account, (perInsats = new Map()));
    let r = perInsats.get(insats);
    if (!r) perInsats.set(insats, (r = resolve(account, insats === null ? undefined : { dimension: dim, id: insats })));
    return r;
  };
  resolvers.set(mapping, table);
  return table;
}
