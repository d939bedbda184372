import { FinsamError } from "../core/errors";
import { parseAddress, parseRangeList } from "../core/sheet/a1";
import type { CellSpec, SheetDescription } from "../core/sheet/description";
import { contentOf } from "../core/sheet/digest";
import { validateSheetName } from "../core/sheet/sheetName";
import { editedSheets, ownedSheets, planInputs, planReports, workbookState, writtenSheets, type WorkbookState } from "./plan";
import { EditedSheetsError, type CellValue, type WorkbookPort, type WriteOptions, type WrittenSheet } from "./port";
import { validateDescriptions } from "./validate";

/** One sheet as the in-memory workbook holds it: the description's cells as written, nothing evaluated. */
export type MemorySheet = Omit<SheetDescription, "ownerKey">;

export interface MemoryWorkbookSnapshot {
  sheets: MemorySheet[];
  /** The add-in's defined names (ownership, digests) with the sheet they refer to (null when that sheet was deleted). */
  names: { name: string; sheet: string | null }[];
  selection: { sheet: string; range: string } | null;
}

/**
 * WorkbookPort in memory, for the preview pane outside Office and for tests. Same validation and the same
 * write plan as the Office adapter (src/workbook/plan.ts): an owned sheet is cleared and rewritten in place,
 * a user's sheet is never touched, and one edited since its digest was recorded is refused. Defined names hold
 * the sheet object, so they follow a rename.
 */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  /** Lower-cased defined name (ownership, digest) → spelling and sheet (null = broken reference). */
  private readonly names = new Map<string, { name: string; sheet: MemorySheet | null }>();
  private selection: { sheet: string; range: string } | null = null;
  private readonly editWatchers: ((sheet: string | null) => void)[] = [];

  /** Starts with the given (user) sheets of plain values. */
  constructor(userSheets: readonly { name: string; values: CellValue[][] }[] = []) {
    for (const s of userSheets) this.addUserSheet(s.name, s.values);
  }

  /** Adds a sheet as a user would type it (no ownership name). */
  addUserSheet(name: string, values: CellValue[][]): void {
    validateSheetName(name);
    if (this.find(name)) throw new FinsamError("sheet.nameTaken", { value: name });
    this.sheets.push(emptySheet(name, values.map((row) => row.map((value) => ({ value })))));
    this.edited(name);
  }

  /** What a user's typing in a cell does: the value replaces whatever the cell held (a formula too). */
  typeCell(sheet: string, a1: string, value: CellValue): void {
    const target = this.require(sheet);
    const { row, col } = parseAddress(a1);
    while (target.cells.length <= row) target.cells.push([]);
    const cells = target.cells[row]!;
    while (cells.length < col) cells.push({});
    cells[col] = { value };
    this.edited(target.name);
  }

  /** What a user's rename does: ownership names keep pointing at the sheet. */
  renameSheet(from: string, to: string): void {
    validateSheetName(to);
    const other = this.find(to);
    if (other && other !== this.find(from)) throw new FinsamError("sheet.nameTaken", { value: to });
    this.require(from).name = to;
    this.edited(from);
    this.edited(to);
  }

  /** What a user's delete does: ownership names of the sheet are left broken (#REF!), as in Excel. */
  deleteSheet(name: string): void {
    const sheet = this.require(name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const entry of this.names.values()) if (entry.sheet === sheet) entry.sheet = null;
    // As Excel's onDeleted: the sheet is gone, and no name comes with the event.
    this.edited(null);
  }

  /** A copy of one sheet, or undefined. */
  getSheet(name: string): MemorySheet | undefined {
    const sheet = this.find(name);
    return sheet && structuredClone(sheet);
  }

  /** The sheets' names in tab order. */
  sheetList(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /**
   * For the preview pane: a copy of a sheet's first `rows` rows and its row count. Copying a whole Huvudbok
   * of a large ledger (tens of thousands of rows) on every render would hold the pane for a tenth of a second.
   */
  previewOf(name: string, rows: number): { cells: CellSpec[][]; totalRows: number } | undefined {
    const sheet = this.find(name);
    return sheet && { cells: sheet.cells.slice(0, rows).map((row) => row.map((c) => ({ ...c }))), totalRows: sheet.cells.length };
  }

  /** Deep copy of everything, for tests and the preview. */
  snapshot(): MemoryWorkbookSnapshot {
    return structuredClone({
      sheets: this.sheets,
      names: [...this.names.values()].map((e) => ({ name: e.name, sheet: e.sheet?.name ?? null })),
      selection: this.selection,
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, CellValue[][] | null>> {
    return new Map(names.map((n) => {
      const sheet = this.find(n);
      return [n, sheet ? shownValues(sheet.cells) : null];
    }));
  }

  async writeReports(descriptions: readonly SheetDescription[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
    validateDescriptions(descriptions, { reports: true });
    const plan = planReports(descriptions, this.state());
    if (!options.overwriteEdits) {
      const edited = editedSheets(plan, (p) => this.require(p.name).cells.map((row) => row.map(contentOf)));
      if (edited.length > 0) throw new EditedSheetsError(edited);
    }
    // Every sheet is built before the first is applied, so a failure while building changes nothing.
    const contents = plan.map((p) => fromDescription(p.name, p.description));
    for (const [i, p] of plan.entries()) {
      const sheet = contents[i]!;
      // Replaced whole, in its tab position: nothing of the earlier build (a freeze, row heights) stays behind.
      const old = p.replace ? this.find(p.name) : undefined;
      if (old) this.sheets[this.sheets.indexOf(old)] = sheet;
      else this.sheets.push(sheet);
      for (const stale of p.staleNames) this.names.delete(stale.toLowerCase());
      for (const name of [p.ownershipName, p.digestName]) if (name !== undefined) this.names.set(name.toLowerCase(), { name, sheet });
    }
    return writtenSheets(plan);
  }

  async ownedSheets(): Promise<WrittenSheet[]> {
    return ownedSheets(this.state());
  }

  async createInputSheets(descriptions: readonly SheetDescription[]): Promise<string[]> {
    validateDescriptions(descriptions, { reports: false });
    const created = planInputs(descriptions, this.sheets.map((s) => s.name));
    for (const d of created) this.sheets.push(fromDescription(d.name, d));
    return created.map((d) => d.name);
  }

  async select(sheet: string, range: string): Promise<void> {
    parseRangeList(range);
    this.selection = { sheet: this.require(sheet).name, range };
  }

  async watchUserEdits(onEdit: (sheet: string | null) => void): Promise<void> {
    this.editWatchers.push(onEdit);
  }

  /** The user's edits (addUserSheet, typeCell, renameSheet, deleteSheet) are reported as Excel's events report them; the port's own writes are not. */
  private edited(sheet: string | null): void {
    for (const watcher of this.editWatchers) watcher(sheet);
  }

  private state(): WorkbookState {
    return workbookState(
      this.sheets.map((s) => s.name),
      [...this.names.values()].map((e) => ({ name: e.name, sheet: e.sheet?.name ?? null })),
    );
  }

  private find(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private require(name: string): MemorySheet {
    const sheet = this.find(name);
    if (!sheet) throw new FinsamError("workbook.sheetMissing", { value: name });
    return sheet;
  }
}

function emptySheet(name: string, cells: CellSpec[][]): MemorySheet {
  return { name, cells, columnWidths: [], conditionalFormats: [], charts: [] };
}

/**
 * A copy of everything the description gives (row heights and print setup too), but for the cells themselves:
 * the rows are the workbook's own, and a CellSpec is a value neither side changes (typing replaces a cell, and
 * the core builds a new description for every write). Copying each of a 60 000-row Huvudbok's half a million
 * cells held the preview's import for a tenth of a second.
 */
function fromDescription(name: string, d: SheetDescription): MemorySheet {
  const { ownerKey: _owner, name: _name, cells, ...layout } = d;
  return { name, cells: cells.map((row) => row.slice()), ...structuredClone(layout) };
}

/** Values as Excel shows them, from A1 to the last cell with a value or formula; blanks are "". */
function shownValues(cells: readonly CellSpec[][]): CellValue[][] {
  // Plain loops: a large ledger's Huvudbok is half a million cells, and callbacks per cell held the preview's
  // main thread for over 150 ms in one task.
  let height = 0;
  let width = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] ?? [];
    for (let c = row.length - 1; c >= 0; c--) {
      const cell = row[c];
      if (cell !== undefined && ((cell.value !== undefined && cell.value !== null) || cell.formula !== undefined)) {
        height = r + 1;
        if (c + 1 > width) width = c + 1;
        break;
      }
    }
  }
  const out: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const row = cells[r] ?? [];
    const values: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) values[c] = row[c]?.value ?? "";
    out[r] = values;
  }
  return out;
}
