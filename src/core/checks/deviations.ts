import { add, type CheckContext, type Figure, negate, printed } from "./figures";
import { bilingual, compare, type Finding } from "./finding";
import { cellLabel, tableName } from "./labels";
import { type DeviationDirection, type StatementTable, type TableKey, tablesOf } from "./statementSet";

/** Outcome columns avvikelse can be computed on, in order of preference. */
const BASES = ["netto", "current", "kostnad", "intakt"] as const;
const DIRECTIONS: readonly DeviationDirection[] = ["utfall-budget", "budget-utfall"];

interface Convention {
  basis: string;
  direction: DeviationDirection;
}
const name = (c: Convention): string => `${c.direction === "utfall-budget" ? "utfall − budget" : "budget − utfall"} (${c.basis === "current" ? "utfall" : c.basis})`;
const same = (a: Convention, b: Convention): boolean => a.basis === b.basis && a.direction === b.direction;

function computed(ctx: CheckContext, key: TableKey, rowId: string, c: Convention): Figure | undefined {
  const outcome = printed(ctx, key, rowId, c.basis);
  const budget = printed(ctx, key, rowId, "budget");
  if (!outcome || !budget) return undefined;
  return c.direction === "utfall-budget" ? add([outcome, negate(budget)]) : add([budget, negate(outcome)]);
}

function matches(ctx: CheckContext, key: TableKey, rowId: string, c: Convention): boolean {
  const expected = computed(ctx, key, rowId, c);
  const stated = printed(ctx, key, rowId, "avvikelse");
  return !!expected && !!stated && !stated.value.minus(expected.value).abs().greaterThan(stated.uncertainty.plus(expected.uncertainty));
}

/**
 * The table's convention: the documented one; where the documentation leaves basis or direction open,
 * the one most rows follow (ties go to utfall − budget on the preferred basis).
 */
function tableConvention(ctx: CheckContext, key: TableKey, table: StatementTable, rows: string[]): Convention {
  const bases = table.deviation?.basis ? [table.deviation.basis] : BASES.filter((b) => table.model.columns.some((c) => c.id === b));
  const directions: readonly DeviationDirection[] = table.deviation?.direction ? [table.deviation.direction] : DIRECTIONS;
  let best: Convention = { basis: bases[0] ?? "netto", direction: directions[0] ?? "utfall-budget" };
  let bestCount = -1;
  for (const basis of bases) {
    for (const direction of directions) {
      const count = rows.filter((r) => matches(ctx, key, r, { basis, direction })).length;
      if (count > bestCount) [best, bestCount] = [{ basis, direction }, count];
    }
  }
  return best;
}

/** avvikelse = utfall − budget (or the table's documented opposite) on every row, and one convention per table. */
export function deviationChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const [key, table] of tablesOf(ctx.set)) {
    const cols = new Set(table.model.columns.map((c) => c.id));
    if (!cols.has("budget") || !cols.has("avvikelse")) continue;
    const rows = table.model.rows.filter((r) => printed(ctx, key, r.id, "avvikelse") && printed(ctx, key, r.id, "budget")).map((r) => r.id);
    if (rows.length === 0) continue;
    const convention = tableConvention(ctx, key, table, rows);
    const all: Convention[] = BASES.filter((b) => cols.has(b)).flatMap((basis) => DIRECTIONS.map((direction) => ({ basis, direction })));
    const deviating: string[] = [];
    for (const rowId of rows) {
      const others = all.filter((c) => !same(c, convention) && matches(ctx, key, rowId, c));
      const finding = compare({
        id: `avvikelse:${key}:${rowId}`,
        title: { sv: `Avvikelse = ${name(convention)}: ${cellLabel(ctx, key, rowId, "avvikelse")}`, en: `Deviation = ${name(convention)}: ${cellLabel(ctx, key, rowId, "avvikelse")}` },
        left: { label: cellLabel(ctx, key, rowId, "avvikelse"), figure: printed(ctx, key, rowId, "avvikelse") },
        right: { label: name(convention), figure: computed(ctx, key, rowId, convention) },
        onFail: () =>
          others.length
            ? bilingual(`Raden följer i stället ${others.map(name).join(" eller ")}.`, `The row follows ${others.map(name).join(" or ")} instead.`)
            : bilingual("Raden följer ingen av konventionerna utfall − budget eller budget − utfall.", "The row follows neither convention, actual − budget nor budget − actual."),
      });
      if (finding.status === "fail" && others.length) deviating.push(`${table.model.rows.find((r) => r.id === rowId)?.label ?? rowId}: ${others.map(name).join(" eller ")}`);
      out.push(finding);
    }
    const isDocumented = table.deviation?.basis && table.deviation.direction;
    const documented = isDocumented ? ` (dokumenterad: ${name(convention)})` : ` (flertalet rader: ${name(convention)})`;
    const documentedEn = isDocumented ? ` (documented: ${name(convention)})` : ` (most rows: ${name(convention)})`;
    out.push({
      id: `avvikelse-konvention:${key}`,
      title: { sv: `En konvention för avvikelse i ${tableName(key)}`, en: `One deviation convention in ${tableName(key, "en")}` },
      figures: [],
      difference: null,
      tolerance: null,
      unit: "kr",
      status: deviating.length ? "fail" : "pass",
      explanation: deviating.length
        ? bilingual(`Tabellen blandar konventioner${documented}. Avvikande rader: ${deviating.join("; ")}.`, `The table mixes conventions${documentedEn}. Rows that differ: ${deviating.join("; ")}.`)
        : bilingual(`Alla rader följer ${name(convention)}${documented}.`, `Every row follows ${name(convention)}${documentedEn}.`),
      refs: rows.map((row) => ({ table: key, row, column: "avvikelse" })),
    });
  }
  return out;
}
