import { Dec, ZERO } from "../money/decimal";
import { isFinsamError, type FinsamError } from "../errors";
import type { MessageCode, MessageParams } from "../messages/index";
import type { MappedLedger } from "../mapping/apply";
import type { ReportModel, ReportRow } from "../report/model";
import { checkEquity, type EquityCapRule } from "../rules/equityCap";
import { DEFAULT_ADMIN_LIMIT, adminRatio, allocationCheck, excludedCosts } from "../rules/ratios";
import { kronor } from "../money/format";
import { DRIFT } from "./lines";
import { DEFAULT_UNIT, amountColumn, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { driftCells, incomeAndCost } from "./driftGroups";
import { equityTotal, resultOf } from "./figures";
import { goalBase, type GoalBase } from "./goalBase";
import { GOAL_TEXTS } from "./goalTexts";

export const GOAL_ROWS = {
  egetKapital: "mal.eget-kapital",
  administration: "mal.administration",
  fordelning: "mal.fordelning",
  balanskrav: "mal.balanskrav",
} as const;

/** The goal rows' printed labels, as `finsam check` finds them on a goal sheet. */
export const GOAL_LABELS: Record<keyof typeof GOAL_ROWS, string> = {
  egetKapital: "Eget kapital",
  administration: "Administrationens andel av kostnaderna",
  fordelning: "Andel till individinriktade insatser",
  balanskrav: "Balanskravsresultat",
};
const L = GOAL_LABELS;

export interface GoalInputs {
  year: string;
  /** Eget kapital at year end (null: not known, a forecast without opening balances) and the members' contributions the cap is based on. */
  equity: Dec | null;
  contributions: Dec;
  equityRule: EquityCapRule;
  /** Administration costs and total costs (magnitudes), and costs excluded from the denominator (ESF pass-through). */
  adminCosts: Dec;
  totalCosts: Dec;
  adminExcluded?: Dec[];
  /** The highest administration share (omitted: 10 %); null: the förbund has no such goal, and no row. */
  adminLimit?: Dec | null;
  /** Costs of individ- and strukturinriktade insatser, printed under the goals with the others (goalBase). Omitted: within the other costs. */
  areaCosts?: { individual: Dec; structural: Dec };
  /** Allocation rule (Roslagen): individ ≥ minShare of individ + struktur. Omitted: no row. */
  allocation?: { individual: Dec; structural: Dec; minIndividualShare: Dec };
  aretsResultat: Dec;
}

/**
 * Goal inputs from a mapped ledger: equity from the BR, the members' contributions (the equity cap's base) as
 * the income of the area "Intäkter från huvudmännen", admin/individ/struktur costs from the areas.
 */
export function goalInputsFromLedger(m: MappedLedger, equityRule: EquityCapRule, minIndividualShare?: Dec): GoalInputs {
  requireCurrentYear(m.ledger);
  const cells = driftCells(m).filter((c) => c.year === 0);
  const ofArea = (area?: string) => incomeAndCost(cells.filter((c) => area === undefined || c.area === area));
  const costOf = (area?: string) => ofArea(area).kostnad;
  return {
    year: yearName(m.ledger, 0),
    equity: equityTotal(m, 0),
    contributions: ofArea(DRIFT.huvudman.id).intakt,
    equityRule,
    adminCosts: costOf(DRIFT.administration.id),
    totalCosts: costOf(),
    aretsResultat: resultOf(m, 0),
    ...areaCostsOf(costOf, minIndividualShare),
  };
}

/** The individ and struktur costs, and the allocation rule on them where it is given. */
export function areaCostsOf(costOf: (area: string) => Dec, minIndividualShare?: Dec): Pick<GoalInputs, "areaCosts" | "allocation"> {
  const areaCosts = { individual: costOf(DRIFT.individ.id), structural: costOf(DRIFT.struktur.id) };
  return { areaCosts, allocation: minIndividualShare === undefined ? undefined : { ...areaCosts, minIndividualShare } };
}

export const GOAL_COLUMNS = { goal: "goal", outcome: "outcome", limit: "limit", over: "over", ratio: "ratio", status: "status" } as const;
const COLS = GOAL_COLUMNS;

/** The verdict as a native IF on the row's Utfall against its Gräns, so it recalculates when either is corrected. */
const verdictOf = (words: GoalWording, holds: "atMost" | "atLeast"): Pick<ReportRow, "verdicts"> => ({
  verdicts: { [COLS.status]: { value: COLS.outcome, limit: COLS.limit, holds, met: words.met, notMet: words.notMet } },
});

/**
 * A share goal's Utfall, Gräns and Andel over the printed costs under the goals: Utfall is the costs' row, Gräns
 * the base's row times the limit, Andel Utfall over the base, so each follows a corrected cost.
 */
const shareOf = (costs: string, base: string, limit: Dec): Pick<ReportRow, "references" | "products" | "quotients"> => ({
  references: { [COLS.outcome]: costs },
  products: { [COLS.limit]: { of: { row: base, column: COLS.outcome }, factor: limit } },
  quotients: { [COLS.ratio]: { numerator: { column: COLS.outcome }, denominator: { row: base, column: COLS.outcome } } },
});

/** How a goal's outcome is said: of the year's actuals, or of a forecast (prognosMal.ts). */
export interface GoalWording {
  outcomeHeading: string;
  met: string;
  notMet: string;
  /** Followed by ": " and the reason. */
  untestable: string;
}
export const ACTUAL_WORDING: GoalWording = { outcomeHeading: "Utfall", met: "Uppfyllt", notMet: "Ej uppfyllt", untestable: "Kan inte prövas" };

export interface GoalOptions extends StatementOptions {
  wording?: GoalWording;
}

/**
 * Finansiella mål (like HBS 2021 Tabell 8): eget kapital vs the cap, administration share vs its limit,
 * the allocation rule when given, and balanskravet (årets resultat after balanskravsjusteringar ≥ 0).
 */
export function buildFinansiellaMal(input: GoalInputs, options: GoalOptions = {}): ReportModel {
  const words = options.wording ?? ACTUAL_WORDING;
  const status = (met: boolean) => (met ? words.met : words.notMet);
  const cannot = (reason: string) => `${words.untestable}: ${reason}`;
  const rows: ReportRow[] = [];
  const equityGoal = GOAL_TEXTS.equity(input.equityRule);
  // Negative contributions (a forecast of more paid back than received) give no cap to compare with.
  const equity = input.equity;
  const eq = equity === null ? "ingående eget kapital saknas i huvudboken (inget #IB för året eller #UB för året innan)" : untestable(() => checkEquity(input.equityRule, input.contributions, equity), {
    "equity.contributionsNegative": () => `medlemmarnas bidrag (${kronor(input.contributions)}) är negativa`,
  });
  const excluded = input.adminExcluded ?? [];
  const limit = input.adminLimit === undefined ? DEFAULT_ADMIN_LIMIT : input.adminLimit;
  // No costs (yet), more excluded than there are, or exclusions that take administration's own costs: the rule
  // refuses the ratio, and the goal cannot be tested — said, not divided by zero or passed on a negative share
  // or one over 100 %. A förbund without an administration share goal (Roslagen) gets no row.
  const admin = limit === null ? null : untestable(() => adminRatio(input.adminCosts, input.totalCosts, excluded, limit), {
    "ratio.zeroDenominator": () => "inga kostnader",
    "ratio.excludedOverTotal": (p) => `kostnaderna utanför administrationsandelen (${kronor(new Dec(String(p.value)))}) är större än de totala kostnaderna (${kronor(new Dec(String(p.total)))})`,
    "ratio.adminOverTotal": (p) => `administrationskostnaderna (${kronor(new Dec(String(p.value)))}) är större än ${excluded.length > 0 ? "kostnaderna efter undantagen" : "de totala kostnaderna"} (${kronor(new Dec(String(p.total)))})`,
  });
  // With no costs on individ- or strukturinriktade insatser (e.g. a mapping that puts every cost on
  // administration) the allocation rule cannot be tested: the row says so instead of dividing by zero.
  const allocationTestable = input.allocation !== undefined && !input.allocation.individual.plus(input.allocation.structural).isZero();
  // The cap's base is printed under the goals where the rule takes it (not a fixed amount). A share of it, the
  // Gräns is a native product of that cell, so it follows corrected contributions; the tier rule's marginal
  // brackets stay a value (a MIN/MAX chain over its bounds is not the rule as a board member reads it).
  const rule = input.equityRule;
  const contributions = typeof eq !== "string" && rule.kind !== "fixed" ? input.contributions : undefined;
  const base = goalBase(COLS.outcome, { admin: input.adminCosts, total: input.totalCosts, excluded: excludedCosts(excluded), areas: input.allocation ?? input.areaCosts }, { admin: admin !== null && typeof admin !== "string", allocation: allocationTestable }, contributions);
  // Testable, the row says by how much the equity is over the cap (HBS 2021: "överstiger … med ca 8 miljoner
  // kronor", seed 000 §2.2) and its Andel is Utfall / Gräns: both native formulas over the row's cells.
  rows.push(typeof eq === "string"
    ? { id: GOAL_ROWS.egetKapital, label: L.egetKapital, kind: "line", level: 0, values: { [COLS.goal]: equityGoal, [COLS.outcome]: equity, [COLS.limit]: null, [COLS.over]: null, [COLS.ratio]: null, [COLS.status]: cannot(eq) } }
    : {
      id: GOAL_ROWS.egetKapital, label: L.egetKapital, kind: "line", level: 0,
      values: { [COLS.goal]: equityGoal, [COLS.outcome]: eq.equity, [COLS.limit]: eq.cap, [COLS.over]: eq.excess, [COLS.ratio]: eq.ratio, [COLS.status]: status(eq.within) },
      columnFormulas: { [COLS.over]: { plus: [COLS.outcome], minus: [COLS.limit] } },
      ...(eq.ratio === null ? {} : { quotients: { [COLS.ratio]: { numerator: { column: COLS.outcome }, denominator: { column: COLS.limit } } } }),
      ...(base.equity && rule.kind === "flat" ? { products: { [COLS.limit]: { of: { row: base.equity.contributions, column: COLS.outcome }, factor: rule.rate } } } : {}),
      ...verdictOf(words, "atMost"),
    });
  if (admin !== null && limit !== null) {
    const adminGoal = GOAL_TEXTS.admin(limit);
    rows.push({
      id: GOAL_ROWS.administration, label: L.administration, kind: "line", level: 0,
      values: typeof admin === "string"
        ? { [COLS.goal]: adminGoal, [COLS.outcome]: null, [COLS.limit]: null, [COLS.ratio]: null, [COLS.status]: cannot(admin) }
        : { [COLS.goal]: adminGoal, [COLS.outcome]: admin.admin, [COLS.limit]: admin.denominator.times(admin.limit), [COLS.ratio]: admin.ratio, [COLS.status]: status(admin.met) },
      ...(base.admin ? { ...shareOf(base.admin.costs, base.admin.denominator, limit), ...verdictOf(words, "atMost") } : {}),
    });
  }
  if (input.allocation && !allocationTestable) {
    rows.push({
      id: GOAL_ROWS.fordelning, label: L.fordelning, kind: "line", level: 0,
      values: { [COLS.goal]: GOAL_TEXTS.allocation(input.allocation.minIndividualShare), [COLS.outcome]: null, [COLS.limit]: null, [COLS.ratio]: null, [COLS.status]: cannot("inga kostnader på individ- eller strukturinriktade insatser") },
    });
  }
  if (input.allocation && allocationTestable) {
    const a = allocationCheck(input.allocation.individual, input.allocation.structural, input.allocation.minIndividualShare);
    rows.push({
      id: GOAL_ROWS.fordelning, label: L.fordelning, kind: "line", level: 0,
      values: { [COLS.goal]: GOAL_TEXTS.allocation(a.minIndividualShare), [COLS.outcome]: input.allocation.individual.abs(), [COLS.limit]: a.requiredIndividual, [COLS.ratio]: a.individualShare, [COLS.status]: status(a.met) },
      ...shareOf(base.allocation!.individual, base.allocation!.base, a.minIndividualShare),
      ...verdictOf(words, "atLeast"),
    });
  }
  // No balanskravsjusteringar are read (reavinster and the like), so the balanskravsresultat is årets resultat.
  const balanskrav = input.aretsResultat;
  rows.push({
    id: GOAL_ROWS.balanskrav, label: L.balanskrav, kind: "line", level: 0,
    values: { [COLS.goal]: "Årets resultat efter balanskravsjusteringar ≥ 0", [COLS.outcome]: balanskrav, [COLS.limit]: ZERO, [COLS.ratio]: null, [COLS.status]: status(!balanskrav.isNegative()) },
    ...verdictOf(words, "atLeast"),
  });
  // A goal not met is flagged, so its status is coloured in plain Excel too (a conditional format on the text).
  for (const r of rows) r.flags = { [COLS.status]: r.values[COLS.status] === words.notMet ? "critical" : "ok" };
  rows.push(...base.rows);
  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "finansiella-mal",
    title: `Finansiella mål ${input.year}`,
    unit,
    columns: [
      { id: COLS.goal, heading: "Mål", kind: "text" },
      amountColumn(COLS.outcome, words.outcomeHeading),
      amountColumn(COLS.limit, "Gräns"),
      amountColumn(COLS.over, "Över gränsen"),
      { id: COLS.ratio, heading: "Andel", kind: "percent" },
      { id: COLS.status, heading: "Måluppfyllelse", kind: "text" },
    ],
    rows,
    footnotes: [
      unitFootnote(unit),
      `Eget kapital: ${input.equityRule.label}${input.equityRule.verified ? "" : " (overifierad regel)"}${input.equityRule.kind === "fixed" ? ", ett fast belopp" : input.equityRule.kind === "tiers" ? ", beräknat på medlemmarnas bidrag (ett värde: räknas inte om när bidragen ändras)" : ""}; Andel = eget kapital i procent av gränsen; Över gränsen = eget kapital − gränsen (negativt: under gränsen).`,
      "Balanskravsresultat = årets resultat efter balanskravsjusteringar (utan realisationsvinster m.m. lika med årets resultat).",
      "Måluppfyllelse, Andel och Över gränsen räknas om när ett belopp i raden ändras.",
      ...followers(base, rule),
    ],
  };
}

/** The footnote naming the goal cells that follow the base under the goals, as many as it has (none: no note). */
function followers(base: GoalBase, rule: EquityCapRule): string[] {
  const shares = [base.admin && "administrationens", base.allocation && "fördelningens"].filter(Boolean).join(" och ");
  const parts = [
    ...(base.equity && rule.kind === "flat" ? ["eget kapitals Gräns (medlemmarnas bidrag)"] : []),
    ...(shares === "" ? [] : [`${shares} Utfall, Gräns och Andel (kostnaderna)`]),
  ];
  return parts.length === 0 ? [] : [`När underlaget för målen ändras räknas om: ${parts.join("; ")}.`];
}

/** The rule's result, or why it cannot be had: the text for one of the refusals `reasons` names (others are thrown). */
function untestable<T>(rule: () => T, reasons: Partial<Record<MessageCode, (p: MessageParams) => string>>): T | string {
  try {
    return rule();
  } catch (e) {
    const reason = isFinsamError(e) ? reasons[e.code] : undefined;
    if (!reason) throw e;
    return reason((e as FinsamError).params);
  }
}
