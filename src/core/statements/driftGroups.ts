import { DecSum, type Dec } from "../money/decimal";
import { objectKey } from "../ledger/types";
import { EXCLUDED_LINE } from "../mapping/types";
import type { MappedCell, MappedLedger } from "../mapping/apply";
import { DRIFT_AREAS } from "../mapping/targets";
import { RR, driftInsatsId, type LineDef } from "./lines";

/** A row under an area: one insats, or the area's amounts booked on no insats (insats null). */
export interface DriftMember {
  rowId: string;
  label: string;
  insats: string | null;
}

/** An area with its insats rows; no members means the area is a single line. */
export interface DriftGroup {
  area: LineDef;
  members: DriftMember[];
}

export type AreaPair = { area: string; insats: string | null };

/**
 * The row structure shared by the driftsredovisning and the budget follow-up: areas in print order, each
 * with its insatser (sorted by id). An insats that appears under two areas (e.g. its income mapped to
 * externa, its costs to individ) gets the row id `drift.insats.<id>@<area>` in the second, so ids stay unique.
 */
export function driftGroups(m: MappedLedger, pairs: readonly AreaPair[]): DriftGroup[] {
  const seen = new Set<string>();
  const groups: DriftGroup[] = [];
  for (const area of DRIFT_AREAS) {
    const mine = pairs.filter((p) => p.area === area.id);
    if (mine.length === 0) continue;
    const insatser = [...new Set(mine.filter((p) => p.insats !== null).map((p) => p.insats!))].sort();
    if (insatser.length === 0) {
      groups.push({ area, members: [] });
      continue;
    }
    const members: DriftMember[] = insatser.map((id) => {
      const rowId = seen.has(id) ? `${driftInsatsId(id)}@${area.id}` : driftInsatsId(id);
      seen.add(id);
      return { rowId, insats: id, label: m.ledger.objects.get(objectKey(m.mapping.insatsDimension, id))?.name ?? id };
    });
    if (mine.some((p) => p.insats === null)) members.push({ rowId: `${area.id}.ovrigt`, insats: null, label: "Övrigt (ingen insats)" });
    groups.push({ area, members });
  }
  return groups;
}

const INCOME_LINES: ReadonlySet<string> = new Set([RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id, RR.finansiellaIntakter.id]);

/** Result cells that belong in the driftsredovisning (8999-type closing accounts excluded). */
export function driftCells(m: MappedLedger): MappedCell[] {
  return m.cells.filter((c) => c.kind === "res" && c.area !== undefined && c.line !== EXCLUDED_LINE);
}

/** Intäkt (positive) and kostnad (positive) of cells, split by whether their RR line is an income line. */
export function incomeAndCost(cells: readonly Pick<MappedCell, "line" | "amount">[]): { intakt: Dec; kostnad: Dec } {
  const intakt = new DecSum();
  const kostnad = new DecSum();
  for (const c of cells) {
    if (c.line !== undefined && INCOME_LINES.has(c.line)) intakt.sub(c.amount);
    else kostnad.add(c.amount);
  }
  return { intakt: intakt.value(), kostnad: kostnad.value() };
}

type RowItem = { area?: string; insats: string | null };

/**
 * The items of each group row (the whole area, or one member of it), in their original order: indexed once
 * instead of filtering every item for every row.
 */
export function rowItems<T extends RowItem>(items: readonly T[]): (area: string, member: DriftMember | null) => readonly T[] {
  const byArea = new Map<string, { all: T[]; byInsats: Map<string | null, T[]> }>();
  for (const x of items) {
    if (x.area === undefined) continue;
    let a = byArea.get(x.area);
    if (!a) byArea.set(x.area, (a = { all: [], byInsats: new Map() }));
    a.all.push(x);
    const same = a.byInsats.get(x.insats);
    if (same) same.push(x);
    else a.byInsats.set(x.insats, [x]);
  }
  return (area, member) => {
    const a = byArea.get(area);
    if (!a) return [];
    return member === null ? a.all : (a.byInsats.get(member.insats) ?? []);
  };
}
