import { ZERO, type Dec } from "../money/decimal";
import { parseA1 } from "../parse/a1";
import { diagnostic, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellText, findHeader, headerNames, isBlank, readAmount, type Cells, type ColumnSpec } from "../import/table";

/**
 * The Flerårsplan sheet: the verksamhetsplan's budget year and the plan years after it, one row a year, in
 * kronor as the board adopts them. Costs are typed positive, as on the Budget sheet. The opening equity is not
 * typed: it is the books' (buildAll), so it can never disagree with the balansräkning.
 */
export const PLAN_HEADERS = ["År", "Medlemsavgifter", "Övriga intäkter", "Individinriktade insatser", "Strukturinriktade insatser", "Administration"] as const;

type Column = "ar" | "medlemsavgifter" | "ovriga" | "individ" | "struktur" | "administration";

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: "ar", names: ["år"], required: true },
  { key: "medlemsavgifter", names: ["medlemsavgifter", "medlemmarnas bidrag"], required: true },
  { key: "ovriga", names: ["övriga intäkter"], required: true },
  { key: "individ", names: ["individinriktade insatser"], required: true },
  { key: "struktur", names: ["strukturinriktade insatser"], required: true },
  { key: "administration", names: ["administration", "kansli och administration"], required: true },
];

export interface PlanYear {
  year: number;
  contributions: Dec;
  otherIncome: Dec;
  /** Costs as magnitudes, per area. */
  individual: Dec;
  structural: Dec;
  admin: Dec;
  /** The cell of the year, for messages about the row. */
  cell: string;
}

export type PlanResult = { ok: true; years: PlanYear[] } | { ok: false; errors: Diagnostic[] };

/** Every bad cell named; the years must follow one another, since each year's opening equity is the one before's closing. */
export function readPlanSheet(cells: Cells): PlanResult {
  const at = addressIn(parseA1(undefined));
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const col = (c: Column) => header.columns.get(c)!;
  const errors: Diagnostic[] = [];
  const years: PlanYear[] = [];
  let previous: PlanYear | undefined;

  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(isBlank)) continue;
    const yearCell = at(r, col("ar"));
    const year = yearOf(row[col("ar")]);
    if (year === null) {
      errors.push(diagnostic("plan.year", { cell: yearCell, value: cellText(row[col("ar")]) }));
      continue;
    }
    if (previous && year !== previous.year + 1) {
      errors.push(diagnostic("plan.gap", { cell: yearCell, value: year, year: previous.year + 1, other: previous.cell }));
      continue;
    }
    const amount = (c: Column, required: boolean): Dec | undefined => {
      const cell = at(r, col(c));
      const value = readAmount(row[col(c)], cell, errors);
      if (value === undefined) return undefined;
      if (value === null) {
        if (required) errors.push(diagnostic("plan.missing", { cell, value: year, field: headerOf(c) }));
        return required ? undefined : ZERO;
      }
      if (value.isNegative()) {
        errors.push(diagnostic("plan.negative", { cell, value: value.toString(), field: headerOf(c) }));
        return undefined;
      }
      return value;
    };
    const figures = {
      contributions: amount("medlemsavgifter", true),
      otherIncome: amount("ovriga", false),
      individual: amount("individ", false),
      structural: amount("struktur", false),
      admin: amount("administration", false),
    };
    const read = { year, cell: yearCell, ...figures };
    previous = read as PlanYear;
    if (Object.values(figures).every((v) => v !== undefined)) years.push(read as PlanYear);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, years };
}

/** 2026 or "2026" → 2026; null for anything else. */
function yearOf(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  return /^(?:19|20)\d\d$/.test(text) ? Number(text) : null;
}

const headerOf = (c: Column): string => PLAN_HEADERS[COLUMNS.findIndex((s) => s.key === c)]!;
