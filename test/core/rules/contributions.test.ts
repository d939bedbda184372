import fc from "fast-check";
import { Dec, sum } from "../../../src/core/money/decimal";
import { UNITS } from "../../../src/core/money/units";
import { defaultFundingModel, splitContributions, type FundingModel } from "../../../src/core/rules/contributions";
import { apportion } from "../../../src/core/rules/apportion";
import { FinsamError } from "../../../src/core/errors";

const d = (v: string | number) => new Dec(v);
const amounts = (parts: { name: string; amount: Dec }[]) => parts.map((p) => [p.name, p.amount.toNumber()]);

describe("member contributions (seed figures)", () => {
  it("reproduces HBS's 2026 table to the krona", () => {
    // Seed 004_abfc50fa8b441702.txt lines 254–260: Staten 50 % 7 331 000; Region Stockholm 25 % 3 665 500;
    // Huddinge 11,75 % 1 722 785; Botkyrka 11,75 % 1 722 785; Salem 1,5 % 219 930; Totalt 14 662 000 kr.
    const model = defaultFundingModel(
      [{ name: "Region Stockholm", weight: d(1) }],
      [
        { name: "Huddinge kommun", weight: d("11.75") },
        { name: "Botkyrka kommun", weight: d("11.75") },
        { name: "Salems kommun", weight: d("1.5") },
      ],
    );
    const parts = splitContributions(d(14_662_000), model, UNITS.kr);
    expect(amounts(parts)).toEqual([
      ["Staten (Försäkringskassan)", 7_331_000],
      ["Region Stockholm", 3_665_500],
      ["Huddinge kommun", 1_722_785],
      ["Botkyrka kommun", 1_722_785],
      ["Salems kommun", 219_930],
    ]);
    expect(sum(parts.map((p) => p.amount)).toNumber()).toBe(14_662_000);
  });

  it("reproduces HBS 2021 note 1 in tkr with one decimal", () => {
    // Seed 000_5bf9f3f1ff3a1b86.txt lines 1304–1308 (Not 1, tkr): staten 7 300,0; Huddinge 1 715,5;
    // Botkyrka 1 715,5; Salem 219,0; Region Stockholm 3 650,0 — total 14 600 tkr (RR line 1233).
    const model = defaultFundingModel(
      [{ name: "Region Stockholm", weight: d(1) }],
      [
        { name: "Huddinge", weight: d(47) },
        { name: "Botkyrka", weight: d(47) },
        { name: "Salem", weight: d(6) },
      ],
    );
    const parts = splitContributions(d(14_600_000), model, UNITS.tkr1);
    expect(parts.map((p) => p.amount.div(1000).toFixed(1))).toEqual(["7300.0", "3650.0", "1715.5", "1715.5", "219.0"]);
  });

  it("refuses a state share other than one half, naming the law", () => {
    const model: FundingModel = { ...defaultFundingModel([{ name: "R", weight: d(1) }], [{ name: "K", weight: d(1) }]), stateShare: d("0.4") };
    expect(() => splitContributions(d(1000), model, UNITS.kr)).toThrow(/2003:1210/);
  });

  it("refuses region + municipal shares that are not one half", () => {
    const model: FundingModel = { ...defaultFundingModel([{ name: "R", weight: d(1) }], [{ name: "K", weight: d(1) }]), regionShare: d("0.3") };
    expect(() => splitContributions(d(1000), model, UNITS.kr)).toThrow(FinsamError);
  });

  it("names a region share above one half as out of range, not as shares that fail to sum to one half", () => {
    // 0,6 leaves the municipalities −0,1: the sum is still 0,5, so the old message read "(0,5) måste … vara hälften (0,5)".
    const model = defaultFundingModel([{ name: "R", weight: d(1) }], [{ name: "K", weight: d(1) }], d("0.6"));
    expect(() => splitContributions(d(1000), model, UNITS.kr)).toThrow("regionandel: 0,6 ligger utanför tillåtet intervall 0–0,5.");
  });

  it("allows a configured region share (30 %: the municipalities get 20 %) and several regions", () => {
    const model = defaultFundingModel([{ name: "Region A", weight: d(2) }, { name: "Region B", weight: d(1) }], [{ name: "K", weight: d(1) }], d("0.3"));
    expect(model.municipalShare.toString()).toBe("0.2");
    const parts = splitContributions(d(900_000), model, UNITS.kr);
    expect(amounts(parts)).toEqual([
      ["Staten (Försäkringskassan)", 450_000],
      ["Region A", 180_000],
      ["Region B", 90_000],
      ["K", 180_000],
    ]);
  });

  it("names the group when the municipal weights sum to zero", () => {
    const model = defaultFundingModel([{ name: "R", weight: d(1) }], [{ name: "K1", weight: d(0) }, { name: "K2", weight: d(0) }]);
    expect(() => splitContributions(d(1000), model, UNITS.kr)).toThrow("medlemmar kommuner: vikterna summerar till noll");
  });

  it("rejects duplicate member names", () => {
    const model = defaultFundingModel([{ name: "R", weight: d(1) }], [{ name: "Täby", weight: d(1) }, { name: "täby ", weight: d(1) }]);
    expect(() => splitContributions(d(1000), model, UNITS.kr)).toThrow(/förekommer mer än en gång/);
  });
});

describe("apportion (largest remainder)", () => {
  it("gives the leftover units to the largest remainders, ties to the larger share then the earlier member", () => {
    expect(apportion(d(100), [d(1), d(1), d(1)], { step: UNITS.kr }).map(Number)).toEqual([34, 33, 33]);
    expect(apportion(d(10), [d(1), d(2), d(2)], { step: UNITS.kr }).map(Number)).toEqual([2, 4, 4]);
    expect(apportion(d(11), [d(1), d(2), d(2)], { step: UNITS.kr }).map(Number)).toEqual([2, 5, 4]);
  });

  it("splits a negative total symmetrically", () => {
    expect(apportion(d(-100), [d(1), d(1), d(1)], { step: UNITS.kr }).map(Number)).toEqual([-34, -33, -33]);
  });

  it("refuses a total that is not a whole number of units", () => {
    expect(() => apportion(d("100.5"), [d(1)], { step: UNITS.kr })).toThrow(/går inte jämnt upp/);
  });

  it("refuses negative weights and empty weight lists", () => {
    expect(() => apportion(d(100), [d(1), d(-1)], { step: UNITS.kr, field: "vikter" })).toThrow("vikter[2]: −1 är negativt");
    expect(() => apportion(d(100), [], { step: UNITS.kr })).toThrow(/inga vikter/);
  });

  const steps = [UNITS.ore, UNITS.kr, UNITS.tkr1, UNITS.tkr];
  const arbInput = fc.record({
    units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    stepIndex: fc.integer({ min: 0, max: steps.length - 1 }),
    weights: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0)),
  });

  it("property: parts sum exactly to the total and each is within one unit of its exact share", () => {
    fc.assert(
      fc.property(arbInput, ({ units, stepIndex, weights }) => {
        const step = steps[stepIndex]!;
        const total = new Dec(units.toString()).times(step);
        const ws = weights.map((w) => new Dec(w));
        const parts = apportion(total, ws, { step });
        expect(sum(parts).equals(total)).toBe(true);
        const wsum = sum(ws);
        parts.forEach((p, i) => {
          expect(p.div(step).isInteger()).toBe(true);
          const exact = total.times(ws[i]!).div(wsum);
          expect(p.minus(exact).abs().lessThan(step)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("property: the result does not depend on member order when weights are distinct", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 10n }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer(),
        (units, weights, seed) => {
          const total = new Dec(units.toString());
          const byWeight = (ws: number[]) => {
            const parts = apportion(total, ws.map((w) => new Dec(w)), { step: UNITS.kr });
            return new Map(ws.map((w, i) => [w, parts[i]!.toString()]));
          };
          const shuffled = weights.map((w, i) => ({ w, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k).map((x) => x.w);
          expect(byWeight(shuffled)).toEqual(byWeight(weights));
        },
      ),
      { numRuns: 200 },
    );
  });
});
