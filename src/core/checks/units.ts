import { Dec, ONE } from "../money/decimal";
import { UNITS, type UnitName } from "../money/units";
import { BR, DRIFT, FLERAR, KFA, RR } from "../statements/lines";
import { FOLLOW_UP_COLUMNS } from "../statements/budgetuppfoljning";
import { GOAL_COLUMNS } from "../statements/finansiellaMal";
import { OUTLOOK_ROWS } from "../statements/prognosMal";
import { add, type CheckContext, contextOf, type Figure, resolve, sumTerms } from "./figures";
import { bilingual, type Bilingual, type Finding } from "./finding";
import { tableName } from "./labels";
import { checkId, type StatementSet, structureTablesOf, type TableKey } from "./statementSet";
import { driftIncome, rrIncome } from "./ties";

/** Two figures in different tables that must be the same amount: their ratio reveals a unit mismatch. */
interface Link {
  a: TableKey;
  b: TableKey;
  fa: (ctx: CheckContext) => Figure | undefined;
  fb: (ctx: CheckContext) => Figure | undefined;
}

function linksOf(set: StatementSet): Link[] {
  const cur = "current";
  const result = (ctx: CheckContext) => resolve(ctx, "rr", RR.aretsResultat.id, cur);
  const links: Link[] = [
    { a: "rr", b: "br", fa: result, fb: (ctx) => resolve(ctx, "br", BR.ekAretsResultat.id, cur) },
    { a: "rr", b: "kfa", fa: result, fb: (ctx) => resolve(ctx, "kfa", KFA.aretsResultat.id, cur) },
    { a: "rr", b: "fy", fa: result, fb: (ctx) => resolve(ctx, "fy", FLERAR.aretsResultat.id, String(set.year)) },
    { a: "rr", b: "drift", fa: (ctx) => rrIncome(ctx, cur), fb: (ctx) => driftIncome(ctx, cur) },
    { a: "br", b: "drift", fa: (ctx) => resolve(ctx, "br", BR.summaEgetKapital.id, cur), fb: (ctx) => resolve(ctx, "drift", DRIFT.utgaendeEk.id, "netto") },
    // The delår BR's comparison column is last year's closing balance sheet, as the BR's; its period result the delår RR's.
    { a: "br", b: "delbr", fa: (ctx) => resolve(ctx, "br", BR.summaTillgangar.id, "previous"), fb: (ctx) => resolve(ctx, "delbr", BR.summaTillgangar.id, "previous") },
    { a: "delrr", b: "delbr", fa: (ctx) => resolve(ctx, "delrr", RR.aretsResultat.id, cur), fb: (ctx) => resolve(ctx, "delbr", BR.ekAretsResultat.id, cur) },
    // Budgetuppföljning's Budget helår is the driftsredovisning's budget, at any month; its helårsprognos the goals forecast's result.
    { a: "drift", b: "uppf", fa: (ctx) => resolve(ctx, "drift", DRIFT.summa.id, "budget"), fb: (ctx) => resolve(ctx, "uppf", DRIFT.resultat.id, FOLLOW_UP_COLUMNS.budget) },
    { a: "uppf", b: "prognos", fa: (ctx) => resolve(ctx, "uppf", DRIFT.resultat.id, FOLLOW_UP_COLUMNS.forecast), fb: (ctx) => resolve(ctx, "prognos", OUTLOOK_ROWS.resultat, GOAL_COLUMNS.outcome) },
    // Prognos finansiella mål's opening equity is last year's closing equity: the BR's comparison column, and the delår BR's.
    ...(["br", "delbr"] as const).map((br): Link => ({ a: br, b: "prognos", fa: (ctx) => resolve(ctx, br, BR.summaEgetKapital.id, "previous"), fb: (ctx) => resolve(ctx, "prognos", OUTLOOK_ROWS.ingaendeEk, GOAL_COLUMNS.outcome) })),
  ];
  for (const n of set.notes ?? []) {
    const rows = n.explains.rows;
    links.push({ a: `not:${n.number}`, b: n.explains.table, fa: (ctx) => resolve(ctx, `not:${n.number}`, n.totalRow, cur), fb: (ctx) => add(rows.map((r) => resolve(ctx, n.explains.table, r, cur))) });
  }
  return links;
}

/** The power of 1000 nearest to a ratio, if the ratio is within a factor of about 3 of it. */
function snap(ratio: Dec): Dec | undefined {
  if (!ratio.isFinite() || ratio.isZero()) return undefined;
  const log = ratio.abs().log(10).toNumber();
  const k = Math.round(log / 3);
  return Math.abs(log - 3 * k) <= 0.5 ? new Dec(1000).pow(k) : undefined;
}

export interface UnitResult {
  factors: Map<TableKey, Dec>;
  findings: Finding[];
}

/**
 * Unit headings against magnitudes. Amounts known independently (member contributions) fix the scale;
 * without them the notes (which state their own unit) are the reference, then the driftsredovisning, then RR.
 * Each other table's scale follows from figures it shares with a table whose scale is known. A table whose
 * amounts are 1000 times off its heading fails, and the other checks read it in the unit its amounts are in.
 */
export function unitChecks(set: StatementSet): UnitResult {
  const raw = contextOf(set);
  const factors = new Map<TableKey, Dec>();
  const reason = new Map<TableKey, string>();
  for (const k of set.knownAmounts ?? []) {
    const f = sumTerms(raw, [k.term]);
    const s = f && snap(k.amountKr.div(f.value));
    if (s && !factors.has(k.term.table)) {
      factors.set(k.term.table, s);
      reason.set(k.term.table, k.source);
    }
  }
  const tables = structureTablesOf(set);
  const keys = tables.map(([k]) => k);
  const reference = factors.size ? undefined : (keys.find((k) => k.startsWith("not:")) ?? keys.find((k) => k === "drift") ?? keys.find((k) => k === "rr") ?? keys[0]);
  if (reference) factors.set(reference, ONE);
  const links = linksOf(set);
  for (let changed = true; changed; ) {
    changed = false;
    for (const l of links) {
      for (const [from, to, ff, ft] of [[l.a, l.b, l.fa, l.fb], [l.b, l.a, l.fb, l.fa]] as const) {
        const known = factors.get(from);
        if (!known || factors.has(to) || !keys.includes(to)) continue;
        const x = ff(raw);
        const y = ft(raw);
        const s = x && y && !y.value.isZero() ? snap(x.value.times(known).div(y.value)) : undefined;
        if (s) {
          factors.set(to, s);
          reason.set(to, tableName(from));
          changed = true;
        }
      }
    }
  }
  const findings = tables.map(([key, table]): Finding => {
    const stated = table.statedUnit;
    const base = { id: unitCheckId(key), title: unitCheckTitle(key), figures: [], difference: null, tolerance: null, unit: "kr" as const, refs: [] };
    const f = factors.get(key);
    if (key === reference) {
      return { ...base, status: "not-applicable", explanation: bilingual(`${tableName(key)} är referens för enheterna (rubrik: ${stated ?? "ingen enhet"}): de andra tabellernas enheter prövas mot den.`, `${theTable(key)} is the reference for the units (heading: ${stated ?? "no unit"}): the other tables' units are tested against it.`) };
    }
    if (!f) return { ...base, status: "not-applicable", explanation: bilingual(`${tableName(key)} har inga belopp gemensamma med en tabell vars enhet är känd.`, `${theTable(key)} shares no amount with a table whose unit is known.`) };
    const actual = unitName(UNITS[table.model.unit].times(f));
    const pass = f.equals(ONE);
    const explanation = pass
      ? bilingual(
          `Rubrikens enhet (${stated ?? `ingen angiven, läst som ${table.model.unit}`}) stämmer med beloppens storlek jämfört med ${reason.get(key)}.`,
          `The heading's unit (${stated ?? `none given, read as ${table.model.unit}`}) fits the size of the amounts compared with ${reason.get(key)}.`,
        )
      : bilingual(
          `Rubriken anger ${stated ?? "ingen enhet"}, men beloppen motsvarar ${actual ?? `${f.toString()} × ${table.model.unit}`} jämfört med ${reason.get(key)}; övriga kontroller läser tabellen i ${actual ?? "den enheten"}.`,
          `The heading says ${stated ?? "no unit"}, but the amounts are ${actual ?? `${f.toString()} × ${table.model.unit}`} compared with ${reason.get(key)}; the other checks read the table in ${actual ?? "that unit"}.`,
        );
    return { ...base, status: pass ? "pass" : "fail", explanation };
  });
  for (const k of keys) if (!factors.has(k)) factors.set(k, ONE);
  return { factors, findings };
}

/** The unit check's id and title for a table: also those of a delår table's check that cannot be tested. */
export const unitCheckId = (key: TableKey): string => checkId(key, `enhet:${key}`);
export const unitCheckTitle = (key: TableKey): Bilingual => bilingual(`Enhet i rubriken: ${tableName(key)}`, `Unit heading: ${tableName(key, "en")}`);

/** "The income statement", but "Note 1": a note is named by its number, without an article. */
function theTable(key: TableKey): string {
  return key.startsWith("not:") ? tableName(key, "en") : `The ${tableName(key, "en")}`;
}

function unitName(step: Dec): UnitName | undefined {
  return (Object.keys(UNITS) as UnitName[]).find((u) => UNITS[u].equals(step));
}
