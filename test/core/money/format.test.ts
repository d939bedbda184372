import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import { enNumber, svNumber } from "../../../src/core/money/format";
import { num } from "../../../src/core/messages/catalog";

const amount = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }).map((n) => new Dec(n).div(1000)),
  fc.constantFrom("0", "-0", "-0.004", "0.005", "-0.005", "999.995", "-1234567.891", "1e20", "-12345678901234567890.125").map((s) => new Dec(s)),
);

describe("enNumber", () => {
  it("prints what the message catalog's English number prints of the same rounding (the checks' English texts)", () => {
    fc.assert(
      fc.property(amount, (v) => {
        expect(enNumber(v, 2, false)).toBe(num(v.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(), "en"));
      }),
      { numRuns: 2000 },
    );
  });

  it("groups thousands by a comma and rounds half up, like svNumber in Swedish", () => {
    expect(enNumber(new Dec("-1234567.895"), 2)).toBe("-1,234,567.90");
    expect(enNumber(new Dec("1715.50"), 2, false)).toBe("1,715.5");
    expect(enNumber(new Dec("-0.004"), 2, false)).toBe("0");
    expect(svNumber(new Dec("-1234567.895"), 2)).toBe("−1\u00a0234\u00a0567,90");
  });
});
