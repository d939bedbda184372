import type { SheetDescription } from "../core/sheet/description";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WrittenSheet } from "../workbook/port";

/**
 * The preview's in-memory workbook, which also remembers the sheets of the last write, so that the preview
 * can show the sheet an action has just written (as Excel activates it).
 */
export class PreviewWorkbook extends MemoryWorkbook {
  /** Counts the writes that wrote or created at least one sheet. */
  writes = 0;
  /** The sheets of the last such write, in the order written. */
  lastWritten: string[] = [];

  override async writeReports(descriptions: readonly SheetDescription[]): Promise<WrittenSheet[]> {
    const written = await super.writeReports(descriptions);
    this.remember(written.map((w) => w.name));
    return written;
  }

  override async createInputSheets(descriptions: readonly SheetDescription[]): Promise<string[]> {
    const created = await super.createInputSheets(descriptions);
    this.remember(created);
    return created;
  }

  private remember(names: string[]): void {
    if (names.length === 0) return;
    this.writes++;
    this.lastWritten = names;
  }
}
