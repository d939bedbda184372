import { ZERO, sumBy, type Dec } from "../money/decimal";
import { ExactSums, exactOf, type Exact } from "../money/exact";
import type { Balance, BalanceKind, Ledger } from "../ledger/types";
import { cachedResolver, type Facet, type Resolution } from "./resolve";
import { insatsActuals, type ActualPart } from "./periodSums";
import { EXCLUDED_LINE, type Mapping } from "./types";
import { runSteps, type Steps } from "../steps";

/** One account's amount (or the part booked on one insats), with where the mapping sends it. */
export interface MappedCell {
  year: number;
  kind: BalanceKind;
  account: string;
  /** Insats object id (mapping.insatsDimension), or null for the part booked on no insats. */
  insats: string | null;
  amount: Dec;
  line?: string;
  area?: string;
  note?: string;
}

export interface UnmappedAmount {
  account: string;
  accountName: string;
  /** "line": no RR/BR line; "area": a result amount with no driftsredovisning area. */
  facet: "line" | "area";
  year: number;
  kind: BalanceKind;
  insats: string | null;
  amount: Dec;
}

export interface DoubleMapping {
  account: string;
  insats: string | null;
  facet: Facet;
  /** The competing targets; the first is the one used. */
  targets: string[];
}

/** Proof that nothing was dropped: per year and kind, what the ledger holds vs what was mapped. */
export interface ControlTotal {
  year: number;
  kind: BalanceKind;
  ledgerTotal: Dec;
  mappedTotal: Dec;
  unmappedTotal: Dec;
  /** ledgerTotal − mappedTotal: zero when every amount reached a line. */
  difference: Dec;
  ok: boolean;
}

export interface MappedLedger {
  ledger: Ledger;
  mapping: Mapping;
  cells: MappedCell[];
  unmapped: UnmappedAmount[];
  doubleMapped: DoubleMapping[];
  control: ControlTotal[];
}

const amountOf = (x: { amount: Dec }): Dec => x.amount;
const NONE = -1;
/** Accounts (per year and kind) mapped between two steps of applyMappingSteps: about 10 ms on a cold start. */
const GROUPS_PER_STEP = 64;

/** The sum of the entries on no object (a balance-sheet account's amount) as a slot of `sums`. */
function totalSlot(entries: readonly Balance[], sums: ExactSums): number {
  const s = sums.slot();
  for (const e of entries) if (!e.object) sums.add(s, exactOf(e.amount));
  return s;
}

/**
 * Splits an account's entries into insats parts plus the remainder booked on no insats, as slots of `sums`.
 * The entry without an object is the account total (as #RES/#PSALDO {}); without one, the total is the sum
 * of the insats parts. Entries on other dimensions are ignored: they are a second breakdown of the same
 * total. When no entry has an object, the parts are the year's actuals per insats, `actual` (see applyMapping).
 */
function insatsParts(entries: readonly Balance[], actual: readonly ActualPart[] | undefined, dim: number, sums: ExactSums): { insats: string | null; slot: number }[] {
  let total = NONE;
  const byInsats = new Map<string, number>();
  let withObjects = false;
  for (const e of entries) {
    if (!e.object) {
      if (total === NONE) total = sums.slot();
      sums.add(total, exactOf(e.amount));
    } else {
      withObjects = true;
      if (e.object.dimension !== dim) continue;
      let s = byInsats.get(e.object.id);
      if (s === undefined) byInsats.set(e.object.id, (s = sums.slot()));
      sums.add(s, exactOf(e.amount));
    }
  }
  if (!withObjects && actual) for (const p of actual) byInsats.set(p.insats, p.slot);
  const out: { insats: string | null; slot: number }[] = [];
  const rest = sums.slot();
  if (total !== NONE) sums.add(rest, sums.value(total));
  for (const [insats, slot] of byInsats) {
    out.push({ insats, slot });
    if (total !== NONE) sums.sub(rest, sums.value(slot));
  }
  if (!sums.isZero(rest) || out.length === 0) out.push({ insats: null, slot: rest });
  return out;
}

/** Groups items by a string key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return groups;
}

/**
 * Applies a mapping to a ledger. Every account amount becomes a cell with its targets; amounts with no line
 * (and result amounts with no area) are listed as unmapped, conflicting rules as double mappings, and a
 * control total per year and kind proves that the mapped cells add up to the ledger.
 */
export function applyMapping(ledger: Ledger, mapping: Mapping): MappedLedger {
  return runSteps(applyMappingSteps(ledger, mapping));
}

/** applyMapping in steps (steps.ts): on a large ledger its passes take tens of milliseconds each on a cold start. */
export function* applyMappingSteps(ledger: Ledger, mapping: Mapping): Steps<MappedLedger> {
  const resolve = cachedResolver(mapping);
  const dim = mapping.insatsDimension;
  const cells: MappedCell[] = [];
  const doubles = new Map<string, DoubleMapping>();
  const noteConflicts = (account: string, insats: string | null, r: Resolution) => {
    for (const c of r.conflicts) doubles.set(`${account}\u0000${insats}\u0000${c.facet}`, { account, insats, facet: c.facet, targets: c.targets });
  };

  // Amounts are summed exactly in one ExactSums; a cell's Dec is made once, from its slot.
  const sums = new ExactSums();
  const exacts: Exact[] = [];
  const actualParts = insatsActuals(ledger.periods, dim, sums);
  yield;
  const groups = groupBy(ledger.balances, (b) => `${b.year}\u0000${b.kind}\u0000${b.account}`);
  let done = 0;
  for (const entries of groups.values()) {
    // A cold start resolves and makes the cells of a few hundred accounts at about 0,15 ms each.
    if (++done % GROUPS_PER_STEP === 0) yield;
    const { year, kind, account } = entries[0]!;
    // SIE has no object-level #RES: without object sums in the balances, the insats parts come from the
    // year's monthly actuals (#TRANS or #PSALDO with objects). Balance-sheet amounts are never split.
    const parts = kind === "res" ? insatsParts(entries, actualParts.get(year)?.get(account), dim, sums) : [{ insats: null, slot: totalSlot(entries, sums) }];
    for (const { insats, slot } of parts) {
      const r = resolve(account, insats);
      noteConflicts(account, insats, r);
      cells.push({ year, kind, account, insats, amount: sums.toDec(slot), line: r.line, area: r.area, note: r.note });
      exacts.push(sums.value(slot));
    }
  }

  yield;
  const unmapped: UnmappedAmount[] = [];
  for (const c of cells) {
    const facet = c.line === undefined ? "line" : c.kind === "res" && c.line !== EXCLUDED_LINE && c.area === undefined ? "area" : null;
    if (facet === null) continue;
    const accountName = ledger.accounts.get(c.account)?.name ?? "";
    unmapped.push({ account: c.account, accountName, year: c.year, kind: c.kind, insats: c.insats, amount: c.amount, facet });
  }
  // As a user looks them up: by account (numbers, so a shorter one first), the current year first, then by
  // insats. Plain comparisons: a large ledger has thousands of unmapped amounts, and localeCompare per pair
  // held the pane's main thread for over 100 ms.
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  unmapped.sort((a, b) => a.account.length - b.account.length || text(a.account, b.account) || b.year - a.year || text(a.insats ?? "", b.insats ?? ""));

  const totals = cellTotals(cells, exacts);
  cellSums.set(cells, totals);
  return { ledger, mapping, cells, unmapped, doubleMapped: [...doubles.values()], control: controlTotals(ledger, totals) };
}

/** Per year and kind: the ledger's total against the cells' sums that cellTotals took (mapped and not). */
function controlTotals(ledger: Ledger, sums: CellSums): ControlTotal[] {
  const out: ControlTotal[] = [];
  const ledgerGroups = groupBy(ledger.balances.filter((b) => !b.object), (b) => `${b.year}\u0000${b.kind}`);
  for (const entries of ledgerGroups.values()) {
    const { year, kind } = entries[0]!;
    const ledgerTotal = sumBy(entries, amountOf);
    const mappedTotal = totalOf(sums, MAPPED, kind, year);
    const unmappedTotal = totalOf(sums, UNMAPPED, kind, year);
    const difference = ledgerTotal.minus(mappedTotal);
    out.push({ year, kind, ledgerTotal, mappedTotal, unmappedTotal, difference, ok: difference.isZero() });
  }
  // Kinds are ASCII codes (ib, res, ub): code-unit order, without waking the ICU collator on the build path.
  return out.sort((a, b) => b.year - a.year || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** cellTotals of a mapped ledger's cells, once (its cells never change): applyMapping leaves them here. */
const cellSums = new WeakMap<readonly MappedCell[], CellSums>();

/**
 * The line keys of CellSums: a line id, or ALL_LINES for every cell, MAPPED for the cells with a line and
 * UNMAPPED for those without (no line id contains a NUL).
 */
const ALL_LINES = "\u0000";
const MAPPED = "\u0000mapped";
const UNMAPPED = "\u0000unmapped";

const KIND_CODE: Readonly<Record<BalanceKind, number>> = { ib: 0, ub: 1, res: 2 };
/** A kind and year as one small integer, distinct for every pair (negative years too). */
const kindYear = (kind: BalanceKind, year: number): number => year * 4 + KIND_CODE[kind];

/**
 * Sums of the cells by line key, then by kindYear. Two levels rather than one composite text key: the line ids
 * are the cells' own strings, whose hashes V8 keeps, where a key text built per cell (three per cell) had to
 * be made and hashed every time.
 */
type CellSums = ReadonlyMap<string, ReadonlyMap<number, Dec>>;

const totalOf = (sums: CellSums, line: string, kind: BalanceKind, year: number): Dec => sums.get(line)?.get(kindYear(kind, year)) ?? ZERO;

/** `exacts` are the cells' amounts as applyMapping summed them; without them each is read from its Dec. */
function cellTotals(cells: readonly MappedCell[], exacts?: readonly Exact[]): CellSums {
  const sums = new ExactSums();
  const slots = new Map<string, Map<number, number>>();
  const add = (line: string, key: number, amount: Exact) => {
    let byKind = slots.get(line);
    if (byKind === undefined) slots.set(line, (byKind = new Map()));
    let s = byKind.get(key);
    if (s === undefined) byKind.set(key, (s = sums.slot()));
    sums.add(s, amount);
  };
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    const amount = exacts ? exacts[k]! : exactOf(c.amount);
    const key = kindYear(c.kind, c.year);
    add(ALL_LINES, key, amount);
    add(c.line ?? UNMAPPED, key, amount);
    if (c.line !== undefined) add(MAPPED, key, amount);
  }
  return new Map([...slots].map(([line, byKind]) => [line, new Map([...byKind].map(([key, s]) => [key, sums.toDec(s)]))]));
}

function sumOfCells(m: MappedLedger, line: string, kind: BalanceKind, year: number): Dec {
  let sums = cellSums.get(m.cells);
  if (!sums) cellSums.set(m.cells, (sums = cellTotals(m.cells)));
  return totalOf(sums, line, kind, year);
}

/** A line's ledger-signed sum for a year and kind. */
export function lineSum(m: MappedLedger, line: string, kind: BalanceKind, year: number): Dec {
  return sumOfCells(m, line, kind, year);
}

/** The sum of every cell of a kind and year, mapped to a line or not (e.g. a year's ΣRES). */
export function kindSum(m: MappedLedger, kind: BalanceKind, year: number): Dec {
  return sumOfCells(m, ALL_LINES, kind, year);
}

/** The years with a #UB, once per ledger: every BR line asks closingOf. */
const ubYears = new WeakMap<readonly Balance[], ReadonlySet<number>>();

/**
 * Which balance holds a year's closing position: its #UB, or — when the file has none for that year
 * (e.g. only #IB for year 0 is given for the previous year) — the #IB of the following year.
 */
export function closingOf(m: MappedLedger, year: number): { kind: BalanceKind; year: number } {
  let years = ubYears.get(m.ledger.balances);
  if (!years) ubYears.set(m.ledger.balances, (years = new Set(m.ledger.balances.filter((b) => b.kind === "ub").map((b) => b.year))));
  return years.has(year) ? { kind: "ub", year } : { kind: "ib", year: year + 1 };
}
