import { Dec } from "../money/decimal";
import type { ReportColumn, ReportModel, ReportRow } from "../report/model";
import { FinsamError } from "../errors";
import type { DisplayUnit } from "./displayUnit";
import { printedKey } from "./printed";

/**
 * Rounding that keeps a table's sums. Each amount is rounded to the display step (1 tkr, say), half-up where
 * it can be. Where the half-up lines would not add up to their total, as few cells as can be go the other way
 * (at equal counts those whose row's difference formulas then print their own rounding, then the lines nearest
 * a half step, then table order), so a native SUM over the printed lines prints the
 * total, and every amount rounded here prints its exact value's floor or ceiling (a cell `printed` gives
 * excepted, below). "As few": each sum knows how many cells under it (itself included) leave their own rounding
 * if it prints its floor, and if its ceiling, so a pinned total does not settle its sums first and push their lines off.
 *
 * Totals nothing else sums (årets resultat, summa tillgångar) and rows marked `pin` (figures another
 * statement prints too) keep their half-up value, so the same figure prints alike on every sheet; the other
 * rows of the table absorb the difference. Soft pins (lines with a note, kassa och bank) hold only where every
 * sum can still balance and every grand total print its own rounding; otherwise, if firm pins alone achieve
 * that, the column is rounded with firm pins only.
 * A term two sums share keeps its half-up value too, so that each sum can balance on its own. For a root row
 * whose column is a formula a − b (netto = intäkt − kostnad) the two totals are chosen together so the
 * formula prints the half-up netto. Where nothing can absorb (every term pinned or exact), the sum remains
 * the sum of its printed terms and the renderer states the difference in a footnote.
 *
 * A cell `printed` gives (what another sheet printed for the same figure, by printedKey) prints that value,
 * as a firm pin does its own rounding. So does a cell whose row's `printedAs` names another cell of the table
 * with the same exact figure: the table is rounded once, and again with those cells given what their sources
 * printed. A source's column gets nothing new in the second round, so it prints the same (ties go one level:
 * last year's column to this year's). Where those cells would leave a sum unable to hold (a note's total could no
 * longer print the balance sheet's figure), they are taken one at a time in the table's order, and one that would
 * is left to its own rounding.
 *
 * Works in steps (the amount in the unit times 10^decimals), so each choice is between two whole numbers: the
 * exact amounts are Decs, read once per cell (StepCells), and every step after that is a JS integer, exact while
 * a column's steps add up to at most MAX_COLUMN_STEPS (checked, with an error naming the column).
 */
export function balancedRounding(
  model: ReportModel,
  unit: DisplayUnit,
  isAmount: (row: ReportRow, column: ReportColumn) => boolean,
  printed: ReadonlyMap<string, Dec> = new Map(),
): Map<number, Map<string, Dec>> {
  const cells = new StepCells(model, unit);
  const given = cells.printedSteps(printed);
  const first = roundColumns(model, cells, isAmount, given);
  const tied = tiedInTable(model, first.values, given);
  if (tied.size === 0) return cells.shown(first.values);
  const holds = (r: ReturnType<typeof roundColumns>) => [...r.unbalanced].every((c) => first.unbalanced.has(c));
  const all = roundColumns(model, cells, isAmount, new Map([...given, ...tied]));
  if (holds(all)) return cells.shown(all.values);
  // Some tie leaves a sum unable to hold: take the ties one at a time, in the table's order, keeping each that does not.
  const kept = new Map(given);
  let best = first;
  for (const [key, shown] of tied) {
    const tried = roundColumns(model, cells, isAmount, new Map([...kept, [key, shown]]));
    if (!holds(tried)) continue;
    kept.set(key, shown);
    best = tried;
  }
  return cells.shown(best.values);
}

/**
 * 2^50: a column whose steps' magnitudes add up to at most this has every partial sum, and every formula over up
 * to eight such columns, below 2^53, where doubles are exact integers. A förbund's table is below 10^10 steps.
 */
const MAX_COLUMN_STEPS = 2 ** 50;

/** An exact amount in steps: its floor, ceiling and half-up value, and what it has above its floor. */
interface CellSteps {
  floor: number;
  ceil: number;
  half: number;
  /** exact − floor, in [0, 1): compared exactly where the doubles tie. */
  frac: Dec;
  fracNumber: number;
}

/** The steps of a table's exact amounts, each read from its Dec once for every round balancedRounding makes. */
class StepCells {
  private readonly scale: Dec;
  private readonly cells = new Map<string, CellSteps[]>();

  constructor(
    private readonly model: ReportModel,
    private readonly unit: DisplayUnit,
  ) {
    this.scale = new Dec(10).pow(unit.decimals);
  }

  get unitLabel(): string {
    return this.unit.label;
  }

  /** Cell (i, column) of the model, whose value is the Dec `exact`. */
  at(i: number, column: string, exact: Dec): CellSteps {
    let byRow = this.cells.get(column);
    if (!byRow) this.cells.set(column, (byRow = []));
    let c = byRow[i];
    if (!c) {
      const x = exact.div(this.unit.divisor).times(this.scale);
      const floor = x.floor();
      const frac = x.minus(floor);
      byRow[i] = c = { floor: floor.toNumber(), ceil: x.ceil().toNumber(), half: half(x).toNumber(), frac, fracNumber: frac.toNumber() };
    }
    return c;
  }

  /** A row's formula value in column `column`, half-up in steps, or undefined when it has none. */
  halfAt(i: number, column: string): number | undefined {
    const exact = this.model.rows[i]!.values[column];
    return Dec.isDecimal(exact) ? this.at(i, column, exact).half : undefined;
  }

  /** Printed values in steps; one off the unit's steps (another unit's printing) ties nothing. */
  printedSteps(printed: ReadonlyMap<string, Dec>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [key, shown] of printed) {
      const steps = shown.times(this.scale);
      if (steps.isInteger()) out.set(key, steps.toNumber());
    }
    return out;
  }

  /** Steps as an amount in the unit. */
  amount(steps: number): Dec {
    return new Dec(steps).div(this.scale);
  }

  /** Assigned steps as amounts in the unit. */
  shown(values: Map<number, Map<string, number>>): Map<number, Map<string, Dec>> {
    return new Map([...values].map(([i, row]) => [i, new Map([...row].map(([id, steps]) => [id, this.amount(steps)]))]));
  }
}

/** What each `printedAs` cell must print: its source's steps in the first round, where the exact figures are equal. */
function tiedInTable(model: ReportModel, first: Map<number, Map<string, number>>, printed: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const index = new Map(model.rows.map((r, i) => [r.id, i]));
  for (const row of model.rows) {
    for (const [column, from] of Object.entries(row.printedAs ?? {})) {
      const i = index.get(from.row);
      const exact = row.values[column];
      const source = i === undefined ? undefined : model.rows[i]!.values[from.column];
      const shown = i === undefined ? undefined : first.get(i)?.get(from.column);
      const key = printedKey(row.id, column);
      if (shown === undefined || printed.has(key) || !Dec.isDecimal(exact) || !Dec.isDecimal(source) || !exact.equals(source)) continue;
      out.set(key, shown);
    }
  }
  return out;
}

function roundColumns(
  model: ReportModel,
  cells: StepCells,
  isAmount: (row: ReportRow, column: ReportColumn) => boolean,
  printed: ReadonlyMap<string, number>,
): { values: Map<number, Map<string, number>>; unbalanced: Set<string> } {
  const out = new Map<number, Map<string, number>>();
  const index = new Map(model.rows.map((r, i) => [r.id, i]));
  const columns = new Map<string, ColumnRounding>();
  for (const column of model.columns) {
    if (column.kind !== "amount") continue;
    const soft = new ColumnRounding(model, column, index, cells, isAmount, printed, true);
    const firm = soft.holds() ? null : new ColumnRounding(model, column, index, cells, isAmount, printed, false);
    // Soft pins give way only where that helps; if firm pins alone fail too, the soft ones are kept.
    columns.set(column.id, firm?.holds() ? firm : soft);
  }
  for (const [i, row] of model.rows.entries()) {
    for (const [columnId, formula] of Object.entries(row.columnFormulas ?? {})) pairRoots(row, i, columnId, formula, columns, cells);
  }
  // In the table's column order, each column breaks its ties by the difference formulas (netto, avvikelse) the
  // columns before it and itself then print: a formula's cells are no column's own, so they never outweigh one.
  const shown = new Map<string, Map<number, number>>();
  for (const [id, c] of columns) {
    c.weigh((i, v) => formulasOff(model.rows[i]!, i, id, v, shown, cells));
    const assigned = c.assign();
    shown.set(id, assigned);
    for (const [i, steps] of assigned) {
      const row = out.get(i) ?? new Map<string, number>();
      row.set(id, steps);
      out.set(i, row);
    }
  }
  return { values: out, unbalanced: new Set([...columns].filter(([, c]) => !c.balanced()).map(([id]) => id)) };
}

const half = (x: Dec): Dec => x.toDecimalPlaces(0, Dec.ROUND_HALF_UP);

/**
 * How many of a row's formula cells that take column `id` print off their own half-up rounding with `id` at v
 * (steps) and the columns already assigned as `shown` holds them; a formula over a column not yet assigned is
 * not counted here (its last column counts it).
 */
function formulasOff(row: ReportRow, i: number, id: string, v: number, shown: ReadonlyMap<string, Map<number, number>>, cells: StepCells): number {
  const formulas = Object.keys(row.columnFormulas ?? {});
  const read = { id: false };
  const valueOf = (column: string, depth: number): number | undefined => {
    if (column === id) {
      read.id = true;
      return v;
    }
    const formula = row.columnFormulas?.[column];
    if (!formula) return shown.has(column) ? (shown.get(column)!.get(i) ?? 0) : undefined;
    // Formulas nested deeper than the row has formulas are a cycle, which the renderer refuses with its message.
    if (depth > formulas.length) return undefined;
    const parts = [...formula.plus, ...formula.minus].map((c) => valueOf(c, depth + 1));
    if (parts.some((p) => p === undefined)) return undefined;
    return parts.reduce<number>((a, p, k) => (k < formula.plus.length ? a + p! : a - p!), 0);
  };
  let off = 0;
  for (const column of formulas) {
    const own = cells.halfAt(i, column);
    if (own === undefined) continue;
    read.id = false;
    const value = valueOf(column, 0);
    if (read.id && value !== undefined && value !== own) off++;
  }
  return off;
}

interface Interval {
  lo: number;
  hi: number;
}

/** A cell's fewest cells off half-up at its interval's lo and hi; for a sum, its terms in raising order over base = Σ their lo. */
interface Plan {
  lo: number;
  hi: number;
  order: number[];
  base: number;
}

/** The terms a sum printing v raises from their lo: the first v − Σlo in its order. */
const raisedFor = (plan: Pick<Plan, "order" | "base">, v: number): number[] => plan.order.slice(0, Math.max(0, v - plan.base));

/** One column: the cells it rounds, the steps each may print, and the top-down assignment. */
class ColumnRounding {
  /** Exact amounts in steps, by row index, for the cells this column rounds. */
  private readonly exact = new Map<number, CellSteps>();
  /** Sum rows whose terms are balanced against them. */
  private readonly terms = new Map<number, number[]>();
  private readonly intervals = new Map<number, Interval>();
  private readonly pinned = new Set<number>();
  private readonly given = new Map<number, number>();
  private readonly pending = new Set<number>();
  private unbalanced = false;
  private readonly roots: Set<number>;
  /** Root values chosen before assignment (pairRoots). */
  readonly rootValue = new Map<number, number>();
  private readonly value = new Map<number, number>();
  private readonly plans = new Map<number, Plan>();
  /** Formula cells off half-up with a cell at v: the tie-break under the count of this column's own cells. */
  private formulasOff: (i: number, v: number) => number = () => 0;
  /** Weight of one own cell off half-up: more than every formula cell of the table together. */
  private readonly cellWeight: number;

  constructor(
    private readonly model: ReportModel,
    column: ReportColumn,
    index: Map<string, number>,
    cells: StepCells,
    isAmount: (row: ReportRow, column: ReportColumn) => boolean,
    /** Steps another sheet printed for a cell (printedKey), which this one must print too. */
    printed: ReadonlyMap<string, number>,
    softPins: boolean,
  ) {
    this.cellWeight = 1 + model.rows.length * model.columns.length;
    let magnitude = 0;
    model.rows.forEach((row, i) => {
      const v = row.values[column.id];
      if (!Dec.isDecimal(v) || !isAmount(row, column) || row.columnFormulas?.[column.id]) return;
      const c = cells.at(i, column.id, v);
      this.exact.set(i, c);
      magnitude += Math.max(-c.floor, c.ceil);
      const given = printed.get(printedKey(row.id, column.id));
      if (given !== undefined) {
        this.given.set(i, given);
        magnitude += Math.abs(given);
      }
      // A line with a note is printed again as the note's total.
      if (row.pin === "firm" || (softPins && (row.pin === "soft" || row.note !== undefined))) this.pinned.add(i);
    });
    if (magnitude > MAX_COLUMN_STEPS) throw new FinsamError("sheet.roundingRange", { column: column.id, max: cells.amount(MAX_COLUMN_STEPS).toFixed(), unit: cells.unitLabel });
    for (const i of this.exact.keys()) {
      const ids = model.rows[i]!.sumOf ?? [];
      const terms = ids.map((id) => index.get(id));
      // Empty and text cells add nothing; a sum over a formula of other columns is not this column's to balance.
      const counted = terms.filter((t): t is number => t !== undefined && this.exact.has(t));
      const blank = (t: number | undefined) => t !== undefined && !Dec.isDecimal(model.rows[t]!.values[column.id]) && !model.rows[t]!.columnFormulas?.[column.id];
      if (ids.length > 0 && terms.every((t) => (t !== undefined && this.exact.has(t)) || blank(t))) this.terms.set(i, counted);
    }
    // A term two sums share is held at its half-up value: moved to balance one sum, it could leave the other
    // unable to print its own rounding. Held, it is the same fixed step in both, and each sum balances alone.
    const parents = new Map<number, number>();
    for (const t of [...this.terms.values()].flat()) parents.set(t, (parents.get(t) ?? 0) + 1);
    for (const [t, count] of parents) if (count > 1) this.pinned.add(t);
    for (const i of this.exact.keys()) this.interval(i);
    const inSums = new Set([...this.terms.values()].flat());
    this.roots = new Set([...this.exact.keys()].filter((i) => !inSums.has(i)));
  }

  /** Every sum could be balanced against its terms. */
  balanced(): boolean {
    return !this.unbalanced;
  }

  /** Every sum could be balanced and every root prints its own half-up rounding. */
  holds(): boolean {
    return !this.unbalanced && [...this.roots].every((i) => this.preferred(i) === this.exact.get(i)!.half);
  }

  private rowId(i: number): string {
    return this.model.rows[i]!.id;
  }

  isRoot(i: number): boolean {
    return this.roots.has(i);
  }

  /** The steps a cell may print: its floor and ceiling, narrowed by a pin and by what its terms can sum to. */
  interval(i: number): Interval {
    const known = this.intervals.get(i);
    if (known) return known;
    const x = this.exact.get(i)!;
    const given = this.given.get(i);
    const own: Interval = given !== undefined ? { lo: given, hi: given } : this.pinned.has(i) ? { lo: x.half, hi: x.half } : { lo: x.floor, hi: x.ceil };
    let result = own;
    const terms = this.terms.get(i);
    if (terms) {
      if (this.pending.has(i)) throw new FinsamError("sheet.cycle", { row: this.rowId(i) });
      this.pending.add(i);
      const parts = terms.map((t) => this.interval(t));
      this.pending.delete(i);
      const lo = Math.max(own.lo, parts.reduce((a, p) => a + p.lo, 0));
      const hi = Math.min(own.hi, parts.reduce((a, p) => a + p.hi, 0));
      if (lo <= hi) {
        result = { lo, hi };
      } else {
        // No printable terms sum near this value: its terms round on their own and it prints their sum.
        this.terms.delete(i);
        this.unbalanced = true;
        const sum = terms.reduce((a, t) => a + this.preferred(t), 0);
        result = { lo: sum, hi: sum };
      }
    }
    this.intervals.set(i, result);
    return result;
  }

  /** Half-up when the interval allows it, else the nearer end. */
  preferred(i: number): number {
    const { lo, hi } = this.interval(i);
    return Math.min(hi, Math.max(lo, this.exact.get(i)!.half));
  }

  assign(): Map<number, number> {
    for (const i of this.roots) this.give(i, this.rootValue.get(i) ?? this.preferred(i));
    return this.value;
  }

  /** Counts formula cells too from now on (plans made before, for pairRoots, are made again). */
  weigh(formulasOff: (i: number, v: number) => number): void {
    this.formulasOff = formulasOff;
    this.plans.clear();
  }

  /** The fewest cells of i's subtree (i included) off their own half-up rounding when i prints v (its lo or hi), times cellWeight, plus formula cells. */
  offAt(i: number, v: number): number {
    const plan = this.plan(i);
    return v === this.interval(i).lo ? plan.lo : plan.hi;
  }

  /**
   * Bottom-up, per cell: the fewest cells off half-up in its subtree at each end of its interval, and the order its
   * free terms are raised in. Each free term has one sum (a shared term is held) and prints its lo or hi, so for a
   * sum printing v the best is every term at lo and the v − Σlo terms whose raising costs least raised: a choice
   * per sum, sorted once. Equal costs keep the largest remainder's order (nearest a half step, then table order).
   */
  private plan(i: number): Plan {
    const known = this.plans.get(i);
    if (known) return known;
    const { lo, hi } = this.interval(i);
    const terms = this.terms.get(i) ?? [];
    const atLo = terms.reduce((a, t) => a + this.plan(t).lo, 0);
    const rise = (t: number) => this.plan(t).hi - this.plan(t).lo;
    const slack = terms.filter((t) => this.interval(t).hi > this.interval(t).lo);
    const order = slack.sort((a, b) => rise(a) - rise(b) || this.compareFractions(b, a) || this.raisedRank(a) - this.raisedRank(b) || a - b);
    const base = terms.reduce((a, t) => a + this.interval(t).lo, 0);
    const own = this.exact.get(i)!.half;
    const off = (v: number) => (v === own ? 0 : this.cellWeight) + this.formulasOff(i, v);
    const at = (v: number) => off(v) + raisedFor({ order, base }, v).reduce((a, t) => a + rise(t), atLo);
    const plan: Plan = { lo: at(lo), hi: at(hi), order, base };
    this.plans.set(i, plan);
    return plan;
  }

  private give(i: number, v: number): void {
    if (this.value.has(i)) return;
    this.value.set(i, v);
    const terms = this.terms.get(i);
    if (!terms) return;
    const raised = new Set(raisedFor(this.plan(i), v));
    // A shared term (held, see the constructor) may already have its value from the other sum: give returns at once.
    for (const t of terms) this.give(t, raised.has(t) ? this.interval(t).hi : this.interval(t).lo);
  }

  /**
   * The sign of (exact − lo) of a minus that of b. Each is (floor − lo), a whole number, plus frac in [0, 1), so
   * the whole parts decide where they differ; then the fracs, as doubles where those differ (a double's order
   * never contradicts the exact one), else exactly.
   */
  private compareFractions(a: number, b: number): number {
    const x = this.exact.get(a)!;
    const y = this.exact.get(b)!;
    const whole = x.floor - this.interval(a).lo - (y.floor - this.interval(b).lo);
    if (whole !== 0) return whole;
    return x.fracNumber !== y.fracNumber ? x.fracNumber - y.fracNumber : x.frac.comparedTo(y.frac);
  }

  private raisedRank(i: number): number {
    return this.preferred(i) === this.interval(i).hi ? 0 : 1;
  }
}

/**
 * A root row with a formula a − b in one column: a and b chosen within their intervals so the formula
 * prints the half-up value of the row's exact figure, with as few cells of the two columns off their half-up
 * rounding as possible.
 */
function pairRoots(row: ReportRow, i: number, columnId: string, formula: { plus: string[]; minus: string[] }, columns: Map<string, ColumnRounding>, cells: StepCells): void {
  if (formula.plus.length !== 1 || formula.minus.length !== 1) return;
  const a = columns.get(formula.plus[0]!);
  const b = columns.get(formula.minus[0]!);
  const target = cells.halfAt(i, columnId);
  if (!a || !b || target === undefined || !a.isRoot(i) || !b.isRoot(i) || row.pin) return;
  const ia = a.interval(i);
  const ib = b.interval(i);
  // Fewest cells off half-up in the two columns first, then the nearer to the totals' own preferred values.
  const cost = (va: number, vb: number): [number, number] => [a.offAt(i, va) + b.offAt(i, vb), Math.abs(va - a.preferred(i)) + Math.abs(vb - b.preferred(i))];
  let best: [number, number] | null = null;
  for (const va of [ia.lo, ia.hi]) {
    for (const vb of [ib.lo, ib.hi]) {
      if (va - vb !== target) continue;
      const [off, distance] = cost(va, vb);
      const [bestOff, bestDistance] = best === null ? [Infinity, 0] : cost(best[0], best[1]);
      if (off < bestOff || (off === bestOff && distance < bestDistance)) best = [va, vb];
    }
  }
  if (best === null) return;
  a.rootValue.set(i, best[0]);
  b.rootValue.set(i, best[1]);
}
