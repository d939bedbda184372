import { Dec } from "../money/decimal";
import type { UnitName } from "../money/units";
import { isFinsamError } from "../errors";
import { diagnostic, diagnosticOf, type Diagnostic } from "../import/diagnostic";
import { cellText, readAmount, type Cells } from "../import/table";
import { cellAddress } from "../parse/a1";
import { parseAddress } from "../sheet/a1";
import type { ReportColumn, ReportId } from "../report/model";
import type { DeviationDirection, NoteTable, StatementSet, StatementTable } from "../checks/statementSet";
import { typedTable, type TypedRow } from "../checks/typed";
import type { FigureRef } from "../checks/figures";
import { BR, DRIFT, driftInsatsId, FLERAR, KFA, RR, type LineDef } from "../statements/lines";
import { SHEET_NAMES } from "../report/sheetNames";
import { DRIFT_AREAS, DRIFT_TOTALS } from "../checks/structure";
import { FOLLOW_UP_COLUMNS } from "../statements/budgetuppfoljning";
import { GOAL_COLUMNS, GOAL_LABELS, GOAL_ROWS } from "../statements/finansiellaMal";
import { OUTLOOK_ROWS } from "../statements/prognosMal";
import { GOAL_BASE_LINES } from "../statements/goalBase";
import { NOTE_SHEETS, NOTE_TITLE_CHOICES, noteRows, noteSpecOf, noteTitleOf, type NoteSpec } from "./noteSheets";
import { normalise, type PlacedRow, type SheetRow } from "./sheetRows";
import { readMaluppfyllelseSheet } from "./maluppfyllelseSheet";

/**
 * Statements and notes typed into a workbook for `finsam check` (the auditor's cross-checks on a printed report).
 *
 * Layout, one sheet per table, named RR, BR, KFA, Drift, Flerår, RR delår and BR delår (any subset), or as "Bygg
 * alla rapporter" names them (Resultaträkning, Balansräkning, Kassaflödesanalys, Driftsredovisning, Flerårsöversikt,
 * Resultaträkning delår, Balansräkning delår), Budgetuppföljning (its areas, insatser and Resultat, read as Drift's)
 * and Prognos finansiella mål (read for its ties: its equity lines and the goals' base), each by the amount columns
 * their headings name and the month from "t.o.m. månad N", and the notes (noteSheets.ts), so an auditor can check
 * a built workbook as printed:
 *   - a line "Belopp i kr" / "Belopp i tkr" / "Belopp i mnkr" above the table names the unit (without it: kr);
 *     a note's title above it ("Not 2 Verksamhetens kostnader") names its number (without it: the build's);
 *   - a header row with "Rubrik" (or, as a built sheet has it, an empty first cell and headings naming
 *     years), optionally "Radid" (the canonical row id of statements/lines.ts), and the
 *     amount columns. RR, BR and KFA: the first amount column is the year, the second the previous year; the
 *     headings name the years ("2024", "2024-12-31"). Drift: columns headed Intäkt, Kostnad, Netto (or
 *     Utfall), Budget, Avvikelse; a heading with an earlier year (or "Föregående år") is the previous year's.
 *     Flerår: one column per year. Notes: the year, the previous year, and optionally Budget and Avvikelse;
 *   - one row per line: rows without an amount ("Inga" and "–" count as none) are headings and skipped; a row without Radid is matched by
 *     its label (the labels of lines.ts and the synonyms printed reports use, e.g. "Korta fordringar"). A Radid
 *     `<line id>.<name>` ("br.fordringar.kund") is a detail line: a line printed only as its details is their sum;
 *   - Drift and Budgetuppföljning: rows not recognised that come right before an area's row (Individinriktade
 *     insatser, say) are that area's insatser, and the area row is checked as their sum (the follow-up's Resultat as its areas');
 *   - Flerår: soliditet as Excel holds a percentage (a cell typed "30,12 %" holds 0,3012);
 *   - notes: any lines, "Summa …" subtotals, and the total ("Summa") last (noteSheets.ts).
 * Figures are read exactly; the decimals printed (the rounding step of the checks) are the most any amount
 * of the table has.
 */
type Key = "rr" | "br" | "kfa" | "drift" | "fy" | "delrr" | "delbr" | "uppf" | "fmal" | "prognos";
/** The typed-in names; Budgetuppföljning and the goal sheets have only the names the build writes. */
export const STATEMENT_SHEETS: Partial<Record<Key, string>> & Record<"rr" | "br" | "kfa" | "drift" | "fy", string> = { rr: "RR", br: "BR", kfa: "KFA", drift: "Drift", fy: "Flerår", delrr: "RR delår", delbr: "BR delår" };

/**
 * How the amount columns are told apart: by position, by heading word, one per year, a note's year, budget and
 * avvikelse, or the follow-up's and the goal sheets' headings (their other columns are read past, but the goals' Mål text).
 */
type ColumnRule = "twoYears" | "drift" | "years" | "note" | "followUp" | "goals";

interface StatementSpec {
  id: keyof typeof SHEET_NAMES;
  title: string;
  lines: readonly LineDef[];
  synonyms: readonly [string, LineDef][];
  columns: ColumnRule;
  /** Rows not recognised are read under `<others>.rad-<sheet row>` rather than refused (the follow-up's insatser, the goals). */
  others?: string;
  /** Rows whose figures do not tell the printed step: a goal's Gräns can be a native product of the base (670,5 under #,##0). */
  unstepped?: readonly string[];
}

const RR_SPEC: StatementSpec = {
  id: "resultatrakning", title: "Resultaträkning", lines: Object.values(RR), columns: "twoYears",
  synonyms: [["esf-intäkter", RR.intakterEsf], ["eu-medel", RR.intakterEsf], ["resultat före extraordinära poster", RR.resultatEfterFinansiella]],
};

const BR_SPEC: StatementSpec = {
  id: "balansrakning", title: "Balansräkning", lines: Object.values(BR), columns: "twoYears",
  synonyms: [
    ["korta fordringar", BR.fordringar], ["kortfristiga fordringar", BR.fordringar], ["inventarier", BR.materiella],
    ["avsättningar för pensioner", BR.avsattningar], ["summa eget kapital och skulder", BR.summaEkAvsSkulder],
    ["summa skulder och eget kapital", BR.summaEkAvsSkulder], ["bank", BR.kassaBank],
    // Equity brought forward as Stockholm prints it (002:1846); it sums into Summa eget kapital like Övrigt eget kapital.
    ["balanserade vinst", BR.ekOvrigt], ["balanserad vinst", BR.ekOvrigt], ["balanserat resultat", BR.ekOvrigt],
  ],
};

const DRIFT_SYNONYMS: readonly [string, LineDef][] = [
  ["intäkter huvudmännen", DRIFT.huvudman], ["medlemsbidrag", DRIFT.huvudman], ["bidrag från huvudmännen", DRIFT.huvudman],
  ["externa intäkter", DRIFT.externa], ["övriga intäkter", DRIFT.externa], ["administrativa kostnader", DRIFT.administration],
  ["finansiering individinriktade insatser", DRIFT.individ], ["finansiering strukturinriktade insatser", DRIFT.struktur],
  // Tables that print totals per row rather than areas: Roslagen (003:912–918) and Stockholm (002:1938–1949).
  ["resultat", DRIFT.resultat], ["medlemsavgift", DRIFT.huvudman], ["medlemsavgifter", DRIFT.huvudman], ["extern finansiering", DRIFT.externa],
  ["nettokostnad", DRIFT_TOTALS.kostnader], ["kostnader inklusive avskrivningar och finansiella kostnader", DRIFT_TOTALS.kostnader],
  ["medlemsavgift och övriga intäkter", DRIFT_TOTALS.intakter],
];
/** The goal rows by their printed labels (Eget kapital … Balanskravsresultat), on both goal sheets. */
const GOAL_LINES: readonly LineDef[] = (Object.keys(GOAL_ROWS) as (keyof typeof GOAL_ROWS)[]).map((k) => ({ id: GOAL_ROWS[k], label: GOAL_LABELS[k] }));
const GOAL_ROW_IDS: readonly string[] = Object.values(GOAL_ROWS);
const DRIFT_AREA_LINES: readonly LineDef[] = Object.values(DRIFT).filter((l) => DRIFT_AREAS.includes(l.id));

const TABLES: Record<Key, StatementSpec> = {
  rr: RR_SPEC,
  br: BR_SPEC,
  kfa: {
    id: "kassaflodesanalys", title: "Kassaflödesanalys", lines: Object.values(KFA), columns: "twoYears",
    synonyms: [
      ["kassaflöde för den löpande verksamheten", KFA.lopandeSumma], ["kassaflöde för investeringsverksamheten", KFA.investeringSumma],
      ["kassaflöde för finansieringsverksamheten", KFA.finansieringSumma], ["justering för ej likviditetspåverkande poster", KFA.justeringOvriga],
      ["justering för avskrivningar", KFA.justeringAvskrivningar], ["likvida medel vid årets ingång", KFA.likvidaBorjan],
      ["likvida medel vid årets utgång", KFA.likvidaSlut],
    ],
  },
  drift: { id: "driftsredovisning", title: "Driftsredovisning", lines: [...Object.values(DRIFT), ...Object.values(DRIFT_TOTALS)], columns: "drift", synonyms: DRIFT_SYNONYMS },
  fy: {
    id: "flerarsoversikt", title: "Flerårsöversikt", lines: Object.values(FLERAR), columns: "years",
    // Stockholm's Tabell 1 (002:133).
    synonyms: [["soliditet i procent", FLERAR.soliditet], ["soliditet, %", FLERAR.soliditet], ["soliditet %", FLERAR.soliditet]],
  },
  // The delårsrapport's RR and BR are laid out as the year's; the follow-up and the forecast are read for their ties.
  // The delår sheets print the months' result as "Periodens resultat" (the year's is "Årets resultat").
  delrr: { ...RR_SPEC, id: "delar-resultatrakning", title: "Resultaträkning delår", synonyms: [...RR_SPEC.synonyms, ["periodens resultat", RR.aretsResultat]] },
  delbr: { ...BR_SPEC, id: "delar-balansrakning", title: "Balansräkning delår", synonyms: [...BR_SPEC.synonyms, ["periodens resultat", BR.ekAretsResultat]] },
  // The follow-up's areas as the driftsredovisning's, each summing the insatser printed above it, and Resultat their sum.
  uppf: {
    id: "budgetuppfoljning", title: "Budgetuppföljning", columns: "followUp", others: "uppf",
    lines: [...DRIFT_AREA_LINES, { id: DRIFT.resultat.id, label: "Resultat" }],
    synonyms: [...DRIFT_SYNONYMS.filter(([, l]) => DRIFT_AREAS.includes(l.id)), ["årets resultat", DRIFT.resultat]],
  },
  // The goals (their Gräns tested against their Mål texts) and the base printed under them (goalBase.ts).
  fmal: { id: "finansiella-mal", title: "Finansiella mål", columns: "goals", others: "fmal", synonyms: [], lines: [...GOAL_LINES, ...GOAL_BASE_LINES], unstepped: GOAL_ROW_IDS },
  prognos: {
    id: "prognos-mal", title: "Prognos finansiella mål", columns: "goals", others: "prognos", synonyms: [], unstepped: GOAL_ROW_IDS,
    lines: [
      { id: OUTLOOK_ROWS.ingaendeEk, label: "Ingående eget kapital" },
      { id: OUTLOOK_ROWS.resultat, label: "Resultat enligt helårsprognos" },
      { id: OUTLOOK_ROWS.utgaendeEk, label: "Eget kapital vid årets slut enligt prognos" },
      ...GOAL_LINES,
      // The costs the goals' shares are of, printed under the goals (goalBase.ts): read so their sums are checked.
      ...GOAL_BASE_LINES,
    ],
  },
};

const KEYS = Object.keys(TABLES) as Key[];
const TYPED = KEYS.filter((k) => STATEMENT_SHEETS[k] !== undefined);
/** The sheet names `check` reads, as its messages list them: the typed-in names, then the names a build writes. */
export const STATEMENT_SHEET_CHOICES = `${TYPED.map((k) => STATEMENT_SHEETS[k]).join(", ")} (eller ${TYPED.map((k) => SHEET_NAMES[TABLES[k].id]).join(", ")}), ${[...KEYS.filter((k) => !TYPED.includes(k)).map((k) => SHEET_NAMES[TABLES[k].id]), ...NOTE_SHEETS.map((n) => n.name), SHEET_NAMES.maluppfyllelse].join(", ")}`;

/** The delår sheets, whose build leaves them saying why when it cannot print them (month 12, a ledger without months). */
const INTERIM: readonly Key[] = ["delrr", "delbr"];

/** Drift columns by heading word; the first match wins, so "Avvikelse utfall − budget" is avvikelse. */
const DRIFT_HEADINGS: readonly [RegExp, string, string][] = [
  [/avvikelse/, "avvikelse", "avvikelse"],
  [/budget/, "budget", "budget"],
  [/intäkt/, "intakt", "previous-intakt"],
  [/kostnad/, "kostnad", "previous-kostnad"],
  // "Bokslut helår 2021" (002:1935) is the previous year's outcome.
  [/netto|utfall|bokslut|föregående/, "netto", "previous"],
];

/**
 * Budgetuppföljning's and the goal sheets' columns by heading as the build writes them (first match wins, so "Prognos −
 * budget" is not the forecast); null: read past (the flag in words, percentages, the verdicts, Över gränsen: Utfall − Gräns).
 */
const F = FOLLOW_UP_COLUMNS;
const HEADINGS: Record<"followUp" | "goals", readonly [RegExp, string | null][]> = {
  followUp: [
    [/%|flagga/, null], [/^prognos ?- ?budget/, F.forecastDeviation], [/avvikelse/, F.deviation], [/prognos/, F.forecast],
    [/utfall/, F.actual], [/^budget (t\.o\.m|hittills|till och med)/, F.budgetToDate], [/^budget/, F.budget],
  ],
  // "Helårsprognos 2024" as the build heads the forecast (the follow-up's column its figures come from), or "Prognos"
  // typed; Finansiella mål's "Utfall". Mål is the goal's text, which states the rule its Gräns follows (checks/goals.ts).
  goals: [[/^((helårs)?prognos|utfall)( \d{4})?$/, GOAL_COLUMNS.outcome], [/^gräns$/, GOAL_COLUMNS.limit], [/^mål$/, GOAL_COLUMNS.goal], [/^(andel|måluppfyllelse|över gränsen)$/, null]],
};

/** "t.o.m. månad 9" in a title or heading, else a period heading "2024-01-01 – 2024-09-30": the months it spans. */
function monthOf(texts: readonly string[]): number | undefined {
  for (const text of texts) {
    const m = /\bmånad (\d{1,2})\b/i.exec(text);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return Number(m[1]);
  }
  for (const text of texts) {
    const m = /((?:19|20|21)\d\d)-(\d\d)-\d\d\s*[-\u2013\u2014]+\s*((?:19|20|21)\d\d)-(\d\d)-\d\d/.exec(text);
    if (m) {
      const months = (Number(m[3]) - Number(m[1])) * 12 + Number(m[4]) - Number(m[2]) + 1;
      if (months >= 1 && months <= 12) return months;
    }
  }
  return undefined;
}

const UNIT_WORDS: ReadonlyMap<string, UnitName> = new Map([
  ["kr", "kr"], ["kronor", "kr"], ["tkr", "tkr"], ["t.kr", "tkr"], ["tusental kronor", "tkr"], ["tusentals kronor", "tkr"],
  ["mnkr", "mnkr"], ["mkr", "mnkr"], ["m.kr", "mnkr"], ["miljoner kronor", "mnkr"],
]);

/** What printed reports put for "nothing": "Inga" (ansvarsförbindelser), a dash. */
const NONE = /^(inga|[-\u2013\u2014\u2212])$/i;

/** The sheet cell each figure was read from, keyed by cellKey: the findings name them. */
export type StatementCells = ReadonlyMap<string, string>;
export const cellKey = (ref: FigureRef): string => `${ref.table}|${ref.row}|${ref.column}`;

export type StatementsResult = { ok: true; set: StatementSet; cells: StatementCells } | { ok: false; errors: Diagnostic[] };

const NOTE_HEADING = /^(?:not|noter|not nr|notnr)$/;

const labelIndex = (key: Key): Map<string, string> =>
  new Map([...TABLES[key].lines.map((l): [string, string] => [normalise(l.label), l.id]), ...TABLES[key].synonyms.map(([s, l]): [string, string] => [normalise(s), l.id])]);

/** Reads the statement and note sheets of a workbook into a StatementSet; either every table or every error. */
export function readStatementSheets(sheets: ReadonlyMap<string, Cells | null>): StatementsResult {
  const errors: Diagnostic[] = [];
  const set: Partial<Record<Key, StatementTable>> = {};
  const notes: NoteTable[] = [];
  const cells = new Map<string, string>();
  let year: { value: number; cell: string } | undefined;
  // Every table is of one year: a note typed from last year's report beside this year's RR is named, not compared column by column.
  const sameYear = (read: { year: number; yearCell: string }) => {
    year ??= { value: read.year, cell: read.yearCell };
    if (read.year !== year.value) errors.push(diagnostic("statements.yearMismatch", { cell: read.yearCell, value: read.year, other: `${year.value} (${year.cell})` }));
  };
  for (const key of KEYS) {
    const names = [STATEMENT_SHEETS[key], SHEET_NAMES[TABLES[key].id]].filter((n): n is string => n !== undefined);
    const sheet = names.find((name) => isTable(sheets.get(name)));
    const read = sheet && readTable(key, sheet, sheets.get(sheet)!, errors, cells);
    if (!read) continue;
    set[key] = read.table;
    sameYear(read);
  }
  const goals = sheets.get(SHEET_NAMES.maluppfyllelse);
  const mal = goals ? readMaluppfyllelseSheet(SHEET_NAMES.maluppfyllelse, goals, errors, (ref, cell) => cells.set(cellKey(ref), cell), UNIT_WORDS) : undefined;
  if (mal) sameYear(mal);
  const leftOut = INTERIM.some((k) => !set[k]) ? INTERIM.map((k) => leftOutReason(sheets.get(SHEET_NAMES[TABLES[k].id]))).find((r) => r !== undefined) : undefined;
  const numbers = new Map<string, string>();
  for (const { name, note } of NOTE_SHEETS) {
    const read = isTable(sheets.get(name)) && readNotes(name, note, sheets.get(name)!, errors, cells);
    if (!read) continue;
    for (const { table, numberCell } of read.notes) {
      const other = numbers.get(table.number);
      if (other) errors.push(diagnostic("statements.noteNumber", { cell: numberCell, value: `${table.number} (${other})` }));
      numbers.set(table.number, numberCell);
      notes.push(table);
    }
    sameYear(read);
  }
  if (Object.keys(set).length + notes.length === 0 && !mal && errors.length === 0) errors.push(diagnostic("statements.noSheets", { choices: STATEMENT_SHEET_CHOICES }));
  if (errors.length > 0 || year === undefined) return { ok: false, errors };
  return { ok: true, set: { year: year.value, ...set, ...(notes.length > 0 ? { notes } : {}), ...(leftOut ? { interimLeftOut: leftOut } : {}), ...(mal ? { mal: mal.table } : {}) }, cells };
}

/**
 * What a delår sheet the build left out says instead of a table (month 12 is the year's own RR and BR; a ledger
 * without months): the text under its title and unit line. The sheet's own words, so Swedish in both languages.
 */
function leftOutReason(cells: Cells | null | undefined): { sv: string; en: string } | undefined {
  if (!cells || isTable(cells)) return undefined;
  const text = cells.slice(1).flat().map(cellText).filter((t) => t !== "" && !/^belopp i /i.test(t)).join(" ");
  return text === "" ? undefined : { sv: text, en: text };
}

/**
 * A sheet with neither a number nor a "Rubrik" heading is no table: a report the build left out (a first
 * year's kassaflödesanalys says why in words) or one not typed yet. Its checks then cannot be tested, as in the build.
 */
function isTable(cells: Cells | null | undefined): boolean {
  return !!cells && cells.some((row) => row.some((v) => typeof v === "number" || normalise(cellText(v)) === "rubrik"));
}

/** A sheet's table as read before its rows are recognised: columns, unit, year, its rows with amounts and the note titles. */
interface Grid {
  at: (r: number, c: number) => string;
  headerRow: number;
  headerCell: string;
  statedUnit: UnitName | null;
  year: number;
  /** The heading the year was read from (the newest of the table's years). */
  yearCell: string;
  /** The last month of the year the figures run to, where the title or a heading says ("t.o.m. månad 9"). */
  month?: number;
  columns: { c: number; column: ReportColumn }[];
  deviation?: StatementTable["deviation"];
  rows: SheetRow[];
  /** "Not 4 Inventarier" above the header (r < header) or on a row of its own below it, where the next note begins. */
  titles: { r: number; cell: string; number: string; name: string }[];
}

function readGrid(rule: ColumnRule, sheet: string, cells: Cells, errors: Diagnostic[]): Grid | undefined {
  const at = (r: number, c: number) => `${sheet}!${cellAddress({ row: 0, column: 0 }, r, c)}`;
  const fail = (d: Diagnostic) => (errors.push(d), undefined);
  const typedHeader = cells.findIndex((row) => row.some((v) => normalise(cellText(v)) === "rubrik"));
  // A built sheet: labels in column A under an empty header cell, amount headings naming years.
  // A goal sheet's headings ("Prognos" typed, "Utfall") name no year: its title does.
  const heads = (text: string) => yearOf(text) !== undefined || (rule === "goals" && /^(prognos|gräns)$/.test(normalise(text)));
  const headerRow = typedHeader >= 0 ? typedHeader : cells.findIndex((row) => cellText(row[0]) === "" && row.some((v, c) => c > 0 && heads(cellText(v))));
  if (headerRow < 0) return fail(diagnostic("statements.noHeader", { cell: at(0, 0) }));
  const header = cells[headerRow]!;

  let statedUnit: UnitName | null = null;
  const titles: Grid["titles"] = [];
  const title = (r: number, c: number, text: string) => {
    const t = rule === "note" ? noteTitleOf(text) : undefined;
    if (t) titles.push({ r, cell: at(r, c), ...t });
  };
  for (let r = 0; r < headerRow; r++) {
    (cells[r] ?? []).forEach((v, c) => {
      if (!titles.some((t) => t.r < headerRow)) title(r, c, cellText(v));
      const m = /^belopp i (.+)$/.exec(normalise(cellText(v)));
      if (!m) return;
      const unit = UNIT_WORDS.get(m[1]!.trim());
      if (unit) statedUnit = unit;
      else errors.push(diagnostic("statements.unit", { cell: at(r, c), value: cellText(v) }));
    });
  }

  const labelCol = typedHeader >= 0 ? header.findIndex((v) => normalise(cellText(v)) === "rubrik") : 0;
  const idCol = header.findIndex((v) => normalise(cellText(v)) === "radid");
  // A printed statement's "Not" column (note references, not amounts) is not read.
  const amountCols = header.map((v, c) => ({ c, heading: cellText(v) })).filter(({ c, heading }) => c !== labelCol && c !== idCol && heading !== "" && !NOTE_HEADING.test(normalise(heading)));
  const years = amountCols.map(({ heading }) => yearOf(heading));
  const above = cells.slice(0, headerRow).flatMap((row, r) => row.map((v, c) => ({ text: cellText(v), cell: at(r, c) })));
  const titleYear = rule === "goals" ? above.find((t) => yearOf(t.text) !== undefined) : undefined;
  const headingYear = years.find((y) => y !== undefined) === undefined ? undefined : Math.max(...years.filter((y): y is number => y !== undefined));
  const year = headingYear ?? (titleYear && yearOf(titleYear.text));
  const yearCell = headingYear === undefined && titleYear ? titleYear.cell : at(headerRow, amountCols[years.indexOf(year)]?.c ?? 0);
  if (year === undefined) return fail(diagnostic("statements.noYear", { cell: at(headerRow, amountCols[0]?.c ?? labelCol + 1), value: amountCols[0]?.heading ?? "" }));
  const month = monthOf([...above.map((t) => t.text), ...amountCols.map((x) => x.heading)]);

  const columns: Grid["columns"] = [];
  let deviation: StatementTable["deviation"];
  for (const [i, { c, heading }] of amountCols.entries()) {
    const id = columnId(rule, heading, i, years[i], year);
    if (id === null) continue;
    if (!id || columns.some((x) => x.column.id === id)) return fail(diagnostic("statements.column", { cell: at(headerRow, c), value: heading, choices: COLUMN_CHOICES[rule] }));
    columns.push({ c, column: { id, heading, kind: id === GOAL_COLUMNS.goal ? "text" : "amount" } });
    if (id === "avvikelse") deviation = deviationOf(heading, rule === "note" ? "current" : "netto");
    if (rule === "followUp" && id === F.deviation) deviation = deviationOf(heading, F.actual);
  }

  const rows: SheetRow[] = [];
  for (let r = headerRow + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    // A header row typed again under each note's title (as printed notes head each table with its years): read past
    // when it names the same columns, else the columns would change meaning part-way down the sheet.
    if (typedHeader >= 0 && normalise(cellText(row[labelCol])) === "rubrik") {
      const differs = columns.find(({ c }) => cellText(row[c]) !== cellText(header[c]));
      if (differs) errors.push(diagnostic("statements.headerRepeat", { cell: at(r, differs.c), value: cellText(row[differs.c]), other: `${cellText(header[differs.c])} (${at(headerRow, differs.c)})` }));
      continue;
    }
    const values: Record<string, string | null> = {};
    let decimals = -1;
    for (const { c, column } of columns) {
      if (column.kind === "text") {
        values[column.id] = cellText(row[c]) || null;
        continue;
      }
      const value = readAmount(NONE.test(cellText(row[c])) ? null : row[c], at(r, c), errors);
      if (value === undefined) continue;
      values[column.id] = value === null ? null : value.toFixed();
      if (value !== null) decimals = Math.max(decimals, value.decimalPlaces());
    }
    if (decimals < 0) {
      title(r, labelCol, cellText(row[labelCol]));
      continue;
    }
    const typedId = idCol >= 0 ? cellText(row[idCol]) : "";
    rows.push({ r, label: cellText(row[labelCol]), typedId, values, decimals, labelCell: at(r, labelCol), idCell: at(r, typedId ? idCol : labelCol) });
  }
  return { at, headerRow, headerCell: at(headerRow, labelCol), statedUnit, year, yearCell, ...(month !== undefined ? { month } : {}), columns, ...(deviation ? { deviation } : {}), rows, titles };
}

/** One statement sheet. */
function readTable(key: Key, sheet: string, cells: Cells, errors: Diagnostic[], addresses: Map<string, string>): { table: StatementTable; year: number; yearCell: string } | undefined {
  const firstError = errors.length;
  const grid = readGrid(TABLES[key].columns, sheet, cells, errors);
  if (!grid) return undefined;
  const typed = finishTable(grid, TABLES[key], key, statementRows(key, grid.rows, errors), errors, addresses);
  sortErrors(errors, firstError);
  return typed && errors.length === firstError ? { table: typed, year: grid.year, yearCell: grid.yearCell } : undefined;
}

/**
 * A note sheet: one note, or several one after another, each under its title ("Not 4 Inventarier"), as the
 * build writes Noter balansräkning. The first takes the sheet's own note (`note`) when no title names one;
 * `numberCell` is where a note's number stands (its title, else the header).
 */
function readNotes(sheet: string, note: NoteSpec | undefined, cells: Cells, errors: Diagnostic[], addresses: Map<string, string>): { notes: { table: NoteTable; numberCell: string }[]; year: number; yearCell: string } | undefined {
  const firstError = errors.length;
  const grid = readGrid("note", sheet, cells, errors);
  if (!grid) return undefined;
  const notes: { table: NoteTable; numberCell: string }[] = [];
  const starts = grid.titles[0] && grid.titles[0].r < grid.headerRow ? grid.titles : [undefined, ...grid.titles];
  starts.forEach((title, i) => {
    const end = starts[i + 1]?.r ?? Infinity;
    const rows = grid.rows.filter((row) => row.r > (title?.r ?? -1) && row.r < end);
    // Noter balansräkning: the first note's title is below the header.
    if (!title && rows.length === 0) return;
    const named = title && noteSpecOf(title.name);
    // A typed sheet's own note may carry any title ("Not 2 Kostnader"); a note below it must be one the checks know.
    const spec = named ?? (i === 0 ? note : undefined);
    if (spec === "unchecked") return;
    if (!spec) {
      errors.push(diagnostic("statements.unknownNote", { cell: title?.cell ?? grid.headerCell, value: title ? `Not ${title.number} ${title.name}` : sheet, choices: NOTE_TITLE_CHOICES }));
      return;
    }
    const key = `not:${title?.number ?? spec.number}`;
    // A missing total is named at the note's header: the sheet's, or the title row of a note below it.
    const headerCell = title && title.r > grid.headerRow ? title.cell : grid.headerCell;
    const typed = finishTable(grid, spec, key, noteRows(spec, rows, headerCell, errors), errors, addresses);
    if (typed) notes.push({ table: { ...typed, number: key.slice(4), totalRow: spec.totalRow, explains: spec.explains }, numberCell: title?.cell ?? grid.headerCell });
  });
  sortErrors(errors, firstError);
  return errors.length === firstError ? { notes, year: grid.year, yearCell: grid.yearCell } : undefined;
}

/** The typed table of a sheet's recognised rows, and where each figure stands, so that a failed check names the cells it compared. */
function finishTable(grid: Grid, spec: { id: ReportId; title: string; unstepped?: readonly string[] }, key: string, placed: PlacedRow[], errors: Diagnostic[], addresses: Map<string, string>): StatementTable | undefined {
  for (const { row, from } of placed) {
    if (!from) continue;
    for (const { c, column } of grid.columns) if (typeof from.values[column.id] === "string") addresses.set(cellKey({ table: key as FigureRef["table"], row: row.id, column: column.id }), grid.at(from.r, c));
  }
  // The printed step is the amounts'; a percentage (soliditet) has its own.
  const decimals = Math.max(0, ...placed.flatMap(({ row, from }) => (from && !row.percent && !spec.unstepped?.includes(row.id) ? [from.decimals] : [])));
  try {
    const table = typedTable({ id: spec.id, title: spec.title, statedUnit: grid.statedUnit, decimals: Math.min(decimals, 4), columns: grid.columns.map((x) => x.column), rows: placed.map((p) => p.row), ...(grid.deviation ? { deviation: grid.deviation } : {}) });
    return grid.month === undefined ? table : { ...table, month: grid.month };
  } catch (e) {
    if (isFinsamError(e)) return void errors.push(diagnosticOf(e));
    throw e;
  }
}

/** A sheet's messages in reading order, though rows are recognised after their figures are read. */
function sortErrors(errors: Diagnostic[], from: number): void {
  errors.push(...errors.splice(from).sort((a, b) => cellOrder(a) - cellOrder(b)));
}

/** A message's cell as a reading-order index (rows, then its 16 384 columns); the sort is stable for equal cells. */
function cellOrder(d: Diagnostic): number {
  const { row, col } = parseAddress(d.cell!.slice(d.cell!.lastIndexOf("!") + 1));
  return row * 16384 + col;
}

const COLUMN_CHOICES: Record<ColumnRule, string> = {
  twoYears: "två kolumner: året och föregående år",
  followUp: "Budget helår, Budget t.o.m. månad, Utfall t.o.m. månad, Avvikelse, Helårsprognos, Prognos − budget",
  goals: "Utfall eller Helårsprognos, Gräns, Mål",
  drift: "Intäkt, Kostnad, Netto, Budget, Avvikelse (med årtal)",
  years: "en kolumn per år, rubricerad med årtalet",
  note: "året och föregående år (med årtal), Budget, Avvikelse",
};

/** A column's id; undefined for a heading the rule does not know, null for one it reads past (a percentage, a text). */
function columnId(rule: ColumnRule, heading: string, index: number, year: number | undefined, current: number): string | null | undefined {
  switch (rule) {
    case "followUp":
    case "goals": {
      // Not normalised: that drops "(%)".
      const text = heading.toLowerCase().replace(/[\u2013\u2212]/g, "-").replace(/\s+/g, " ").trim();
      const hit = HEADINGS[rule].find(([re]) => re.test(text));
      return hit ? hit[1] : undefined;
    }
    case "twoYears":
      return ["current", "previous"][index];
    case "drift":
      return driftColumn(heading, year, current);
    case "years":
      return year === undefined ? undefined : String(year);
    case "note": {
      const text = heading.toLowerCase();
      if (/avvikelse/.test(text)) return "avvikelse";
      if (/budget/.test(text)) return "budget";
      return year === undefined ? undefined : year === current ? "current" : year === current - 1 ? "previous" : undefined;
    }
  }
}

/**
 * A statement's rows by id: its Radid, else its label. Drift and Budgetuppföljning rows not recognised just before
 * an area's row are its insatser, and the follow-up's Resultat sums its areas; Flerår's soliditet is a percentage.
 */
function statementRows(key: Key, rows: readonly SheetRow[], errors: Diagnostic[]): PlacedRow[] {
  const index = labelIndex(key);
  const out: PlacedRow[] = [];
  const seen = new Map<string, string>();
  // Drift rows not recognised, waiting for the area row that sums them.
  const insatser: PlacedRow[] = [];
  const unknown = (from: SheetRow) => diagnostic("statements.unknownRow", { cell: from.labelCell, value: from.label, choices: TABLES[key].lines[0]!.id });
  const unplaced = () => {
    for (const x of insatser.splice(0)) errors.push(unknown(x.from!));
  };
  for (const from of rows) {
    const id = from.typedId || index.get(normalise(from.label));
    const others = TABLES[key].others;
    if (!id) {
      if (GROUPED.has(key)) insatser.push({ row: { id: key === "drift" ? driftInsatsId(`rad-${from.r + 1}`) : `${others}.rad-${from.r + 1}`, label: from.label, values: from.values }, from });
      else if (others) out.push({ row: { id: `${others}.rad-${from.r + 1}`, label: from.label, values: from.values }, from });
      else errors.push(unknown(from));
      continue;
    }
    if (from.typedId && !isKnownId(key, from.typedId) && !(others && from.typedId.startsWith(`${others}.`))) {
      errors.push(diagnostic("statements.unknownId", { cell: from.idCell, value: from.typedId, choices: TABLES[key].lines[0]!.id }));
      continue;
    }
    if (seen.has(id)) errors.push(diagnostic("statements.duplicateRow", { cell: from.idCell, value: `${id} (${seen.get(id)})` }));
    seen.set(id, from.idCell);
    const label = from.label || id;
    if (DRIFT_AREAS.includes(id) && insatser.length > 0) {
      out.push(...insatser, { row: { id, label, values: from.values, sumOf: insatser.map((x) => x.row.id), kind: "subtotal" }, from });
      insatser.length = 0;
      continue;
    }
    unplaced();
    out.push({ row: id === FLERAR.soliditet.id ? percentRow(id, label, from.values) : { id, label, values: from.values, ...(key === "uppf" && id === DRIFT.resultat.id ? { sumOf: DRIFT_AREAS.filter((a) => seen.has(a)), kind: "total" as const } : {}) }, from });
  }
  unplaced();
  const typed = out.map((p) => p.row);
  return [...out, ...unprintedTotals(key, typed).map((row) => ({ row }))];
}

/** Soliditet: a fraction as Excel holds a percentage, typed on as percent (the form TypedRow's percent rows take). */
function percentRow(id: string, label: string, values: Record<string, string | null>): TypedRow {
  const percent = Object.fromEntries(Object.entries(values).map(([c, v]) => [c, v === null ? null : new Dec(v).times(100).toFixed()]));
  return { id, label, values: percent, percent: true };
}

/** A line of the statement, an insats row of a built driftsredovisning, or a detail line `<line id>.<name>`. */
function isKnownId(key: Key, id: string): boolean {
  return TABLES[key].lines.some((l) => l.id === id) || (key === "drift" && id.startsWith(INSATS_PREFIX)) || parentOf(key, id) !== undefined;
}

const INSATS_PREFIX = driftInsatsId("");
/** The tables whose areas sum the insatser printed above them. */
const GROUPED: ReadonlySet<Key> = new Set(["drift", "uppf"]);

/** The line a detail id belongs to: the longest line id it extends ("br.fordringar.kund" → br.fordringar). */
function parentOf(key: Key, id: string): string | undefined {
  const parents = TABLES[key].lines.filter((l) => id.startsWith(`${l.id}.`) && l.id !== id);
  return parents.sort((a, b) => b.id.length - a.id.length)[0]?.id;
}

/**
 * A line the report prints only as its detail lines (Roslagen's BR lists Kundfordran, Förutbetalda kostnader …
 * without a Fordringar total, 003:796–824): a row with no figures, summing its details, so that the totals
 * above it can be checked. A line printed with its own figure keeps it.
 */
function unprintedTotals(key: Key, rows: readonly TypedRow[]): TypedRow[] {
  const details = new Map<string, string[]>();
  for (const row of rows) {
    const parent = parentOf(key, row.id);
    if (parent && !TABLES[key].lines.some((l) => l.id === row.id)) details.set(parent, [...(details.get(parent) ?? []), row.id]);
  }
  const label = (id: string) => TABLES[key].lines.find((l) => l.id === id)!.label;
  return [...details].filter(([parent]) => !rows.some((r) => r.id === parent)).map(([parent, sumOf]) => ({ id: parent, label: label(parent), values: {}, sumOf }));
}

/** The year a heading names: "2024", "2024-12-31", "2024-01-01 – 2024-12-31", "Utfall 2024 Intäkt". */
function yearOf(heading: string): number | undefined {
  const m = /(?:^|\D)((?:19|20|21)\d\d)(?!\d)/.exec(heading);
  return m ? Number(m[1]) : undefined;
}

function driftColumn(heading: string, year: number | undefined, current: number): string | undefined {
  const text = heading.toLowerCase();
  const previous = /föregående/.test(text) || (year !== undefined && year < current);
  const hit = DRIFT_HEADINGS.find(([re]) => re.test(text));
  if (!hit) return undefined;
  return previous ? hit[2] : hit[1];
}

/** "Avvikelse (utfall − budget)" → utfall-budget on the outcome column; "budget − utfall" the other way. */
function deviationOf(heading: string, basis: string): StatementTable["deviation"] {
  const text = heading.toLowerCase().replace(/[\u2013\u2212]/g, "-").replace(/\s+/g, "");
  const direction: DeviationDirection | undefined = text.includes("utfall-budget") ? "utfall-budget" : text.includes("budget-utfall") ? "budget-utfall" : undefined;
  return direction ? { basis, direction } : undefined;
}
