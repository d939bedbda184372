import type { CheckContext } from "./figures";
import { rowOf } from "./figures";
import { type TableKey, tableOf } from "./statementSet";
import { BR, DRIFT, FLERAR, KFA, RR } from "../statements/lines";

type Statement = Exclude<TableKey, `not:${string}`>;
const TABLE_NAMES: Record<"sv" | "en", Record<Statement, string>> = {
  sv: { rr: "RR", br: "BR", kfa: "KFA", drift: "Driftsredovisningen", fy: "Flerårsöversikten", uppf: "Budgetuppföljningen", fmal: "Finansiella mål", prognos: "Prognos finansiella mål", delrr: "Resultaträkning delår", delbr: "Balansräkning delår", mal: "Måluppfyllelse insatser" },
  en: { rr: "income statement", br: "balance sheet", kfa: "cash flow statement", drift: "operating statement", fy: "five-year summary", uppf: "budget follow-up", fmal: "financial goals", prognos: "financial goals forecast", delrr: "interim income statement", delbr: "interim balance sheet", mal: "goal fulfilment of the insatser" },
};

export function tableName(key: TableKey, language: "sv" | "en" = "sv"): string {
  if (key.startsWith("not:")) return `${language === "sv" ? "Not" : "Note"} ${key.slice(4)}`;
  return TABLE_NAMES[language][key as Statement];
}

/** Every statement line's printed label by id: for a line the table at hand does not print (e.g. a zero line). */
const LINE_LABELS = new Map(
  [RR, BR, KFA, DRIFT, FLERAR].flatMap((lines) => Object.values(lines).flatMap((l) => (typeof l === "object" && "label" in l ? [[l.id, l.label] as const] : []))),
);

/** "RR Årets resultat (2021)": table, row label as printed, column heading. */
export function cellLabel(ctx: CheckContext, key: TableKey, rowId: string, column: string, rowLabel?: string): string {
  const table = tableOf(ctx.set, key);
  const label = rowLabel ?? (table && rowOf(table, rowId)?.label) ?? LINE_LABELS.get(rowId) ?? rowId;
  const heading = table?.model.columns.find((c) => c.id === column)?.heading ?? column;
  return `${tableName(key)} ${label} (${heading})`;
}
