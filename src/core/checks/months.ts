import { bilingual as t, type Bilingual, type Finding } from "./finding";
import { tableName } from "./labels";
import type { StatementSet } from "./statementSet";

/** Tables whose figures run to a month of the year, each stating its own ("t.o.m. månad 9"). */
type MonthKey = "uppf" | "prognos" | "delrr";

/** Why two tables cannot be compared month for month: one does not state its month, or they differ; undefined when they can. */
export function otherMonth(set: StatementSet, a: MonthKey, b: MonthKey): Bilingual | undefined {
  return unstatedMonth(set, a, b) ?? differentMonths(set, a, b);
}

/** The months two tables state, where both state one and they differ; undefined otherwise. */
export function differentMonths(set: StatementSet, a: MonthKey, b: MonthKey): Bilingual | undefined {
  const ma = set[a]?.month;
  const mb = set[b]?.month;
  if (ma === undefined || mb === undefined || ma === mb) return undefined;
  return t(
    `${tableName(a)} gäller t.o.m. månad ${ma}, ${tableName(b)} t.o.m. månad ${mb}; skriv dem för samma månad.`,
    `the ${tableName(a, "en")} runs to month ${ma}, the ${tableName(b, "en")} to month ${mb}; write them for the same month.`,
  );
}

/** Which of two tables, both there, does not state its month; undefined when both do. */
function unstatedMonth(set: StatementSet, a: MonthKey, b: MonthKey): Bilingual | undefined {
  const which = set[a] && set[b] ? [a, b].find((k) => set[k]!.month === undefined) : undefined;
  return which && t(`${tableName(which)} anger inte till och med vilken månad den gäller (t.ex. "t.o.m. månad 9" i rubriken).`, `the ${tableName(which, "en")} does not state the month it runs to (e.g. "t.o.m. månad 9" in its title).`);
}

/**
 * Two tables run to the same month: fails when their stated months differ; cannot be tested where one is missing
 * or states none, or for the reason `untestable` gives (a table the build left out, saying why).
 */
export function sameMonth(set: StatementSet, a: MonthKey, b: MonthKey, id: string, untestable?: Bilingual): Finding {
  const base = {
    id,
    title: t(`${tableName(a)} och ${tableName(b)} gäller samma månad`, `The ${tableName(a, "en")} and the ${tableName(b, "en")} run to the same month`),
    figures: [],
    difference: null,
    tolerance: null,
    unit: "kr" as const,
    refs: [],
  };
  if (untestable) return { ...base, status: "not-applicable", explanation: t(`Kan inte prövas: ${untestable.sv}`, `Cannot be tested: ${untestable.en}`) };
  const missing = [a, b].filter((k) => !set[k]);
  if (missing.length > 0) {
    return { ...base, status: "not-applicable", explanation: t(`Kan inte prövas: ${missing.map((k) => tableName(k)).join(" och ")} saknas.`, `Cannot be tested: the ${missing.map((k) => tableName(k, "en")).join(" and the ")} ${missing.length > 1 ? "are" : "is"} missing.`) };
  }
  const unstated = unstatedMonth(set, a, b);
  if (unstated) return { ...base, status: "not-applicable", explanation: t(`Kan inte prövas: ${unstated.sv}`, `Cannot be tested: ${unstated.en}`) };
  const differ = differentMonths(set, a, b);
  if (differ) return { ...base, status: "fail", explanation: t(`${differ.sv} Stämmer inte.`, `${differ.en.charAt(0).toUpperCase()}${differ.en.slice(1)} Does not hold.`) };
  const m = set[a]!.month;
  return { ...base, status: "pass", explanation: t(`Båda gäller t.o.m. månad ${m}. Stämmer.`, `Both run to month ${m}. Holds.`) };
}
