import { ZERO, sumBy, type Dec } from "../money/decimal";
import type { BalanceKind } from "../ledger/types";
import { closingOf, type MappedCell, type MappedLedger } from "../mapping/apply";
import { ACCUMULATED_DEPRECIATION_NOTE, DEFAULT_BALANCE_NOTE_LINES, IMMATERIAL_DEPRECIATION_NOTE } from "../mapping/defaultNotes";
import type { CellValue, ReportModel, ReportRow } from "../report/model";
import { AMOUNT_COLUMNS, BR, BR_NOTE, IMMATERIELLA, INVENTARIER, RR, noteLiabilityId, noteReceivableId, type LineDef, type RollForwardLines } from "./lines";
import { DEFAULT_UNIT, RowList, amountColumn, hasYear, periodHeading, requireCurrentYear, unitFootnote, yearName, type StatementOptions } from "./common";
import { closingKnown, depreciationOn, hasBalanceOn } from "./figures";

const { current, previous } = AMOUNT_COLUMNS;
const IMMATERIAL_DEPRECIATION_LABEL = DEFAULT_BALANCE_NOTE_LINES.find((l) => l.id === IMMATERIAL_DEPRECIATION_NOTE)!.label;

/** One balance-sheet note: its own model (what the checks read) and the BR line its total explains. */
export interface BalanceNote {
  model: ReportModel;
  number: string;
  totalRow: string;
  brLine: string;
}

/** Each balance-sheet note's total row and the BR line it explains: the build's, and what `finsam check` reads. */
export const BALANCE_NOTE_LINES = {
  immateriella: { totalRow: IMMATERIELLA.redovisatVarde.id, brLine: BR.immateriella.id },
  inventarier: { totalRow: INVENTARIER.redovisatVarde.id, brLine: BR.materiella.id },
  fordringar: { totalRow: BR_NOTE.receivablesSumma.id, brLine: BR.fordringar.id },
  skulder: { totalRow: BR_NOTE.liabilitiesSumma.id, brLine: BR.kortfristigaSkulder.id },
} as const;

export interface BalanceNotes {
  /** The notes the ledger has figures for, in the balance sheet's order. */
  notes: BalanceNote[];
  /** The sheet "Noter balansräkning": every note under its own heading, as the seeds print them one after another. */
  sheet: ReportModel;
}

export interface BalanceNoteOptions extends StatementOptions {
  /** The first note's number: the notes the ledger has are numbered on from it, as the BR's Not column prints them. */
  firstNumber: number;
}

/** Which balances hold a year's position: closing (#UB, or the next #IB) or opening (#IB, or the year before's close). */
type At = { kind: BalanceKind; year: number };

function openingOf(m: MappedLedger, year: number): At | undefined {
  if (m.ledger.balances.some((b) => b.kind === "ib" && b.year === year)) return { kind: "ib", year };
  return closingKnown(m, year - 1) ? closingOf(m, year - 1) : undefined;
}

/**
 * Not Immateriella anläggningstillgångar, Not Inventarier, Not Fordringar and Not Kortfristiga skulder from the
 * mapped balances, with this year and the year before (when the balance sheet prints it). A note whose BR line is
 * zero in every year is left out, and the others numbered on without a gap.
 */
export function buildBalanceNotes(m: MappedLedger, options: BalanceNoteOptions): BalanceNotes {
  requireCurrentYear(m.ledger);
  const unit = options.unit ?? DEFAULT_UNIT;
  const years = hasYear(m.ledger, -1) && closingKnown(m, -1) ? [0, -1] : [0];
  const columns = years.map((y) => amountColumn(y === 0 ? current : previous, periodHeading(m.ledger, y, "date")));
  const onLine = (line: string) => m.cells.filter((c) => c.line === line && c.kind !== "res");
  const shows = (line: string) => hasBalanceOn(m, line);
  const model = (id: string, title: string, rows: ReportRow[], footnotes: string[]): ReportModel => ({
    id: "noter-balansrakning",
    title,
    unit,
    columns,
    rows: [{ id, label: title, kind: "heading", level: 0, values: {} }, ...rows],
    footnotes,
  });

  const notes: BalanceNote[] = [];
  const said: { titles: string[]; footnote: NoteFootnote }[] = [];
  const add = (note: { id: string; title: string; totalRow: string; brLine: string }, built: { rows: ReportRow[]; footnotes: NoteFootnote[] }) => {
    const number = String(options.firstNumber + notes.length);
    notes.push({ model: model(note.id, `Not ${number} ${note.title}`, built.rows, built.footnotes.map((f) => footnoteText([note.title], f))), number, totalRow: note.totalRow, brLine: note.brLine });
    // The sheet says a footnote two notes share once, naming both ("Immateriella anläggningstillgångar och Inventarier: …").
    for (const f of built.footnotes) {
      const same = said.find((x) => x.footnote.year === f.year && x.footnote.text === f.text);
      if (same) same.titles.push(note.title);
      else said.push({ titles: [note.title], footnote: f });
    }
  };
  // The RR's avskrivningar on immateriella anläggningstillgångar (by their note line) are that note's; the rest Not Inventarier's.
  const depreciation = (immaterial: boolean) => (y: number) => depreciationOn(m, immaterial, y);
  const rolled = [
    { ...BALANCE_NOTE_LINES.immateriella, id: "not.immateriella", title: "Immateriella anläggningstillgångar", assets: "de immateriella anläggningstillgångarna", lines: IMMATERIELLA, depreciation: depreciation(true) },
    { ...BALANCE_NOTE_LINES.inventarier, id: "not.inventarier", title: "Inventarier", assets: "inventarierna", lines: INVENTARIER, depreciation: depreciation(false) },
  ];
  for (const r of rolled) {
    if (shows(r.brLine)) add(r, rollForward(m, years, onLine(r.brLine), r));
  }
  const split = [
    { ...BALANCE_NOTE_LINES.fordringar, id: "not.fordringar", title: "Fordringar", rowId: noteReceivableId, rest: BR_NOTE.receivablesRest, summa: BR_NOTE.receivablesSumma, sign: 1 as const },
    { ...BALANCE_NOTE_LINES.skulder, id: "not.kortfristiga-skulder", title: "Kortfristiga skulder", rowId: noteLiabilityId, rest: BR_NOTE.liabilitiesRest, summa: BR_NOTE.liabilitiesSumma, sign: -1 as const },
  ];
  for (const s of split) {
    if (shows(s.brLine)) add(s, { rows: splitRows(m, years, onLine(s.brLine), s), footnotes: [] });
  }

  const footnotes = [unitFootnote(unit), ...said.map((x) => footnoteText(x.titles, x.footnote))];
  return {
    notes,
    sheet: { id: "noter-balansrakning", title: "Noter till balansräkningen", unit, columns, rows: notes.flatMap((note) => note.model.rows), footnotes },
  };
}

/** A note's footnote without its subject: the note's title (and the year it is about) go before it. */
interface NoteFootnote {
  year?: string;
  text: string;
}

const footnoteText = (titles: readonly string[], f: NoteFootnote) => `${titles.join(" och ")}${f.year ? ` ${f.year}` : ""}: ${f.text}`;

const perYear = (years: readonly number[], f: (year: number) => Dec | null): Record<string, CellValue> => ({
  [current]: f(0),
  [previous]: years.includes(-1) ? f(-1) : null,
});

/** The note's cells at a year's closing (or opening) balances, summed ledger-signed. */
function sumAt(cells: readonly MappedCell[], at: At | undefined, takes: (c: MappedCell) => boolean): Dec | null {
  if (!at) return null;
  return sumBy(cells, (c) => c.amount, (c) => c.kind === at.kind && c.year === at.year && takes(c));
}

/**
 * A BR line split by the mapping's note lines (Kundfordringar, Leverantörsskulder …): one row per note line with
 * an account on the line, the accounts no rule gives a note line as Övrigt (only when not zero), and the Summa.
 */
function splitRows(
  m: MappedLedger,
  years: readonly number[],
  cells: readonly MappedCell[],
  s: { rowId: (id: string) => string; rest: LineDef; summa: LineDef; sign: 1 | -1 },
): ReportRow[] {
  const rows = new RowList();
  const amount = (year: number, takes: (c: MappedCell) => boolean) => sumAt(cells, closingOf(m, year), takes)!.times(s.sign);
  const lines = m.mapping.balanceNoteLines.filter((d) => cells.some((c) => c.note === d.id));
  const ids = lines.map((d) => rows.line({ id: s.rowId(d.id), label: d.label }, 1, perYear(years, (y) => amount(y, (c) => c.note === d.id))).id);
  const named = new Set(lines.map((d) => d.id));
  const rest = (c: MappedCell) => c.note === undefined || !named.has(c.note);
  if (years.some((y) => !amount(y, rest).isZero())) ids.push(rows.line(s.rest, 1, perYear(years, (y) => amount(y, rest))).id);
  rows.sum(s.summa, "total", 0, ids, years.map((y) => (y === 0 ? current : previous)));
  return rows.rows;
}

/** One year of the roll-forward, ledger-signed (ackumulerade avskrivningar negative). */
interface Roll {
  /** Opening anskaffningsvärde (redovisat värde when the ledger keeps no ackumulerade avskrivningar). */
  ibCost: Dec;
  ibAcc: Dec;
  /** Nyanskaffningar less utrangeringar, which balances cannot tell apart. */
  net: Dec;
  /** −(the RR's avskrivningar). */
  depreciation: Dec;
  /** The change in ackumulerade avskrivningar that årets avskrivningar do not explain. */
  disposedAcc: Dec;
}

/** A roll-forward note: its title (which its footnotes begin with), its rows, and its årets avskrivningar by year (negative, as the note prints them). */
interface RollForwardNote {
  title: string;
  /** The assets in the definite form, as the footnote names them ("inventarierna"). */
  assets: string;
  lines: RollForwardLines;
  depreciation: (year: number) => Dec;
}

/**
 * The roll-forward of a BR line (Maskiner och inventarier, Immateriella anläggningstillgångar): anskaffningsvärde
 * positive, ackumulerade avskrivningar negative (as their accounts hold them), so that every subtotal is a plain
 * sum. Årets avskrivningar are the RR's share the note is given. Where no account on the line is an ackumulerade
 * avskrivningar account, depreciation was booked against the assets themselves: the note then rolls the redovisat
 * värde forward. A year whose opening balances the file does not give shows no roll-forward.
 */
function rollForward(m: MappedLedger, years: readonly number[], cells: readonly MappedCell[], note: RollForwardNote): { rows: ReportRow[]; footnotes: NoteFootnote[] } {
  const L = note.lines;
  const rows = new RowList();
  const accumulated = (c: MappedCell) => c.note === ACCUMULATED_DEPRECIATION_NOTE;
  const cost = (c: MappedCell) => !accumulated(c);
  const direct = !cells.some(accumulated);
  const figures = new Map<number, Roll>();
  for (const y of years) {
    const open = openingOf(m, y);
    if (!open) continue;
    const close = closingOf(m, y);
    const ibCost = sumAt(cells, open, cost)!;
    const ibAcc = sumAt(cells, open, accumulated)!;
    const depreciation = note.depreciation(y);
    const change = sumAt(cells, close, cost)!.minus(ibCost);
    figures.set(y, { ibCost, ibAcc, net: direct ? change.minus(depreciation) : change, depreciation, disposedAcc: sumAt(cells, close, accumulated)!.minus(ibAcc).minus(depreciation) });
  }
  const value = (f: (x: Roll) => Dec) => perYear(years, (y) => (figures.has(y) ? f(figures.get(y)!) : null));
  const shownIn = (f: (x: Roll) => Dec) => [...figures.values()].some((x) => !f(x).isZero());
  const sumColumns = years.filter((y) => figures.has(y)).map((y) => (y === 0 ? current : previous));
  const purchases = (x: Roll) => (x.net.isNegative() ? ZERO : x.net);
  const disposed = (x: Roll) => (x.net.isNegative() ? x.net : ZERO);

  // This year's ingående values print last year's utgående as printed, which each column's own rounding could move a step.
  const lastYears = (closing: LineDef) => ({ printedAs: { [current]: { row: closing.id, column: previous } } });
  const costRows = [
    rows.line(direct ? L.ibRedovisatVarde : L.ibAnskaffning, 1, value((x) => x.ibCost), lastYears(direct ? L.redovisatVarde : L.ubAnskaffning)).id,
    rows.line(L.inkop, 1, value(purchases)).id,
  ];
  const disposals = shownIn(disposed);
  if (disposals) costRows.push(rows.line(L.utrangering, 1, value(disposed)).id);
  let disposedAcc = false;
  if (direct) {
    costRows.push(rows.line(L.avskrivningar, 1, value((x) => x.depreciation)).id);
    rows.sum(L.redovisatVarde, "total", 0, costRows, sumColumns);
  } else {
    rows.sum(L.ubAnskaffning, "subtotal", 0, costRows, sumColumns);
    const accRows = [rows.line(L.ibAvskrivningar, 1, value((x) => x.ibAcc), lastYears(L.ubAvskrivningar)).id, rows.line(L.avskrivningar, 1, value((x) => x.depreciation)).id];
    disposedAcc = shownIn((x) => x.disposedAcc);
    if (disposedAcc) accRows.push(rows.line(L.utrangeringAvskrivningar, 1, value((x) => x.disposedAcc)).id);
    rows.sum(L.ubAvskrivningar, "subtotal", 0, accRows, sumColumns);
    rows.sum(L.redovisatVarde, "total", 0, [L.ubAnskaffning.id, L.ubAvskrivningar.id], sumColumns);
  }

  const assets = note.title.toLowerCase();
  const immaterial = L === IMMATERIELLA;
  // Which of the RR's avskrivningar the note takes, where the RR's line also holds another note's.
  // Without immateriella anläggningstillgångar there is no other note to take a share (depreciationOn).
  const marked = hasBalanceOn(m, BR.immateriella.id) && m.cells.some((c) => c.line === RR.avskrivningar.id && c.note === IMMATERIAL_DEPRECIATION_NOTE && !c.amount.isZero());
  const share = immaterial ? ` på kontona med Not (balansräkning) ”${IMMATERIAL_DEPRECIATION_LABEL}” i Kontomappning` : marked ? ", utom avskrivningarna på immateriella anläggningstillgångar" : "";
  const footnotes: NoteFootnote[] = [
    // A Kontomappning from before this note marks none: its avskrivningar would then all be Not Inventarier's, unexplained.
    ...(immaterial && !marked ? [{ text: `inget avskrivningskonto i Kontomappning har Not (balansräkning) ”${IMMATERIAL_DEPRECIATION_LABEL}”, så noten har inga årets avskrivningar och Not Inventarier har alla resultaträkningens.` }] : []),
    {
      text: direct
        ? `inget konto på raden är ett konto för ackumulerade avskrivningar (Kontomappningens Not (balansräkning)), så avskrivningarna räknas som bokförda direkt mot ${note.assets} och noten visar redovisat värde; årets avskrivningar (resultaträkningens${share}) med minustecken.`
        : `ackumulerade avskrivningar och årets avskrivningar (resultaträkningens${share}) med minustecken.`,
    },
    {
      text: `bokföringen ger anläggningskontona som saldon, så nyanskaffningarna är förändringen av ${direct ? "redovisat värde före årets avskrivningar" : "anskaffningsvärdet"}${disposals ? " och utrangering och avyttring dess minskning" : ""}, netto: nyanskaffningar och utrangeringar samma år går inte att skilja åt.` +
        (disposedAcc ? ` Avskrivningarna på utrangerade och avyttrade ${assets} är den förändring av de ackumulerade avskrivningarna som årets avskrivningar inte förklarar.` : ""),
    },
    ...years.filter((y) => !figures.has(y)).map((y) => ({ year: yearName(m.ledger, y), text: "bokföringen har inga ingående balanser för året, så årets förändring kan inte visas." })),
  ];
  return { rows: rows.rows, footnotes };
}
