import fc from "fast-check";
import { Dec, sum } from "../../../src/core/money/decimal";
import { apportion } from "../../../src/core/rules/apportion";
import { decimalParts, integerParts } from "../../../src/core/rules/largestRemainder";
import { UNITS } from "../../../src/core/money/units";

const d = (x: number | string) => new Dec(x);
const nums = (xs: readonly (Dec | number)[]) => xs.map(Number);

describe("largest remainder, exact", () => {
  it("breaks a tie of equal remainders by the larger share, not by rounding noise in the shares", () => {
    // 2 units by 1:1:4 → shares 1/3, 1/3, 4/3: all remainders are 1/3, the one missing unit goes to the
    // largest share. Rounded to 40 digits, 1,333… keeps one 3 fewer than 0,333…, which used to decide it.
    expect(nums(apportion(d(2), [d(1), d(1), d(4)], { step: UNITS.kr }))).toEqual([0, 0, 2]);
    expect(nums(decimalParts(d(2), [d(1), d(1), d(4)], d(6)))).toEqual([0, 0, 2]);
  });

  it("the seed split: 3 665 500 kr by 11,75 / 11,75 / 1,5 (HBS budget 2026) in safe integers", () => {
    const ws = [d("11.75"), d("11.75"), d("1.5")];
    expect(integerParts(d(3_665_500), ws)).toEqual([1_722_785, 1_722_785, 219_930]);
    expect(nums(decimalParts(d(3_665_500), ws, sum(ws)))).toEqual([1_722_785, 1_722_785, 219_930]);
  });

  it("leaves figures that are not safe integers to the Decimal path", () => {
    expect(integerParts(d("1e16"), [d(1), d(2)])).toBeNull(); // units past 2^53
    expect(integerParts(d(1000), [d("0.3333333333333333333")])).toBeNull(); // too many decimals to scale
    expect(integerParts(d(2 ** 40), [d(2 ** 20), d(1)])).toBeNull(); // a product past 2^53
  });

  const weight = fc.oneof(
    fc.integer({ min: 0, max: 10_000_000 }).map((n) => d(n)),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => d(n).div(100)), // percentages such as 11,75
    fc.integer({ min: 0, max: 1_000 }).map((n) => d(n).div(8)), // 0,125 steps
  );
  const input = fc.record({
    units: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 ** 24 }), fc.constantFrom(0, 1, 9_007_199, 1e12)),
    weights: fc.array(weight, { minLength: 1, maxLength: 25 }).filter((ws) => ws.some((w) => !w.isZero())),
  });

  it("property: the integer and the Decimal implementation give the same parts wherever both apply", () => {
    let compared = 0;
    fc.assert(
      fc.property(input, ({ units, weights }) => {
        const u = d(units);
        const fast = integerParts(u, weights);
        if (fast === null) return;
        compared++;
        expect(fast).toEqual(nums(decimalParts(u, weights, sum(weights))));
        expect(fast.reduce((a, b) => a + b, 0)).toBe(units);
      }),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(1000); // the rest overflowed 2^53 and only the Decimal path applied
  });
});
