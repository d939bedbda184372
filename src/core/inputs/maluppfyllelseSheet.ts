import { UNITS, type UnitName } from "../money/units";
import { diagnostic, type Diagnostic } from "../import/diagnostic";
import { cellText, isBlank, readAmount, type Cells } from "../import/table";
import { cellAddress } from "../parse/a1";
import type { CellValue, ReportRow } from "../report/model";
import type { StatementTable } from "../checks/statementSet";
import type { FigureRef } from "../checks/figures";
import { MAL_AREAS, MAL_COLUMNS, MAL_HEADINGS, MAL_REPORT_COLUMNS, malAreaId, malGoalId, malInsatsId } from "../statements/maluppfyllelse";
import { normalise } from "./sheetRows";

/** The columns read back; Andel (a formula over Nått målet and Av) is read past, as the checks recompute it. */
const READ: readonly (keyof typeof MAL_COLUMNS)[] = ["kostnad", "deltagare", "perDeltagare", "antal", "av", "angiven"];
const TEXTS: readonly (keyof typeof MAL_COLUMNS)[] = ["malvarde", "bedomning"];

/**
 * Måluppfyllelse insatser as "Bygg alla rapporter" wrote it, for `finsam check`: under its header row, an area's
 * heading, each insats (the row with a Kostnad) and its goals below it, until the blank row before the footnotes.
 * Rows get the build's ids by position (checks/insatser.ts names its findings by them). A sheet the build left
 * out (no Insatsmål rows) has no header and no table: no checks, as in the build. `place` records where each
 * figure stands, so a failed check names its cells.
 */
export function readMaluppfyllelseSheet(sheet: string, cells: Cells, errors: Diagnostic[], place: (ref: FigureRef, cell: string) => void, units: ReadonlyMap<string, UnitName>): { table: StatementTable; year: number; yearCell: string } | undefined {
  const at = (r: number, c: number) => `${sheet}!${cellAddress({ row: 0, column: 0 }, r, c)}`;
  const headerRow = cells.findIndex((row) => row.some((v) => normalise(cellText(v)) === normalise(MAL_HEADINGS.antal)));
  if (headerRow < 0) return undefined;
  const header = cells[headerRow]!.map((v) => normalise(cellText(v)));
  const columnOf = new Map<string, number>(Object.entries(MAL_HEADINGS).map(([id, heading]) => [MAL_COLUMNS[id as keyof typeof MAL_COLUMNS], header.indexOf(normalise(heading))]));
  const above = cells.slice(0, headerRow).flatMap((row, r) => row.map((v, c) => ({ text: cellText(v), cell: at(r, c) })));
  const unitText = above.map((t) => /^belopp i (.+)$/.exec(normalise(t.text))?.[1]?.trim()).find((u) => u !== undefined);
  const unit: UnitName = (unitText && units.get(unitText)) || "kr";
  const titled = above.find((t) => /\b(19|20)\d\d$/.test(t.text));
  if (!titled) return void errors.push(diagnostic("statements.noYear", { cell: at(0, 0), value: cellText(cells[0]?.[0]) }));

  const rows: ReportRow[] = [];
  let k = 0;
  let j = 0;
  const first = errors.length;
  for (let r = headerRow + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(isBlank)) break;
    const label = cellText(row[0]);
    const area = MAL_AREAS.find((a) => normalise(a.label) === normalise(label));
    const has = (id: string) => (columnOf.get(id) ?? -1) >= 0 && !isBlank(row[columnOf.get(id)!]);
    if (area && READ.every((c) => !has(MAL_COLUMNS[c]))) {
      rows.push({ id: malAreaId(area.id), label, kind: "heading", level: 0, values: {} });
      continue;
    }
    const insats = has(MAL_COLUMNS.kostnad);
    if (insats) [k, j] = [k + 1, 0];
    else j += 1;
    const id = insats ? malInsatsId(k) : malGoalId(k, j);
    const values: Record<string, CellValue> = {};
    for (const c of READ) {
      const col = columnOf.get(MAL_COLUMNS[c]) ?? -1;
      if (col < 0) continue;
      const v = readAmount(row[col], at(r, col), errors);
      if (v === undefined || v === null) continue;
      values[MAL_COLUMNS[c]] = c === "kostnad" ? v.times(UNITS[unit]) : v;
      place({ table: "mal", row: id, column: MAL_COLUMNS[c] }, at(r, col));
    }
    // Målvärde is a number as the build writes it (0,8 as 80 %, 60 people), text as typed or as older builds wrote it ("80 %").
    for (const c of TEXTS) {
      if (!has(MAL_COLUMNS[c])) continue;
      const col = columnOf.get(MAL_COLUMNS[c])!;
      const v = row[col];
      values[MAL_COLUMNS[c]] = typeof v === "number" ? readAmount(v, at(r, col), errors)! : cellText(v);
    }
    rows.push({ id, label, kind: "line", level: insats ? 1 : 2, values });
  }
  if (errors.length > first) return undefined;
  const model = { id: "maluppfyllelse" as const, title: cellText(cells[0]?.[0]), unit, columns: MAL_REPORT_COLUMNS, rows, footnotes: [] };
  return { table: { model, statedUnit: unitText ? unit : null, step: UNITS[unit] }, year: Number(/(\d{4})$/.exec(titled.text)![1]), yearCell: titled.cell };
}
