import type { Dec } from "../money/decimal";
import { ExactSums, type Exact } from "../money/exact";
import { NO_OBJECT, type PeriodTable } from "../ledger/periodTable";
import type { Ledger, PeriodAmount } from "../ledger/types";
import { cachedResolver, type Resolution } from "./resolve";
import type { Mapping } from "./types";

/**
 * Sums over the ledger's monthly amounts, computed on PeriodTable's columns in whole öre: a year of #TRANS
 * is about 100 000 amounts, and only the sums (a few thousand) become Decs.
 */

const NONE = -1;

/** Yearly sums of the monthly actuals per year, account and insats (the parts of the "res" balances). */
export function insatsActuals(periods: PeriodTable, dim: number): Map<number, Map<string, { amount: Dec; object: { dimension: number; id: string } }[]>> {
  const { sums, yearly } = periodGroups(periods, dim);
  // year → account → parts, each level in first-seen order (as yearly, which is in first-seen order, gives them).
  const out = new Map<number, Map<string, { amount: Dec; object: { dimension: number; id: string } }[]>>();
  for (const y of yearly) {
    let perAccount = out.get(y.year);
    if (!perAccount) out.set(y.year, (perAccount = new Map()));
    const name = periods.accountName(y.account);
    let parts = perAccount.get(name);
    if (!parts) perAccount.set(name, (parts = []));
    parts.push({ amount: sums.toDec(y.slot), object: { dimension: dim, id: periods.objectRef(y.object).id } });
  }
  return out;
}

/** A period's amounts on one target (RR line and driftsredovisning area) and insats, summed over accounts. */
export interface PeriodSum {
  year: number;
  period: string;
  /** Insats object id, or null for the part booked on no insats. */
  insats: string | null;
  amount: Dec;
  area?: string;
  line?: string;
}

/** A (kind, year, period, account) group: its account total and its insats parts, as ExactSums slots. */
interface Group {
  kind: PeriodAmount["kind"];
  year: number;
  period: number;
  account: number;
  total: number;
  objects: number[];
  parts: number[];
}

/**
 * Period amounts of one kind (and of one year, when given), split by insats and resolved like the balances:
 * per year, period and account, the insats parts plus the rest of the account total booked on no insats
 * (see splitByInsats: the same rule), then summed per period, target and insats. Sums come out in the order
 * their first amount has in the ledger.
 */
export function mappedPeriodSums(ledger: Ledger, mapping: Mapping, kind: PeriodAmount["kind"], year?: number): PeriodSum[] {
  const t = ledger.periods;
  const grouped = periodGroups(t, mapping.insatsDimension);
  const groups = grouped.groups.filter((g) => g.kind === kind && (year === undefined || g.year === year));
  const part = (slot: number) => grouped.sums.value(slot);
  // The outputs' sums: the groups' stay as the table's grouping keeps them.
  const sums = new ExactSums();

  const resolve = cachedResolver(mapping);
  // A target is a (line, area) pair; several Resolutions can name the same one, so each is numbered once.
  const targetNumbers = new Map<string, number>();
  const targetOf = (r: Resolution) => {
    const key = `${r.line ?? ""}\u0000${r.area ?? ""}`;
    let n = targetNumbers.get(key);
    if (n === undefined) targetNumbers.set(key, (n = targetNumbers.size));
    return n;
  };
  // Each (account, object) pair resolved once, by number: a year's groups emit tens of thousands of parts on
  // a few thousand pairs, and the resolver is keyed by account and insats text.
  const objectsPlusOne = t.objectCount + 1;
  const pairs = new Map<number, { insats: string | null; r: Resolution; target: number }>();
  const pairOf = (account: number, object: number) => {
    const n = account * objectsPlusOne + object + 1;
    let pair = pairs.get(n);
    if (!pair) {
      const insats = object === NONE ? null : t.objectRef(object).id;
      const r = resolve(t.accountName(account), insats);
      pairs.set(n, (pair = { insats, r, target: targetOf(r) }));
    }
    return pair;
  };
  // (year, period) → target·(objects + 1) + (object + 1) → output; an Exact sum per output.
  const outputs: { year: number; period: number; insats: string | null; r: Resolution; slot: number }[] = [];
  const index = new Map<number, Map<number, number>>();
  const emit = (g: Group, object: number, amount: Exact) => {
    const pair = pairOf(g.account, object);
    const yp = g.year * t.periodCount + g.period;
    let byKey = index.get(yp);
    if (!byKey) index.set(yp, (byKey = new Map()));
    const key = pair.target * objectsPlusOne + object + 1;
    let k = byKey.get(key);
    if (k === undefined) {
      byKey.set(key, (k = outputs.length));
      outputs.push({ year: g.year, period: g.period, insats: pair.insats, r: pair.r, slot: sums.slot() });
    }
    sums.add(outputs[k]!.slot, amount);
  };

  const rest = sums.slot();
  for (const g of groups) {
    for (let k = 0; k < g.objects.length; k++) emit(g, g.objects[k]!, part(g.parts[k]!));
    // Without a total the parts are the whole; a group with no parts keeps its (zero) rest.
    if (g.total === NONE) {
      if (g.objects.length === 0) emit(g, NONE, 0);
      continue;
    }
    sums.reset(rest);
    sums.add(rest, part(g.total));
    for (const p of g.parts) sums.sub(rest, part(p));
    if (!sums.isZero(rest) || g.objects.length === 0) emit(g, NONE, sums.value(rest));
  }
  return outputs.map((o) => {
    const p: PeriodSum = { year: o.year, period: t.periodName(o.period), insats: o.insats, amount: sums.toDec(o.slot) };
    if (o.r.area !== undefined) p.area = o.r.area;
    if (o.r.line !== undefined) p.line = o.r.line;
    return p;
  });
}

/** A table's amounts grouped once (periodGroups): the sums, slots of one ExactSums. */
interface PeriodGroups {
  sums: ExactSums;
  /** Per kind, year, period and account, in first-seen order. */
  groups: Group[];
  /** The actuals on the insats dimension per year, account and object, in first-seen order (insatsActuals). */
  yearly: { year: number; account: number; object: number; slot: number }[];
}

/**
 * One grouping per table and insats dimension: the balances' insats parts, the budget and the follow-up all
 * read the same amounts, and a pass over a year of #TRANS sums is the costly part. The table only grows (push),
 * so a grouping made at its current length is its grouping.
 */
const grouped = new WeakMap<PeriodTable, { length: number; dim: number; groups: PeriodGroups }>();

function periodGroups(t: PeriodTable, dim: number): PeriodGroups {
  const known = grouped.get(t);
  if (known && known.length === t.length && known.dim === dim) return known.groups;
  const groups = groupPeriods(t, dim);
  grouped.set(t, { length: t.length, dim, groups });
  return groups;
}

/**
 * The amounts grouped by kind, year, period and account in first-seen order, with the account total (the
 * amount on no object) and the parts on the insats dimension summed in `sums`; the actuals' parts are summed
 * per year, account and object too. Amounts on other dimensions are a second breakdown of the same total:
 * they open their group but add nothing.
 */
function groupPeriods(t: PeriodTable, dim: number): PeriodGroups {
  const sums = new ExactSums();
  const groups: Group[] = [];
  const yearly: PeriodGroups["yearly"] = [];
  const byKey = new Map<number, number>();
  const yearlyByKey = new Map<number, number>();
  const accounts = t.accountCount;
  const periods = t.periodCount;
  const objects = t.objectCount;
  for (let i = 0; i < t.length; i++) {
    const kind = t.kindAt(i);
    const y = t.yearAt(i);
    const a = t.accountAt(i);
    const key = ((y * periods + t.periodAt(i)) * accounts + a) * 2 + (kind === "actual" ? 0 : 1);
    let n = byKey.get(key);
    if (n === undefined) {
      byKey.set(key, (n = groups.length));
      groups.push({ kind, year: y, period: t.periodAt(i), account: a, total: NONE, objects: [], parts: [] });
    }
    const g = groups[n]!;
    const o = t.objectAt(i);
    if (o === NO_OBJECT) {
      if (g.total === NONE) g.total = sums.slot();
      sums.add(g.total, t.amountAt(i));
    } else if (t.objectRef(o).dimension === dim) {
      let k = g.objects.indexOf(o);
      if (k < 0) {
        k = g.objects.push(o) - 1;
        g.parts.push(sums.slot());
      }
      sums.add(g.parts[k]!, t.amountAt(i));
      if (kind !== "actual") continue;
      const yearKey = (y * accounts + a) * objects + o;
      let m = yearlyByKey.get(yearKey);
      if (m === undefined) {
        yearlyByKey.set(yearKey, (m = yearly.length));
        yearly.push({ year: y, account: a, object: o, slot: sums.slot() });
      }
      sums.add(yearly[m]!.slot, t.amountAt(i));
    }
  }
  return { sums, groups, yearly };
}
