import type { TypedRow } from "../checks/typed";

/** A row of a typed statement or note sheet that has at least one amount, before its id is known. */
export interface SheetRow {
  /** Zero-based row index on the sheet. */
  r: number;
  label: string;
  /** The Radid cell, or "" when the sheet has none. */
  typedId: string;
  /** Printed figures by column id, exactly as read (Dec strings); null for an empty cell, "–" or "Inga". */
  values: Record<string, string | null>;
  /** Decimals of the row's most precise figure. */
  decimals: number;
  /** Where the row's label (or its Radid, once given) stands, for messages. */
  labelCell: string;
  idCell: string;
}

/** A typed row and the sheet row it came from (none for a total the report does not print). */
export interface PlacedRow {
  row: TypedRow;
  from?: SheetRow;
}

/** "Ökning (−)/minskning (+) kortfristiga fordringar" and "Ökning/minskning kortfristiga fordringar" alike; footnote stars dropped. */
export function normalise(label: string): string {
  return label.toLowerCase().replace(/\([^)]*\)/g, "").replace(/[\u2013\u2212]/g, "-").replace(/\s+/g, " ").replace(/\s*\/\s*/g, "/").replace(/[\s:.*]+$/, "").trim();
}
