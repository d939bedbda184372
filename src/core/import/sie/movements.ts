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

const SEP = "\u0000";

export class Movements {
  readonly cells = new Map<string, MovementCell>();
  /** First line each month occurs on, to name a line when the month falls outside every fiscal year. */
  readonly firstLineOfMonth = new Map<string, number>();

  add(month: string, account: string, objects: readonly SieObjectRef[], amount: SieAmount, line: number): void {
    if (!this.firstLineOfMonth.has(month)) this.firstLineOfMonth.set(month, line);
    const base = month + SEP + account;
    this.cell(base, month, account, undefined).sum.add(amount);
    for (const ref of objects) {
      this.cell(base + SEP + ref.dimension + SEP + ref.id, month, account, ref).sum.add(amount);
    }
  }

  private cell(key: string, month: string, account: string, object: SieObjectRef | undefined): MovementCell {
    let c = this.cells.get(key);
    if (!c) {
      c = object ? { month, account, object, sum: new Accumulator() } : { month, account, sum: new Accumulator() };
      this.cells.set(key, c);
    }
    return c;
  }
}
