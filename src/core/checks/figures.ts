import { Dec, ONE, ZERO } from "../money/decimal";
import type { ReportRow } from "../report/model";
import { STANDARD_SUMS } from "./structure";
import { type StatementSet, type StatementTable, type TableKey, type Term, tableOf } from "./statementSet";

/** A cell the checks read, for the findings' cell selection. */
export interface FigureRef {
  table: TableKey;
  row: string;
  column: string;
}

/**
 * An amount as the checks see it: the printed value (or a total derived from printed lines) in kronor and
 * how far rounding can have moved it: half a rounding step per printed figure it is made of.
 */
export interface Figure {
  value: Dec;
  uncertainty: Dec;
  refs: FigureRef[];
}

/** The set being checked plus the unit corrections the unit check found (factor per table). */
export interface CheckContext {
  set: StatementSet;
  factors: ReadonlyMap<TableKey, Dec>;
}

export function contextOf(set: StatementSet, factors: ReadonlyMap<TableKey, Dec> = new Map()): CheckContext {
  return { set, factors };
}

/** Each table's rows by id (the first that is not a heading), once per rows array: every check looks rows up by id. */
const rowIndex = new WeakMap<readonly ReportRow[], Map<string, ReportRow>>();

export function rowOf(table: StatementTable, rowId: string): ReportRow | undefined {
  const rows = table.model.rows;
  let byId = rowIndex.get(rows);
  if (!byId) {
    byId = new Map();
    for (const r of rows) if (r.kind !== "heading" && !byId.has(r.id)) byId.set(r.id, r);
    rowIndex.set(rows, byId);
  }
  return byId.get(rowId);
}

/** The rows a total is the sum of: the row's own sumOf, else the standard structure. */
export function childrenOf(table: StatementTable, rowId: string): readonly string[] | undefined {
  return rowOf(table, rowId)?.sumOf ?? STANDARD_SUMS.get(rowId);
}

/** The printed amount of a cell (no derivation), or undefined when the cell is empty or not an amount. */
export function printed(ctx: CheckContext, key: TableKey, rowId: string, column: string): Figure | undefined {
  const table = tableOf(ctx.set, key);
  const v = table && rowOf(table, rowId)?.values[column];
  if (!table || !(v instanceof Dec)) return undefined;
  const f = ctx.factors.get(key) ?? ONE;
  return { value: v.times(f), uncertainty: halfStep(table, f), refs: [{ table: key, row: rowId, column }] };
}

/** Half a table's rounding step under its unit factor, once per table and factor: every printed figure carries it. */
const halfSteps = new WeakMap<StatementTable, { step: Dec; factor: Dec; half: Dec }>();

function halfStep(table: StatementTable, factor: Dec): Dec {
  const known = halfSteps.get(table);
  if (known && known.factor === factor && known.step === table.step) return known.half;
  const half = table.step.times(factor).div(2);
  halfSteps.set(table, { step: table.step, factor, half });
  return half;
}

/** A cell's amount: printed, or derived from the lines of its total when the report does not print it. */
export function resolve(ctx: CheckContext, key: TableKey, rowId: string, column: string): Figure | undefined {
  const own = printed(ctx, key, rowId, column);
  if (own) return own;
  const table = tableOf(ctx.set, key);
  const children = table && childrenOf(table, rowId);
  if (!children) return undefined;
  return add(children.map((c) => resolve(ctx, key, c, column)));
}

/** Sum of the figures present; undefined when none is. */
export function add(parts: (Figure | undefined)[]): Figure | undefined {
  const present = parts.filter((p): p is Figure => p !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((a, b) => ({ value: a.value.plus(b.value), uncertainty: a.uncertainty.plus(b.uncertainty), refs: [...a.refs, ...b.refs] }), {
    value: ZERO,
    uncertainty: ZERO,
    refs: [] as FigureRef[],
  });
}

/** Magnitude, since reports print costs (and ackumulerade avskrivningar) either positive or negative. */
export function abs(f: Figure | undefined): Figure | undefined {
  return f && { ...f, value: f.value.abs() };
}

export function negate(f: Figure | undefined): Figure | undefined {
  return f && { ...f, value: f.value.negated() };
}

export function scale(f: Figure | undefined, factor: Dec): Figure | undefined {
  return f && { value: f.value.times(factor), uncertainty: f.uncertainty.times(factor.abs()), refs: f.refs };
}

/** Σ sign × term, requiring every term (a claim over a missing row cannot be checked). */
export function sumTerms(ctx: CheckContext, terms: readonly Term[]): Figure | undefined {
  const parts = terms.map((t) => {
    const f = resolve(ctx, t.table, t.row, t.column);
    return t.sign === -1 ? negate(f) : f;
  });
  return parts.some((p) => p === undefined) ? undefined : add(parts);
}
