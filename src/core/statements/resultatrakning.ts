import type { MappedLedger } from "../mapping/apply";
import type { ReportModel } from "../report/model";
import { AMOUNT_COLUMNS, RR, type LineDef } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, missingResultFootnote, periodHeading, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { isTargeted, previousResultMissing, rrLine, sourcesOf } from "./figures";

export interface RrOptions extends StatementOptions {
  /** Note numbers by line id, e.g. { "rr.intakter": "1" }. */
  notes?: Record<string, string>;
}

const { current, previous } = AMOUNT_COLUMNS;

/**
 * Resultaträkning (LKBR 5 kap. in the förbund form): costs negative, current and previous year. The ESF,
 * övriga and extraordinära lines are printed only when the mapping uses them or they carry an amount. A
 * previous year without result figures (#UB -1 alone) is left out, with a footnote, rather than printed as zeros.
 */
export function buildResultatrakning(m: MappedLedger, options: RrOptions = {}): ReportModel {
  requireCurrentYear(m.ledger);
  const resultMissing = previousResultMissing(m);
  const withPrevious = hasYear(m.ledger, -1) && !resultMissing;
  const cols = withPrevious ? [current, previous] : [current];
  const rows = new RowList();
  const valuesOf = (line: string) => ({ [current]: rrLine(m, line, 0), [previous]: withPrevious ? rrLine(m, line, -1) : null });
  const optional = (def: LineDef) =>
    isTargeted(m, def.id) || !rrLine(m, def.id, 0).isZero() || (withPrevious && !rrLine(m, def.id, -1).isZero());
  const leaf = (def: LineDef): string => {
    rows.line(def, 1, valuesOf(def.id), { sources: sourcesOf(m, def.id), note: options.notes?.[def.id] });
    return def.id;
  };

  const operating = [leaf(RR.intakter)];
  if (optional(RR.intakterEsf)) operating.push(leaf(RR.intakterEsf));
  if (optional(RR.intakterOvriga)) operating.push(leaf(RR.intakterOvriga));
  operating.push(leaf(RR.kostnader), leaf(RR.avskrivningar));
  rows.sum(RR.verksamhetensResultat, "subtotal", 0, operating, cols);
  const financial: string[] = [RR.verksamhetensResultat.id, leaf(RR.finansiellaIntakter), leaf(RR.finansiellaKostnader)];
  rows.sum(RR.resultatEfterFinansiella, "subtotal", 0, financial, cols);
  const result: string[] = [RR.resultatEfterFinansiella.id];
  if (optional(RR.extraordinara)) result.push(leaf(RR.extraordinara));
  rows.sum(RR.aretsResultat, "total", 0, result, cols);

  return {
    id: "resultatrakning",
    title: "Resultaträkning",
    unit: options.unit ?? DEFAULT_UNIT,
    columns: [amountColumn(current, periodHeading(m.ledger, 0, "period")), ...(withPrevious ? [amountColumn(previous, periodHeading(m.ledger, -1, "period"))] : [])],
    rows: rows.rows,
    footnotes: [
      unitFootnote(options.unit ?? DEFAULT_UNIT),
      "Kostnader redovisas med minustecken.",
      ...(resultMissing ? [missingResultFootnote(yearName(m.ledger, -1), "Föregående år")] : []),
    ],
  };
}
