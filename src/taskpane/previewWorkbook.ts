import type { SheetDescription } from "../core/sheet/description";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import type { WriteOptions, WrittenSheet } from "../workbook/port";

/**
 * The preview's in-memory workbook, which also remembers the sheet Excel would now show — the first one
 * the last write wrote, or the one a selection went to — so that the preview can show it too.
 */
export class PreviewWorkbook extends MemoryWorkbook {
  /** Counts the writes and selections that changed the sheet shown. */
  shows = 0;
  /** The sheet Excel would show now (undefined before the first write). */
  shown: string | undefined;

  override async writeReports(descriptions: readonly SheetDescription[], options?: WriteOptions): Promise<WrittenSheet[]> {
    const written = await super.writeReports(descriptions, options);
    this.show(written[0]?.name);
    return written;
  }

  override async createInputSheets(descriptions: readonly SheetDescription[]): Promise<string[]> {
    const created = await super.createInputSheets(descriptions);
    this.show(created[0]);
    return created;
  }

  override async select(sheet: string, range: string): Promise<void> {
    await super.select(sheet, range);
    this.show(this.sheetList().find((name) => name.toLowerCase() === sheet.toLowerCase()));
  }

  private show(name: string | undefined): void {
    if (name === undefined) return;
    this.shows++;
    this.shown = name;
  }
}
