import { Dec, ZERO } from "../money/decimal";
import type { CellValue, ReportColumn, ReportModel, ReportRow } from "../report/model";
import type { InsatsGoal, InsatsOutcome, Target } from "../inputs/insatsmalSheet";
import { DRIFT, DRIFT_COLUMNS, driftInsatsId } from "./lines";
import { DEFAULT_UNIT, amountColumn, unitFootnote, type StatementOptions } from "./common";

/** Column ids of Måluppfyllelse insatser (its reader for `finsam check` finds them by these headings). */
export const MAL_COLUMNS = {
  kostnad: "kostnad",
  deltagare: "deltagare",
  perDeltagare: "perDeltagare",
  malvarde: "malvarde",
  antal: "antal",
  av: "av",
  andel: "andel",
  angiven: "angiven",
  bedomning: "bedomning",
} as const;

export const MAL_HEADINGS: Record<keyof typeof MAL_COLUMNS, string> = {
  kostnad: "Kostnad",
  deltagare: "Deltagare",
  perDeltagare: "Kostnad per deltagare, kr",
  malvarde: "Målvärde",
  antal: "Nått målet",
  av: "Av",
  andel: "Andel",
  angiven: "Angiven andel",
  bedomning: "Måluppfyllelse",
};

export const MAL_REPORT_COLUMNS: ReportColumn[] = [
  amountColumn(MAL_COLUMNS.kostnad, MAL_HEADINGS.kostnad),
  { id: MAL_COLUMNS.deltagare, heading: MAL_HEADINGS.deltagare, kind: "number" },
  { id: MAL_COLUMNS.perDeltagare, heading: MAL_HEADINGS.perDeltagare, kind: "number" },
  { id: MAL_COLUMNS.malvarde, heading: MAL_HEADINGS.malvarde, kind: "text" },
  { id: MAL_COLUMNS.antal, heading: MAL_HEADINGS.antal, kind: "number" },
  { id: MAL_COLUMNS.av, heading: MAL_HEADINGS.av, kind: "number" },
  { id: MAL_COLUMNS.andel, heading: MAL_HEADINGS.andel, kind: "percent" },
  { id: MAL_COLUMNS.angiven, heading: MAL_HEADINGS.angiven, kind: "percent" },
  { id: MAL_COLUMNS.bedomning, heading: MAL_HEADINGS.bedomning, kind: "text" },
];

/**
 * The areas whose insatser are listed, as the seed's two tables (001: individinriktade, strukturinriktade), then
 * Administration for an insats typed there (a kansli's own project).
 */
export const MAL_AREAS = [DRIFT.individ, DRIFT.struktur, DRIFT.administration] as const;

/** Row ids by position, so a printed sheet read back gives the same ids: insats k is `mal.k`, its goal j `mal.k.j`. */
export const malInsatsId = (k: number): string => `mal.${k}`;
export const malGoalId = (k: number, j: number): string => `mal.${k}.${j}`;
export const malAreaId = (area: string): string => `mal.${area}`;

const C = MAL_COLUMNS;
const INSATS_PREFIX = driftInsatsId("");

/** An insats as the driftsredovisning prints it: its rows (one per area it has costs in), name and cost. */
interface DriftInsats {
  rows: string[];
  label: string;
  area: string;
  kostnad: Dec;
}

/**
 * Måluppfyllelse insatser (the seed's "Sammanställning av måluppfyllelse för finansierade insatser", with the cost
 * per participant Finsam reports pair it with): per insats its cost from the driftsredovisning (the same exact
 * figures, printed as it prints them), its deltagare and kostnad per deltagare; under it each goal with its
 * target, "x av y" and their share (a native x / y), the share as the report states it, and the verdict.
 * Listed: every insats of the Insatsmål sheet, and every individinriktad insats with a cost (its missing
 * participants are then a finding, checks/insatser.ts). An insats without a cost in these areas stands under the
 * area of its participants, Individinriktade insatser.
 */
export function buildMaluppfyllelse(drift: ReportModel, outcomes: readonly InsatsOutcome[], year: string, options: StatementOptions = {}): ReportModel {
  const insatser = driftInsatser(drift);
  const typed = new Map(outcomes.map((o) => [o.insats, o]));
  const listed = [...new Set([...insatser].filter(([, d]) => d.area === DRIFT.individ.id && !d.kostnad.isZero()).map(([id]) => id).concat(outcomes.map((o) => o.insats)))];
  const rows: ReportRow[] = [];
  let k = 0;
  for (const area of MAL_AREAS) {
    const mine = listed.filter((id) => (insatser.get(id)?.area ?? DRIFT.individ.id) === area.id).sort((a, b) => a.localeCompare(b));
    if (mine.length === 0) continue;
    rows.push({ id: malAreaId(area.id), label: area.label, kind: "heading", level: 0, values: {} });
    for (const id of mine) {
      k += 1;
      const d = insatser.get(id);
      const o = typed.get(id);
      rows.push(insatsRow(k, id, d, o?.deltagare ?? null));
      o?.goals.forEach((g, i) => rows.push(goalRow(malGoalId(k, i + 1), g)));
    }
  }
  const unit = options.unit ?? DEFAULT_UNIT;
  return {
    id: "maluppfyllelse",
    title: `Måluppfyllelse för finansierade insatser ${year}`,
    unit,
    columns: MAL_REPORT_COLUMNS,
    rows,
    footnotes: [
      unitFootnote(unit),
      "Kostnad: insatsens kostnad i driftsredovisningen. Kostnad per deltagare: kostnaden i kronor delad med insatsens deltagare, avrundad till hela kronor.",
      "Andel = Nått målet / Av (\"39 av 138\"). Angiven andel är andelen som årsredovisningen anger; Kontroller prövar den mot Nått målet och Av.",
      "Deltagare som insatserna rapporterat; en person kan ha deltagit i fler än en insats. Måluppfyllelsen är bedömd utifrån insatsernas egna mål.",
    ],
  };
}

/** The driftsredovisning's insatser in its cost areas, by object id; one in two areas sums its rows, under the first. */
function driftInsatser(drift: ReportModel): Map<string, DriftInsats> {
  const out = new Map<string, DriftInsats>();
  for (const area of MAL_AREAS) {
    const areaRow = drift.rows.find((r) => r.id === area.id);
    for (const rowId of areaRow?.sumOf ?? []) {
      if (!rowId.startsWith(INSATS_PREFIX)) continue;
      const row = drift.rows.find((r) => r.id === rowId)!;
      const id = rowId.slice(INSATS_PREFIX.length).replace(/@[^@]*$/, "");
      const kostnad = row.values[DRIFT_COLUMNS.kostnad];
      const had = out.get(id);
      const cost = Dec.isDecimal(kostnad) ? kostnad : ZERO;
      out.set(id, had ? { ...had, rows: [...had.rows, rowId], kostnad: had.kostnad.plus(cost) } : { rows: [rowId], label: row.label, area: area.id, kostnad: cost });
    }
  }
  return out;
}

function insatsRow(k: number, id: string, d: DriftInsats | undefined, deltagare: Dec | null): ReportRow {
  const kostnad = d?.kostnad ?? ZERO;
  const perDeltagare = deltagare && !deltagare.isZero() && !kostnad.isZero() ? kostnad.div(deltagare).toDecimalPlaces(0, Dec.ROUND_HALF_UP) : null;
  const values: Record<string, CellValue> = { [C.kostnad]: kostnad, [C.deltagare]: deltagare, [C.perDeltagare]: perDeltagare };
  // The driftsredovisning's rows, so the cost prints as it prints them (reports/printedTies.ts).
  return { id: malInsatsId(k), label: d?.label ?? id, kind: "line", level: 1, values, ...(d ? { sources: d.rows } : {}) };
}

function goalRow(id: string, g: InsatsGoal): ReportRow {
  const values: Record<string, CellValue> = {
    [C.malvarde]: g.target ? targetValue(g.target) : null,
    [C.antal]: g.reached?.x ?? null,
    [C.av]: g.reached?.of ?? null,
    [C.andel]: g.reached ? g.reached.x.div(g.reached.of) : null,
    [C.angiven]: g.stated,
    [C.bedomning]: g.verdict,
  };
  return {
    id, label: g.text, kind: "line", level: 2, values,
    // The target as Insatsmål states it: a share typed "50 %" prints as a percentage, a number of people whole.
    ...(g.target ? { kinds: { [C.malvarde]: "share" in g.target ? "percent" : "number" } } : {}),
    ...(g.reached ? { quotients: { [C.andel]: { numerator: { column: C.antal }, denominator: { column: C.av } } } } : {}),
  };
}

/** A share (0,5 for "50 %") or a number of people (80). */
const targetValue = (t: Target): Dec => ("share" in t ? t.share : t.count);
