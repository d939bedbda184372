import type { CheckContext } from "./figures";
import { add, childrenOf, printed, resolve } from "./figures";
import { bilingual, compare, type Bilingual, type Finding } from "./finding";
import { cellLabel, tableName } from "./labels";
import { FLERAR, KFA } from "../statements/lines";
import { checkId, structureTablesOf, type TableKey } from "./statementSet";

/**
 * Totals another check compares already, whatever sign the table prints their lines with: closing cash
 * (kfa:forandring) and the five-year table's result (fy:resultat). A sum check beside them would be the same
 * finding twice, and one a typed table (costs printed positive) could not give.
 */
const CHECKED_ELSEWHERE: ReadonlySet<string> = new Set([KFA.likvidaSlut.id, FLERAR.aretsResultat.id]);

/**
 * Every printed subtotal and total equals the sum of its lines (the row's sumOf, or the standard structure),
 * in every amount column, the delår RR and BR's and the goals forecast's too. Lines a report does not print are
 * derived from their own lines where possible.
 */
export function sumChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const [key, table] of structureTablesOf(ctx.set)) {
    const amountColumns = table.model.columns.filter((c) => c.kind === "amount").map((c) => c.id);
    for (const row of table.model.rows) {
      const children = childrenOf(table, row.id);
      if (!children || row.kind === "heading" || CHECKED_ELSEWHERE.has(row.id)) continue;
      for (const column of amountColumns) {
        const total = printed(ctx, key, row.id, column);
        const lines = add(children.map((c) => resolve(ctx, key, c, column)));
        if (!total || !lines) continue;
        const finding = compare({
          id: checkId(key, `summa:${key}:${row.id}:${column}`),
          title: { sv: `Summering: ${cellLabel(ctx, key, row.id, column)}`, en: `Total equals its lines: ${cellLabel(ctx, key, row.id, column)}` },
          left: { label: cellLabel(ctx, key, row.id, column), figure: total },
          right: { label: "summan av dess rader", figure: lines },
          onFail: () => (row.id === KFA.lopandeSumma.id ? workingCapitalOnly(ctx, key, column) : undefined),
        });
        out.push(finding);
      }
    }
  }
  return out;
}

/** The id and title of a delår table's sums where the table was left out (one finding: its rows are not known). */
export const sumsCheckId = (key: TableKey): string => checkId(key, `summa:${key}`);
export const sumsCheckTitle = (key: TableKey): Bilingual => bilingual(`Summeringar: ${tableName(key)}`, `Totals equal their lines: ${tableName(key, "en")}`);

/** HBS 2021 prints only the change in working capital on the "löpande verksamheten" line. */
function workingCapitalOnly(ctx: CheckContext, key: TableKey, column: string): Bilingual | undefined {
  const total = printed(ctx, key, KFA.lopandeSumma.id, column);
  const wc = add([KFA.fordringar.id, KFA.forrad.id, KFA.skulder.id].map((r) => resolve(ctx, key, r, column)));
  if (!total || !wc || total.value.minus(wc.value).abs().greaterThan(total.uncertainty.plus(wc.uncertainty))) return undefined;
  return bilingual(
    "Raden visar bara förändringen av rörelsekapitalet; medel från verksamheten före förändring av rörelsekapital saknas i summan.",
    "The line shows only the change in working capital; cash from operations before that change is missing from the total.",
  );
}
