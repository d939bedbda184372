import type { SheetDescription } from "../core/sheet/description";
import { contentOf, digestName, editedPlaces, parseDigestName, type Content, type SheetDigest } from "../core/sheet/digest";
import { OWNERSHIP_PREFIX, ownershipKey, ownershipName } from "../core/sheet/ownership";
import { uniqueSheetName } from "../core/sheet/sheetName";
import type { EditedSheet, WrittenSheet } from "./port";

/** What an adapter knows about a workbook before writing (one read). */
export interface WorkbookState {
  /** Sheet names in tab order. */
  sheets: readonly string[];
  /**
   * Ownership names present, keyed by the lower-cased defined name (Excel compares names case-insensitively):
   * the name as spelled and the sheet it refers to, or null when the reference is broken (sheet deleted).
   */
  ownership: ReadonlyMap<string, { name: string; sheet: string | null }>;
  /** Digest names present (src/core/sheet/digest.ts), as spelled, with the sheet each refers to (null when broken). */
  digests: readonly { name: string; sheet: string | null }[];
}

/** The state from the sheets and the workbook's defined names (each with the sheet it refers to): other names are not the add-in's. */
export function workbookState(sheets: readonly string[], names: readonly { name: string; sheet: string | null }[]): WorkbookState {
  return {
    sheets,
    ownership: new Map(names.filter((n) => ownershipKey(n.name) !== null).map((n) => [n.name.toLowerCase(), n])),
    digests: names.filter((n) => parseDigestName(n.name) !== null),
  };
}

export interface PlannedSheet {
  description: SheetDescription;
  /** The sheet written: the owned sheet's current name (a user's rename is kept), or a new unique name. */
  name: string;
  /** True when an owned sheet is cleared and rewritten in place; false when a new sheet is added. */
  replace: boolean;
  /** The ownership defined name this sheet carries. */
  ownershipName: string;
  /** Set when the preferred name was taken, so the pane can say where the report went. */
  preferredName?: string;
  /** The digest name of what this write puts on the sheet (none for a sheet that keeps none, SheetDescription.digest). */
  digestName: string | undefined;
  /** Whether to add it: not when the sheet carries that name already (a rebuild of the same contents). */
  recordDigest: boolean;
  /**
   * This key's defined names (as spelled) to delete before the new ones are added: a broken ownership name,
   * and the digest names of an earlier build or of a deleted sheet.
   */
  staleNames: string[];
  /** What the add-in last wrote to the replaced sheet, when a digest of it is there (a sheet of an older version has none). */
  recorded?: SheetDigest;
}

/**
 * Decides, for validated report descriptions, which sheet each one goes to. An owned sheet (found through its
 * ownership name) is rewritten whatever the user renamed it to; every other sheet — in particular a user's
 * sheet that happens to have the preferred name — is never a target: a new sheet with a unique name is added.
 */
export function planReports(descriptions: readonly SheetDescription[], state: WorkbookState): PlannedSheet[] {
  const byLower = new Map(state.sheets.map((s) => [s.toLowerCase(), s]));
  const taken = [...state.sheets];
  const targeted = new Set<string>();
  return descriptions.map((description) => {
    const own = ownershipName(description.ownerKey!);
    const entry = state.ownership.get(own.toLowerCase());
    const owned = entry?.sheet == null ? undefined : byLower.get(entry.sheet.toLowerCase());
    const digests = digestsOf(own, state);
    const written = description.digest === false ? undefined : digestName(own, description.cells.map((row) => row.map(contentOf)));
    const replace = owned !== undefined && !targeted.has(owned.toLowerCase());
    const name = replace ? owned! : uniqueSheetName(description.name, taken);
    // A rebuild that writes what is there already keeps its digest name; every other one of the key goes.
    const kept = digests.find((d) => d.name.toLowerCase() === written?.toLowerCase() && d.sheet?.toLowerCase() === name.toLowerCase());
    const digest = { digestName: written, recordDigest: written !== undefined && kept === undefined, staleNames: digests.filter((d) => d !== kept).map((d) => d.name) };
    if (replace) {
      targeted.add(name.toLowerCase());
      const planned: PlannedSheet = { description, name, replace: true, ownershipName: entry!.name, ...digest };
      const recorded = digests.find((d) => d.sheet?.toLowerCase() === name.toLowerCase());
      if (recorded) planned.recorded = recorded.digest;
      return planned;
    }
    taken.push(name);
    const planned: PlannedSheet = { description, name, replace: false, ownershipName: own, ...digest };
    if (entry !== undefined) planned.staleNames.unshift(entry.name);
    if (name !== description.name) planned.preferredName = description.name;
    return planned;
  });
}

/** The digest names of one ownership name's key, parsed. */
function digestsOf(ownership: string, state: WorkbookState): { name: string; sheet: string | null; digest: SheetDigest }[] {
  const key = ownership.slice(OWNERSHIP_PREFIX.length).toLowerCase();
  return state.digests.flatMap((d) => {
    const parsed = parseDigestName(d.name);
    return parsed?.key === key ? [{ ...d, digest: parsed.digest }] : [];
  });
}

/**
 * The replaced sheets whose contents (`contents`: the sheet as it is now, from A1) differ from what the add-in
 * last wrote there, with the first few places edited. A sheet without a digest counts as unedited.
 */
export function editedSheets(plan: readonly PlannedSheet[], contents: (sheet: PlannedSheet) => readonly (readonly Content[])[]): EditedSheet[] {
  return plan.flatMap((p) => {
    if (!p.replace || p.recorded === undefined) return [];
    const places = editedPlaces(p.recorded, contents(p));
    return places === null ? [] : [{ key: p.description.ownerKey!, name: p.name, places }];
  });
}

/** Input sheets to create: those whose name no sheet has yet (case-insensitively), each once. */
export function planInputs(descriptions: readonly SheetDescription[], sheets: readonly string[]): SheetDescription[] {
  const taken = new Set(sheets.map((s) => s.toLowerCase()));
  return descriptions.filter((d) => {
    const lower = d.name.toLowerCase();
    if (taken.has(lower)) return false;
    taken.add(lower);
    return true;
  });
}

/** Where each of the add-in's sheets is now: its ownership name's sheet, when that sheet still exists. */
export function ownedSheets(state: WorkbookState): WrittenSheet[] {
  const byLower = new Map(state.sheets.map((s) => [s.toLowerCase(), s]));
  return [...state.ownership.values()].flatMap(({ name, sheet }) => {
    const key = ownershipKey(name);
    const actual = sheet === null ? undefined : byLower.get(sheet.toLowerCase());
    return key !== null && actual !== undefined ? [{ key, name: actual }] : [];
  });
}

export function writtenSheets(plan: readonly PlannedSheet[]): WrittenSheet[] {
  return plan.map((p) => {
    const written: WrittenSheet = { key: p.description.ownerKey!, name: p.name };
    if (p.preferredName !== undefined) written.preferredName = p.preferredName;
    return written;
  });
}
