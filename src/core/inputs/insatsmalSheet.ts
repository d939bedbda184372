import type { Dec } from "../money/decimal";
import { parseA1 } from "../parse/a1";
import { isFinsamError } from "../errors";
import { diagnostic, diagnosticOf, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellText, findHeader, headerNames, isBlank, readAmount, type Cells, type CellValue, type ColumnSpec } from "../import/table";
import { fraction } from "./settings";

/**
 * The Insatsmål sheet: the goal fulfilment of the financed insatser, as the annual report's bilaga prints it
 * (HBS 2019, seed 001: "80 nya deltagare" against "69 nya deltagare", "50 % i arbete/studier" against "28 % (39
 * av 138) till arbete/studier", and a verdict). One row per goal; an insats's deltagare typed once, on any of
 * its rows (or alike on each). A row with only Insats and Deltagare gives the participants without a goal.
 */
export const INSATSMAL_HEADERS = ["Insats", "Mål", "Målvärde", "Deltagare", "Nått målet", "Av", "Angiven andel", "Bedömning"] as const;

/** The verdicts the seed grades with (001: "Mycket God", "God", "Godtagbart", "Ej uppfyllt", "Ej tillämpbart"). */
export const VERDICTS = ["Mycket god", "God", "Godtagbart", "Ej uppfyllt", "Ej tillämpbart"] as const;

type Column = "insats" | "mal" | "malvarde" | "deltagare" | "antal" | "of" | "angiven" | "bedomning";

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: "insats", names: ["insats", "objekt", "projekt"], required: true },
  { key: "mal", names: ["mål"], required: true },
  { key: "malvarde", names: ["målvärde"], required: false },
  { key: "deltagare", names: ["deltagare", "utfall deltagare", "antal deltagare"], required: true },
  { key: "antal", names: ["nått målet", "antal som nått målet", "antal"], required: true },
  { key: "of", names: ["av", "av antal"], required: true },
  { key: "angiven", names: ["angiven andel", "andel"], required: false },
  { key: "bedomning", names: ["bedömning", "måluppfyllelse"], required: false },
];

/** A goal's target: a share ("50 %", 0,5) or a number ("80" nya deltagare). */
export type Target = { share: Dec } | { count: Dec };

export interface InsatsGoal {
  text: string;
  target: Target | null;
  /** "x av y": how many reached the goal, of how many; both or neither. */
  reached: { x: Dec; of: Dec } | null;
  /** The share as the report states it ("89 %" → 0,89), checked against x av y. */
  stated: Dec | null;
  verdict: (typeof VERDICTS)[number] | null;
  cell: string;
}

export interface InsatsOutcome {
  /** The insats's SIE object id, as on Budget and Kontomappning. */
  insats: string;
  deltagare: Dec | null;
  goals: InsatsGoal[];
  /** Its first row's Insats cell. */
  cell: string;
}

export type InsatsmalResult = { ok: true; insatser: InsatsOutcome[] } | { ok: false; errors: Diagnostic[] };

export function readInsatsmalSheet(cells: Cells): InsatsmalResult {
  const at = addressIn(parseA1(undefined));
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const col = (c: Column) => header.columns.get(c);
  const errors: Diagnostic[] = [];
  const byInsats = new Map<string, InsatsOutcome & { deltagareCell?: string }>();

  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(isBlank)) continue;
    const value = (c: Column): CellValue => (col(c) === undefined ? null : row[col(c)!]);
    const cellOf = (c: Column) => at(r, col(c)!);
    const insats = cellText(value("insats"));
    if (insats === "") {
      errors.push(diagnostic("insatsmal.noInsats", { cell: cellOf("insats") }));
      continue;
    }
    const before = errors.length;
    const count = (c: Column) => wholeCount(value(c), cellOf(c), errors);
    const deltagare = count("deltagare");
    const x = count("antal");
    const of = count("of");
    if ((x === null) !== (of === null)) errors.push(diagnostic("insatsmal.pair", { cell: cellOf(x === null ? "antal" : "of") }));
    else if (x && of && of.isZero()) errors.push(diagnostic("insatsmal.zeroOf", { cell: cellOf("of") }));
    else if (x && of && x.greaterThan(of)) errors.push(diagnostic("insatsmal.moreThan", { cell: cellOf("antal"), value: x.toString(), of: of.toString() }));
    const stated = col("angiven") === undefined ? null : share(value("angiven"), cellOf("angiven"), errors);
    const target = col("malvarde") === undefined ? null : targetOf(value("malvarde"), cellOf("malvarde"), errors);
    const verdict = col("bedomning") === undefined ? null : verdictOf(value("bedomning"), cellOf("bedomning"), errors);
    const text = cellText(value("mal"));
    const hasGoal = text !== "" || target !== null || x !== null || stated !== null || verdict !== null;
    if (hasGoal && text === "") errors.push(diagnostic("insatsmal.noGoal", { cell: cellOf("mal") }));
    if (errors.length > before) continue;

    const outcome = byInsats.get(insats) ?? { insats, deltagare: null, goals: [], cell: cellOf("insats") };
    byInsats.set(insats, outcome);
    if (deltagare !== null) {
      if (outcome.deltagare !== null && !outcome.deltagare.equals(deltagare)) {
        errors.push(diagnostic("insatsmal.deltagareTwice", { cell: cellOf("deltagare"), value: insats, other: `${outcome.deltagare.toString()} (${outcome.deltagareCell})` }));
        continue;
      }
      outcome.deltagare = deltagare;
      outcome.deltagareCell = cellOf("deltagare");
    }
    if (hasGoal) outcome.goals.push({ text, target, reached: x && of ? { x, of } : null, stated, verdict, cell: cellOf("mal") });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, insatser: [...byInsats.values()].map(({ deltagareCell: _, ...o }) => o) };
}

/** A number of people: whole and not negative; null when blank. */
function wholeCount(v: CellValue, cell: string, errors: Diagnostic[]): Dec | null {
  const n = readAmount(v, cell, errors);
  if (n === undefined) return null;
  if (n !== null && (!n.isInteger() || n.isNegative())) {
    errors.push(diagnostic("insatsmal.count", { cell, value: n.toString().replace(".", ",") }));
    return null;
  }
  return n;
}

/** A share as the other sheets take it (0,89 or "89 %"); its error named by cell. */
function share(v: CellValue, cell: string, errors: Diagnostic[]): Dec | null {
  if (isBlank(v)) return null;
  try {
    return fraction(v, cell);
  } catch (e) {
    if (!isFinsamError(e)) throw e;
    errors.push(diagnosticOf(e));
    return null;
  }
}

/**
 * "50 %" is a share, "80" a number of participants; anything else names its cell. A number between 0 and 1 is a
 * share too: Excel turns "50 %" typed in a cell into 0,5 in a percent format, and no count of people is a fraction.
 * (100 % typed so arrives as 1 and reads as one participant; type it as text, "100 %", to mean the share.)
 */
function targetOf(v: CellValue, cell: string, errors: Diagnostic[]): Target | null {
  if (isBlank(v)) return null;
  if ((typeof v === "string" && v.trim().endsWith("%")) || (typeof v === "number" && v > 0 && v < 1)) {
    const s = share(v, cell, errors);
    return s === null ? null : { share: s };
  }
  // Not blank: null is a bad number, said here as a target (not as an amount or a count).
  const n = wholeCount(v, cell, []);
  if (n === null) errors.push(diagnostic("insatsmal.target", { cell, value: cellText(v) || String(v) }));
  return n === null ? null : { count: n };
}

function verdictOf(v: CellValue, cell: string, errors: Diagnostic[]): InsatsGoal["verdict"] {
  const text = cellText(v).replace(/\s+/g, " ");
  if (text === "") return null;
  const hit = VERDICTS.find((c) => c.toLowerCase() === text.toLowerCase());
  if (!hit) errors.push(diagnostic("insatsmal.verdict", { cell, value: text, choices: VERDICTS.join(", ") }));
  return hit ?? null;
}
