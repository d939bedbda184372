import { ZERO, sum, type Dec } from "../money/decimal";
import { parseA1 } from "../parse/a1";
import { DRIFT } from "../statements/lines";
import { DRIFT_AREAS, INCOME_AREAS } from "../mapping/targets";
import type { Budget, BudgetEntry } from "../statements/budget";
import { diagnostic, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellText, findHeader, headerNames, readAmount, type Cells, type ColumnSpec } from "../import/table";

/**
 * The Budget sheet: one row per area (verksamhet) or insats, with the annual amount and optionally twelve
 * monthly amounts (periodiserad budget). Amounts are typed as people budget them — income and costs both
 * positive — and turned into the driftsredovisning's netto terms here (costs negative). A minus sign on a
 * cost is accepted too: it means the same cost, since a budget has no negative costs.
 */
export const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

/** Short names users may type for the areas, besides the full labels. */
const AREA_ALIASES: ReadonlyMap<string, string> = new Map([
  ["huvudmän", DRIFT.huvudman.id],
  ["medlemsavgifter", DRIFT.huvudman.id],
  ["externa", DRIFT.externa.id],
  ["esf", DRIFT.externa.id],
  ["administration", DRIFT.administration.id],
  ["individ", DRIFT.individ.id],
  ["individinriktade", DRIFT.individ.id],
  ["struktur", DRIFT.struktur.id],
  ["strukturinriktade", DRIFT.struktur.id],
  ...DRIFT_AREAS.map((a) => [a.label.toLowerCase(), a.id] as [string, string]),
]);

/** One short name per area, in print order, for the message naming an unknown area. */
const AREA_CHOICES = DRIFT_AREAS.map((a) => [...AREA_ALIASES].find(([, id]) => id === a.id)![0]).join(", ");

type Column = "omrade" | "insats" | "belopp" | (typeof MONTHS)[number];

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: "omrade", names: ["område", "verksamhet", "area"], required: true },
  { key: "insats", names: ["insats", "objekt", "projekt"], required: false },
  { key: "belopp", names: ["belopp", "budget", "årsbudget", "helår"], required: true },
  ...MONTHS.map((m) => ({ key: m, names: [m], required: false })),
];

export type BudgetSheetResult = { ok: true; budget: Budget } | { ok: false; errors: Diagnostic[] };

export function readBudgetSheet(cells: Cells, options: { topLeft?: string; label?: string } = {}): BudgetSheetResult {
  const at = addressIn(parseA1(options.topLeft));
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const col = (c: Column) => header.columns.get(c);
  const hasMonths = MONTHS.every((m) => col(m) !== undefined);
  const errors: Diagnostic[] = [];
  const entries: BudgetEntry[] = [];

  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const areaText = cellText(row[col("omrade")!]);
    if (areaText === "") continue;
    const area = AREA_ALIASES.get(areaText.toLowerCase());
    if (!area) {
      errors.push(diagnostic("budget.row", { cell: at(r, col("omrade")!), value: areaText, choices: AREA_CHOICES }));
      continue;
    }
    const netto = (amount: Dec) => (INCOME_AREAS.has(area) ? amount : amount.abs().negated());
    const amountAt = (c: number): Dec | null => readAmount(row[c], at(r, c), errors) ?? null;
    const annual = amountAt(col("belopp")!);
    const monthly = hasMonths ? MONTHS.map((m) => amountAt(col(m)!) ?? ZERO) : undefined;
    const insats = col("insats") === undefined ? "" : cellText(row[col("insats")!]);
    const periodised = monthly && monthly.some((m) => !m.isZero()) ? monthly : undefined;
    // With months typed, the annual amount may be left blank; when both are typed they must agree.
    if (periodised && annual !== null && !sum(periodised).equals(annual)) {
      errors.push(diagnostic("budget.monthlySum", { cell: at(r, col("belopp")!), value: sum(periodised).toString(), annual: annual.toString() }));
    }
    const entry: BudgetEntry = { area, insats: insats === "" ? null : insats, amount: netto(annual ?? (periodised ? sum(periodised) : ZERO)), cell: at(r, col(insats === "" ? "omrade" : "insats")!) };
    if (periodised) entry.monthly = periodised.map(netto);
    entries.push(entry);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, budget: { label: options.label ?? "bladet Budget", entries } };
}
