import { ZERO, type Dec } from "../money/decimal";
import { FinsamError } from "../errors";
import type { MappedLedger } from "../mapping/apply";
import type { ReportModel } from "../report/model";
import { AMOUNT_COLUMNS, BR, KFA, RR } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, missingResultFootnote, periodHeading, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { brLine, closingKnown, depreciationOn, equityTotal, previousResultMissing, resultOf, rrLine } from "./figures";

/**
 * What a kassaflödesanalys is derived from: balance-sheet lines at a year's end, the year's result, its
 * depreciation (positive) and total equity at a year's end. The ledger gives them exactly; the printed BR and
 * RR give them as printed (reports/printedTies.ts), so the printed KFA ties to the printed statements.
 */
export interface CashFlowSources {
  br: (line: string, year: number) => Dec;
  result: (year: number) => Dec;
  depreciation: (year: number) => Dec;
  /** The part of `depreciation` on immateriella anläggningstillgångar (positive). */
  immaterialDepreciation: (year: number) => Dec;
  equity: (year: number) => Dec;
}

/**
 * Kassaflödesanalys (RKR R13, indirect method) for a year from the balance sheets at its end and at the end
 * of the year before (#UB, or the year's own #IB), the result and the depreciation.
 *
 * Investments are derived gross, immateriella and materiella each: investering = Δ bokfört värde + årets
 * avskrivningar on them (the RR's avskrivningar split by Kontomappning's note line, as the balance-sheet notes
 * split them). A negative figure (book value fell by more than the depreciation) is shown as försäljning. Δ långfristiga skulder is shown as nyupptagna lån or amortering. Equity changes other
 * than the result (e.g. a correction booked on eget kapital) go to "övriga ej likviditetspåverkande
 * poster", so that årets kassaflöde always equals the change in likvida medel when every balance account
 * is mapped.
 */
export function kassaflodeFigures(m: MappedLedger, year = 0): Map<string, Dec> {
  if (!hasOpening(m, year)) throw new FinsamError("statements.noOpeningBalances", { field: "Kassaflödesanalysen" });
  return cashFlowLines(
    {
      br: (line, y) => brLine(m, line, y),
      result: (y) => resultOf(m, y),
      depreciation: (y) => rrLine(m, RR.avskrivningar.id, y).negated(),
      immaterialDepreciation: (y) => depreciationOn(m, true, y).negated(),
      equity: (y) => equityTotal(m, y),
    },
    year,
  );
}

/** The KFA's lines for a year from its sources (see kassaflodeFigures). */
export function cashFlowLines(s: CashFlowSources, year: number): Map<string, Dec> {
  const before = year - 1;
  const delta = (line: string) => s.br(line, year).minus(s.br(line, before));
  const result = s.result(year);
  const depreciation = s.depreciation(year);
  const otherEquity = s.equity(year).minus(s.equity(before)).minus(result);
  const immaterialDepreciation = s.immaterialDepreciation(year);
  const immaterial = delta(BR.immateriella.id).plus(immaterialDepreciation);
  const material = delta(BR.materiella.id).plus(depreciation.minus(immaterialDepreciation));
  const loans = delta(BR.langfristigaSkulder.id);
  const liquid = (y: number) => s.br(BR.kassaBank.id, y).plus(s.br(BR.placeringar.id, y));
  return new Map<string, Dec>([
    [KFA.aretsResultat.id, result],
    [KFA.justeringAvskrivningar.id, depreciation],
    [KFA.justeringAvsattningar.id, delta(BR.avsattningar.id)],
    [KFA.justeringOvriga.id, otherEquity],
    [KFA.fordringar.id, delta(BR.fordringar.id).negated()],
    [KFA.forrad.id, delta(BR.forrad.id).negated()],
    [KFA.skulder.id, delta(BR.kortfristigaSkulder.id)],
    [KFA.invImmateriella.id, immaterial.isPositive() ? immaterial.negated() : ZERO],
    [KFA.forsImmateriella.id, immaterial.isNegative() ? immaterial.negated() : ZERO],
    [KFA.invMateriella.id, material.isPositive() ? material.negated() : ZERO],
    [KFA.forsMateriella.id, material.isNegative() ? material.negated() : ZERO],
    [KFA.invFinansiella.id, delta(BR.finansiellaAnl.id).negated()],
    [KFA.nyaLan.id, loans.isPositive() ? loans : ZERO],
    [KFA.amortering.id, loans.isNegative() ? loans : ZERO],
    [KFA.likvidaBorjan.id, liquid(before)],
    [KFA.likvidaSlut.id, liquid(year)],
  ]);
}

/** The balances a year opens with: the year before's close (closingKnown). */
function hasOpening(m: MappedLedger, year: number): boolean {
  return hasYear(m.ledger, year) && closingKnown(m, year - 1);
}

const { current, previous } = AMOUNT_COLUMNS;

/**
 * The year and, when its opening balances (#IB −1) and its result are known, the year before, as the reports
 * print both: a cash flow from a result read as zero would put the year's surplus among "övriga" adjustments.
 */
export function buildKassaflodesanalys(m: MappedLedger, options: StatementOptions = {}): ReportModel {
  requireCurrentYear(m.ledger);
  const resultMissing = hasOpening(m, -1) && previousResultMissing(m);
  const withPrevious = hasOpening(m, -1) && !resultMissing;
  const figures = new Map([[current, kassaflodeFigures(m, 0)], ...(withPrevious ? [[previous, kassaflodeFigures(m, -1)] as const] : [])]);
  const rows = new RowList();
  const cols = [...figures.keys()];
  const valuesOf = (id: string) => Object.fromEntries(cols.map((c) => [c, figures.get(c)!.get(id) ?? ZERO]));
  // Pinned lines (sheet/rounding.ts) are figures RR and BR print too.
  const line = (def: { id: string; label: string }, level = 1, pin = false) => rows.line(def, level, valuesOf(def.id), pin ? { pin: "firm" as const } : {}).id;

  rows.heading(KFA.lopande, 0);
  const before = [line(KFA.aretsResultat, 1, true), line(KFA.justeringAvskrivningar), line(KFA.justeringAvsattningar), line(KFA.justeringOvriga)];
  rows.sum(KFA.foreRorelsekapital, "subtotal", 1, before, cols);
  const working = [line(KFA.fordringar), line(KFA.forrad), line(KFA.skulder)];
  rows.sum(KFA.lopandeSumma, "subtotal", 0, [KFA.foreRorelsekapital.id, ...working], cols);
  rows.heading(KFA.investering, 0);
  // Immateriella lines only for a förbund that has such assets: most have none, and print the materiella alone.
  const immaterial = [KFA.invImmateriella, KFA.forsImmateriella].some((l) => cols.some((c) => !figures.get(c)!.get(l.id)!.isZero()));
  const investing = [...(immaterial ? [KFA.invImmateriella, KFA.forsImmateriella] : []), KFA.invMateriella, KFA.forsMateriella, KFA.invFinansiella];
  rows.sum(KFA.investeringSumma, "subtotal", 0, investing.map((l) => line(l)), cols);
  rows.heading(KFA.finansiering, 0);
  rows.sum(KFA.finansieringSumma, "subtotal", 0, [line(KFA.nyaLan), line(KFA.amortering)], cols);
  rows.sum(KFA.aretsKassaflode, "total", 0, [KFA.lopandeSumma.id, KFA.investeringSumma.id, KFA.finansieringSumma.id], cols);
  line(KFA.likvidaBorjan, 0, true);
  // When the cash flow explains the change in likvida medel (every balance account mapped), the closing
  // figure is the native sum, so the rounded table adds up; otherwise the Kontroller sheet reports the gap.
  const explained = cols.every((c) => figures.get(c)!.get(KFA.likvidaBorjan.id)!.plus(rows.amount(KFA.aretsKassaflode.id, c)).equals(figures.get(c)!.get(KFA.likvidaSlut.id)!));
  if (explained) rows.sum(KFA.likvidaSlut, "total", 0, [KFA.likvidaBorjan.id, KFA.aretsKassaflode.id], cols);
  else line(KFA.likvidaSlut, 0, true);

  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "kassaflodesanalys",
    title: "Kassaflödesanalys",
    unit,
    columns: cols.map((c, i) => amountColumn(c, periodHeading(m.ledger, -i, "period"))),
    rows: rows.rows,
    footnotes: [
      unitFootnote(unit),
      "Likvida medel = kassa och bank + kortfristiga placeringar.",
      "Investeringar = förändring av bokfört värde på anläggningstillgångar + årets avskrivningar (brutto).",
      ...(resultMissing ? [missingResultFootnote(yearName(m.ledger, -1), "Föregående år")] : []),
    ],
  };
}
