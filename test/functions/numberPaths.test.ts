import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { adminRatioOfNumbers, splitOfNumbers } from "../../src/functions/numberPaths";

/** What a call gives the cell: its value, or the message of its #VALUE! (guard's) or of the error it throws. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Amounts as cells hold them: whole öre and kronor of every size, signs, past the limits, and other doubles. */
const amount = fc.oneof(
  fc.integer({ min: -1e11, max: 1e11 }).map((ore) => ore / 100),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map((ore) => Number(ore) / 100), // past 10^13 kr: the Decimal path
  fc.integer({ min: 1, max: 1e6 }).map((n) => n / 1e6), // more decimals than öre
  fc.constantFrom(0, -0, 0.01, 1e13 - 0.01, 1e13, 0.1 + 0.2, 1 / 3, NaN, Infinity, -Infinity, 5e-324),
  fc.double(),
);
const notNumber = fc.constantFrom("", " ", "abc", "1 234,50", null, undefined, true, { code: "#N/A" });

describe("ADMINRATIO's number path", () => {
  // Administration below the total, as real calls are: from it, the ratio down to its 15th digit.
  const share = fc.tuple(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), fc.boolean(), fc.boolean()).map(([t, a, negA, negT]) => {
    const [small, big] = a <= t ? [a, t] : [t, a];
    return [(negA ? -small : small) / 100, (negT ? -big : big) / 100] as const;
  });
  // 1 / 2^20 steps of 1 kr: 13 kr of 1 048 576 kr is 0,0000123977661132812|5, a tie at the 16th digit.
  const tie = fc.tuple(fc.integer({ min: 11, max: 104 }), fc.integer({ min: 1, max: 50 })).map(([a, c]) => [(a | 1) * c, 2 ** 20 * c] as const);
  const args = fc.oneof(share, tie, fc.tuple(amount, amount), fc.tuple(fc.oneof(amount, notNumber), fc.oneof(amount, notNumber)));

  it("property: the same number or the same refusal as the Decimal path, on whichever path the call takes", () => {
    let fast = 0;
    fc.assert(
      fc.property(args, ([admin, total]) => {
        if (adminRatioOfNumbers(admin, total, undefined) !== null) fast++;
        expect(outcome(() => F.adminRatioFn(admin, total))).toEqual(outcome(() => F.adminRatioExactly(admin, total)));
      }),
      { numRuns: 20000 },
    );
    expect(fast).toBeGreaterThan(8000);
  });

  it("leaves exclusions, non-whole öre and refusals to the Decimal path", () => {
    expect(adminRatioOfNumbers(13, 2 ** 20, undefined)).toBe(0.0000123977661132813);
    expect(adminRatioOfNumbers(-2322, 17423, null)).toBe(0.133272111576652);
    expect(adminRatioOfNumbers(7.3, 42.9, [[1.8]])).toBeNull();
    expect(adminRatioOfNumbers(1, 3.001, undefined)).toBeNull();
    expect(adminRatioOfNumbers(5, 4, undefined)).toBeNull(); // more than all costs
    expect(adminRatioOfNumbers(0, 0, undefined)).toBeNull(); // no costs
    expect(adminRatioOfNumbers("1", 4, undefined)).toBeNull();
  });
});

describe("SPLIT's number path", () => {
  const weightCell = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100) }, // percentages such as 11,75
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000 }).map((n) => n / 8) }, // 0,125: not hundredths
    { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, " ", 0, -0, 2 ** 53, 1e20, 1 / 3, -1, NaN, Infinity, "x", "11,75 %", true) },
  );
  const column = fc.array(weightCell, { minLength: 0, maxLength: 12 }).map((ws) => ws.map((w) => [w]));
  const row = fc.array(weightCell, { minLength: 1, maxLength: 12 }).map((ws) => [ws]);
  const equalWeights = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1000 })).map(([n, w]) => Array.from({ length: n }, () => [w]));
  const total = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: -1e11, max: 1e11 }).map((ore) => ore / 100),
    fc.integer({ min: 0, max: 1e6 }).map((n) => n * 1000),
    fc.constantFrom<unknown>(0, -0, 1, 1e13 - 0.01, 1e13, 9_007_199_254_740.99, 1.5e-3, 0.1 + 0.2, "100", null, NaN),
  );
  const unit = fc.constantFrom<unknown>(undefined, null, "", "öre", "kr", "0,1 tkr", "tkr", "mnkr", "MNKR ", 100, "dollar", true);

  it("property: the same parts or the same refusal as the Decimal path, on whichever path the call takes", () => {
    let fast = 0;
    fc.assert(
      fc.property(total, fc.oneof(column, row, equalWeights), unit, (t, weights, u) => {
        if (splitOfNumbersOrNull(t, weights, u) !== null) fast++;
        const got = outcome(() => F.split(t as never, weights as never, u));
        expect(got).toEqual(outcome(() => F.splitExactly(t, weights, u)));
        const value = (got as { value?: (number | string)[][] }).value;
        // The parts are whole units and sum to the total (in öre, where doubles add exactly).
        if (value && u === undefined) expect(value.flat().reduce<number>((s, p) => s + (p === "" ? 0 : Math.round((p as number) * 100)), 0)).toBe(Math.round((t as number) * 100) + 0);
      }),
      { numRuns: 20000 },
    );
    expect(fast).toBeGreaterThan(3000); // the rest are refused, or need the Decimal path
  });

  it("splits the seed's 3 665 500 kr by 11,75 / 11,75 / 1,5 itself, and leaves what it cannot to the Decimal path", () => {
    // Seed 004_abfc50fa8b441702.txt lines 257–259, as in functions.test.ts.
    expect(splitOfNumbers(3_665_500, [[11.75], [""], [11.75], [1.5]], undefined)).toEqual([[1_722_785], [""], [1_722_785], [219_930]]);
    expect(splitOfNumbers(-100, [[1, 1, 1]], undefined)).toEqual([[-34, -33, -33]]);
    expect(splitOfNumbers(1, [[1], [0], [1]], "öre")).toEqual([[0.5], [0], [0.5]]);
    expect(splitOfNumbers(100, [[1], [-1]], undefined)).toBeNull();
    expect(splitOfNumbers(100, [[0.125], [1]], undefined)).toBeNull();
    expect(splitOfNumbers(100.5, [[1]], undefined)).toBeNull();
    expect(splitOfNumbers(100, [[0], [""]], undefined)).toBeNull();
    expect(() => splitOfNumbers(100, [[1]], "dollar")).toThrow('okänd enhet "dollar"');
  });
});

/** splitOfNumbers' answer, or null when it declined or threw (a bad unit is thrown on both paths). */
function splitOfNumbersOrNull(t: unknown, weights: unknown, u: unknown): unknown {
  try {
    return splitOfNumbers(t, weights, u);
  } catch {
    return null;
  }
}
