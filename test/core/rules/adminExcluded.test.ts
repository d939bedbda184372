import { Dec } from "../../../src/core/money/decimal";
import { adminRatio } from "../../../src/core/rules/ratios";
import { DEFAULT_EQUITY_RULE } from "../../../src/core/rules/equityCap";
import { buildFinansiellaMal, GOAL_ROWS } from "../../../src/core/statements/finansiellaMal";
import * as F from "../../../src/functions/functions";

const d = (v: number) => new Dec(v);

/** Excluded costs (ESF pass-through) larger than the total costs: a negative share would pass any limit. */
describe("administration share with more excluded than total costs", () => {
  it("the rule refuses it, naming the excluded costs", () => {
    expect(() => adminRatio(d(10), d(100), [d(200)])).toThrow("undantag: de undantagna kostnaderna (200 kr) är större än de totala kostnaderna (100 kr); andelen blir negativ.");
  });

  it("ADMINRATIO and ADMINCHECK give #VALUE!, never −10 % or Uppfyllt", () => {
    for (const call of [() => F.adminRatioFn(10, 100, [[200]]), () => F.adminCheck(10, 100, undefined, [[150], [50]])]) {
      expect(call).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("undantag: de undantagna kostnaderna (200 kr)") }));
    }
  });

  it("Finansiella mål says the goal cannot be tested and why, instead of Uppfyllt", () => {
    const goals = buildFinansiellaMal({
      year: "2024", equity: d(0), contributions: d(1000), equityRule: DEFAULT_EQUITY_RULE, adminCosts: d(1_394_000), totalCosts: d(5_900_000), adminExcluded: [d(99_000_000)], aretsResultat: d(0),
    });
    const row = goals.rows.find((r) => r.id === GOAL_ROWS.administration)!;
    expect(String(row.values.status).replace(/\u00a0/g, " ")).toBe("Kan inte prövas: kostnaderna utanför administrationsandelen (99 000 000 kr) är större än de totala kostnaderna (5 900 000 kr)");
    expect(row.values.ratio).toBeNull();
  });
});
