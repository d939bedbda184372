import { sum, type Dec } from "../money/decimal";
import type { Member } from "../rules/contributions";
import { parseA1 } from "../parse/a1";
import { diagnostic, diagnosticOf, type Diagnostic } from "./diagnostic";
import { addressIn, cellAmount, cellText, findHeader, headerNames, isBlank, type Cells, type ColumnSpec } from "./table";

/**
 * The members table (namn, typ stat/region/kommun, vikt) → the members of a FundingModel
 * (rules/contributions.ts). The state's row needs no weight (its share is fixed by law). Every rejected cell is
 * reported with its A1 address — missing names, unknown types, bad or negative weights, duplicate names
 * (case-insensitive, as the split compares them), a group whose weights sum to zero — and nothing is returned.
 */
export interface MemberTable {
  stateName?: string;
  regions: Member[];
  municipalities: Member[];
}

export type MembersResult = { ok: true; members: MemberTable } | { ok: false; errors: Diagnostic[] };

type Column = "namn" | "typ" | "vikt";

const COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: "namn", names: ["namn", "medlem", "huvudman"], required: true },
  { key: "typ", names: ["typ", "slag"], required: true },
  { key: "vikt", names: ["vikt", "andel", "fördelningsnyckel", "invånare", "befolkning"], required: true },
];

export function readMembers(cells: Cells, options: { topLeft?: string } = {}): MembersResult {
  const at = addressIn(parseA1(options.topLeft));
  const errors: Diagnostic[] = [];
  const header = findHeader(cells, COLUMNS);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: headerNames(COLUMNS) })] };
  const col = (c: Column) => header.columns.get(c) as number;
  const groups = { region: [] as { member: Member; cell: string }[], kommun: [] as { member: Member; cell: string }[] };
  const names = new Set<string>();
  let stateName: string | undefined;

  for (let r = header.row + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(isBlank)) continue;
    const name = cellText(row[col("namn")]);
    const type = cellText(row[col("typ")]).toLowerCase();
    const nameCell = at(r, col("namn"));
    const weightCell = at(r, col("vikt"));
    if (!name) errors.push(diagnostic("members.missingName", { cell: nameCell }));
    // Names that differ only in case or in their spaces (a no-break space pasted from the web) are one member.
    const key = name.replace(/\s+/g, " ").toLocaleLowerCase("sv-SE");
    if (name && names.has(key)) errors.push(diagnostic("split.duplicateName", { cell: nameCell, value: name }));
    names.add(key);
    if (type === "stat" || type === "staten") {
      if (stateName !== undefined) errors.push(diagnostic("members.secondState", { cell: at(r, col("typ")) }));
      stateName = name;
      continue;
    }
    if (type !== "region" && type !== "kommun") {
      errors.push(diagnostic("members.badType", { cell: at(r, col("typ")), value: cellText(row[col("typ")]) }));
      continue;
    }
    const weight = cellAmount(row[col("vikt")], weightCell);
    // A weight is a count or a share, not an amount: its messages say so, and what to type.
    if (!weight.ok) errors.push(weight.error.code === "amount.notNumber" ? diagnostic("members.weightNotNumber", { cell: weightCell, value: cellText(row[col("vikt")]) }) : diagnosticOf(weight.error));
    else if (weight.value === null) errors.push(diagnostic("members.weightMissing", { cell: weightCell }));
    else if (weight.value.isNegative()) errors.push(diagnostic("number.negative", { cell: weightCell, value: weight.value.toString() }));
    else groups[type].push({ member: { name, weight: weight.value }, cell: weightCell });
  }
  for (const group of [groups.region, groups.kommun]) {
    const weights: Dec[] = group.map((g) => g.member.weight);
    if (group.length > 0 && sum(weights).isZero()) {
      errors.push(diagnostic("split.weightsZero", { cell: group.map((g) => g.cell).join(", ") }));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const members: MemberTable = { regions: groups.region.map((g) => g.member), municipalities: groups.kommun.map((g) => g.member) };
  if (stateName !== undefined) members.stateName = stateName;
  return { ok: true, members };
}
