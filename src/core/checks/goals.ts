import { Dec } from "../money/decimal";
import { equityCap, share, tieredEquityRule } from "../rules/equityCap";
import { kronor } from "../money/format";
import { isFinsamError } from "../errors";
import { GOAL_COLUMNS as C, GOAL_LABELS, GOAL_ROWS } from "../statements/finansiellaMal";
import { GOAL_BASE_LINES, GOAL_BASE_ROWS as B } from "../statements/goalBase";
import { statedLimit, type StatedLimit } from "../statements/goalTexts";
import { printed, resolve, rowOf, type CheckContext, type Figure } from "./figures";
import { bilingual as t, compare, type Bilingual, type Finding } from "./finding";
import { tableName } from "./labels";
import type { StatementTable } from "./statementSet";

const SHEETS = (["fmal", "prognos"] as const).map((key) => ({ key, sv: tableName(key), en: tableName(key, "en") }));

/** Each goal whose Gräns is a share of (or, for equity, tiers on) a row of Underlag för målen, and that row. */
const GOALS: readonly { row: string; label: string; en: string; base: (table: StatementTable) => string }[] = [
  { row: GOAL_ROWS.egetKapital, label: GOAL_LABELS.egetKapital, en: "equity", base: () => B.bidrag },
  // The administration share is of the costs after those left out of it, where some are.
  { row: GOAL_ROWS.administration, label: GOAL_LABELS.administration, en: "administration share", base: (table) => (rowOf(table, B.efterUndantag) ? B.efterUndantag : B.samlade) },
  { row: GOAL_ROWS.fordelning, label: GOAL_LABELS.fordelning, en: "allocation rule", base: () => B.individStruktur },
];

const baseLabel = (id: string) => GOAL_BASE_LINES.find((l) => l.id === id)!.label;

/**
 * A goal's Gräns is what its Mål text states of the base printed under the goals: 20 % of Medlemmarnas bidrag (or
 * the tiers on it), 10 % of the costs, 70 % of individ + struktur. Where the sheet writes a formula the two agree by
 * construction; where it writes a value (a tier rule, or the rounding guard's), or an auditor has typed one over the
 * formula, the value must still follow the rule within the printed unit. A goal that could not be tested (no Gräns)
 * or whose rule the sheet does not state (a fixed amount) is not compared.
 */
export function goalLimitChecks(ctx: CheckContext): Finding[] {
  return SHEETS.flatMap((sheet) => {
    const table = ctx.set[sheet.key];
    if (!table) return [];
    return GOALS.flatMap((goal) => {
      const text = rowOf(table, goal.row)?.values[C.goal];
      const limit = printed(ctx, sheet.key, goal.row, C.limit);
      const stated = typeof text === "string" ? statedLimit(text) : undefined;
      if (!limit || !stated) return [];
      const base = goal.base(table);
      const expected = limitOf(stated, resolve(ctx, sheet.key, base, C.outcome));
      const rule = stated.kind === "share" ? t(`${share(stated.rate)} av ${baseLabel(base)}`, `${share(stated.rate)} of ${baseLabel(base)}`) : t(`trappan på ${baseLabel(base)}`, `the tiers on ${baseLabel(base)}`);
      return [compare({
        id: `grans:${sheet.key}:${goal.row}`,
        title: t(`${sheet.sv}: ${goal.label}, Gräns = ${rule.sv}`, `${sheet.en[0]!.toUpperCase()}${sheet.en.slice(1)}: ${goal.en}, limit = ${rule.en}`),
        left: { label: `${sheet.sv} ${goal.label} Gräns`, figure: limit },
        right: { label: `${rule.sv} (Underlag för målen)`, figure: "figure" in expected ? expected.figure : undefined },
        ...("why" in expected ? { untestable: expected.why } : {}),
        onFail: () => t(`Gränsen följer inte målets regel (kolumnen Mål): är den inskriven för hand?`, `The limit does not follow the goal's rule (the Mål column): was it typed over by hand?`),
      })];
    });
  });
}

/**
 * The limit the rule gives on the printed base. The base may be the driftsredovisning's figure as printed, which
 * its balanced rounding can put a whole step from the exact (its floor or ceiling, sheet/rounding.ts), so it counts
 * a whole step, scaled by the rule's (highest) rate.
 */
function limitOf(stated: StatedLimit, base: Figure | undefined): { figure: Figure | undefined } | { why: Bilingual } {
  if (!base) return { figure: undefined };
  const uncertainty = base.uncertainty.times(2);
  if (stated.kind === "share") return { figure: { value: base.value.times(stated.rate), uncertainty: uncertainty.times(stated.rate), refs: base.refs } };
  try {
    const top = Dec.max(...stated.tiers.map((x) => x.rate));
    return { figure: { value: equityCap(tieredEquityRule(stated.tiers), base.value), uncertainty: uncertainty.times(top), refs: base.refs } };
  } catch (e) {
    // Tiers the contributions run past, or negative contributions: the sheet's own verdict says it cannot test them.
    if (!isFinsamError(e)) throw e;
    return { why: t(`trappan ger ingen gräns för ${baseLabel(B.bidrag)} (${kronor(base.value)}).`, `the tiers give no limit for the members' contributions (${kronor(base.value)}).`) };
  }
}
