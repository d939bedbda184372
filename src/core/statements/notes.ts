import { sumBy, type Dec } from "../money/decimal";
import type { MappedCell, MappedLedger } from "../mapping/apply";
import type { ReportModel, ReportRow } from "../report/model";
import { AMOUNT_COLUMNS, AUDIT_NOTE, NOTE, RR, noteCostId, noteCostInsatsId, noteIncomeId, type LineDef } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, missingResultFootnote, periodHeading, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { previousResultMissing } from "./figures";
import { objectKey } from "../ledger/types";
import { AUDIT_COST_NOTE } from "../mapping/defaultNotes";

const { current, previous } = AMOUNT_COLUMNS;
const INCOME_LINES: ReadonlySet<string> = new Set([RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id]);

interface NoteRow {
  def: LineDef;
  /** Which cells of the note's lines the row takes. */
  takes: (c: MappedCell) => boolean;
  /** A row another note prints too keeps its own rounding where it can (ReportRow.pin). */
  pin?: ReportRow["pin"];
}

/**
 * A note splits RR lines into rows; whatever no row takes goes to the remainder row, so the note's sum
 * always equals the RR lines it explains. Amounts print positive (as the seeds' notes do). The previous year
 * is shown as the RR shows it: not at all when the ledger has no result for it.
 */
function buildNote(
  m: MappedLedger,
  lines: ReadonlySet<string>,
  rowsDef: NoteRow[],
  remainder: LineDef,
  summa: LineDef,
  sign: 1 | -1,
  meta: { id: ReportModel["id"]; title: string; unit: ReportModel["unit"] },
): ReportModel {
  requireCurrentYear(m.ledger);
  const resultMissing = previousResultMissing(m);
  const withPrevious = hasYear(m.ledger, -1) && !resultMissing;
  const cols = withPrevious ? [current, previous] : [current];
  const rows = new RowList();
  const noteCells = m.cells.filter((c) => c.kind === "res" && c.line !== undefined && lines.has(c.line));
  const amount = (year: number, takes: (c: MappedCell) => boolean): Dec =>
    sumBy(noteCells, (c) => c.amount, (c) => c.year === year && takes(c)).times(sign);
  const ids: string[] = [];
  for (const r of rowsDef) {
    rows.line(r.def, 1, { [current]: amount(0, r.takes), [previous]: withPrevious ? amount(-1, r.takes) : null }, r.pin ? { pin: r.pin } : {});
    ids.push(r.def.id);
  }
  const rest = (c: MappedCell) => !rowsDef.some((r) => r.takes(c));
  rows.line(remainder, 1, { [current]: amount(0, rest), [previous]: withPrevious ? amount(-1, rest) : null });
  rows.sum(summa, "total", 0, [...ids, remainder.id], cols);
  return {
    id: meta.id,
    title: meta.title,
    unit: meta.unit,
    columns: [amountColumn(current, periodHeading(m.ledger, 0, "period")), ...(withPrevious ? [amountColumn(previous, periodHeading(m.ledger, -1, "period"))] : [])],
    rows: rows.rows,
    footnotes: [unitFootnote(meta.unit), ...(resultMissing ? [missingResultFootnote(yearName(m.ledger, -1), "Föregående år")] : [])],
  };
}

export interface NoteOptions extends StatementOptions {
  /** The note's number, printed in its title ("Not 1 Verksamhetens intäkter") as the RR's Not column refers to it. */
  number?: string;
}

export interface IncomeNoteOptions extends NoteOptions {
  /** Labels of the RR lines the note's Summa explains, as the RR prints them: named in a footnote when several. */
  explains?: readonly string[];
}

const noteTitle = (subject: string, number?: string) => (number === undefined ? `Not ${subject}` : `Not ${number} ${subject}`);

/** Not "Verksamhetens intäkter" per financier (mapping.incomeNoteLines), then övriga intäkter and summa. */
export function buildIncomeNote(m: MappedLedger, options: IncomeNoteOptions = {}): ReportModel {
  const rowsDef = m.mapping.incomeNoteLines.map((d) => ({ def: { id: noteIncomeId(d.id), label: d.label }, takes: (c: MappedCell) => c.note === d.id }));
  const note = buildNote(m, INCOME_LINES, rowsDef, NOTE.intakterOvriga, NOTE.intakterSumma, -1, {
    id: "not-intakter",
    title: noteTitle("Verksamhetens intäkter", options.number),
    unit: options.unit ?? DEFAULT_UNIT,
  });
  // The RR's Verksamhetens intäkter is one of the lines the Summa adds up, so an auditor ticking it to the Summa is told which.
  const lines = options.explains ?? [];
  if (lines.length < 2) return note;
  const named = `${lines.slice(0, -1).join(", ")} och ${lines[lines.length - 1]}`;
  return { ...note, footnotes: [...note.footnotes, `Summa = resultaträkningens ${named} tillsammans.`] };
}

export interface CostNoteOptions extends NoteOptions {
  /** "kind": rows of mapping.costNoteLines; "insats": one row per insats object (the seeds' Not 2/3). */
  by?: "kind" | "insats";
}

/** Not "Verksamhetens kostnader" (the RR line, without avskrivningar) per kind or per insats. */
export function buildCostNote(m: MappedLedger, options: CostNoteOptions = {}): ReportModel {
  const dim = m.mapping.insatsDimension;
  const costLines = new Set([RR.kostnader.id]);
  let rowsDef: NoteRow[];
  let remainder: LineDef = NOTE.kostnaderOvriga;
  if (options.by === "insats") {
    const insatser = [...new Set(m.cells.filter((c) => c.line === RR.kostnader.id && c.insats !== null).map((c) => c.insats!))].sort();
    rowsDef = insatser.map((id) => ({
      def: { id: noteCostInsatsId(id), label: m.ledger.objects.get(objectKey(dim, id))?.name ?? id },
      takes: (c: MappedCell) => c.insats === id,
    }));
    remainder = { id: NOTE.kostnaderOvriga.id, label: "Gemensamma kostnader (ingen insats)" };
  } else {
    // The revision row prints the figure of Kostnader för räkenskapsrevision below it.
    rowsDef = m.mapping.costNoteLines.map((d) => ({ def: { id: noteCostId(d.id), label: d.label }, takes: (c: MappedCell) => c.note === d.id, ...(d.id === AUDIT_COST_NOTE ? { pin: "soft" as const } : {}) }));
  }
  return buildNote(m, costLines, rowsDef, remainder, NOTE.kostnaderSumma, 1, {
    id: "not-kostnader",
    title: noteTitle("Verksamhetens kostnader", options.number),
    unit: options.unit ?? DEFAULT_UNIT,
  });
}

/**
 * Not "Kostnader för räkenskapsrevision" (LKBR 9 kap.; Stockholm 2022 Not 4): the costs of the mapping's revision
 * line, under its own heading so that it prints below Not Kostnader on the same sheet. Undefined when the mapping
 * names no revision accounts or they hold nothing.
 */
export function buildAuditNote(m: MappedLedger, options: NoteOptions = {}): ReportModel | undefined {
  requireCurrentYear(m.ledger);
  const withPrevious = hasYear(m.ledger, -1);
  const audit = m.cells.filter((c) => c.kind === "res" && c.line === RR.kostnader.id && c.note === AUDIT_COST_NOTE);
  if (audit.every((c) => c.amount.isZero())) return undefined;
  const amount = (year: number) => sumBy(audit, (c) => c.amount, (c) => c.year === year);
  const title = noteTitle("Kostnader för räkenskapsrevision", options.number);
  const rows = new RowList();
  rows.heading({ id: AUDIT_NOTE.heading.id, label: title }, 0);
  rows.line(AUDIT_NOTE.arvode, 1, { [current]: amount(0), [previous]: withPrevious ? amount(-1) : null });
  return {
    id: "not-kostnader",
    title,
    unit: options.unit ?? DEFAULT_UNIT,
    columns: [amountColumn(current, periodHeading(m.ledger, 0, "period")), ...(withPrevious ? [amountColumn(previous, periodHeading(m.ledger, -1, "period"))] : [])],
    rows: rows.rows,
    footnotes: [],
  };
}
