import { FinsamError } from "../core/errors";
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

/** An owned sheet someone has typed in since the add-in wrote it. */
export interface EditedSheet {
  key: string;
  name: string;
  /** The first few cells or bands of cells that differ ("H5", "D12:E12"); empty when the digest cannot tell. */
  places: string[];
}

/**
 * writeReports refuses to replace owned sheets that were edited by hand since the add-in wrote them, before it
 * writes anything; the pane names them and asks whether to write over them anyway.
 */
export class EditedSheetsError extends FinsamError {
  constructor(readonly sheets: readonly EditedSheet[]) {
    super("workbook.sheetEdited", editedParams(sheets[0]!));
  }
}

/** The message parameters that name an edited sheet and its places (one message per sheet). */
export const editedParams = (sheet: EditedSheet) => ({ value: sheet.name, places: sheet.places.length > 0 ? sheet.places.join(", ") : undefined });

export interface WriteOptions {
  /**
   * Replace owned sheets even where someone has changed their contents since the add-in wrote them (the
   * pane's "Skriv över ändå", and an import, which replaces its Huvudbok by choice). Without it such sheets
   * are refused with EditedSheetsError.
   */
  overwriteEdits?: boolean;
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
   * name is chosen and reported). All descriptions are validated before anything is written. Each written
   * sheet gets a digest of its contents (src/core/sheet/digest.ts); an owned sheet whose contents no longer
   * match its digest is edited, and the write is refused (EditedSheetsError, nothing written) unless told.
   */
  writeReports(sheets: readonly SheetDescription[], options?: WriteOptions): Promise<WrittenSheet[]>;
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
