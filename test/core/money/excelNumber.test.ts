import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import { MAX_EXCEL_AMOUNT, exactToExcelNumber, toExcelNumber } from "../../../src/core/money/excelNumber";
import { isFinsamError } from "../../../src/core/errors";

const code = (f: () => unknown) => {
  try { f(); } catch (e) { return isFinsamError(e) ? e.code : "other"; }
  return "none";
};

describe("toExcelNumber", () => {
  test("exact amounts pass unchanged", () => {
    expect(toExcelNumber(new Dec("-5660028"))).toBe(-5_660_028);
    expect(toExcelNumber(new Dec("1715.5"))).toBe(1715.5);
    expect(toExcelNumber(new Dec("0.1"))).toBe(0.1);
    expect(Object.is(toExcelNumber(new Dec("-0")), 0)).toBe(true);
  });

  test("rejects amounts beyond 2^53/100", () => {
    expect(MAX_EXCEL_AMOUNT).toBe(90_071_992_547_409.92);
    expect(toExcelNumber(new Dec("90071992547409.9"))).toBe(90_071_992_547_409.9);
    expect(code(() => toExcelNumber(new Dec("90071992547409.92")))).toBe("sheet.imprecise");
    expect(code(() => toExcelNumber(new Dec("90071992547410")))).toBe("sheet.tooLarge");
    expect(code(() => toExcelNumber(new Dec("-1e20")))).toBe("sheet.tooLarge");
  });

  test("rejects more than 15 significant digits and non-finite values, naming the cell", () => {
    expect(code(() => toExcelNumber(new Dec("1234567890.123456")))).toBe("sheet.imprecise");
    expect(code(() => toExcelNumber(new Dec(1).div(3)))).toBe("sheet.imprecise");
    expect(code(() => toExcelNumber(new Dec(NaN)))).toBe("number.notFinite");
    expect(code(() => toExcelNumber(new Dec(Infinity)))).toBe("number.notFinite");
    expect(() => toExcelNumber(new Dec(1).div(3), { cell: "C7" })).toThrow(/cell C7/);
  });

  test("any öre amount converts exactly or is rejected; accepted ones give to the double that prints as the same decimal", () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (ore) => {
      const d = new Dec(ore.toString()).div(100);
      if (d.abs().greaterThan(MAX_EXCEL_AMOUNT)) return code(() => toExcelNumber(d)) === "sheet.tooLarge";
      if (d.sd() > 15) return code(() => toExcelNumber(d)) === "sheet.imprecise";
      return new Dec(String(toExcelNumber(d))).equals(d);
    }));
  });
});

describe("exactToExcelNumber", () => {
  const outcome = (f: () => number) => {
    try {
      return { value: f() };
    } catch (e) {
      return { error: (e as { code?: string }).code };
    }
  };

  it("gives for whole öre exactly what toExcelNumber gives for the Decimal, or the same refusal", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }), fc.integer({ min: -1e7, max: 1e7 }), fc.constantFrom(0, -0, 1e15 - 1, 1e15, -1e15, 2 ** 53 - 1)), (ore) => {
        const fast = outcome(() => exactToExcelNumber(ore));
        expect(fast).toEqual(outcome(() => toExcelNumber(new Dec(ore).div(100))));
        if ("value" in fast) expect(Object.is(fast.value, -0)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("passes a Dec to toExcelNumber", () => {
    expect(exactToExcelNumber(new Dec("0.005"))).toBe(0.005);
    expect(() => exactToExcelNumber(new Dec("1.0000000000000001"))).toThrow(expect.objectContaining({ code: "sheet.imprecise" }));
  });
});
