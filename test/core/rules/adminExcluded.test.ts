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

/** Administration is part of the costs it is divided by, so a share over 100 % is a swap or wrong cells. */
describe("administration costs larger than the costs they are compared with", () => {
  it("ADMINRATIO and ADMINCHECK give #VALUE! asking whether the arguments are swapped, never 1 000 % or Ej uppfyllt", () => {
    // HBS 2021's 2 322 / 17 423 tkr typed the wrong way round.
    for (const call of [() => F.adminRatioFn(17_423, 2_322), () => F.adminCheck(17_423, 2_322)]) {
      // Amounts print with a no-break space between thousands.
      const swapped = "adminkostnader: administrationskostnaderna (17 423 kr) är större än kostnaderna de jämförs med (2 322 kr); är argumenten förväxlade?";
      expect(call).toThrow(expect.objectContaining({ code: "#VALUE!", message: swapped.replace(/(\d) (\d)/g, "$1\u00a0$2") }));
    }
    // Exclusions that leave less than the administration itself: 100 − 95 = 5 < 10.
    expect(() => F.adminRatioFn(10, 100, [[95]])).toThrow(expect.objectContaining({ message: expect.stringContaining("(10 kr) är större än kostnaderna de jämförs med (5 kr)") }));
    // All of the costs being administration is still a share: 100 %.
    expect(F.adminRatioFn(2_322, 2_322)).toBe(1);
  });

  it("Finansiella mål says the goal cannot be tested when the exclusions take administration's own costs", () => {
    const goals = buildFinansiellaMal({
      year: "2024", equity: d(0), contributions: d(1000), equityRule: DEFAULT_EQUITY_RULE, adminCosts: d(1_394_000), totalCosts: d(5_900_000), adminExcluded: [d(5_000_000)], aretsResultat: d(0),
    });
    const row = goals.rows.find((r) => r.id === GOAL_ROWS.administration)!;
    expect(String(row.values.status).replace(/\u00a0/g, " ")).toBe("Kan inte prövas: administrationskostnaderna (1 394 000 kr) är större än kostnaderna efter undantagen (900 000 kr)");
    expect(row.values.ratio).toBeNull();
    // Without exclusions (other areas' costs netted below zero by refunds) the text names the total costs.
    const netted = buildFinansiellaMal({
      year: "2024", equity: d(0), contributions: d(1000), equityRule: DEFAULT_EQUITY_RULE, adminCosts: d(1_394_000), totalCosts: d(900_000), aretsResultat: d(0),
    });
    expect(String(netted.rows.find((r) => r.id === GOAL_ROWS.administration)!.values.status).replace(/\u00a0/g, " ")).toBe("Kan inte prövas: administrationskostnaderna (1 394 000 kr) är större än de totala kostnaderna (900 000 kr)");
  });
});
