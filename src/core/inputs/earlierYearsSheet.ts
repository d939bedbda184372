import type { Dec } from "../money/decimal";
import { parseA1 } from "../parse/a1";
import { diagnostic, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellText, findHeader, headerNames, isBlank, readAmount, type Cells, type ColumnSpec } from "../import/table";
import type { YearFigures } from "../statements/flerarsoversikt";

/**
 * The Tidigare år sheet: the flerårsöversikt's years before the ledger's, typed in kronor from the earlier
 * annual reports (their resultaträkning and balansräkning). Kostnader may be typed too; it is then checked
 * against intäkter and årets resultat, as a printed table's own sum.
 */
export const EARLIER_YEARS_HEADERS = ["År", "Intäkter", "Kostnader", "Årets resultat", "Eget kapital", "Summa tillgångar"] as const;

type Column = "ar" | "intakter" | "kostnader" | "resultat" | "egetKapital" | "tillgangar";

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: "ar", names: ["år", "räkenskapsår"], required: true },
  { key: "intakter", names: ["intäkter", "verksamhetens intäkter"], required: true },
  { key: "kostnader", names: ["kostnader", "verksamhetens kostnader"], required: false },
  { key: "resultat", names: ["årets resultat", "resultat"], required: true },
  { key: "egetKapital", names: ["eget kapital"], required: true },
  { key: "tillgangar", names: ["summa tillgångar", "tillgångar", "balansomslutning"], required: true },
];

/** A typed year, with the cell of its year (for the messages about the row); every figure is typed. */
export interface EarlierYear extends YearFigures {
  intakter: Dec;
  aretsResultat: Dec;
  cell: string;
}

export type EarlierYearsResult = { ok: true; years: EarlierYear[] } | { ok: false; errors: Diagnostic[] };

export function readEarlierYearsSheet(cells: Cells): EarlierYearsResult {
  const at = addressIn(parseA1(undefined));
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const col = (c: Column) => header.columns.get(c);
  const errors: Diagnostic[] = [];
  const years: EarlierYear[] = [];
  const seen = new Map<string, string>();

  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(isBlank)) continue;
    const yearCell = at(r, col("ar")!);
    const year = yearOf(row[col("ar")!]);
    if (year === null) {
      errors.push(diagnostic("earlierYears.year", { cell: yearCell, value: cellText(row[col("ar")!]) }));
      continue;
    }
    if (seen.has(year)) {
      errors.push(diagnostic("earlierYears.duplicate", { cell: yearCell, value: year, other: seen.get(year) }));
      continue;
    }
    seen.set(year, yearCell);
    const amountIn = (c: Column, required: boolean): Dec | null => {
      const index = col(c);
      if (index === undefined) return null;
      const value = readAmount(row[index], at(r, index), errors);
      if (value === null && required) errors.push(diagnostic("earlierYears.missing", { cell: at(r, index), value: year, field: headerOf(c) }));
      return value ?? null;
    };
    const intakter = amountIn("intakter", true);
    const kostnader = amountIn("kostnader", false);
    const aretsResultat = amountIn("resultat", true);
    const egetKapital = amountIn("egetKapital", true);
    const summaTillgangar = amountIn("tillgangar", true);
    if (!intakter || !aretsResultat || !egetKapital || !summaTillgangar) continue;
    // Kostnader as printed: a magnitude or with its minus sign; either way intäkter − kostnader is the result.
    if (kostnader && !intakter.minus(kostnader.abs()).equals(aretsResultat)) {
      errors.push(diagnostic("earlierYears.sum", { cell: at(r, col("resultat")!), value: year, intakter: intakter.toString(), kostnader: kostnader.abs().toString(), difference: intakter.minus(kostnader.abs()).toString(), resultat: aretsResultat.toString() }));
      continue;
    }
    years.push({ year, intakter, aretsResultat, egetKapital, summaTillgangar, cell: yearCell });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, years };
}

/** 2021, "2021" or "2021-12-31" (a year-end date typed as text) → "2021"; null for anything else. */
function yearOf(value: unknown): string | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const m = /^((?:19|20)\d\d)(?:-12-31)?$/.exec(text);
  return m ? m[1]! : null;
}

const headerOf = (c: Column): string => EARLIER_YEARS_HEADERS[COLUMNS.findIndex((s) => s.key === c)]!;
