import fc from "fast-check";
import { Dec, ZERO } from "../../../src/core/money/decimal";
import { ExactSums, exactOf, exactToDec, type Exact } from "../../../src/core/money/exact";

/** Whole öre near and past 2^53 (where a sum must fold into its Dec part), ordinary öre, and non-öre Decs. */
const exact: fc.Arbitrary<Exact> = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(2 ** 52, -(2 ** 52), 2 ** 53 - 1, 4503599627370495),
  fc.constantFrom("0.001", "-12.345", "1e30", "-7.5e-3").map((s) => new Dec(s)),
);

describe("ExactSums", () => {
  it("adds and subtracts exactly what the Dec chain gives, across the 2^52 fold", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(exact, fc.boolean()), { maxLength: 20 }), (terms) => {
        const sums = new ExactSums(1);
        let chain = ZERO;
        for (const [x, plus] of terms) {
          if (plus) sums.add(0, x);
          else sums.sub(0, x);
          chain = plus ? chain.plus(exactToDec(x)) : chain.minus(exactToDec(x));
        }
        expect(sums.toDec(0).toString()).toBe(chain.toString());
        expect(exactToDec(sums.value(0)).toString()).toBe(chain.toString());
        expect(sums.isZero(0)).toBe(chain.isZero());
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps whole öre as numbers and everything else as the Dec it was", () => {
    expect(exactOf(new Dec("1234.5"))).toBe(123450);
    expect(exactOf(new Dec("-0.01"))).toBe(-1);
    const third = new Dec("0.005");
    expect(exactOf(third)).toBe(third);
    const sums = new ExactSums(2);
    sums.add(0, 150);
    expect(sums.value(0)).toBe(150);
    sums.add(1, third);
    expect(sums.value(1)).toEqual(third);
  });

  it("keeps every slot's sum apart while the slots grow, in any order of adding", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 99 }), exact), { maxLength: 300 }), fc.integer({ min: 1, max: 100 }), (terms, slots) => {
        const sums = new ExactSums();
        const chains: Dec[] = [];
        for (const [k, x] of terms) {
          const i = k % slots;
          while (sums.size <= i) {
            expect(sums.slot()).toBe(chains.length);
            chains.push(ZERO);
          }
          sums.add(i, x);
          chains[i] = chains[i]!.plus(exactToDec(x));
        }
        expect(chains.map((_, i) => sums.toDec(i).toString())).toEqual(chains.map((c) => c.toString()));
      }),
      { numRuns: 300 },
    );
  });
});
