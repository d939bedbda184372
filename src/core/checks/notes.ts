import { RR } from "../statements/lines";
import { abs, add, type CheckContext, type Figure, resolve } from "./figures";
import { bilingual as t, compare, type Finding } from "./finding";
import { cellLabel, tableName } from "./labels";
import { PERIODS, periodLabel } from "./periods";
import type { NoteTable } from "./statementSet";
import { DRIFT_INCOME_PARTS, DRIFT_TOTALS } from "./structure";

const BUDGET = "budget";

/**
 * Each note's total equals the statement line(s) it explains. A cost note (sign −1) is compared by magnitude:
 * notes print costs positive, but one typed from a report may carry the RR's minus signs.
 */
export function noteChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const note of ctx.set.notes ?? []) {
    const key = `not:${note.number}` as const;
    const { table, rows, sign } = note.explains;
    if (!ctx.set[table]) continue;
    const shown = (f: Figure | undefined) => (sign === -1 ? abs(f) : f);
    for (const p of PERIODS) {
      const lines = add(rows.map((r) => resolve(ctx, table, r, p)));
      out.push(
        compare({
          id: `not:${note.number}:${p}`,
          title: { sv: `Not ${note.number} summa ${periodLabel(ctx.set, p)} = ${tableName(table)}`, en: `Note ${note.number} total ${periodLabel(ctx.set, p)} = ${tableName(table, "en")}` },
          left: { label: cellLabel(ctx, key, note.totalRow, p), figure: shown(resolve(ctx, key, note.totalRow, p)) },
          right: { label: `${tableName(table)} ${rows.map((r) => cellLabel(ctx, table, r, p).replace(/^\S+ /, "")).join(" + ")}`, figure: shown(lines) },
        }),
      );
    }
    const budget = noteBudgetCheck(ctx, note);
    if (budget) out.push(budget);
  }
  return out;
}

/**
 * A note that prints a budget column (Roslagen 2022's Not 2) against the driftsredovisning's budget for the
 * same costs or income: one budget, printed twice. Nothing when either table prints no such budget.
 */
function noteBudgetCheck(ctx: CheckContext, note: NoteTable): Finding | undefined {
  if (!ctx.set.drift || !note.model.columns.some((c) => c.id === BUDGET)) return undefined;
  const key = `not:${note.number}` as const;
  const costs = note.explains.rows.includes(RR.kostnader.id);
  const drift = costs
    ? resolve(ctx, "drift", DRIFT_TOTALS.kostnader.id, BUDGET)
    : note.explains.rows.includes(RR.intakter.id)
      ? resolve(ctx, "drift", DRIFT_TOTALS.intakter.id, BUDGET) ?? add(DRIFT_INCOME_PARTS.map((r) => resolve(ctx, "drift", r, BUDGET)))
      : undefined;
  if (!drift) return undefined;
  const what = costs ? { sv: "kostnader", en: "costs" } : { sv: "intäkter", en: "income" };
  return compare({
    id: `not:${note.number}:budget`,
    title: t(`Not ${note.number} budget = driftsredovisningens budget för ${what.sv}`, `Note ${note.number} budget = the operating statement's budget for ${what.en}`),
    left: { label: cellLabel(ctx, key, note.totalRow, BUDGET), figure: abs(resolve(ctx, key, note.totalRow, BUDGET)) },
    right: { label: `Driftsredovisningens budget för ${what.sv}`, figure: abs(drift) },
    onFail: () =>
      t(
        "Samma budget står olika i noten och i driftsredovisningen; ett av beloppen kan vara en äldre budget (före ändringsbeslut).",
        "The same budget is printed differently in the note and in the operating statement; one may be an older budget (before an amended decision).",
      ),
  });
}
