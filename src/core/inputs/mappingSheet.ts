import { parseA1 } from "../parse/a1";
import { FinsamError } from "../errors";
import { RR_LEAF_LINES, BR_ASSET_LINES, BR_CLAIM_LINES, DRIFT_AREAS } from "../mapping/targets";
import { validateMapping } from "../mapping/resolve";
import { EXCLUDED_LINE, type Mapping, type MappingRule, type NoteLineDef } from "../mapping/types";
import type { MessageCode } from "../messages/index";
import { diagnostic, diagnosticOf, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellText, findHeader, headerNames, type Cells, type CellValue, type ColumnSpec } from "../import/table";

/**
 * The Kontomappning sheet: the mapping as a table the economist edits, one rule per row, targets named by
 * their Swedish labels. `mappingRows` writes a Mapping as that table; `readMappingSheet` reads it back onto
 * a base mapping (whose name and insats dimension it keeps; the note lines are those the sheet uses).
 */
export const MAPPING_HEADERS = ["Från konto", "Till konto", "Dimension", "Objekt", "Rad", "Område", "Not (intäkter)", "Not (kostnader)", "Not (balansräkning)", "Kommentar"] as const;
const EXCLUDED_LABEL = "Exkluderas (bokslutskonto)";

const LINES: readonly { id: string; label: string }[] = [...RR_LEAF_LINES, ...BR_ASSET_LINES, ...BR_CLAIM_LINES, { id: EXCLUDED_LINE, label: EXCLUDED_LABEL }];
const labelOf = (list: readonly { id: string; label: string }[], id: string | undefined) => (id === undefined ? "" : (list.find((l) => l.id === id)?.label ?? id));

/** The mapping as rows under MAPPING_HEADERS. */
export function mappingRows(mapping: Mapping): string[][] {
  return mapping.rules.map((r) => {
    const incomeNote = mapping.incomeNoteLines.some((n) => n.id === r.note);
    const balanceNote = !incomeNote && mapping.balanceNoteLines.some((n) => n.id === r.note);
    return [
      r.from,
      r.to,
      r.object ? String(r.object.dimension) : "",
      r.object?.id ?? "",
      labelOf(LINES, r.line),
      labelOf(DRIFT_AREAS, r.area),
      incomeNote ? labelOf(mapping.incomeNoteLines, r.note) : "",
      !incomeNote && !balanceNote && r.note !== undefined ? labelOf(mapping.costNoteLines, r.note) : "",
      balanceNote ? labelOf(mapping.balanceNoteLines, r.note) : "",
      r.comment ?? "",
    ];
  });
}

type Column = "from" | "to" | "dim" | "obj" | "line" | "area" | "noteIn" | "noteCost" | "noteBalance" | "comment";
// Columns are found by their headings, so a sheet written before Not (balansräkning) existed still reads.
const KEYS: Column[] = ["from", "to", "dim", "obj", "line", "area", "noteIn", "noteCost", "noteBalance", "comment"];
const COLUMNS: readonly ColumnSpec<Column>[] = KEYS.map((key, i) => ({ key, names: [MAPPING_HEADERS[i]!.toLowerCase()], required: i < 2 || i === 4 }));

export type MappingSheetResult = { ok: true; mapping: Mapping } | { ok: false; errors: Diagnostic[] };

export function readMappingSheet(cells: Cells, base: Mapping, options: { topLeft?: string } = {}): MappingSheetResult {
  const at = addressIn(parseA1(options.topLeft));
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const col = (c: Column) => header.columns.get(c);
  const text = (row: readonly CellValue[], c: Column) => (col(c) === undefined ? "" : cellText(row[col(c)!]));
  const errors: Diagnostic[] = [];
  // The notes get exactly the lines the sheet uses, in the order they first appear (the note's print order);
  // a label the base knows keeps the base's id.
  const incomeNoteLines: NoteLineDef[] = [];
  const costNoteLines: NoteLineDef[] = [];
  const balanceNoteLines: NoteLineDef[] = [];
  const rules: MappingRule[] = [];

  const find = (list: readonly { id: string; label: string }[], label: string) => list.find((l) => l.label.toLowerCase() === label.toLowerCase() || l.id === label);
  const note = (list: NoteLineDef[], known: readonly NoteLineDef[], label: string): string => {
    const hit = find(list, label) ?? find(known, label);
    // A note line typed anew (e.g. "Driftbidrag från Vaxholms stad"): its label is its id.
    const line = hit ?? { id: label, label };
    if (!list.some((l) => l.id === line.id)) list.push(line);
    return line.id;
  };

  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const from = text(row, "from");
    const to = text(row, "to") || from;
    if (from === "" && text(row, "line") === "" && text(row, "area") === "") continue;
    const before = errors.length;
    const bad = (c: Column, code: MessageCode, value?: string) => errors.push(diagnostic(code, { cell: at(r, col(c)!), value }));
    const rule: MappingRule = { from, to };
    const lineText = text(row, "line");
    if (lineText !== "") {
      const line = find(LINES, lineText);
      if (line) rule.line = line.id;
      else bad("line", "mappingSheet.line", lineText);
    }
    const areaText = text(row, "area");
    if (areaText !== "") {
      const area = find(DRIFT_AREAS, areaText);
      if (area) rule.area = area.id;
      else errors.push(diagnostic("mappingSheet.area", { cell: at(r, col("area")!), value: areaText, choices: DRIFT_AREAS.map((x) => x.label).join("; ") }));
    }
    const noteIn = text(row, "noteIn");
    const noteCost = text(row, "noteCost");
    const noteBalance = text(row, "noteBalance");
    const notes = [noteIn, noteCost, noteBalance].filter((n) => n !== "").length;
    if (notes > 1) bad(noteBalance !== "" ? "noteBalance" : "noteCost", "mappingSheet.twoNotes");
    else if (noteIn !== "") rule.note = note(incomeNoteLines, base.incomeNoteLines, noteIn);
    else if (noteCost !== "") rule.note = note(costNoteLines, base.costNoteLines, noteCost);
    else if (noteBalance !== "") rule.note = note(balanceNoteLines, base.balanceNoteLines, noteBalance);
    const dim = text(row, "dim");
    if (dim !== "") {
      if (!/^[0-9]+$/.test(dim)) bad("dim", "mappingSheet.dimension", dim);
      else rule.object = text(row, "obj") === "" ? { dimension: Number(dim) } : { dimension: Number(dim), id: text(row, "obj") };
    } else if (text(row, "obj") !== "") bad("dim", "mappingSheet.objectWithoutDimension");
    const comment = text(row, "comment");
    if (comment !== "") rule.comment = comment;
    try {
      // Ranges and targets are checked once the row's own cells passed, so one mistake is reported once.
      if (errors.length === before) validateMapping({ ...base, rules: [rule] });
    } catch (e) {
      if (!(e instanceof FinsamError)) throw e;
      errors.push(diagnosticOf(new FinsamError(e.code, { ...e.params, field: undefined, cell: at(r, col("from")!) })));
    }
    rules.push(rule);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, mapping: { ...base, rules, incomeNoteLines, costNoteLines, balanceNoteLines, confirmed: true } };
}
