import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { OutlookGoals } from "../../src/taskpane/components/OutlookGoals";
import { LanguageContext } from "../../src/taskpane/i18n/context";
import { sv, type Language } from "../../src/taskpane/i18n/strings";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { Dec } from "../../src/core/money/decimal";
import { flatEquityRule } from "../../src/core/rules/equityCap";
import { GOAL_ROWS, buildFinansiellaMal } from "../../src/core/statements/finansiellaMal";
import { OUTLOOK_WORDING } from "../../src/core/statements/prognosMal";
import type { ReportModel } from "../../src/core/report/model";

const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../examples/exempelforbund.se")))).inputs;
const outlook = buildAllReports({ ...example, settings: { ...example.settings, month: 9 } }).models.find((m) => m.id === "prognos-mal")!;
const items = (model: ReportModel, language: Language) =>
  [...renderToStaticMarkup(<LanguageContext.Provider value={language}><OutlookGoals model={model} /></LanguageContext.Provider>).matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);

describe("the Budget pane's goals by the forecast", () => {
  test("in English, the goals and their verdicts are English; in Swedish, the sheet's own labels and verdicts", () => {
    // At month 9 the example's forecast: equity 2 042 tkr over its 1 200 tkr cap, administration over 10 %,
    // individ 92,6 %, a result of −8 tkr (prognosMal.test.ts, goalsRecalc.test.ts).
    expect(items(outlook, "en")).toEqual([
      "Equity: Not met by the forecast",
      "Administration&#x27;s share of the costs: Not met by the forecast",
      "Share to individual-level activities: Met by the forecast",
      "Balanced budget result: Not met by the forecast",
    ]);
    const goals = outlook.rows.filter((r) => (Object.values(GOAL_ROWS) as string[]).includes(r.id));
    expect(items(outlook, "sv")).toEqual(goals.map((r) => `${r.label}: ${String(r.values.status)}`));
  });

  test("the Swedish strings are the sheet's wording, so the two cannot drift apart", () => {
    expect([sv["goal.met"], sv["goal.notMet"], sv["goal.untestable"].split(":")[0]]).toEqual([OUTLOOK_WORDING.met, OUTLOOK_WORDING.notMet, OUTLOOK_WORDING.untestable]);
  });

  test("a goal that cannot be assessed says so in English, with the sheet's reason", () => {
    const model = buildFinansiellaMal({
      year: "2024", equity: null, contributions: new Dec(6_000_000), equityRule: flatEquityRule(new Dec("0.2")),
      adminCosts: new Dec(0), totalCosts: new Dec(0), aretsResultat: new Dec(0),
    }, { wording: OUTLOOK_WORDING });
    expect(items(model, "en").slice(0, 2)).toEqual([
      "Equity: Cannot be assessed (the sheet says why, in Swedish: ingående eget kapital saknas i huvudboken (inget #IB för året eller #UB för året innan))",
      "Administration&#x27;s share of the costs: Cannot be assessed (the sheet says why, in Swedish: inga kostnader)",
    ]);
  });
});
