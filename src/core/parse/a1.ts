import { columnIndex, columnLetters } from "../sheet/a1";

/**
 * A1 addresses for naming cells of a pasted range in messages. A range pasted from Excel is a 2-D array;
 * its cells are named relative to the range's top-left address so the user finds them in the sheet.
 */
export interface CellOrigin {
  /** 0-based row and column of the top-left cell (A1 = 0, 0). */
  row: number;
  column: number;
}

/** Parses "B3" (optionally "$B$3" or "Blad1!B3") into its 0-based origin; anything else means A1. */
export function parseA1(address: string | undefined): CellOrigin {
  if (!address) return { row: 0, column: 0 };
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").toUpperCase();
  const m = /^([A-Z]{1,3})([0-9]{1,7})$/.exec(local);
  if (!m) return { row: 0, column: 0 };
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
}

/** The A1 address of the cell at (row, column) offsets within a range starting at `origin`. */
export function cellAddress(origin: CellOrigin, row: number, column: number): string {
  return `${columnLetters(origin.column + column)}${origin.row + row + 1}`;
}
