import type { PrintSpec } from "./description";

/**
 * Width (in the description's character units) that an A4 portrait page holds at 100 %: 21 cm less LibreOffice's and
 * Excel's default margins is about 17 cm, some 640 px, of 7 px per unit. A wider table is printed landscape, so
 * fitting it to one page wide does not shrink it to a scale a board member cannot read.
 */
const PORTRAIT_WIDTH = 90;

/** Page setup of a table whose heading rows (`repeatRows`) are printed again on every page. */
export function printSpec(columnWidths: readonly number[], repeatRows: number): PrintSpec {
  const width = columnWidths.reduce((sum, w) => sum + (w ?? 0), 0);
  return { orientation: width > PORTRAIT_WIDTH ? "landscape" : "portrait", repeatRows };
}
