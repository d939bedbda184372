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
  /** Where Movements holds its sum (see Movements.exactOf). */
  slot: number;
}

const NONE = -1;
/** A block's first width: the account total and 7 objects. */
const FIRST_WIDTH = 8;
/** The widest block: the total and 63 objects. Objects numbered beyond are summed in the overflow. */
const MAX_WIDTH = 64;
/** Overflow key = block × 2^26 + object number: exact below 2^52 for any file under MAX_SIE_BYTES. */
const OVERFLOW_STRIDE = 2 ** 26;

/**
 * Months are numbered here, accounts and objects by the parser's Names (each row carries their numbers).
 * Each (month, account) pair has one block of consecutive sums: its account total, then one per object by
 * object number. A row's sums are then found by arithmetic and lie side by side, in one or two cache lines:
 * a Map or an object per cell, or an array of object slots per pair, cost a cache miss each per row at a
 * million rows (about 250 ns a row with 100 000 cells, against 150 in blocks). Blocks widen (doubling, up to
 * MAX_WIDTH) as higher object numbers appear; a file with more objects than that sums the rest in a Map.
 */
export class Movements {
  /** Every cell in first-seen order (an account's total before its objects), which fixes the output order. */
  readonly cells: MovementCell[] = [];
  /** First line each month occurs on, to name a line when the month falls outside every fiscal year. */
  readonly firstLineOfMonth = new Map<string, number>();
  /** Block b's sums are slots b × width … b × width + width − 1; `seen` marks the slots that are cells. */
  private sums = new ExactSums();
  private seen = new Uint8Array(0);
  private width = FIRST_WIDTH;
  /** Sums of objects numbered past MAX_WIDTH − 2, by overflow key; their cells' slots are ~(overflow slot). */
  private readonly overflow = new ExactSums();
  private readonly overflowSlots = new Map<number, number>();
  private readonly monthNumbers = new Map<string, number>();
  /** Rows of a voucher share its month string: the last one is remembered. */
  private lastMonth = "";
  private lastMonthNumber = NONE;
  /** [month][account] → block number, NONE when not seen yet. */
  private readonly blockOf: number[][] = [];

  /** A row that counts, into its month's sums: the account total and one per object it names (by Row's numbers). */
  add(month: string, row: Row, line: number): void {
    const m = month === this.lastMonth ? this.lastMonthNumber : this.monthNumber(month, line);
    const a = row.accountNumber;
    const blocks = this.blockOf[m] as number[];
    let b = a < blocks.length ? (blocks[a] as number) : NONE;
    if (b === NONE) b = this.newBlock(blocks, a);
    let base = b * this.width;
    if (this.seen[base] === 0) this.newCell(base, month, row.account, undefined);
    this.sums.add(base, row.amount);
    const objects = row.objectNumbers;
    for (let k = 0; k < objects.length; k++) {
      const o = objects[k] as number;
      if (o + 1 >= this.width && this.width < MAX_WIDTH) {
        this.widen(o);
        base = b * this.width;
      }
      if (o + 1 < this.width) {
        const s = base + 1 + o;
        if (this.seen[s] === 0) this.newCell(s, month, row.account, row.objects[k]);
        this.sums.add(s, row.amount);
      } else this.addOverflow(b * OVERFLOW_STRIDE + o, month, row.account, row.objects[k]!, row.amount);
    }
  }

  /** The cell's sum as an Exact (whole öre, or a Dec when it is not). */
  exactOf(cell: MovementCell): Exact {
    return cell.slot >= 0 ? this.sums.value(cell.slot) : this.overflow.value(~cell.slot);
  }

  isZero(cell: MovementCell): boolean {
    return cell.slot >= 0 ? this.sums.isZero(cell.slot) : this.overflow.isZero(~cell.slot);
  }

  private monthNumber(month: string, line: number): number {
    let m = this.monthNumbers.get(month);
    if (m === undefined) {
      m = this.blockOf.length;
      this.monthNumbers.set(month, m);
      this.blockOf.push([]);
      this.firstLineOfMonth.set(month, line);
    }
    this.lastMonth = month;
    this.lastMonthNumber = m;
    return m;
  }

  private newBlock(blocks: number[], a: number): number {
    // The sums hold whole blocks only, so their count gives the next block's number.
    const b = this.sums.size / this.width;
    for (let j = 0; j < this.width; j++) this.sums.slot();
    if (this.sums.size > this.seen.length) {
      const seen = new Uint8Array(Math.max(this.sums.size, 2 * this.seen.length));
      seen.set(this.seen);
      this.seen = seen;
    }
    while (blocks.length <= a) blocks.push(NONE);
    blocks[a] = b;
    return b;
  }

  private newCell(slot: number, month: string, account: string, object: SieObjectRef | undefined): void {
    if (slot >= 0) this.seen[slot] = 1;
    this.cells.push(object ? { month, account, object, slot } : { month, account, slot });
  }

  private addOverflow(key: number, month: string, account: string, object: SieObjectRef, amount: Exact): void {
    let s = this.overflowSlots.get(key);
    if (s === undefined) {
      this.overflowSlots.set(key, (s = this.overflow.slot()));
      this.newCell(~s, month, account, object);
    }
    this.overflow.add(s, amount);
  }

  /** Blocks wide enough for object o (doubling, at most MAX_WIDTH): every cell's sum moves to its new slot. */
  private widen(o: number): void {
    let width = this.width;
    while (width <= o + 1 && width < MAX_WIDTH) width *= 2;
    const size = (this.sums.size / this.width) * width;
    const sums = new ExactSums(size);
    const seen = new Uint8Array(size);
    for (const cell of this.cells) {
      if (cell.slot < 0) continue;
      const slot = Math.floor(cell.slot / this.width) * width + (cell.slot % this.width);
      sums.add(slot, this.sums.value(cell.slot));
      seen[slot] = 1;
      cell.slot = slot;
    }
    this.sums = sums;
    this.seen = seen;
    this.width = width;
  }
}
