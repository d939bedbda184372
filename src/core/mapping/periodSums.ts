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

/** One insats's yearly actuals on an account: its sum's slot in the ExactSums insatsActuals was given. */
export interface ActualPart {
  insats: string;
  slot: number;
}

/**
 * Yearly sums of the monthly actuals per year, account and insats (the parts of the "res" balances), summed
 * in `sums`: year → account → parts, each level in first-seen order. The caller turns only what it keeps
 * into Decs. One numeric key per (year, account, object): a ledger's period rows are tens of thousands.
 */
export function insatsActuals(periods: PeriodTable, dim: number, sums: ExactSums): Map<number, Map<string, ActualPart[]>> {
  const accounts = periods.accountCount;
  const objects = periods.objectCount;
  const onDimension = Array.from({ length: objects }, (_, o) => periods.objectRef(o).dimension === dim);
  const out = new Map<number, Map<string, ActualPart[]>>();
  const yearNumbers = new Map<number, number>();
  const slots = new Map<number, number>();
  for (let i = 0; i < periods.length; i++) {
    const o = periods.objectAt(i);
    if (o === NO_OBJECT || !onDimension[o] || periods.kindAt(i) !== "actual") continue;
    const year = periods.yearAt(i);
    let y = yearNumbers.get(year);
    if (y === undefined) {
      yearNumbers.set(year, (y = yearNumbers.size));
      out.set(year, new Map());
    }
    const a = periods.accountAt(i);
    const key = (y * accounts + a) * objects + o;
    let s = slots.get(key);
    if (s === undefined) {
      slots.set(key, (s = sums.slot()));
      const perAccount = out.get(year)!;
      const name = periods.accountName(a);
      const parts = perAccount.get(name);
      const part = { insats: periods.objectRef(o).id, slot: s };
      if (parts) parts.push(part);
      else perAccount.set(name, [part]);
    }
    sums.add(s, periods.amountAt(i));
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

/** A (year, period, account) group: its account total and its insats parts, as ExactSums slots. */
interface Group {
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
  const dim = mapping.insatsDimension;
  const sums = new ExactSums();
  const groups = groupPeriods(t, kind, year, dim, sums);

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
    for (let k = 0; k < g.objects.length; k++) emit(g, g.objects[k]!, sums.value(g.parts[k]!));
    // Without a total the parts are the whole; a group with no parts keeps its (zero) rest.
    if (g.total === NONE) {
      if (g.objects.length === 0) emit(g, NONE, 0);
      continue;
    }
    sums.reset(rest);
    sums.add(rest, sums.value(g.total));
    for (const part of g.parts) sums.sub(rest, sums.value(part));
    if (!sums.isZero(rest) || g.objects.length === 0) emit(g, NONE, sums.value(rest));
  }
  return outputs.map((o) => {
    const p: PeriodSum = { year: o.year, period: t.periodName(o.period), insats: o.insats, amount: sums.toDec(o.slot) };
    if (o.r.area !== undefined) p.area = o.r.area;
    if (o.r.line !== undefined) p.line = o.r.line;
    return p;
  });
}

/**
 * The amounts of one kind grouped by year, period and account in first-seen order, with the account total
 * (the amount on no object) and the parts on the insats dimension summed in `sums`. Amounts on other
 * dimensions are a second breakdown of the same total: they open their group but add nothing.
 */
function groupPeriods(t: PeriodTable, kind: PeriodAmount["kind"], year: number | undefined, dim: number, sums: ExactSums): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<number, number>();
  const accounts = t.accountCount;
  const periods = t.periodCount;
  for (let i = 0; i < t.length; i++) {
    if (t.kindAt(i) !== kind) continue;
    const y = t.yearAt(i);
    if (year !== undefined && y !== year) continue;
    const key = (y * periods + t.periodAt(i)) * accounts + t.accountAt(i);
    let n = byKey.get(key);
    if (n === undefined) {
      byKey.set(key, (n = groups.length));
      groups.push({ year: y, period: t.periodAt(i), account: t.accountAt(i), total: NONE, objects: [], parts: [] });
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
    }
  }
  return groups;
}
