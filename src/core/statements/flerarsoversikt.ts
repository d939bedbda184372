import { ZERO, type Dec } from "../money/decimal";
import { FinsamError } from "../errors";
import type { MappedLedger } from "../mapping/apply";
import type { ReportModel } from "../report/model";
import { soliditet } from "../rules/ratios";
import { BR_ASSET_LINES } from "../mapping/targets";
import { FLERAR, RR } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, missingResultFootnote, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { brLine, equityTotal, resultKnown, resultOf, rrLine } from "./figures";

/** One year of the overview. Earlier years than the ledger holds are typed in from earlier reports. */
export interface YearFigures {
  /** Column heading, e.g. "2022". */
  year: string;
  /** Verksamhetens and finansiella intäkter (positive); null for a ledger year without its result. */
  intakter: Dec | null;
  aretsResultat: Dec | null;
  egetKapital: Dec;
  summaTillgangar: Dec;
  /** A ledger year without its result whose intäkter and result were typed on Tidigare år instead. */
  resultTyped?: boolean;
}

/** The ledger's years (0 and −1 when present), newest first; a year without its result has no intäkter or result. */
export function yearFiguresFromLedger(m: MappedLedger): YearFigures[] {
  requireCurrentYear(m.ledger);
  const years = hasYear(m.ledger, -1) ? [0, -1] : [0];
  return years.map((y) => {
    const known = resultKnown(m, y);
    return {
      year: yearName(m.ledger, y),
      intakter: known ? [RR.intakter, RR.intakterEsf, RR.intakterOvriga, RR.finansiellaIntakter].reduce((t, l) => t.plus(rrLine(m, l.id, y)), ZERO) : null,
      aretsResultat: known ? resultOf(m, y) : null,
      egetKapital: equityTotal(m, y),
      summaTillgangar: BR_ASSET_LINES.reduce((t, l) => t.plus(brLine(m, l.id, y)), ZERO),
    };
  });
}

/**
 * Flerårsöversikt (one to five years, in the order given; the build gives the newest first). Intäkter include
 * finansiella intäkter and kostnader include avskrivningar and finansiella kostnader (printed negative), so
 * intäkter + kostnader = årets resultat and financial income is never netted into costs (Stockholm 2022's Tabell 1 does that, and the
 * cross-checks flag it). Soliditet is a fraction shown as a percentage.
 */
export function buildFlerarsoversikt(figures: readonly YearFigures[], options: StatementOptions = {}): ReportModel {
  if (figures.length < 1 || figures.length > 5) throw new FinsamError("statements.yearCount", { field: "flerårsöversikt", value: figures.length });
  const rows = new RowList();
  const byYear = (f: (y: YearFigures) => Dec | null) => Object.fromEntries(figures.map((y) => [y.year, f(y)]));
  rows.line(FLERAR.intakter, 0, byYear((y) => y.intakter));
  rows.line(FLERAR.kostnader, 0, byYear((y) => (y.aretsResultat && y.intakter ? y.aretsResultat.minus(y.intakter) : null)));
  // A year without its result keeps an empty cell, not a sum of two empty cells (which Excel shows as 0).
  const withResult = figures.filter((y) => y.aretsResultat !== null && y.intakter !== null);
  rows.sum(FLERAR.aretsResultat, "total", 0, [FLERAR.intakter.id, FLERAR.kostnader.id], withResult.map((y) => y.year));
  rows.line(FLERAR.egetKapital, 0, byYear((y) => y.egetKapital));
  // A year without assets (e.g. the previous year of a first trial balance) has no soliditet: an empty cell.
  // So has one whose assets sum below zero (an overdrawn bank account): a share of a negative sum means nothing.
  const ratio = (y: YearFigures) => (y.summaTillgangar.greaterThan(0) ? soliditet(y.egetKapital, y.summaTillgangar) : null);
  rows.line(FLERAR.soliditet, 0, Object.fromEntries(figures.map((y) => [y.year, ratio(y)])), { format: "percent" });
  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "flerarsoversikt",
    title: "Översikt över verksamhetens utveckling",
    unit,
    columns: figures.map((y) => amountColumn(y.year, y.year)),
    rows: rows.rows,
    footnotes: [
      unitFootnote(unit),
      "Intäkter inklusive finansiella intäkter; kostnader inklusive avskrivningar och finansiella kostnader.",
      "Soliditet = eget kapital / summa tillgångar, visas i procent.",
      ...figures.filter((y) => !withResult.includes(y)).map((y) => missingResultFootnote(y.year, "Intäkter, kostnader och årets resultat")),
      ...figures.filter((y) => y.resultTyped).map((y) => `Intäkter, kostnader och årets resultat ${y.year} är de som skrivits på bladet Tidigare år: bokföringen har inga resultatsaldon för det året.`),
    ],
  };
}
