import { ZERO, type Dec } from "../money/decimal";
import { FinsamError } from "../errors";
import type { MappedLedger } from "../mapping/apply";
import type { ReportModel } from "../report/model";
import { AMOUNT_COLUMNS, BR, KFA, RR } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, periodHeading, requireCurrentYear, unitFootnote, type StatementOptions } from "./common";
import { brLine, equityTotal, liquidFunds, resultOf, rrLine } from "./figures";

/**
 * Kassaflödesanalys (RKR R13, indirect method) for year 0 from the balance sheets at the end of years 0
 * and −1 (#UB, or #IB of year 0), the result and the depreciation.
 *
 * Investments are derived gross: investering = Δ bokfört värde (immateriella + materiella) + årets
 * avskrivningar. A negative figure (book value fell by more than the depreciation) is shown as
 * försäljning. Δ långfristiga skulder is shown as nyupptagna lån or amortering. Equity changes other
 * than the result (e.g. a correction booked on eget kapital) go to "övriga ej likviditetspåverkande
 * poster", so that årets kassaflöde always equals the change in likvida medel when every balance account
 * is mapped.
 */
export function kassaflodeFigures(m: MappedLedger): Map<string, Dec> {
  // The opening balances are year −1's close or, without that year, year 0's #IB (as closingOf reads them).
  if (!hasYear(m.ledger, -1) && !m.ledger.balances.some((b) => b.kind === "ib" && b.year === 0)) throw new FinsamError("statements.noOpeningBalances", { field: "Kassaflödesanalysen" });
  const delta = (line: string) => brLine(m, line, 0).minus(brLine(m, line, -1));
  const result = resultOf(m, 0);
  const depreciation = rrLine(m, RR.avskrivningar.id, 0).negated();
  const otherEquity = equityTotal(m, 0).minus(equityTotal(m, -1)).minus(result);
  const investment = delta(BR.immateriella.id).plus(delta(BR.materiella.id)).plus(depreciation);
  const loans = delta(BR.langfristigaSkulder.id);
  return new Map<string, Dec>([
    [KFA.aretsResultat.id, result],
    [KFA.justeringAvskrivningar.id, depreciation],
    [KFA.justeringAvsattningar.id, delta(BR.avsattningar.id)],
    [KFA.justeringOvriga.id, otherEquity],
    [KFA.fordringar.id, delta(BR.fordringar.id).negated()],
    [KFA.forrad.id, delta(BR.forrad.id).negated()],
    [KFA.skulder.id, delta(BR.kortfristigaSkulder.id)],
    [KFA.invMateriella.id, investment.isPositive() ? investment.negated() : ZERO],
    [KFA.forsMateriella.id, investment.isNegative() ? investment.negated() : ZERO],
    [KFA.invFinansiella.id, delta(BR.finansiellaAnl.id).negated()],
    [KFA.nyaLan.id, loans.isPositive() ? loans : ZERO],
    [KFA.amortering.id, loans.isNegative() ? loans : ZERO],
    [KFA.likvidaBorjan.id, liquidFunds(m, -1)],
    [KFA.likvidaSlut.id, liquidFunds(m, 0)],
  ]);
}

const { current } = AMOUNT_COLUMNS;

export function buildKassaflodesanalys(m: MappedLedger, options: StatementOptions = {}): ReportModel {
  requireCurrentYear(m.ledger);
  const f = kassaflodeFigures(m);
  const rows = new RowList();
  const cols = [current];
  // Pinned lines (sheet/rounding.ts) are figures RR and BR print too.
  const line = (def: { id: string; label: string }, level = 1, pin = false) => rows.line(def, level, { [current]: f.get(def.id) ?? ZERO }, pin ? { pin: "firm" as const } : {}).id;

  rows.heading(KFA.lopande, 0);
  const before = [line(KFA.aretsResultat, 1, true), line(KFA.justeringAvskrivningar), line(KFA.justeringAvsattningar), line(KFA.justeringOvriga)];
  rows.sum(KFA.foreRorelsekapital, "subtotal", 1, before, cols);
  const working = [line(KFA.fordringar), line(KFA.forrad), line(KFA.skulder)];
  rows.sum(KFA.lopandeSumma, "subtotal", 0, [KFA.foreRorelsekapital.id, ...working], cols);
  rows.heading(KFA.investering, 0);
  rows.sum(KFA.investeringSumma, "subtotal", 0, [line(KFA.invMateriella), line(KFA.forsMateriella), line(KFA.invFinansiella)], cols);
  rows.heading(KFA.finansiering, 0);
  rows.sum(KFA.finansieringSumma, "subtotal", 0, [line(KFA.nyaLan), line(KFA.amortering)], cols);
  rows.sum(KFA.aretsKassaflode, "total", 0, [KFA.lopandeSumma.id, KFA.investeringSumma.id, KFA.finansieringSumma.id], cols);
  line(KFA.likvidaBorjan, 0, true);
  // When the cash flow explains the change in likvida medel (every balance account mapped), the closing
  // figure is the native sum, so the rounded table adds up; otherwise the Kontroller sheet reports the gap.
  const explained = f.get(KFA.likvidaBorjan.id)!.plus(rows.amount(KFA.aretsKassaflode.id, current)).equals(f.get(KFA.likvidaSlut.id)!);
  if (explained) rows.sum(KFA.likvidaSlut, "total", 0, [KFA.likvidaBorjan.id, KFA.aretsKassaflode.id], cols);
  else line(KFA.likvidaSlut, 0, true);

  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "kassaflodesanalys",
    title: "Kassaflödesanalys",
    unit,
    columns: [amountColumn(current, periodHeading(m.ledger, 0, "period"))],
    rows: rows.rows,
    footnotes: [
      unitFootnote(unit),
      "Likvida medel = kassa och bank + kortfristiga placeringar.",
      "Investeringar = förändring av bokfört värde på anläggningstillgångar + årets avskrivningar (brutto).",
    ],
  };
}
