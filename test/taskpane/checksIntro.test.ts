import { readFileSync } from "fs";
import { en, sv } from "../../src/taskpane/i18n/strings";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { SHEET_NAMES } from "../../src/core/report/sheetNames";

/**
 * The Kontroller pane (and its ribbon button) lists the cross-checks between the reports; the financial goals
 * are a report of their own (Finansiella mål), not findings in that list. The texts must not promise them there.
 */
describe("what the Kontroller pane says it lists", () => {
  const built = buildAllReports(exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs);
  const goals = SHEET_NAMES["finansiella-mal"];

  it("lists no financial goal among its findings: the goals are on their own sheet", () => {
    expect(built.findings.length).toBeGreaterThan(100);
    // The forecast's ties name its sheet (Prognos finansiella mål), not a goal; so do the goal sheets' Gräns against
    // their base ("Finansiella mål: Eget kapital, Gräns = 20 % av …"), arithmetic on the sheet rather than a verdict.
    const titles = built.findings.map((f) => f.title.sv.replace(SHEET_NAMES["prognos-mal"], "").replace(`${goals}: `, ""));
    expect(titles.filter((title) => /mål|uppfyll/i.test(title))).toEqual([]);
    expect(built.sheets.some((s) => s.name === goals)).toBe(true);
  });

  it("so its introduction and the ribbon's tip name the goals only as the Finansiella mål sheet", () => {
    const tip = /id="Btn\.Kontroller\.Tip" DefaultValue="([^"]+)"/.exec(readFileSync("manifest.xml", "utf8"))![1]!;
    for (const text of [sv["checks.intro"], tip]) expect(text.replace(`bladet ${goals}`, "")).not.toMatch(/finansiella mål/i);
    expect(en["checks.intro"].replace(`${goals} sheet`, "")).not.toMatch(/financial goals/i);
  });
});
