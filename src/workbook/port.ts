import type { SheetDescription } from "../core/sheet/description";

/**
 * What the panes need from a workbook (through src/app/session.ts). Two implementations: Office.js (src/excel,
 * inside Excel) and in memory (src/workbook/memoryWorkbook.ts, the preview outside Office and the tests). The
 * command line does not use it: it reads and writes .xlsx files with src/xlsx. Each only writes the sheet
 * descriptions it is given.
 */
export type CellValue = number | string | boolean;

export interface WrittenSheet {
  /** Ownership key (report id) of the sheet. */
  key: string;
  /** The name actually used: the preferred one, or another when a user's sheet already has it. */
  name: string;
  /** Set when the preferred name was taken by a user's sheet, so the pane can say so. */
  preferredName?: string;
}

export interface WorkbookPort {
  /** Names of all sheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * Reads the used ranges of several sheets in one round-trip: values as Excel shows them (numbers, text,
   * booleans; blanks as ""; error cells as their error text such as "#N/A"). Absent sheets map to null.
   */
  readSheets(names: readonly string[]): Promise<Map<string, CellValue[][] | null>>;
  /**
   * Writes report sheets the add-in owns, as one user action (one undo step where Excel allows): an owned
   * sheet with the same key is replaced; a user's sheet with the preferred name is never touched (another
   * name is chosen and reported). All descriptions are validated before anything is written.
   */
  writeReports(sheets: readonly SheetDescription[]): Promise<WrittenSheet[]>;
  /**
   * Creates input sheets (Inställningar, Medlemmar, …) that do not exist yet. An existing sheet of that name
   * is left exactly as it is — it holds what the user typed. Returns the names created.
   */
  createInputSheets(sheets: readonly SheetDescription[]): Promise<string[]>;
  /** Where the add-in's own sheets are now, by report key (a report may live in "Resultaträkning (2)"). */
  ownedSheets(): Promise<WrittenSheet[]>;
  /**
   * From now on, calls `onEdit` with a sheet's name when someone other than the add-in (the user typing or
   * pasting, a co-author) changes its cells or renames it (both names), and with null when a sheet is deleted
   * (Excel does not say which by name; the add-in deletes no sheets). A host that cannot tell the add-in's own
   * writes from others' leaves out the sheets the add-in owns; a host without change events reports nothing.
   */
  watchUserEdits(onEdit: (sheet: string | null) => void): Promise<void>;
  /** Selects a range, or several ("D17,D15,D16": the cells a finding is about), and shows its sheet. */
  select(sheet: string, range: string): Promise<void>;
}
