import { ZERO, type Dec } from "../money/decimal";
import type { ReportRow } from "../report/model";
import { DRIFT } from "./lines";

/** The rows under the goals that the equity cap, the administration share and the allocation rule are computed from. */
export const GOAL_BASE_ROWS = {
  heading: "mal.underlag",
  bidrag: "mal.underlag.bidrag",
  administration: "mal.underlag.administration",
  individ: "mal.underlag.individ",
  struktur: "mal.underlag.struktur",
  ovriga: "mal.underlag.ovriga",
  samlade: "mal.underlag.samlade",
  undantag: "mal.underlag.undantag",
  efterUndantag: "mal.underlag.efter-undantag",
  individStruktur: "mal.underlag.individ-struktur",
} as const;
const B = GOAL_BASE_ROWS;

/** The base's lines by their printed labels (the totals' too), as `finsam check` finds them on a goal sheet. */
export const GOAL_BASE_LINES: readonly { id: string; label: string }[] = [
  { id: B.bidrag, label: "Medlemmarnas bidrag" },
  { id: B.administration, label: DRIFT.administration.label },
  { id: B.individ, label: DRIFT.individ.label },
  { id: B.struktur, label: DRIFT.struktur.label },
  { id: B.ovriga, label: "Övriga kostnader" },
  { id: B.samlade, label: "Samlade kostnader" },
  { id: B.undantag, label: "Kostnader utanför administrationsandelen" },
  { id: B.efterUndantag, label: "Underlag för administrationsandelen" },
  { id: B.individStruktur, label: "Individ- och strukturinriktade insatser" },
];
const labelOf = (id: string) => GOAL_BASE_LINES.find((l) => l.id === id)!.label;

/** Which base rows sum to which, for a goal sheet read back (the built one carries its own sumOf). */
export const GOAL_BASE_SUMS: readonly [string, string[]][] = [
  [B.samlade, [B.administration, B.individ, B.struktur, B.ovriga]],
  [B.efterUndantag, [B.samlade, B.undantag]],
  [B.individStruktur, [B.individ, B.struktur]],
];

export interface GoalBase {
  rows: ReportRow[];
  /** The row of the members' contributions the equity cap is of; absent where the cap is not computed from them. */
  equity?: { contributions: string };
  /** The row of the administration's costs, and of the costs its share is of; absent where the share is not testable. */
  admin?: { costs: string; denominator: string };
  /** The rows of the individinriktade insatser and of individ + struktur; absent where the rule is not testable. */
  allocation?: { individual: string; base: string };
}

/**
 * What the goals are computed from, printed in the goals' amount column (`column`) so their Gräns and Andel can be
 * native formulas over printed cells. First the members' contributions the equity cap is a share of (`contributions`,
 * where the rule takes them): the income of "Intäkter från huvudmännen", as the seeds base the cap ("utgår från
 * medlemmarnas bidrag (32 mnkr) och tar inte hänsyn till övriga medel såsom bidrag från ESF-rådet", Stockholm 2022,
 * seed 002:2032–2035; "20% av medelstilldelningen", Roslagen 2022, 003:745). Then the costs the shares are of, as
 * HBS 2021 §2.3 and Roslagen 2022 §2 say them (seed 000:1148–1155, 003:698–701: kansli och administration,
 * individinriktade, strukturinriktade insatser, of costs summed to 17,4 and 10,3 mnkr): the samlade kostnader a SUM
 * of the areas (and the other costs), less the costs left out of the administration share (Stockholm 2022's ESF
 * pass-through), and individ + struktur a SUM of the two. Costs are magnitudes, as the rules take them.
 */
export function goalBase(
  column: string,
  costs: { admin: Dec; total: Dec; excluded: Dec; areas?: { individual: Dec; structural: Dec } },
  testable: { admin: boolean; allocation: boolean },
  contributions?: Dec,
): GoalBase {
  if (!testable.admin && !testable.allocation && contributions === undefined) return { rows: [] };
  const rows: ReportRow[] = [{ id: B.heading, label: "Underlag för målen", kind: "heading", level: 0, values: {} }];
  const line = (id: string, label: string, value: Dec, kind: ReportRow["kind"] = "line", sumOf?: string[]) =>
    rows.push({ id, label, kind, level: kind === "line" ? 1 : 0, values: { [column]: value }, ...(sumOf ? { sumOf } : {}) });
  // Flush with the totals, not indented as the costs above Samlade kostnader are: it is no part of their SUM.
  if (contributions !== undefined) rows.push({ id: B.bidrag, label: labelOf(B.bidrag), kind: "line", level: 0, values: { [column]: contributions } });
  const split = costs.areas && { individual: costs.areas.individual.abs(), structural: costs.areas.structural.abs() };
  if (testable.admin) {
    const admin = costs.admin.abs();
    const total = costs.total.abs();
    line(B.administration, labelOf(B.administration), admin);
    const parts: string[] = [B.administration];
    if (split) {
      line(B.individ, labelOf(B.individ), split.individual);
      line(B.struktur, labelOf(B.struktur), split.structural);
      parts.push(B.individ, B.struktur);
    }
    const other = total.minus(admin).minus(split ? split.individual.plus(split.structural) : ZERO);
    if (!other.isZero()) {
      line(B.ovriga, labelOf(B.ovriga), other);
      parts.push(B.ovriga);
    }
    line(B.samlade, labelOf(B.samlade), total, "subtotal", parts);
    if (!costs.excluded.isZero()) {
      line(B.undantag, labelOf(B.undantag), costs.excluded.abs().negated());
      line(B.efterUndantag, labelOf(B.efterUndantag), total.minus(costs.excluded.abs()), "subtotal", [B.samlade, B.undantag]);
    }
  } else if (split && testable.allocation) {
    line(B.individ, labelOf(B.individ), split.individual);
    line(B.struktur, labelOf(B.struktur), split.structural);
  }
  if (testable.allocation && split) line(B.individStruktur, labelOf(B.individStruktur), split.individual.plus(split.structural), "subtotal", [B.individ, B.struktur]);
  return {
    rows,
    ...(contributions !== undefined ? { equity: { contributions: B.bidrag } } : {}),
    ...(testable.admin ? { admin: { costs: B.administration, denominator: costs.excluded.isZero() ? B.samlade : B.efterUndantag } } : {}),
    ...(testable.allocation && split ? { allocation: { individual: B.individ, base: B.individStruktur } } : {}),
  };
}
