import fc from "fast-check";
import { Dec, divide, magnitude } from "../../../src/core/money/decimal";

describe("divide", () => {
  it("rounds once: a quotient …4999…9 past digit 15 rounds down, where 40 digits and then 15 would round up", () => {
    // 1.0000000000000049999999999999999999999999 (41 digits): at 40 digits it becomes …5000…, then 15 rounds up.
    const a = new Dec("10000000000000049999999999999999999999999");
    const b = new Dec("1e40");
    expect(a.div(b).toSignificantDigits(15, Dec.ROUND_HALF_UP).toString()).toBe("1.00000000000001");
    expect(divide(a, b, 15).toString()).toBe("1");
  });

  it("rounds half-up at the digit asked for", () => {
    expect(divide(new Dec(2), new Dec(3), 15).toString()).toBe("0.666666666666667");
    expect(divide(new Dec(-2), new Dec(3), 15).toString()).toBe("-0.666666666666667");
    expect(divide(new Dec(1), new Dec(8), 2).toString()).toBe("0.13");
  });

  it("gives a Dec that goes on computing at 40 digits", () => {
    const q = divide(new Dec(1), new Dec(3), 15);
    expect(q).toBeInstanceOf(Dec);
    expect(q.plus(new Dec("1e-30")).toString()).toBe("0.333333333333333000000000000001");
  });

  it("equals dividing at 40 digits and rounding to 15 whenever the 40-digit quotient is exact", () => {
    // Quotients of whole öre amounts by powers of two and five terminate: then one rounding is the same as two.
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (n, p2, p5) => {
        const a = new Dec(n).div(100);
        const b = new Dec(2).pow(p2).times(new Dec(5).pow(p5));
        expect(divide(a, b, 15).toString()).toBe(a.div(b).toSignificantDigits(15, Dec.ROUND_HALF_UP).toString());
      }),
      { numRuns: 500 },
    );
  });
});

describe("magnitude", () => {
  it("is abs(), returning the same Decimal when it is not negative", () => {
    const x = new Dec("12.5");
    expect(magnitude(x)).toBe(x);
    expect(magnitude(new Dec("-12.5")).toString()).toBe("12.5");
    expect(magnitude(new Dec("-0")).isNegative()).toBe(false);
  });
});
