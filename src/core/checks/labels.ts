import type { CheckContext } from "./figures";
import { rowOf } from "./figures";
import { type TableKey, tableOf } from "./statementSet";

const TABLE_NAMES: Record<"rr" | "br" | "kfa" | "drift" | "fy", string> = { rr: "RR", br: "BR", kfa: "KFA", drift: "Driftsredovisningen", fy: "Flerårsöversikten" };

export function tableName(key: TableKey): string {
  return key.startsWith("not:") ? `Not ${key.slice(4)}` : TABLE_NAMES[key as keyof typeof TABLE_NAMES];
}

/** "RR Årets resultat (2021)": table, row label as printed, column heading. */
export function cellLabel(ctx: CheckContext, key: TableKey, rowId: string, column: string, rowLabel?: string): string {
  const table = tableOf(ctx.set, key);
  const label = rowLabel ?? (table && rowOf(table, rowId)?.label) ?? rowId;
  const heading = table?.model.columns.find((c) => c.id === column)?.heading ?? column;
  return `${tableName(key)} ${label} (${heading})`;
}
