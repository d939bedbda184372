import type { Dec } from "../money/decimal";
import type { MappedLedger } from "../mapping/apply";
import type { CellValue, ReportColumn, ReportModel, ReportRow } from "../report/model";
import { DRIFT, DRIFT_COLUMNS } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, missingResultFootnote, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { budgetOf, validateBudget, type Budget } from "./budget";
import { driftCells, driftGroups, incomeAndCost, rowItems, type DriftMember } from "./driftGroups";
import { equityTotal, previousResultMissing } from "./figures";

const C = DRIFT_COLUMNS;

/**
 * Driftsredovisning (RKR R14 as the förbund print it): per area and insats intäkt, kostnad (both
 * positive), netto = intäkt − kostnad, budget (netto), avvikelse = utfall − budget (netto; positive =
 * better than budget) and the previous year's netto; then summa, årets resultat and utgående eget kapital.
 */
export function buildDriftsredovisning(m: MappedLedger, budget?: Budget, options: StatementOptions = {}): ReportModel {
  requireCurrentYear(m.ledger);
  if (budget) validateBudget(budget);
  // A file with insatser this year but the year before only per account (#RES without objects, as most exports
  // give it) would put all of last year's costs on the accounts' area: the column is left out and a footnote says why.
  const split = (year: number) => m.cells.some((c) => c.year === year && c.insats !== null);
  const resultMissing = previousResultMissing(m);
  const previousUnsplit = hasYear(m.ledger, -1) && !resultMissing && split(0) && !split(-1);
  const withPrevious = hasYear(m.ledger, -1) && !resultMissing && !previousUnsplit;
  const cells = driftCells(m);
  const pairs = [...cells.map((c) => ({ area: c.area!, insats: c.insats })), ...(budget?.entries.map((e) => ({ area: e.area, insats: e.insats ?? null })) ?? [])];
  const groups = driftGroups(m, pairs);

  const amountCols: string[] = [C.intakt, C.kostnad, C.netto, ...(budget ? [C.budget, C.avvikelse] : []), ...(withPrevious ? [C.previous] : [])];
  const formulas: ReportRow["columnFormulas"] = {
    [C.netto]: { plus: [C.intakt], minus: [C.kostnad] },
    ...(budget ? { [C.avvikelse]: { plus: [C.netto], minus: [C.budget] } } : {}),
  };
  const rows = new RowList();
  const cellsOf = rowItems(cells);
  const values = (area: string, member: DriftMember | null): Record<string, CellValue> => {
    const mine = cellsOf(area, member);
    const now = incomeAndCost(mine.filter((c) => c.year === 0));
    const netto = now.intakt.minus(now.kostnad);
    const v: Record<string, CellValue> = { [C.intakt]: now.intakt, [C.kostnad]: now.kostnad, [C.netto]: netto };
    if (budget) {
      const b = budgetOf(budget, area, member === null ? undefined : member.insats).annual;
      v[C.budget] = b;
      v[C.avvikelse] = netto.minus(b);
    }
    if (withPrevious) {
      const before = incomeAndCost(mine.filter((c) => c.year === -1));
      v[C.previous] = before.intakt.minus(before.kostnad);
    }
    return v;
  };

  for (const g of groups) {
    if (g.members.length === 0) {
      rows.line(g.area, 0, values(g.area.id, null), { columnFormulas: formulas });
      continue;
    }
    for (const member of g.members) rows.line({ id: member.rowId, label: member.label }, 1, values(g.area.id, member), { columnFormulas: formulas });
    rows.sum(g.area, "subtotal", 0, g.members.map((x) => x.rowId), amountCols, { columnFormulas: formulas });
  }
  const summa = rows.sum(DRIFT.summa, "total", 0, groups.map((g) => g.area.id), amountCols, { columnFormulas: formulas });

  // Result and closing equity: netto, budget, avvikelse and previous year only.
  const bottomCols = (netto: Dec, budgetValue: Dec | null, prev: Dec | null): Record<string, CellValue> => ({
    [C.netto]: netto,
    ...(budget ? { [C.budget]: budgetValue, [C.avvikelse]: budgetValue === null ? null : netto.minus(budgetValue) } : {}),
    ...(withPrevious ? { [C.previous]: prev } : {}),
  });
  const resultNow = summa.values[C.netto] as Dec;
  const resultBudget = budget ? (summa.values[C.budget] as Dec) : null;
  const resultPrev = withPrevious ? (summa.values[C.previous] as Dec) : null;
  const bottomFormulas = budget ? { [C.avvikelse]: { plus: [C.netto], minus: [C.budget] } } : undefined;
  // Årets resultat and utgående eget kapital are the RR's and the BR's figures: pinned (sheet/rounding.ts), so
  // the avvikelse formula beside them cannot move them off the rounding those sheets print.
  rows.line(DRIFT.resultat, 0, bottomCols(resultNow, resultBudget, resultPrev), { columnFormulas: bottomFormulas, pin: "firm" });
  if (hasYear(m.ledger, -1)) {
    const opening = equityTotal(m, -1);
    rows.line(DRIFT.utgaendeEk, 0, bottomCols(equityTotal(m, 0), resultBudget === null ? null : opening.plus(resultBudget), opening), { columnFormulas: bottomFormulas, pin: "firm" });
  }

  const y0 = yearName(m.ledger, 0);
  const y1 = yearName(m.ledger, -1);
  const columns: ReportColumn[] = [
    amountColumn(C.intakt, `Intäkt ${y0}`),
    amountColumn(C.kostnad, `Kostnad ${y0}`),
    amountColumn(C.netto, `Netto ${y0}`),
    ...(budget ? [amountColumn(C.budget, `Budget ${y0} (netto)`), amountColumn(C.avvikelse, "Avvikelse (utfall − budget)")] : []),
    ...(withPrevious ? [amountColumn(C.previous, `Netto ${y1}`)] : []),
  ];
  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "driftsredovisning",
    title: "Driftsredovisning",
    unit,
    columns,
    rows: rows.rows,
    footnotes: [
      unitFootnote(unit),
      "Netto = intäkt − kostnad. Avvikelse = utfall − budget (netto): positivt belopp = bättre än budget.",
      ...(budget ? [`Budget: ${budget.label}.`] : []),
      ...(resultMissing ? [missingResultFootnote(yearName(m.ledger, -1), "Föregående år")] : []),
      ...(previousUnsplit ? [`Föregående år (${y1}) visas inte: filen har inte det årets belopp per insats (objekt), så fördelningen på verksamheter vore fel. Föregående års resultat står i resultaträkningen.`] : []),
    ],
  };
}
