import type { SheetDescription } from "../core/sheet/description";
import { ownershipKey, ownershipName } from "../core/sheet/ownership";
import { uniqueSheetName } from "../core/sheet/sheetName";
import type { WrittenSheet } from "./port";

/** What an adapter knows about a workbook before writing (one read). */
export interface WorkbookState {
  /** Sheet names in tab order. */
  sheets: readonly string[];
  /**
   * Ownership names present, keyed by the lower-cased defined name (Excel compares names case-insensitively):
   * the name as spelled and the sheet it refers to, or null when the reference is broken (sheet deleted).
   */
  ownership: ReadonlyMap<string, { name: string; sheet: string | null }>;
}

export interface PlannedSheet {
  description: SheetDescription;
  /** The sheet written: the owned sheet's current name (a user's rename is kept), or a new unique name. */
  name: string;
  /** True when an owned sheet is cleared and rewritten in place; false when a new sheet is added. */
  replace: boolean;
  /** The ownership defined name this sheet carries. */
  ownershipName: string;
  /** A broken ownership name (as spelled) to delete before the new one is added. */
  staleName?: string;
  /** Set when the preferred name was taken, so the pane can say where the report went. */
  preferredName?: string;
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
    if (owned !== undefined && !targeted.has(owned.toLowerCase())) {
      targeted.add(owned.toLowerCase());
      return { description, name: owned, replace: true, ownershipName: entry!.name };
    }
    const name = uniqueSheetName(description.name, taken);
    taken.push(name);
    const planned: PlannedSheet = { description, name, replace: false, ownershipName: own };
    if (entry !== undefined) planned.staleName = entry.name;
    if (name !== description.name) planned.preferredName = description.name;
    return planned;
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
