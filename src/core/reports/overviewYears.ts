import { diagnostic, diagnosticOnSheet, type Diagnostic } from "../import/diagnostic";
import type { EarlierYear } from "../inputs/earlierYearsSheet";
import { Dec } from "../money/decimal";
import { UNITS, type UnitName } from "../money/units";
import type { MappedLedger } from "../mapping/apply";
import { hasYear, yearName } from "../statements/common";
import { closingKnown, equityTotal } from "../statements/figures";
import { yearFiguresFromLedger, type YearFigures } from "../statements/flerarsoversikt";

/** The flerårsöversikt shows at most five years, as the annual reports' "de senaste fem åren". */
const MAX_YEARS = 5;

const FIELDS: readonly [keyof Omit<YearFigures, "year" | "resultTyped">, string][] = [
  ["intakter", "Intäkter"],
  ["aretsResultat", "Årets resultat"],
  ["egetKapital", "Eget kapital"],
  ["summaTillgangar", "Summa tillgångar"],
];

/**
 * The overview's years, newest first as the other statements and Stockholm 2022's Tabell 1 print them: the
 * ledger's, then the newest typed years that fit in five. A ledger year without its result shows the typed
 * intäkter and result of that year, if any (its eget kapital and tillgångar stay the ledger's).
 * A typed year the ledger has too is compared with it at the report's unit (the ledger's figures are printed),
 * and so is the eget kapital of the year just before the ledger's with its opening balance there; a typed year
 * after the ledger's is left out; a missing year between them is said, and so is a shown year whose intäkter are
 * under a hundredth of the ledger's (typed in tkr or mnkr).
 */
export function overviewYears(m: MappedLedger, typed: readonly EarlierYear[], unit: UnitName): { years: YearFigures[]; warnings: Diagnostic[] } {
  // A ledger year without its result (#UB -1 alone) takes its intäkter and result from Tidigare år when typed there.
  const ledgerYears = yearFiguresFromLedger(m).map((y) => {
    const t = y.intakter === null ? typed.find((row) => row.year === y.year) : undefined;
    return t ? { ...y, intakter: t.intakter, aretsResultat: t.aretsResultat, resultTyped: true } : y;
  });
  const warnings: Diagnostic[] = [];
  const step = UNITS[unit];
  const shown = (d: Dec) => d.toNearest(step, Dec.ROUND_HALF_UP);
  // The ledger's oldest year opens with the closing balances of the year before (#IB, or that year's #UB).
  const before = hasYear(m.ledger, -1) ? -2 : -1;
  const opening = closingKnown(m, before) ? { year: yearName(m.ledger, before), egetKapital: equityTotal(m, before), next: yearName(m.ledger, before + 1) } : undefined;
  const typedBefore = opening && typed.find((t) => t.year === opening.year);
  if (opening && typedBefore && !shown(typedBefore.egetKapital).equals(shown(opening.egetKapital))) {
    warnings.push(diagnosticOnSheet("earlierYears.openingEquity", { cell: typedBefore.cell, value: typedBefore.year, typed: typedBefore.egetKapital.toString(), ledger: opening.egetKapital.toString(), year: opening.next }));
  }
  const oldest = Math.min(...ledgerYears.map((y) => Number(y.year)));
  const newest = Math.max(...ledgerYears.map((y) => Number(y.year)));
  for (const t of typed) {
    const ledger = ledgerYears.find((y) => y.year === t.year);
    if (ledger) {
      // A ledger year without its result has no intäkter or result to compare the typed ones with.
      for (const [key, field] of FIELDS) {
        const own = ledger[key];
        if (own !== null && !shown(t[key]).equals(shown(own))) warnings.push(diagnosticOnSheet("earlierYears.differs", { cell: t.cell, value: t.year, field, typed: t[key].toString(), ledger: own.toString() }));
      }
    } else if (Number(t.year) > newest) warnings.push(diagnosticOnSheet("earlierYears.after", { cell: t.cell, value: t.year, year: String(newest) }));
  }
  const earlier = typed
    .filter((t) => Number(t.year) < oldest)
    .sort((a, b) => Number(b.year) - Number(a.year))
    .slice(0, MAX_YEARS - ledgerYears.length);
  // A förbund's income does not shrink a hundredfold in a few years: such a row was typed in tkr or mnkr.
  let largest: { year: string; intakter: Dec } | undefined;
  for (const y of ledgerYears) if (y.intakter && (!largest || y.intakter.greaterThan(largest.intakter))) largest = { year: y.year, intakter: y.intakter };
  for (const t of earlier) {
    if (largest && t.intakter.abs().times(100).lessThan(largest.intakter)) {
      warnings.push(diagnosticOnSheet("earlierYears.scale", { cell: t.cell, value: t.year, typed: t.intakter.toString(), ledger: largest.intakter.toString(), year: largest.year }));
    }
  }
  const shownEarlier = earlier.map(({ year, intakter, aretsResultat, egetKapital, summaTillgangar }) => ({ year, intakter, aretsResultat, egetKapital, summaTillgangar }));
  const years = [...[...ledgerYears].sort((a, b) => Number(b.year) - Number(a.year)), ...shownEarlier];
  warnings.push(...rollForward(years, earlier, step, opening === undefined));
  const first = Number(years[years.length - 1]!.year);
  const missing = Array.from({ length: newest - first + 1 }, (_, i) => String(first + i)).filter((y) => !years.some((f) => f.year === y));
  if (missing.length > 0) warnings.push(diagnostic("earlierYears.gap", { value: missing.join(", ") }));
  return { years, warnings };
}

/**
 * Eget kapital rolls forward by each year's result: a typed year's against the year after it (typed, or the
 * ledger's oldest when its opening balance is not in the file, which the #IB check covers), within one step of
 * the report's unit (figures copied from a report in tkr). A förbund's equity rarely changes otherwise.
 */
function rollForward(years: readonly YearFigures[], typed: readonly EarlierYear[], step: Dec, ledgerBoundary: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const typedRow = (y: YearFigures) => typed.find((t) => t.year === y.year);
  for (let i = 0; i + 1 < years.length; i++) {
    const newer = years[i]!;
    const older = years[i + 1]!;
    const olderRow = typedRow(older);
    const newerRow = typedRow(newer);
    if (!olderRow || (!newerRow && !ledgerBoundary) || Number(newer.year) !== Number(older.year) + 1 || newer.aretsResultat === null) continue;
    if (older.egetKapital.plus(newer.aretsResultat).minus(newer.egetKapital).abs().lessThanOrEqualTo(step)) continue;
    const row = newerRow ?? olderRow;
    out.push(diagnosticOnSheet("earlierYears.rollForward", { cell: row.cell, value: newer.year, year: older.year, ledger: newer.egetKapital.toString(), typed: older.egetKapital.toString(), resultat: newer.aretsResultat.toString() }));
  }
  return out;
}
