import { ExactSums, type Exact } from "../../money/exact";
import type { SieObjectRef } from "./tokenize";

/**
 * #TRANS rows summed on the fly per month, account and object — never stored one by one. Each row adds to
 * its account total and to each (dimension, object) it names, so every dimension can be reported on its own.
 * Years are assigned afterwards from the months (fiscal years start and end at month boundaries), which also
 * makes the result independent of where #RAR stands in the file.
 */
export interface MovementCell {
  month: string;
  account: string;
  object?: SieObjectRef;
  /** Its sum's number in Movements.sums. */
  slot: number;
}

const NONE = -1;

/**
 * Months, accounts and objects are numbered once (small Maps) and a row finds its sums by array index in
 * flat number arrays: a Map or an object per cell cost a cache miss per row at a million rows.
 */
export class Movements {
  /** Every cell in first-seen order (an account's total before its objects), which fixes the output order. */
  readonly cells: MovementCell[] = [];
  /** First line each month occurs on, to name a line when the month falls outside every fiscal year. */
  readonly firstLineOfMonth = new Map<string, number>();
  private readonly sums = new ExactSums();
  private readonly monthNumbers = new Map<string, number>();
  private readonly accountNumbers = new Map<string, number>();
  private readonly objectNumbers = new Map<number, Map<string, number>>();
  private objectCount = 0;
  /** Rows of a voucher share its month string: the last one is remembered. */
  private lastMonth = "";
  private lastMonthNumber = NONE;
  /** [month][account] → pair number (month and account), NONE when not seen yet. */
  private readonly pairs: number[][] = [];
  /** Pair → the slot of its account total. */
  private readonly pairTotal: number[] = [];
  /** Pair → [object number] → slot, NONE when not seen yet. */
  private readonly pairObjects: number[][] = [];

  add(month: string, account: string, objects: readonly SieObjectRef[], amount: Exact, line: number): void {
    const m = month === this.lastMonth ? this.lastMonthNumber : this.monthNumber(month, line);
    let a = this.accountNumbers.get(account);
    if (a === undefined) {
      a = this.accountNumbers.size;
      this.accountNumbers.set(account, a);
    }
    const row = this.pairs[m] as number[];
    let p = a < row.length ? (row[a] as number) : NONE;
    if (p === NONE) p = this.newPair(row, a, month, account);
    this.sums.add(this.pairTotal[p] as number, amount);
    if (objects.length === 0) return;
    const slots = this.pairObjects[p] as number[];
    for (let k = 0; k < objects.length; k++) {
      const ref = objects[k] as SieObjectRef;
      const o = this.objectNumber(ref);
      let s = o < slots.length ? (slots[o] as number) : NONE;
      if (s === NONE) {
        s = this.newCell(month, account, ref);
        while (slots.length <= o) slots.push(NONE);
        slots[o] = s;
      }
      this.sums.add(s, amount);
    }
  }

  /** The cell's sum as an Exact (whole öre, or a Dec when it is not). */
  exactOf(cell: MovementCell): Exact {
    return this.sums.value(cell.slot);
  }

  isZero(cell: MovementCell): boolean {
    return this.sums.isZero(cell.slot);
  }

  private monthNumber(month: string, line: number): number {
    let m = this.monthNumbers.get(month);
    if (m === undefined) {
      m = this.pairs.length;
      this.monthNumbers.set(month, m);
      this.pairs.push([]);
      this.firstLineOfMonth.set(month, line);
    }
    this.lastMonth = month;
    this.lastMonthNumber = m;
    return m;
  }

  private objectNumber(ref: SieObjectRef): number {
    let ids = this.objectNumbers.get(ref.dimension);
    if (ids === undefined) {
      ids = new Map();
      this.objectNumbers.set(ref.dimension, ids);
    }
    let o = ids.get(ref.id);
    if (o === undefined) {
      o = this.objectCount++;
      ids.set(ref.id, o);
    }
    return o;
  }

  private newPair(row: number[], a: number, month: string, account: string): number {
    const p = this.pairTotal.length;
    this.pairTotal.push(this.newCell(month, account, undefined));
    this.pairObjects.push([]);
    while (row.length <= a) row.push(NONE);
    row[a] = p;
    return p;
  }

  private newCell(month: string, account: string, object: SieObjectRef | undefined): number {
    const slot = this.sums.slot();
    this.cells.push(object ? { month, account, object, slot } : { month, account, slot });
    return slot;
  }
}
