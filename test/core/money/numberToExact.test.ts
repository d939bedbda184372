import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import { exactOf, numberToExact, type Exact } from "../../../src/core/money/exact";
import { fromExcelNumber } from "../../../src/core/money/excelNumber";

/** The same Exact: the same öre (sign of zero included), or Decs of the same digits, exponent and sign. */
function same(a: Exact, b: Exact): boolean {
  if (typeof a === "number" || typeof b === "number") return Object.is(a, b);
  return a.toString() === b.toString() && a.s === b.s;
}

/** Amounts as a sheet holds them: whole öre as doubles (small, near the limit, past it), and any double. */
const cellNumber = fc.oneof(
  fc.integer({ min: -1e11, max: 1e11 }).map((ore) => ore / 100),
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map((ore) => Number(ore) / 100),
  fc.constantFrom(0, -0, 0.005, -0.005, 1e13 - 0.01, -1e13 + 0.01, 1e13, 2 ** 46, 123456789012.34, 0.1 + 0.2, 1 / 3, 5e-324, 1e21, -1e300),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe("fromExcelNumber: a cell's number at the 15 significant digits Excel keeps", () => {
  it("reads float noise as the number Excel shows, and every number the add-in writes as itself", () => {
    expect(fromExcelNumber(0.1 + 0.2).toString()).toBe("0.3");
    expect(fromExcelNumber(1.1 + 2.2).toString()).toBe("3.3");
    expect(fromExcelNumber(-27135.78).toString()).toBe("-27135.78");
    expect(fromExcelNumber(123456789012.34).toString()).toBe("123456789012.34");
    expect(fromExcelNumber(2 ** 52).toString()).toBe("4503599627370500");
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => fromExcelNumber(ore / 100).equals(new Dec(ore).div(100))), { numRuns: 5000 });
  });
});

describe("numberToExact", () => {
  it("gives exactly exactOf(fromExcelNumber(value)) for every finite number", () => {
    fc.assert(
      fc.property(cellNumber, (value) => {
        expect(same(numberToExact(value), exactOf(fromExcelNumber(value)))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("takes whole öre without a Dec and leaves the rest to Dec", () => {
    expect(numberToExact(-27135.78)).toBe(-2713578);
    expect(numberToExact(1234.5)).toBe(123450);
    expect(Object.is(numberToExact(-0), -0)).toBe(true);
    expect(numberToExact(0.005)).toEqual(new Dec("0.005"));
    // A cell computed as =0,1+0,2 shows 0,3 in Excel, and 0,3 is read: 30 öre.
    expect(numberToExact(0.1 + 0.2)).toBe(30);
    expect(numberToExact(1 / 3)).toEqual(new Dec("0.333333333333333"));
  });

  it("finds the öre of a Dec whose last coefficient word is padded with zeros (words 90|0719925|4800000)", () => {
    expect(exactOf(new Dec("-900719925.48"))).toBe(-90071992548);
    expect(exactOf(new Dec("90071992547409.91"))).toBe(9007199254740991);
    expect(exactOf(new Dec("90071992547409.92"))).toEqual(new Dec("90071992547409.92"));
  });
});
