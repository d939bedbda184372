import { ExactSums, type Exact } from "../../money/exact";
import type { SieObjectRef } from "./tokenize";
import type { Row } from "./transLine";

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
 * Months are numbered here, accounts and objects by the parser's Names (each row carries their numbers), and
 * a row finds its sums by array index in flat number arrays: a Map or an object per cell cost a cache miss
 * per row at a million rows.
 */
export class Movements {
  /** Every cell in first-seen order (an account's total before its objects), which fixes the output order. */
  readonly cells: MovementCell[] = [];
  /** First line each month occurs on, to name a line when the month falls outside every fiscal year. */
  readonly firstLineOfMonth = new Map<string, number>();
  private readonly sums = new ExactSums();
  private readonly monthNumbers = new Map<string, number>();
  /** Rows of a voucher share its month string: the last one is remembered. */
  private lastMonth = "";
  private lastMonthNumber = NONE;
  /** [month][account] → pair number (month and account), NONE when not seen yet. */
  private readonly pairs: number[][] = [];
  /** Pair → the slot of its account total. */
  private readonly pairTotal: number[] = [];
  /** Pair → [object number] → slot, NONE when not seen yet. */
  private readonly pairObjects: number[][] = [];

  /** A row that counts, into its month's sums: the account total and one per object it names (by Row's numbers). */
  add(month: string, row: Row, line: number): void {
    const m = month === this.lastMonth ? this.lastMonthNumber : this.monthNumber(month, line);
    const a = row.accountNumber;
    const pairs = this.pairs[m] as number[];
    let p = a < pairs.length ? (pairs[a] as number) : NONE;
    if (p === NONE) p = this.newPair(pairs, a, month, row.account);
    this.sums.add(this.pairTotal[p] as number, row.amount);
    const objects = row.objectNumbers;
    if (objects.length === 0) return;
    const slots = this.pairObjects[p] as number[];
    for (let k = 0; k < objects.length; k++) {
      const o = objects[k] as number;
      let s = o < slots.length ? (slots[o] as number) : NONE;
      if (s === NONE) {
        s = this.newCell(month, row.account, row.objects[k]);
        while (slots.length <= o) slots.push(NONE);
        slots[o] = s;
      }
      this.sums.add(s, row.amount);
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
