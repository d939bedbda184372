import type { NoteTable } from "../../src/core/checks/statementSet";
import { typedTable, type TypedTable } from "../../src/core/checks/typed";

/** A note typed from a printed report: its table, and the note number, total row and the lines it explains. */
export function typedNote(spec: TypedTable & Pick<NoteTable, "number" | "totalRow" | "explains">): NoteTable {
  return { ...typedTable(spec), number: spec.number, totalRow: spec.totalRow, explains: spec.explains };
}
