import { add, type CheckContext, negate, resolve } from "./figures";
import { compare, type Finding } from "./finding";
import { cellLabel, tableName } from "./labels";
import { PERIODS, periodLabel } from "./periods";

/** Each note's total equals the statement line(s) it explains. */
export function noteChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const note of ctx.set.notes ?? []) {
    const key = `not:${note.number}` as const;
    const { table, rows, sign } = note.explains;
    if (!ctx.set[table]) continue;
    for (const p of PERIODS) {
      const lines = add(rows.map((r) => resolve(ctx, table, r, p)));
      const statement = sign === -1 ? negate(lines) : lines;
      out.push(
        compare({
          id: `not:${note.number}:${p}`,
          title: { sv: `Not ${note.number} summa ${periodLabel(ctx.set, p)} = ${tableName(table)}`, en: `Note ${note.number} total ${periodLabel(ctx.set, p)} = ${tableName(table, "en")}` },
          left: { label: cellLabel(ctx, key, note.totalRow, p), figure: resolve(ctx, key, note.totalRow, p) },
          right: { label: `${tableName(table)} ${rows.map((r) => cellLabel(ctx, table, r, p).replace(/^\S+ /, "")).join(" + ")}`, figure: statement },
        }),
      );
    }
  }
  return out;
}
