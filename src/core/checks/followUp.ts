import { DRIFT } from "../statements/lines";
import { FOLLOW_UP_COLUMNS as F } from "../statements/budgetuppfoljning";
import { add, negate, printed, resolve, rowOf, type CheckContext, type Figure } from "./figures";
import { bilingual as t, compare, type Bilingual, type Finding } from "./finding";
import { cellLabel } from "./labels";
import { DRIFT_AREAS } from "./structure";

const minus = (a: Figure | undefined, b: Figure | undefined): Figure | undefined => (a && b ? add([a, negate(b)]) : undefined);

/**
 * What an auditor ticks on the Budgetuppföljning beside its sums (sums.ts) and unit (units.ts): on every row,
 * Avvikelse = Utfall − Budget t.o.m. månaden (or the opposite, where the heading says "budget − utfall") and
 * Prognos − budget = Helårsprognos − Budget helår; and at month 12, where its utfall is the year's, each area's
 * utfall and the Resultat are the driftsredovisning's netto.
 */
export function followUpChecks(ctx: CheckContext): Finding[] {
  const table = ctx.set.uppf;
  if (!table) return [];
  const cell = (row: string, column: string) => printed(ctx, "uppf", row, column);
  const budgetFirst = table.deviation?.direction === "budget-utfall";
  const out: Finding[] = [];
  for (const row of table.model.rows) {
    if (row.kind === "heading") continue;
    const [actual, toDate] = [cell(row.id, F.actual), cell(row.id, F.budgetToDate)];
    if (cell(row.id, F.deviation)) {
      const label = cellLabel(ctx, "uppf", row.id, F.deviation);
      const rule = budgetFirst ? "budget t.o.m. månaden − utfall" : "utfall − budget t.o.m. månaden";
      out.push(
        compare({
          id: `uppf:avvikelse:${row.id}`,
          title: t(`Avvikelse = ${rule}: ${label}`, `Deviation = ${budgetFirst ? "budget to date − actual" : "actual − budget to date"}: ${label}`),
          left: { label, figure: cell(row.id, F.deviation) },
          right: { label: rule, figure: budgetFirst ? minus(toDate, actual) : minus(actual, toDate) },
        }),
      );
    }
    if (cell(row.id, F.forecastDeviation)) {
      const label = cellLabel(ctx, "uppf", row.id, F.forecastDeviation);
      out.push(
        compare({
          id: `uppf:prognos-budget:${row.id}`,
          title: t(`Prognos − budget = helårsprognos − budget helår: ${label}`, `Forecast − budget = full-year forecast − annual budget: ${label}`),
          left: { label, figure: cell(row.id, F.forecastDeviation) },
          right: { label: "helårsprognos − budget helår", figure: minus(cell(row.id, F.forecast), cell(row.id, F.budget)) },
        }),
      );
    }
  }
  return [...out, ...driftTies(ctx), ...budgetTies(ctx)];
}

/** A follow-up column tied to a driftsredovisning column, row by row: its utfall to the netto, its Budget helår to the budget. */
interface DriftTie {
  id: string;
  column: string;
  driftColumn: string;
  words: { sv: string; en: string };
}
const UTFALL: DriftTie = { id: "drift", column: F.actual, driftColumn: "netto", words: { sv: "netto", en: "actual = the operating statement's netto" } };
const BUDGET: DriftTie = { id: "budget", column: F.budget, driftColumn: "budget", words: { sv: "budget", en: "annual budget = the operating statement's budget" } };

/** The tie of each area the follow-up prints (none where `untestable`) and of its Resultat to the driftsredovisning's Summa. */
function driftTied(ctx: CheckContext, kind: DriftTie, untestable?: Bilingual): Finding[] {
  const table = ctx.set.uppf!;
  const tie = (row: string, driftRow: string): Finding =>
    compare({
      id: `uppf:${kind.id}:${row}`,
      title: t(`${cellLabel(ctx, "uppf", row, kind.column)} = driftsredovisningens ${kind.words.sv}`, `Budget follow-up ${rowOf(table, row)?.label ?? "Resultat"}: ${kind.words.en}`),
      left: { label: cellLabel(ctx, "uppf", row, kind.column), figure: resolve(ctx, "uppf", row, kind.column) },
      right: { label: cellLabel(ctx, "drift", driftRow, kind.driftColumn), figure: resolve(ctx, "drift", driftRow, kind.driftColumn) },
      untestable,
    });
  const areas = untestable ? [] : DRIFT_AREAS.filter((a) => rowOf(table, a));
  return [...areas.map((a) => tie(a, a)), tie(DRIFT.resultat.id, DRIFT.summa.id)];
}

/** Whatever the month, the follow-up's Budget helår is the adopted budget the driftsredovisning prints. */
const budgetTies = (ctx: CheckContext): Finding[] => driftTied(ctx, BUDGET);

/**
 * At month 12 the follow-up's utfall is the year's: each area it prints is the driftsredovisning's netto, and its
 * Resultat the driftsredovisning's Summa. Before December (or where the title states no month) only the Resultat's
 * finding is given, saying why it cannot be tested.
 */
function driftTies(ctx: CheckContext): Finding[] {
  const month = ctx.set.uppf!.month;
  const untestable: Bilingual | undefined =
    month === undefined
      ? t('Budgetuppföljningen anger inte till och med vilken månad den gäller (t.ex. "t.o.m. månad 12" i rubriken).', 'the budget follow-up does not state the month it runs to (e.g. "t.o.m. månad 12" in its title).')
      : month !== 12
        ? t(`Budgetuppföljningen gäller t.o.m. månad ${month}; dess utfall är årets, och driftsredovisningens, först i månad 12.`, `the budget follow-up runs to month ${month}; its actual is the year's, the operating statement's, only at month 12.`)
        : undefined;
  return driftTied(ctx, UTFALL, untestable);
}
