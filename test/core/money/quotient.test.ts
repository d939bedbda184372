import fc from "fast-check";
import { Dec, divide } from "../../../src/core/money/decimal";
import { toExcelNumber } from "../../../src/core/money/excelNumber";
import { roundedQuotient } from "../../../src/core/money/quotient";

/** The Decimal path it stands in for: divide rounds once, half-up, and toExcelNumber writes the cell. */
const viaDecimal = (a: number, b: number, digits: number): number => toExcelNumber(divide(new Dec(a), new Dec(b), digits));

/** Whether a / b lies exactly halfway between two numbers of `digits` significant digits (a tie), in BigInt. */
function isTie(a: number, b: number, digits: number): boolean {
  if (a === 0) return false;
  const shift = digits - 1 - Math.floor(Math.log10(a / b)) + 3; // three digits past the cut: exact enough to see ,5
  const scaled = 2n * BigInt(a) * 10n ** BigInt(shift);
  if (scaled % BigInt(b) !== 0n) return false;
  const q = scaled / BigInt(b); // 2 × a/b in units of the digit three places past the cut
  return q % 2000n === 1000n;
}

const SAFE_B = Math.floor(Number.MAX_SAFE_INTEGER / 10); // the largest b the long division takes

/** Pairs 0 ≤ a ≤ b of whole numbers: any, near b's limit, tiny quotients, powers of ten, and ties. */
const pair = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 0, max: 1e12 })),
  fc.tuple(fc.integer({ min: SAFE_B - 1e6, max: SAFE_B }), fc.integer({ min: 0, max: SAFE_B })),
  fc.tuple(fc.integer({ min: 1e13, max: SAFE_B }), fc.integer({ min: 0, max: 1000 })),
  // a = b / 10^k and its neighbours: where the double quotient's exponent may be one off.
  fc.tuple(fc.integer({ min: 1, max: 9e6 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom(-1, 0, 1)).map(([c, k, d]) => [c * 10 ** k, c + d] as const),
  // b = 2^k × c, a odd with a·5^k of 16 digits: a / b = a·5^k / (c·10^k) ends in a 5 at digit 16 (a tie) when c = 1.
  fc.tuple(fc.integer({ min: 16, max: 22 }), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(1, 1, 3, 7)).map(([k, n, c]) => {
    const low = Math.ceil(1e15 / 5 ** k);
    const high = Math.min(2 ** k, Math.floor((1e16 - 1) / 5 ** k));
    const a = low + (n % Math.max(1, high - low + 1));
    return [2 ** k * c, (a | 1) * c] as const;
  }),
).map(([b, a]) => (a <= b ? { a, b } : { a: b, b: a }));

describe("roundedQuotient: a / b at 15 digits, half-up, in safe integers", () => {
  it("rounds a tie up and the digit after it as divide does", () => {
    // 13 / 2^20 = 0,0000123977661132812|5: the 16th digit is a 5 with nothing after it.
    expect(isTie(13, 2 ** 20, 15)).toBe(true);
    expect(roundedQuotient(13, 2 ** 20, 15)).toBe(0.0000123977661132813);
    expect(roundedQuotient(2, 3, 15)).toBe(0.666666666666667);
    expect(roundedQuotient(1, 8, 2)).toBe(0.13);
    // 612 346 / 5 432 100 = 0,1127273061983395…: a double rounds the binary quotient to …339, half-up gives …34.
    expect(roundedQuotient(612_346, 5_432_100, 15)).toBe(0.11272730619834);
    expect(roundedQuotient(0, 7, 15)).toBe(0);
    expect(roundedQuotient(7, 7, 15)).toBe(1);
    expect(roundedQuotient(1, SAFE_B + 1, 15)).toBeNull();
  });

  it("property: the same number as the Decimal division, at 15 digits and at fewer", () => {
    let ties = 0;
    fc.assert(
      fc.property(pair, fc.constantFrom(15, 15, 15, 1, 2, 7, 14), ({ a, b }, digits) => {
        if (b === 0) return;
        if (isTie(a, b, digits)) ties++;
        expect(roundedQuotient(a, b, digits)).toBe(viaDecimal(a, b, digits));
      }),
      { numRuns: 20000 },
    );
    expect(ties).toBeGreaterThan(500);
  });
});
