import { Dec } from "../money/decimal";
import { exactOf, exactToDec, type Exact } from "../money/exact";
import type { PeriodAmount } from "./types";

export type ObjectRef = { dimension: number; id: string };

/**
 * A PeriodTable as plain data (numbers and strings in arrays), which a structured clone copies as it is: how a
 * Web Worker's parse reaches the pane (a clone keeps no class, and no Dec). Amounts not held in öre are strings.
 */
export interface PeriodTableData {
  years: number[];
  periods: number[];
  accounts: number[];
  kinds: number[];
  objects: number[];
  ore: number[];
  decs: [number, string][];
  periodNames: string[];
  accountNames: string[];
  objectRefs: ObjectRef[];
}

export const NO_OBJECT = -1;
const KINDS: readonly PeriodAmount["kind"][] = ["actual", "budget"];

/**
 * The ledger's monthly amounts (#PSALDO, #PBUDGET, #TRANS summed per month), column by column with periods,
 * accounts and objects numbered. A year of #TRANS on 20 insatser is about 100 000 amounts, and the insats
 * split and the follow-up only sum them: held as whole öre in number columns, they are summed without an
 * object or a Dec per amount. Iterating gives PeriodAmounts (a new Dec each) for readers that need every row.
 */
export class PeriodTable implements Iterable<PeriodAmount> {
  private readonly years: number[] = [];
  private readonly periods: number[] = [];
  private readonly accounts: number[] = [];
  private readonly kinds: number[] = [];
  private readonly objects: number[] = [];
  /** Whole öre, or NaN where the amount is in `decs`. */
  private readonly ore: number[] = [];
  private readonly decs = new Map<number, Dec>();
  private readonly names = { period: new Numbering<string>(), account: new Numbering<string>() };
  private readonly objectRefs: ObjectRef[] = [];
  private readonly objectNumbers = new Map<number, Map<string, number>>();

  static of(amounts: Iterable<PeriodAmount>): PeriodTable {
    const table = new PeriodTable();
    for (const p of amounts) table.push(p);
    return table;
  }

  static fromData(d: PeriodTableData): PeriodTable {
    const n = d.ore.length;
    for (const column of [d.years, d.periods, d.accounts, d.kinds, d.objects]) if (column.length !== n) throw new Error("PeriodTableData: columns of unequal length");
    const table = new PeriodTable();
    // A loop, not push(...column): a spread of a million arguments overflows the stack.
    for (let i = 0; i < n; i++) {
      table.years.push(d.years[i]!);
      table.periods.push(d.periods[i]!);
      table.accounts.push(d.accounts[i]!);
      table.kinds.push(d.kinds[i]!);
      table.objects.push(d.objects[i]!);
      table.ore.push(d.ore[i]!);
    }
    for (const [i, amount] of d.decs) table.decs.set(i, new Dec(amount));
    // Numbered again in the same order, so every number in the columns means what it meant.
    for (const p of d.periodNames) table.names.period.of(p);
    for (const a of d.accountNames) table.names.account.of(a);
    for (const ref of d.objectRefs) table.objectNumber(ref);
    return table;
  }

  toData(): PeriodTableData {
    return {
      years: [...this.years],
      periods: [...this.periods],
      accounts: [...this.accounts],
      kinds: [...this.kinds],
      objects: [...this.objects],
      ore: [...this.ore],
      decs: [...this.decs].map(([i, amount]) => [i, amount.toString()]),
      periodNames: this.names.period.all(),
      accountNames: this.names.account.all(),
      objectRefs: this.objectRefs.map((r) => ({ ...r })),
    };
  }

  get length(): number {
    return this.ore.length;
  }

  push(p: PeriodAmount): void {
    this.add(p.year, p.period, p.account, p.kind, p.object, exactOf(p.amount));
  }

  add(year: number, period: string, account: string, kind: PeriodAmount["kind"], object: ObjectRef | undefined, amount: Exact): void {
    const i = this.ore.length;
    this.years.push(year);
    this.periods.push(this.names.period.of(period));
    this.accounts.push(this.names.account.of(account));
    this.kinds.push(kind === "actual" ? 0 : 1);
    this.objects.push(object ? this.objectNumber(object) : NO_OBJECT);
    if (typeof amount === "number") this.ore.push(amount);
    else {
      this.ore.push(NaN);
      this.decs.set(i, amount);
    }
  }

  /** Whether any amount of this kind falls in the year. */
  has(kind: PeriodAmount["kind"], year: number): boolean {
    const k = KINDS.indexOf(kind);
    for (let i = 0; i < this.ore.length; i++) if (this.kinds[i] === k && this.years[i] === year) return true;
    return false;
  }

  // Column reads for the aggregations (mapping/apply.ts): numbers, so a pass over the rows allocates nothing.
  yearAt(i: number): number {
    return this.years[i] as number;
  }
  kindAt(i: number): PeriodAmount["kind"] {
    return KINDS[this.kinds[i] as number]!;
  }
  /** Period number: periodName() gives its YYYYMM; numbers run from 0 in first-seen order. */
  periodAt(i: number): number {
    return this.periods[i] as number;
  }
  accountAt(i: number): number {
    return this.accounts[i] as number;
  }
  /** Object number, or NO_OBJECT for the account's total. */
  objectAt(i: number): number {
    return this.objects[i] as number;
  }
  amountAt(i: number): Exact {
    const ore = this.ore[i] as number;
    return Number.isNaN(ore) ? this.decs.get(i)! : ore;
  }

  get periodCount(): number {
    return this.names.period.size;
  }
  get objectCount(): number {
    return this.objectRefs.length;
  }
  get accountCount(): number {
    return this.names.account.size;
  }
  periodName(n: number): string {
    return this.names.period.value(n);
  }
  accountName(n: number): string {
    return this.names.account.value(n);
  }
  objectRef(n: number): ObjectRef {
    return this.objectRefs[n]!;
  }

  at(i: number): PeriodAmount {
    const p: PeriodAmount = { year: this.yearAt(i), period: this.periodName(this.periodAt(i)), account: this.accountName(this.accountAt(i)), kind: this.kindAt(i), amount: exactToDec(this.amountAt(i)) };
    const o = this.objectAt(i);
    if (o !== NO_OBJECT) p.object = { ...this.objectRef(o) };
    return p;
  }

  *[Symbol.iterator](): Iterator<PeriodAmount> {
    for (let i = 0; i < this.ore.length; i++) yield this.at(i);
  }

  private objectNumber(ref: ObjectRef): number {
    let ids = this.objectNumbers.get(ref.dimension);
    if (!ids) this.objectNumbers.set(ref.dimension, (ids = new Map()));
    let n = ids.get(ref.id);
    if (n === undefined) {
      n = this.objectRefs.length;
      ids.set(ref.id, n);
      this.objectRefs.push({ dimension: ref.dimension, id: ref.id });
    }
    return n;
  }
}

/** Values numbered 0, 1, … in first-seen order. Amounts arrive in runs of one period: the last is kept at hand. */
class Numbering<T> {
  private readonly numbers = new Map<T, number>();
  private readonly values: T[] = [];
  private last: T | undefined;
  private lastNumber = -1;

  get size(): number {
    return this.values.length;
  }

  of(value: T): number {
    if (value === this.last) return this.lastNumber;
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.numbers.set(value, n);
      this.values.push(value);
    }
    this.last = value;
    this.lastNumber = n;
    return n;
  }

  value(n: number): T {
    return this.values[n]!;
  }

  all(): T[] {
    return [...this.values];
  }
}
