import ExcelJS from "exceljs";
import type { SheetDescription } from "../../src/core/sheet/description";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";

/** The sheet written as the add-in writes it, then with cells typed over as a board member would in Excel. */
export async function editedWorkbook(sheet: SheetDescription, edits: Record<string, number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeWorkbook([sheet])) as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(sheet.name)!;
  for (const [a1, value] of Object.entries(edits)) ws.getCell(a1).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
