import type { PrintSpec } from "./description";

/**
 * Width (in the description's character units) that an A4 portrait page holds at 100 %: 21 cm less LibreOffice's and
 * Excel's default margins is about 17 cm, some 640 px, of 7 px per unit. A wider table is printed landscape, so
 * fitting it to one page wide does not shrink it to a scale a board member cannot read.
 */
const PORTRAIT_WIDTH = 90;
/**
 * Width a landscape A4 page holds at 100 %, as LibreOffice prints it with Calibri's metrics (Carlito): a table of
 * 201 units printed at 66 %, one of 166 at 80 % (29,7 cm less its margins would make some 136).
 */
const LANDSCAPE_WIDTH = 133;

const tableWidth = (columnWidths: readonly number[]): number => columnWidths.reduce((sum, w) => sum + (w ?? 0), 0);

/** Portrait for a table a portrait page holds at 100 %, landscape for a wider one. */
const orientationOf = (columnWidths: readonly number[]): PrintSpec["orientation"] => (tableWidth(columnWidths) > PORTRAIT_WIDTH ? "landscape" : "portrait");

/** The scale (at most 1) a table prints at in its orientation, fitted to one page wide, as Excel's column widths measure it. */
export function printScale(columnWidths: readonly number[]): number {
  const page = orientationOf(columnWidths) === "landscape" ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  return Math.min(1, page / tableWidth(columnWidths));
}

/** Page setup of a table whose heading rows (`repeatRows`) are printed again on every page. */
export function printSpec(columnWidths: readonly number[], repeatRows: number, header?: string): PrintSpec {
  const spec: PrintSpec = { orientation: orientationOf(columnWidths), repeatRows };
  if (header !== undefined && header.trim() !== "") spec.header = header.trim();
  return spec;
}

/**
 * Excel holds 255 characters in a page header, format codes included, and the left section's text follows its
 * "&L" there (Office.js's leftHeader is stored the same way): longer, Excel repairs the .xlsx file on opening.
 */
const SECTION_LIMIT = 255 - "&L".length;

/**
 * The page header and footer in Excel's format codes, the same in an .xlsx file and in Office.js: the header's
 * text at the left ("&" doubled, as the codes read a single one; cut to fit a section), "Sida 3 av 5" centred
 * below.
 */
export function headerFooterCodes(print: PrintSpec): { leftHeader: string; centerFooter: string } {
  let text = print.header ?? "";
  while (text.replace(/&/g, "&&").length > SECTION_LIMIT) text = text.slice(0, -2) + "…";
  return { leftHeader: text.replace(/&/g, "&&"), centerFooter: "Sida &P av &N" };
}
