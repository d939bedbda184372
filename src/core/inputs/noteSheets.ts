import { diagnostic, type Diagnostic } from "../import/diagnostic";
import type { ReportId } from "../report/model";
import { SHEET_NAMES } from "../report/sheetNames";
import type { TypedRow } from "../checks/typed";
import { BALANCE_NOTE_NUMBERS, NOTES, brNoteTie, rrNoteTie, type NoteTie } from "../reports/engineStatementSet";
import { BALANCE_NOTE_LINES } from "../statements/balanceNotes";
import { IMMATERIELLA, INVENTARIER, type LineDef, type RollForwardLines } from "../statements/lines";
import { normalise, type PlacedRow, type SheetRow } from "./sheetRows";

/**
 * The notes `finsam check` reads, typed by hand or as "Bygg alla rapporter" writes them. A note that explains
 * another statement line is one more entry here: the words of its title, its row ids, the labels its total
 * (and any subtotal) is printed under, and the lines it explains.
 */
export interface NoteSpec extends NoteTie {
  id: ReportId;
  title: string;
  /** The note's number when its title ("Not 2 Verksamhetens kostnader") names none: the build's own. */
  number: string;
  /** What its title says after "Not 2" (normalised): the note's name, and any other name reports give it. */
  titles: readonly string[];
  /** Row ids are `<prefix>.<name>` (a Radid), the id of a known label, or `<prefix>.rad-<sheet row>`; the total is totalRow. */
  prefix: string;
  /** Labels the note's total is printed under besides "Summa" (normalised). */
  totals: readonly string[];
  /** Labels of subtotals besides "Summa …" (normalised): a roll-forward's "Utgående anskaffningsvärde". */
  subtotals?: readonly string[];
  /** Rows known by their label, read with the build's ids (the checks of a roll-forward ask for them). */
  known?: readonly LineDef[];
}

const INCOME: NoteSpec = {
  id: "not-intakter", title: "Not Verksamhetens intäkter", number: NOTES.income.number, titles: ["verksamhetens intäkter"],
  prefix: "not.intakter", totals: ["verksamhetens intäkter", "summa verksamhetens intäkter", "summa intäkter"], ...rrNoteTie(NOTES.income),
};

const COST: NoteSpec = {
  id: "not-kostnader", title: "Not Verksamhetens kostnader", number: NOTES.cost.number, titles: ["verksamhetens kostnader"],
  prefix: "not.kostnader", totals: ["verksamhetens kostnader", "summa verksamhetens kostnader", "summa kostnader"], ...rrNoteTie(NOTES.cost),
};

/** A roll-forward note: its total, subtotals and rows as Not Inventarier prints them. */
const rollForward = (lines: RollForwardLines): Pick<NoteSpec, "totals" | "subtotals" | "known"> => ({
  totals: ["redovisat värde vid årets slut", "utgående redovisat värde"],
  subtotals: ["utgående anskaffningsvärde", "utgående avskrivningar", "utgående ackumulerade avskrivningar"],
  known: Object.values(lines),
});

/**
 * The balance-sheet notes, as the BR prints their lines (positive), numbered as when all are printed (a title names
 * its own). Stockholm 2022 prints "Maskiner och inventarier" (002:2140).
 */
const BALANCE: readonly NoteSpec[] = [
  {
    id: "noter-balansrakning", title: "Not Immateriella anläggningstillgångar", number: BALANCE_NOTE_NUMBERS[0]!, titles: ["immateriella anläggningstillgångar"],
    prefix: "not.immateriella", ...rollForward(IMMATERIELLA), ...brNoteTie(BALANCE_NOTE_LINES.immateriella),
  },
  {
    id: "noter-balansrakning", title: "Not Inventarier", number: BALANCE_NOTE_NUMBERS[1]!, titles: ["inventarier", "maskiner och inventarier", "materiella anläggningstillgångar"],
    prefix: "not.inventarier", ...rollForward(INVENTARIER), ...brNoteTie(BALANCE_NOTE_LINES.inventarier),
  },
  {
    id: "noter-balansrakning", title: "Not Fordringar", number: BALANCE_NOTE_NUMBERS[2]!, titles: ["fordringar", "kortfristiga fordringar"],
    prefix: "not.fordringar", totals: ["summa fordringar", "summa kortfristiga fordringar"], ...brNoteTie(BALANCE_NOTE_LINES.fordringar),
  },
  {
    id: "noter-balansrakning", title: "Not Kortfristiga skulder", number: BALANCE_NOTE_NUMBERS[3]!, titles: ["kortfristiga skulder"],
    prefix: "not.skulder", totals: ["summa kortfristiga skulder"], ...brNoteTie(BALANCE_NOTE_LINES.skulder),
  },
];

/** Every note the checks read. */
const NOTE_SPECS: readonly NoteSpec[] = [INCOME, COST, ...BALANCE];

/**
 * Notes read past, since no check compares them with anything: Kostnader för räkenskapsrevision repeats a
 * line of Not 2 (the build prints it under Not 2, on Not Kostnader).
 */
const UNCHECKED_TITLES: readonly string[] = ["kostnader för räkenskapsrevision"];

/** The sheets notes are read from, with the note a sheet holds when no title above its table names one. */
export const NOTE_SHEETS: readonly { name: string; note?: NoteSpec }[] = [
  { name: SHEET_NAMES["not-intakter"], note: INCOME },
  { name: SHEET_NAMES["not-kostnader"], note: COST },
  { name: SHEET_NAMES["noter-balansrakning"] },
];

/** A note's title: "Not 2 Verksamhetens kostnader", "Not 5. Fordringar" → its number and what follows, normalised. */
export function noteTitleOf(text: string): { number: string; name: string } | undefined {
  const m = /^not\s*(\d+)\b[.:]?\s*(.*)$/i.exec(text.trim());
  return m ? { number: m[1]!, name: normalise(m[2]!) } : undefined;
}

/** The note a title names; "unchecked" for one the checks read past; undefined for one they do not know. */
export function noteSpecOf(name: string): NoteSpec | "unchecked" | undefined {
  const names = (t: string) => name === t || name.startsWith(`${t} `);
  if (UNCHECKED_TITLES.some(names)) return "unchecked";
  return NOTE_SPECS.find((spec) => spec.titles.some(names));
}

/** The titles a note sheet may carry, for the message about one it does not know. */
export const NOTE_TITLE_CHOICES = [...NOTE_SPECS.map((s) => `"Not N ${s.titles[0]}"`), ...UNCHECKED_TITLES.map((t) => `"Not N ${t}"`)].join(", ");

/**
 * A note's rows: its lines, subtotals ("Summa …", a plain "Summa", or a roll-forward's "Utgående
 * anskaffningsvärde") of the lines since the one before (Roslagen's Not 2 sums administration, struktur and
 * individ, each under a plain "Summa", 003:972–1024), and the total, the last row printed as one ("Summa", or the
 * line it explains), the sum of the subtotals and the lines in none. A row below the total, or no total, is an
 * error naming the cell.
 */
export function noteRows(spec: NoteSpec, rows: readonly SheetRow[], headerCell: string, errors: Diagnostic[]): PlacedRow[] {
  const out: PlacedRow[] = [];
  const seen = new Map<string, string>();
  const known = new Map((spec.known ?? []).map((l) => [normalise(l.label), l.id]));
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
    const id = isTotal ? spec.totalRow : from.typedId || known.get(label) || `${spec.prefix}.rad-${from.r + 1}`;
    if (seen.has(id)) errors.push(diagnostic("statements.duplicateRow", { cell: from.idCell, value: `${id} (${seen.get(id)})` }));
    seen.set(id, from.idCell);
    const row: TypedRow = { id, label: from.label || id, values: from.values };
    if (isTotal) {
      row.sumOf = [...subtotals, ...lines];
    } else if (label === "summa" || label.startsWith("summa ") || spec.subtotals?.includes(label)) {
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
const isTotalLabel = (spec: NoteSpec, label: string): boolean => label === "summa" || spec.totals.includes(label);
