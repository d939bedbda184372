import { Dec, ZERO } from "../money/decimal";
import type { UnitName } from "../money/units";
import { displayUnit, toDisplay } from "../sheet/displayUnit";
import type { ReportId, ReportModel } from "../report/model";
import type { SheetDescription } from "../sheet/description";
import { printedAmounts, printedKey } from "../sheet/printed";
import { BR, BR_NOTE, DRIFT, DRIFT_COLUMNS, FLERAR, IMMATERIELLA, INVENTARIER, KFA, NOTE, RR } from "../statements/lines";
import { cashFlowLines } from "../statements/kassaflodesanalys";
import { KOSTNADSFORDELNING_AREAS } from "../statements/kostnadsfordelning";
import { MAL_COLUMNS } from "../statements/maluppfyllelse";
import { GOAL_COLUMNS, GOAL_ROWS } from "../statements/finansiellaMal";
import { GOAL_BASE_ROWS } from "../statements/goalBase";
import { NOTES } from "./engineStatementSet";
import { FOLLOW_UP_COLUMNS } from "../statements/budgetuppfoljning";
import { OUTLOOK_ROWS } from "../statements/prognosMal";

/**
 * [row, column] in the report printed first, then [row, column] in the one that prints the figure again. The first
 * may be several rows, whose sum the second prints (Not 1's Summa is the RR's three income lines).
 */
type CellPair = [string | readonly string[], string, string, string];

/**
 * Figures two reports print. The second prints what the first printed, so an auditor ticking a figure from one
 * table to another finds it alike in tkr too, where each table's own rounding (sheet/rounding.ts) could differ
 * by a step. A pair ties only where the two exact figures are equal, or opposite (costs positive in one table,
 * negative in the other): a budget follow-up before month 12 is not the driftsredovisning's year.
 */
const TIES: readonly { from: ReportId; to: ReportId; cells: (from: ReportModel, to: ReportModel) => CellPair[] }[] = [
  // Each insats's cost as the driftsredovisning prints it: its row, or the sum of its rows in two areas.
  { from: "driftsredovisning", to: "maluppfyllelse", cells: (_, to) => to.rows.flatMap((r): CellPair[] => (r.sources ? [[r.sources, DRIFT_COLUMNS.kostnad, r.id, MAL_COLUMNS.kostnad]] : [])) },
  { from: "driftsredovisning", to: "kostnadsfordelning", cells: () => KOSTNADSFORDELNING_AREAS.map((a) => [a.id, DRIFT_COLUMNS.kostnad, a.id, "kostnad"]) },
  {
    from: "driftsredovisning",
    to: "finansiella-mal",
    cells: () => [
      // The equity cap is of the members' contributions; the goals' Utfall refer to the cost rows of their base.
      [DRIFT.huvudman.id, DRIFT_COLUMNS.intakt, GOAL_BASE_ROWS.bidrag, GOAL_COLUMNS.outcome],
      [DRIFT.administration.id, DRIFT_COLUMNS.kostnad, GOAL_BASE_ROWS.administration, GOAL_COLUMNS.outcome],
      [DRIFT.individ.id, DRIFT_COLUMNS.kostnad, GOAL_BASE_ROWS.individ, GOAL_COLUMNS.outcome],
      [DRIFT.struktur.id, DRIFT_COLUMNS.kostnad, GOAL_BASE_ROWS.struktur, GOAL_COLUMNS.outcome],
      [DRIFT.summa.id, DRIFT_COLUMNS.kostnad, GOAL_BASE_ROWS.samlade, GOAL_COLUMNS.outcome],
    ],
  },
  // At month 12 both the utfall and the helårsprognos are the year's netto, and the budget to date is the
  // year's budget, which the budget for the whole year is at any month.
  {
    from: "driftsredovisning",
    to: "budgetuppfoljning",
    cells: (drift) =>
      drift.rows.flatMap((r): CellPair[] => [
        ...[FOLLOW_UP_COLUMNS.actual, FOLLOW_UP_COLUMNS.forecast].map((c): CellPair => [r.id, DRIFT_COLUMNS.netto, r.id, c]),
        ...[FOLLOW_UP_COLUMNS.budget, FOLLOW_UP_COLUMNS.budgetToDate].map((c): CellPair => [r.id, DRIFT_COLUMNS.budget, r.id, c]),
      ]),
  },
  // The forecast of the goals prints the follow-up's forecast result and (where the area has no costs, so the two
  // are one figure) of the members' contributions, and last year's closing equity as the BR does.
  {
    from: "budgetuppfoljning",
    to: "prognos-mal",
    cells: () => [
      ...[OUTLOOK_ROWS.resultat, GOAL_ROWS.balanskrav].map((row): CellPair => [DRIFT.resultat.id, FOLLOW_UP_COLUMNS.forecast, row, GOAL_COLUMNS.outcome]),
      [DRIFT.huvudman.id, FOLLOW_UP_COLUMNS.forecast, GOAL_BASE_ROWS.bidrag, GOAL_COLUMNS.outcome],
    ],
  },
  { from: "balansrakning", to: "prognos-mal", cells: () => [[BR.summaEgetKapital.id, "previous", OUTLOOK_ROWS.ingaendeEk, GOAL_COLUMNS.outcome]] },
  {
    from: "driftsredovisning",
    to: "flerarsoversikt",
    cells: (_, fy) => {
      // The driftsredovisning's year is the overview's newest (its columns are years; earlier typed ones follow).
      const year = fy.columns.map((c) => c.id).reduce((a, b) => (b > a ? b : a), "");
      return [[DRIFT.summa.id, DRIFT_COLUMNS.intakt, FLERAR.intakter.id, year], [DRIFT.summa.id, DRIFT_COLUMNS.kostnad, FLERAR.kostnader.id, year]];
    },
  },
  { from: "resultatrakning", to: "not-intakter", cells: () => ["current", "previous"].map((c) => [NOTES.income.rrRows, c, NOTE.intakterSumma.id, c]) },
  { from: "resultatrakning", to: "not-kostnader", cells: () => ["current", "previous"].map((c) => [RR.kostnader.id, c, NOTE.kostnaderSumma.id, c]) },
  {
    from: "balansrakning",
    to: "noter-balansrakning",
    cells: () =>
      ["current", "previous"].flatMap((c): CellPair[] => [
        [BR.immateriella.id, c, IMMATERIELLA.redovisatVarde.id, c],
        [BR.materiella.id, c, INVENTARIER.redovisatVarde.id, c],
        [BR.fordringar.id, c, BR_NOTE.receivablesSumma.id, c],
        [BR.kortfristigaSkulder.id, c, BR_NOTE.liabilitiesSumma.id, c],
      ]),
  },
];

type Rendered = ReadonlyMap<ReportId, { model: ReportModel; sheet: SheetDescription }>;

/** A sheet's printed amounts, read once however many later sheets print its figures again. */
const shown = new WeakMap<SheetDescription, Map<string, Dec>>();
function shownOf(r: { model: ReportModel; sheet: SheetDescription }): Map<string, Dec> {
  let amounts = shown.get(r.sheet);
  if (!amounts) shown.set(r.sheet, (amounts = printedAmounts(r.model, r.sheet)));
  return amounts;
}

/** What `to` must print of figures the reports already rendered printed (RenderOptions.printed). */
export function printedFor(to: ReportModel, rendered: Rendered): Map<string, Dec> {
  const out = to.id === "kassaflodesanalys" ? cashFlowAsPrinted(to, rendered) : new Map<string, Dec>();
  for (const tie of TIES) {
    const from = rendered.get(tie.from);
    if (tie.to !== to.id || !from) continue;
    const shown = shownOf(from);
    for (const [fromRows, fromColumn, toRow, toColumn] of tie.cells(from.model, to)) {
      // Rows the first report leaves out (a zero line) add nothing; a row it prints without a figure ends the tie.
      const present = (typeof fromRows === "string" ? [fromRows] : fromRows).filter((id) => from.model.rows.some((r) => r.id === id));
      const exacts = present.map((id) => exactAt(from.model, id, fromColumn));
      const prints = present.map((id) => shown.get(printedKey(id, fromColumn)));
      const b = exactAt(to, toRow, toColumn);
      if (present.length === 0 || !b || exacts.some((x) => !x) || prints.some((x) => !x)) continue;
      const a = exacts.reduce<Dec>((s, x) => s.plus(x!), ZERO);
      const printed = prints.reduce<Dec>((s, x) => s.plus(x!), ZERO);
      // A sum of printed lines can be further from the exact sum than a step (the RR's three income lines,
      // each rounded half-up): the later cell then prints its own rounding rather than leave its floor or ceiling.
      if (present.length > 1 && !withinStep(printed, a, to.unit)) continue;
      if (b.equals(a)) out.set(printedKey(toRow, toColumn), printed);
      else if (b.equals(a.negated())) out.set(printedKey(toRow, toColumn), printed.negated());
    }
  }
  return out;
}

/**
 * The kassaflödesanalys's year computed from the RR and BR as printed (cashFlowLines), so that Justering för
 * avskrivningar is the RR's printed line, each change in rörelsekapital the printed BR's change, and årets
 * kassaflöde the printed change in likvida medel. A line whose value so computed would leave its own floor or
 * ceiling (an investment near zero that changes sign, say) keeps its own rounding.
 */
function cashFlowAsPrinted(kfa: ReportModel, rendered: Rendered): Map<string, Dec> {
  const out = new Map<string, Dec>();
  const rr = rendered.get("resultatrakning");
  const br = rendered.get("balansrakning");
  if (!rr || !br || !br.model.columns.some((c) => c.id === "previous")) return out;
  const rrShown = shownOf(rr);
  const brShown = shownOf(br);
  // A line the BR leaves out (zero and unmapped) prints nothing and counts as zero.
  const at = (shown: Map<string, Dec>, row: string, year: number) => shown.get(printedKey(row, year === 0 ? "current" : "previous")) ?? ZERO;
  const lines = cashFlowLines(
    {
      br: (line, year) => at(brShown, line, year),
      result: (year) => at(rrShown, RR.aretsResultat.id, year),
      depreciation: (year) => at(rrShown, RR.avskrivningar.id, year).negated(),
      // No sheet before this one prints the immateriella share: its own rounding, the rest going to the materiella.
      immaterialDepreciation: () => toDisplay(immaterialDepreciation(kfa, br.model), displayUnit(kfa.unit)),
      equity: (year) => at(brShown, BR.summaEgetKapital.id, year),
    },
    0,
  );
  for (const [row, value] of lines) {
    const exact = exactAt(kfa, row, "current");
    // Likvida medel vid årets slut is the native sum of the lines above it (or, unexplained, Kontroller's gap).
    if (row === KFA.likvidaSlut.id || !exact || !withinStep(value, exact, kfa.unit)) continue;
    out.set(printedKey(row, "current"), value);
  }
  return out;
}

/** This year's exact avskrivningar on immateriella anläggningstillgångar, from the KFA's gross investment in them: −(I + ΔBR). */
function immaterialDepreciation(kfa: ReportModel, br: ReportModel): Dec {
  const at = (model: ReportModel, row: string, column: string) => exactAt(model, row, column) ?? ZERO;
  const investment = at(kfa, KFA.invImmateriella.id, "current").plus(at(kfa, KFA.forsImmateriella.id, "current"));
  return investment.plus(at(br, BR.immateriella.id, "current")).minus(at(br, BR.immateriella.id, "previous")).negated();
}

function withinStep(printed: Dec, exact: Dec, unit: UnitName): boolean {
  const u = displayUnit(unit);
  const steps = exact.div(u.divisor).times(new Dec(10).pow(u.decimals));
  const shown = printed.times(new Dec(10).pow(u.decimals));
  return shown.greaterThanOrEqualTo(steps.floor()) && shown.lessThanOrEqualTo(steps.ceil());
}

function exactAt(model: ReportModel, rowId: string, columnId: string): Dec | undefined {
  const v = model.rows.find((r) => r.id === rowId)?.values[columnId];
  return v !== null && v !== undefined && typeof v !== "string" ? v : undefined;
}

/**
 * Måluppfyllelse insatser for the checks, each insats's Kostnad as its sheet prints it (in kronor): whether an
 * insats has a cost is decided on the printed figure, as `finsam check` reads it, so a cost that prints 0 (under
 * 500 kr in tkr) counts as none in both.
 */
export function withPrintedCosts(model: ReportModel, sheet: SheetDescription): ReportModel {
  const shown = printedAmounts(model, sheet);
  const { divisor } = displayUnit(model.unit);
  return {
    ...model,
    rows: model.rows.map((r) => {
      const cost = shown.get(printedKey(r.id, MAL_COLUMNS.kostnad));
      return cost === undefined ? r : { ...r, values: { ...r.values, [MAL_COLUMNS.kostnad]: cost.times(divisor) } };
    }),
  };
}
