import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import { MAX_EXCEL_AMOUNT, toExcelNumber } from "../../../src/core/sheet/excelNumber";
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
