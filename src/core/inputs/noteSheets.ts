import { diagnostic, type Diagnostic } from "../import/diagnostic";
import type { ReportId } from "../report/model";
import { SHEET_NAMES } from "../report/sheetNames";
import type { NoteTable } from "../checks/statementSet";
import type { TypedRow } from "../checks/typed";
import { NOTES } from "../reports/engineStatementSet";
import { NOTE } from "../statements/lines";
import { normalise, type PlacedRow, type SheetRow } from "./sheetRows";

/**
 * The notes `finsam check` reads, one sheet each, typed by hand or as "Bygg alla rapporter" writes them. A
 * note that explains another statement line is one more entry here: its sheet, row ids, the labels its total
 * is printed under and the lines it explains.
 */
export interface NoteSheet {
  /** The sheet's name, typed and as the build writes it. */
  name: string;
  id: ReportId;
  title: string;
  /** The note's number when its title ("Not 2 Verksamhetens kostnader") names none: the build's own. */
  number: string;
  /** Row ids are `<prefix>.<name>` (a Radid) or `<prefix>.rad-<sheet row>`; the total is totalRow. */
  prefix: string;
  totalRow: string;
  /** Labels the note's total is printed under besides "Summa" (normalised). */
  totals: readonly string[];
  explains: NoteTable["explains"];
}

export const NOTE_SHEETS: readonly NoteSheet[] = [
  {
    name: SHEET_NAMES["not-intakter"], id: "not-intakter", title: "Not Verksamhetens intäkter", number: NOTES.income.number,
    prefix: "not.intakter", totalRow: NOTE.intakterSumma.id, totals: ["verksamhetens intäkter", "summa verksamhetens intäkter", "summa intäkter"],
    explains: { table: "rr", rows: [...NOTES.income.rrRows], sign: 1 },
  },
  {
    // Notes print costs positive, opposite to the RR's negative line.
    name: SHEET_NAMES["not-kostnader"], id: "not-kostnader", title: "Not Verksamhetens kostnader", number: NOTES.cost.number,
    prefix: "not.kostnader", totalRow: NOTE.kostnaderSumma.id, totals: ["verksamhetens kostnader", "summa verksamhetens kostnader", "summa kostnader"],
    explains: { table: "rr", rows: [...NOTES.cost.rrRows], sign: -1 },
  },
];

/** The note's own number, from a title above its table: "Not 2 Verksamhetens kostnader", "Not 2. …". */
export const noteNumberOf = (text: string): string | undefined => /^not\s*(\d+)\b/i.exec(text.trim())?.[1];

/**
 * A note's rows: its lines, "Summa …" subtotals of the lines since the one before (Roslagen's Not 2 sums
 * administration, struktur and individ, each under a plain "Summa", 003:972–1024), and the total, the last row
 * printed as one ("Summa", or the line it explains), the sum of the subtotals and the lines in none. A row below
 * the total, or no total, is an error naming the cell.
 */
export function noteRows(spec: NoteSheet, rows: readonly SheetRow[], headerCell: string, errors: Diagnostic[]): PlacedRow[] {
  const out: PlacedRow[] = [];
  const seen = new Map<string, string>();
  let lines: string[] = [];
  const subtotals: string[] = [];
  const last = rows.map((from) => (from.typedId ? from.typedId === spec.totalRow : isTotalLabel(spec, normalise(from.label)))).lastIndexOf(true);
  for (const [i, from] of rows.entries()) {
    const label = normalise(from.label);
    if (last >= 0 && i > last) {
      errors.push(diagnostic("statements.belowTotal", { cell: from.labelCell, value: from.label }));
      continue;
    }
    if (from.typedId && from.typedId !== spec.totalRow && !from.typedId.startsWith(`${spec.prefix}.`)) {
      errors.push(diagnostic("statements.unknownId", { cell: from.idCell, value: from.typedId, choices: `${spec.prefix}.<namn>, ${spec.totalRow}` }));
      continue;
    }
    const isTotal = i === last;
    const id = isTotal ? spec.totalRow : from.typedId || `${spec.prefix}.rad-${from.r + 1}`;
    if (seen.has(id)) errors.push(diagnostic("statements.duplicateRow", { cell: from.idCell, value: `${id} (${seen.get(id)})` }));
    seen.set(id, from.idCell);
    const row: TypedRow = { id, label: from.label || id, values: from.values };
    if (isTotal) {
      row.sumOf = [...subtotals, ...lines];
    } else if (label === "summa" || label.startsWith("summa ")) {
      row.sumOf = lines;
      subtotals.push(id);
      lines = [];
    } else lines.push(id);
    out.push({ row, from });
  }
  if (last < 0) errors.push(diagnostic("statements.noteTotal", { cell: headerCell, value: ["summa", ...spec.totals].map((t) => `"${t[0]!.toUpperCase()}${t.slice(1)}"`).join(" eller ") }));
  return out;
}

/** "Summa", or a label the note's total is printed under ("Verksamhetens kostnader"). */
const isTotalLabel = (spec: NoteSheet, label: string): boolean => label === "summa" || spec.totals.includes(label);
