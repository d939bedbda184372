/**
 * An account mapping: ordered rules that send ledger amounts to statement lines (RR/BR ids of
 * statements/lines.ts), driftsredovisning areas (DRIFT ids) and note lines. Mappings are data so a förbund
 * can edit them; the shipped defaults are only a starting point.
 *
 * Account ranges compare digit strings of equal length: the shorter side is padded on the right, `from`
 * with "0" and `to` with "9", the account with "0". So { from: "19", to: "19" } covers 1900–1999 (and
 * 19000–19999 in a five-digit chart), and { from: "4", to: "7" } covers 4000–7999.
 */
export interface MappingRule {
  from: string;
  to: string;
  /** Restricts the rule to amounts booked on an object (dimension, and optionally one object id). */
  object?: { dimension: number; id?: string };
  /** RR/BR line id, or EXCLUDED_LINE for closing accounts such as 8999 Årets resultat. */
  line?: string;
  /** DRIFT area id (result accounts only). */
  area?: string;
  /** Note line id, e.g. a financier of the income note ("staten", "region", "kommun-huddinge"). */
  note?: string;
  /** Why the rule exists; shown in the mapping sheet. */
  comment?: string;
}

export interface NoteLineDef {
  id: string;
  label: string;
}

export interface Mapping {
  name: string;
  /** Shown to the user; defaults say "standardval att bekräfta". */
  description: string;
  /** False until the user has reviewed the mapping. */
  confirmed: boolean;
  rules: MappingRule[];
  /** Objects of this dimension are the insatser (SIE dimension 6 = projekt). */
  insatsDimension: number;
  /** Rows of the income note (Not "Verksamhetens intäkter"), in print order. */
  incomeNoteLines: NoteLineDef[];
  /** Rows of the cost note when it is built per kind. */
  costNoteLines: NoteLineDef[];
  /**
   * Rows of the balance-sheet notes (Fordringar, Kortfristiga skulder), in print order: each row belongs to the
   * note of the BR line its accounts are mapped to. On Maskiner och inventarier, the row
   * ACCUMULATED_DEPRECIATION_NOTE marks the ackumulerade avskrivningar; the other accounts are anskaffningsvärde.
   */
  balanceNoteLines: NoteLineDef[];
}

/** Target of accounts that close the year (8999 Årets resultat): mapped on purpose, shown nowhere. */
export const EXCLUDED_LINE = "excluded";
