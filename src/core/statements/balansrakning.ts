import { ZERO, type Dec } from "../money/decimal";
import type { MappedLedger } from "../mapping/apply";
import type { CellValue, ReportModel } from "../report/model";
import { AMOUNT_COLUMNS, BR, type LineDef } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, missingResultFootnote, periodHeading, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { brLine, closingKnown, equityTotal, isTargeted, resultKnown, resultOf, sourcesOf } from "./figures";

export interface BrOptions extends StatementOptions {
  notes?: Record<string, string>;
  /** Ansvarsförbindelser per year: an amount or a text such as "Inga" (the default). */
  ansvarsforbindelser?: { current: Dec | string; previous?: Dec | string };
}

const { current, previous } = AMOUNT_COLUMNS;

/** Likvida medel, which the kassaflödesanalys prints too: pinned where the balance sheet still balances. */
const LIQUID: ReadonlySet<string> = new Set([BR.kassaBank.id, BR.placeringar.id]);

/**
 * Balansräkning (LKBR 6 kap. skeleton): assets, equity and liabilities positive. Eget kapital is split into
 * årets resultat (from the RR, so the two statements tie) and övrigt eget kapital (the rest of the total).
 * Asset and liability lines the mapping does not use and that are zero are left out. A year whose closing
 * balances are known but not its result (#UB -1 without #RES -1) leaves its årets resultat empty, with a
 * footnote: its övrigt eget kapital then holds that result.
 */
export function buildBalansrakning(m: MappedLedger, options: BrOptions = {}): ReportModel {
  requireCurrentYear(m.ledger);
  // Without the year before's closing balances its column would be all zeros.
  const withPrevious = hasYear(m.ledger, -1) && closingKnown(m, -1);
  const cols = withPrevious ? [current, previous] : [current];
  const years = withPrevious ? [0, -1] : [0];
  const rows = new RowList();
  const perYear = (f: (year: number) => Dec | null): Record<string, CellValue> => ({ [current]: f(0), [previous]: withPrevious ? f(-1) : null });
  const leaves = (defs: LineDef[], level: number): string[] =>
    defs
      .filter((d) => isTargeted(m, d.id) || years.some((y) => !brLine(m, d.id, y).isZero()))
      .map((d) => rows.line(d, level, perYear((y) => brLine(m, d.id, y)), { sources: sourcesOf(m, d.id), note: options.notes?.[d.id], ...(LIQUID.has(d.id) ? { pin: "soft" as const } : {}) }).id);

  rows.heading(BR.tillgangar, 0);
  rows.heading(BR.anlaggning, 1);
  const fixed = leaves([BR.immateriella, BR.materiella, BR.finansiellaAnl], 2);
  rows.sum(BR.summaAnlaggning, "subtotal", 1, fixed, cols);
  rows.heading(BR.omsattning, 1);
  const currentAssets = leaves([BR.forrad, BR.fordringar, BR.placeringar, BR.kassaBank], 2);
  rows.sum(BR.summaOmsattning, "subtotal", 1, currentAssets, cols);
  rows.sum(BR.summaTillgangar, "total", 0, [BR.summaAnlaggning.id, BR.summaOmsattning.id], cols);

  rows.heading(BR.ekAvsSkulder, 0);
  rows.heading(BR.egetKapital, 1);
  // Pinned (sheet/rounding.ts): RR, KFA and driftsredovisningen print these figures too.
  const result = (y: number) => (resultKnown(m, y) ? resultOf(m, y) : null);
  rows.line(BR.ekAretsResultat, 2, perYear(result), { pin: "firm" });
  rows.line(BR.ekOvrigt, 2, perYear((y) => equityTotal(m, y).minus(result(y) ?? ZERO)), { sources: sourcesOf(m, BR.egetKapital.id) });
  rows.sum(BR.summaEgetKapital, "subtotal", 1, [BR.ekAretsResultat.id, BR.ekOvrigt.id], cols, { pin: "firm" });
  const provisions = leaves([BR.avsattningar], 1);
  rows.heading(BR.skulder, 1);
  const liabilities = leaves([BR.langfristigaSkulder, BR.kortfristigaSkulder], 2);
  rows.sum(BR.summaSkulder, "subtotal", 1, liabilities, cols);
  rows.sum(BR.summaEkAvsSkulder, "total", 0, [BR.summaEgetKapital.id, ...provisions, BR.summaSkulder.id], cols);

  const contingent = options.ansvarsforbindelser ?? { current: "Inga", previous: "Inga" };
  rows.line(BR.ansvarsforbindelser, 0, { [current]: contingent.current, [previous]: withPrevious ? (contingent.previous ?? null) : null });

  return {
    id: "balansrakning",
    title: "Balansräkning",
    unit: options.unit ?? DEFAULT_UNIT,
    columns: [amountColumn(current, periodHeading(m.ledger, 0, "date")), ...(withPrevious ? [amountColumn(previous, periodHeading(m.ledger, -1, "date"))] : [])],
    rows: rows.rows,
    footnotes: [
      unitFootnote(options.unit ?? DEFAULT_UNIT),
      ...years.filter((y) => !resultKnown(m, y)).map((y) => `${missingResultFootnote(yearName(m.ledger, y), "Årets resultat")} Övrigt eget kapital ${periodHeading(m.ledger, y, "date")} innehåller det årets resultat.`),
    ],
  };
}
