import fc from "fast-check";
import { Dec, DecSum, ZERO, oreToDec, sum, sumBy } from "../../../src/core/money/decimal";

/** DecSum must give exactly what the plain plus/minus chain from ZERO gives: value, sign of zero, digits. */
const view = (a: Dec) => ({ text: a.toString(), sign: a.s, digits: a.d?.join(","), exp: a.e });

const amount = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }).map((n) => new Dec(n).div(100)),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => new Dec(n)),
  fc.constantFrom("0", "-0", "0.001", "-12.345", "90071992547409.91", "90071992547409.92", "1e20", "-1e39", "1.5e-30", "123456789012345678901234567890.12", "1234567890123456789012345678901234567890.123", "NaN", "Infinity").map((s) => new Dec(s)),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -40, max: 40 })).map(([n, e]) => new Dec(n).times(new Dec(10).pow(e))),
);

describe("DecSum", () => {
  it("equals the chain of plus and minus from ZERO for any amounts", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.boolean()), { maxLength: 12 }), (terms) => {
        const sum = new DecSum();
        let chain = ZERO;
        for (const [x, plus] of terms) {
          if (plus) {
            sum.add(x);
            chain = chain.plus(x);
          } else {
            sum.sub(x);
            chain = chain.minus(x);
          }
        }
        expect(view(sum.value())).toEqual(view(chain));
      }),
      { numRuns: 3000 },
    );
  });

  it("sums a ledger's worth of öre amounts exactly", () => {
    const sum = new DecSum();
    for (let i = 0; i < 10000; i++) sum.add(new Dec(i * 7919 - 30000000).div(100));
    expect(sum.value().toFixed(2)).toBe("959104050.00");
    expect(new DecSum().value().toString()).toBe("0");
  });
});

describe("oreToDec", () => {
  it("is exactly the Decimal dividing by 100 gives: digits, exponent and the sign of a zero", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }), fc.constantFrom(0, -0, 1, -1, 100, 2 ** 53 - 1, -(2 ** 53 - 1))), (ore) => {
        expect(view(oreToDec(ore))).toEqual(view(new Dec(ore).div(100)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("sum and sumBy", () => {
  it("equal the plus chain from ZERO over the amounts kept", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.boolean()), { maxLength: 12 }), (items) => {
        const chain = (xs: Dec[]) => xs.reduce((a, x) => a.plus(x), ZERO);
        expect(view(sum(items.map(([x]) => x)))).toEqual(view(chain(items.map(([x]) => x))));
        expect(view(sumBy(items, ([x]) => x, ([, keep]) => keep))).toEqual(view(chain(items.filter(([, keep]) => keep).map(([x]) => x))));
      }),
      { numRuns: 1000 },
    );
  });
});
