import { Accumulator, type SieAmount } from "./amount";
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
  sum: Accumulator;
}

/** An account's cells in one month: the total, and per dimension per object id (built on first use). */
interface AccountCells {
  total: MovementCell;
  objects: Map<number, Map<string, MovementCell>> | null;
}

export class Movements {
  /** Every cell in first-seen order (an account's total before its objects), which fixes the output order. */
  readonly cells: MovementCell[] = [];
  /** First line each month occurs on, to name a line when the month falls outside every fiscal year. */
  readonly firstLineOfMonth = new Map<string, number>();
  // Nested Maps keyed by the fields themselves: a concatenated key per row cost more than the rest of the row.
  private readonly byMonth = new Map<string, Map<string, AccountCells>>();

  add(month: string, account: string, objects: readonly SieObjectRef[], amount: SieAmount, line: number): void {
    let accounts = this.byMonth.get(month);
    if (!accounts) {
      accounts = new Map();
      this.byMonth.set(month, accounts);
      this.firstLineOfMonth.set(month, line);
    }
    let cells = accounts.get(account);
    if (!cells) {
      cells = { total: this.newCell(month, account, undefined), objects: null };
      accounts.set(account, cells);
    }
    cells.total.sum.add(amount);
    for (let k = 0; k < objects.length; k++) {
      const ref = objects[k] as SieObjectRef;
      const perDim = cells.objects ?? (cells.objects = new Map());
      let ids = perDim.get(ref.dimension);
      if (!ids) {
        ids = new Map();
        perDim.set(ref.dimension, ids);
      }
      let cell = ids.get(ref.id);
      if (!cell) {
        cell = this.newCell(month, account, ref);
        ids.set(ref.id, cell);
      }
      cell.sum.add(amount);
    }
  }

  private newCell(month: string, account: string, object: SieObjectRef | undefined): MovementCell {
    const c: MovementCell = object ? { month, account, object, sum: new Accumulator() } : { month, account, sum: new Accumulator() };
    this.cells.push(c);
    return c;
  }
}
