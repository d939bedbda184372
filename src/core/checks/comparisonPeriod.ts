import { bilingual as t, type Finding } from "./finding";
import type { StatementSet } from "./statementSet";

/**
 * "2024-01-01 – 2024-08-31" as its first and last month (year × 12 + month − 1). A bare "2023" is that calendar
 * year where `year` allows it: a comparison column headed so is last year's whole year, but a period headed so
 * does not say which months it is.
 */
function monthsOf(heading: string, year: boolean): { first: number; last: number } | undefined {
  const period = /((?:19|20|21)\d\d)-(\d\d)-\d\d\s*[-\u2013\u2014]+\s*((?:19|20|21)\d\d)-(\d\d)-\d\d/.exec(heading);
  if (period) return { first: Number(period[1]) * 12 + Number(period[2]) - 1, last: Number(period[3]) * 12 + Number(period[4]) - 1 };
  const bare = year ? /^\s*((?:19|20|21)\d\d)\s*$/.exec(heading) : null;
  return bare ? { first: Number(bare[1]) * 12, last: Number(bare[1]) * 12 + 11 } : undefined;
}

/** A month index as the period heading the build prints: its first day – its last day. */
function periodText(first: number, last: number): string {
  const day = (i: number, end: boolean) => {
    const [y, m] = [Math.floor(i / 12), (i % 12) + 1];
    const d = end ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
    return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  return `${day(first, false)} – ${day(last, true)}`;
}

/**
 * RKR R17 compares the delår RR with last year's same months: its comparison column, where it prints one, must
 * span the period's months a year earlier (not last year's whole year, nor other months). Nothing else in the
 * workbook prints last year to month N, so its figures can only be summed (sums.ts); this ties its period.
 */
export function comparisonPeriodCheck(set: StatementSet): Finding[] {
  const columns = set.delrr?.model.columns;
  const current = columns?.find((c) => c.id === "current");
  const previous = columns?.find((c) => c.id === "previous");
  if (!current || !previous) return [];
  const base = {
    id: "delar:jamforelse",
    title: t("Resultaträkning delår: jämförelsekolumnen är samma månader föregående år", "Interim income statement: the comparison column is last year's same months"),
    figures: [],
    difference: null,
    tolerance: null,
    unit: "kr" as const,
    refs: [],
  };
  const period = monthsOf(current.heading, false);
  const compared = monthsOf(previous.heading, true);
  if (!period || !compared) {
    const sv = `Kan inte prövas: kolumnrubrikerna "${current.heading}" och "${previous.heading}" anger inte perioderna med datum (t.ex. "2023-01-01 – 2023-08-31").`;
    const en = `Cannot be tested: the column headings "${current.heading}" and "${previous.heading}" do not give the periods by their dates (e.g. "2023-01-01 – 2023-08-31").`;
    return [{ ...base, status: "not-applicable", explanation: t(sv, en) }];
  }
  const expected = periodText(period.first - 12, period.last - 12);
  if (compared.first === period.first - 12 && compared.last === period.last - 12) {
    return [{ ...base, status: "pass", explanation: t(`Perioden ${current.heading} jämförs med ${previous.heading}. Stämmer.`, `The period ${current.heading} is compared with ${previous.heading}. Holds.`) }];
  }
  const sv = `Jämförelsekolumnen ${previous.heading} är inte samma månader föregående år som perioden ${current.heading}: det är ${expected}. Stämmer inte.`;
  const en = `The comparison column ${previous.heading} is not last year's same months as the period ${current.heading}: those are ${expected}. Does not hold.`;
  return [{ ...base, status: "fail", explanation: t(sv, en) }];
}
