import { readInsatsmalSheet, type InsatsOutcome } from "../../../src/core/inputs/insatsmalSheet";
import { buildMaluppfyllelse } from "../../../src/core/statements/maluppfyllelse";
import { runChecks } from "../../../src/core/checks/run";
import type { ReportModel } from "../../../src/core/report/model";
import type { Cells } from "../../../src/core/import/table";
import type { Finding } from "../../../src/core/checks/finding";
import { UNITS } from "../../../src/core/money/units";
import { driftWith } from "../statements/helpers";
import { HBS_2019_INSATSMAL, HBS_2019_MISPRINTS } from "../../fixtures/seeds/hbs2019Insatsmal";

const outcomes = (cells: Cells): InsatsOutcome[] => {
  const read = readInsatsmalSheet(cells);
  if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
  return read.insatser;
};

/** The checks of Måluppfyllelse insatser alone, as Kontroller runs them. */
const checksOf = (model: ReportModel): Finding[] => runChecks({ year: 2019, mal: { model, statedUnit: "tkr", step: UNITS.ore } }).filter((f) => f.id.startsWith("mal:"));
const shares = (findings: Finding[]) => findings.filter((f) => f.id.startsWith("mal:andel:")).map((f) => [f.title.sv.replace(/^Insats /, ""), f.status, f.difference?.toDecimalPlaces(3).toString() ?? null, f.tolerance?.toString() ?? null]);

describe("Kontroller on Måluppfyllelse insatser", () => {
  test("every share HBS 2019's bilaga 2 prints holds against its x av y, within half a printed percent", () => {
    const findings = checksOf(buildMaluppfyllelse(driftWith([]), outcomes(HBS_2019_INSATSMAL), "2019"));
    const result = shares(findings);
    expect(result).toHaveLength(10);
    expect(result.filter((r) => r[1] !== "pass")).toEqual([]);
    // 89 % against 78 av 88 (88,636 %): 0,364 procentenheter, within ±0,5.
    // Insatser the driftsredovisning lacks print by their id, in id order.
    expect(result.find((r) => String(r[0]).startsWith("KLARA"))).toEqual(["KLARA, påbörjat studier: angiven andel mot 78 av 88", "pass", "0.364", "0.5"]);
  });

  test("the report's own misprints fail: 89 % of 77 av 88 (87,5 %, 001:354–355) and 63 % of 12 av 18 (66,7 %, 001:771–772)", () => {
    const findings = checksOf(buildMaluppfyllelse(driftWith([]), outcomes(HBS_2019_MISPRINTS), "2019"));
    expect(shares(findings)).toEqual([
      ["KLARA, påbörjar studier (verksamhetsberättelsen): angiven andel mot 77 av 88", "fail", "1.5", "0.5"],
      ["START, i arbete/studier 2018: angiven andel mot 12 av 18", "fail", "-3.667", "0.5"],
    ]);
    expect(findings.find((f) => f.id.startsWith("mal:andel:"))!.explanation.sv).toMatch(/77 av 88 är 87,5 %: andelen eller antalen är fel\.$/);
    expect(findings.find((f) => f.id.startsWith("mal:andel:"))!.refs.map((r) => r.column)).toEqual(["angiven", "antal", "av"]);
  });

  test("the tolerance follows the decimals stated: 88,6 % holds for 78 av 88, 88,7 % does not (±0,05)", () => {
    const typed = (stated: string) => shares(checksOf(buildMaluppfyllelse(driftWith([]), outcomes([["Insats", "Mål", "Deltagare", "Nått målet", "Av", "Angiven andel"], ["KLARA", "påbörjat studier", 88, 78, 88, stated]]), "2019")));
    expect(typed("88,6 %").map((r) => r.slice(1))).toEqual([["pass", "-0.036", "0.05"]]);
    expect(typed("88,7 %").map((r) => r.slice(1))).toEqual([["fail", "0.064", "0.05"]]);
  });

  test("cost against deltagare: both holds; deltagare without a cost, or an individinriktad insats with a cost and none, fails; a strukturinriktad one cannot be tested", () => {
    const drift = driftWith([["MIA", 2_412_000], ["LYRA", 830_000]], [["IPSMETOD", 310_000]]);
    const sheet: Cells = [
      ["Insats", "Mål", "Deltagare", "Nått målet", "Av"],
      ["MIA", "till arbete/studier", 157, 39, 138],
      ["START", "i arbete/studier", 36, 22, 43],
      ["IPSMETOD", "4 IPS-samverkansmöten", null, null, null],
    ];
    const findings = checksOf(buildMaluppfyllelse(drift, outcomes(sheet), "2019")).filter((f) => f.id.startsWith("mal:kostnad:"));
    expect(findings.map((f) => [f.title.sv, f.status, f.figures.map((x) => x.value?.toString() ?? null)])).toEqual([
      ["Insats LYRA-insatsen: kostnad och deltagare", "fail", ["830000", null]],
      ["Insats MIA-insatsen: kostnad och deltagare", "pass", ["2412000", "157"]],
      ["Insats START: kostnad och deltagare", "fail", ["0", "36"]],
      ["Insats IPSMETOD-insatsen: kostnad och deltagare", "not-applicable", ["310000", null]],
    ]);
    expect(findings[2]!.explanation.sv).toMatch(/^START har 36 deltagare men ingen kostnad i driftsredovisningen/);
  });
});
