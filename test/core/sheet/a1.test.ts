import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters, parseAddress, parseRange, parseRangeList, quoteSheetName, rangeAddress } from "../../../src/core/sheet/a1";
import { isFinsamError } from "../../../src/core/errors";

const code = (f: () => unknown) => {
  try { f(); } catch (e) { return isFinsamError(e) ? e.code : "other"; }
  return "none";
};

describe("A1 addressing", () => {
  test("column letters at the alphabet's edges and Excel's last column", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(columnIndex("xfd")).toBe(16383);
    expect(code(() => columnLetters(16384))).toBe("sheet.column");
    expect(code(() => columnLetters(-1))).toBe("sheet.column");
    expect(code(() => columnIndex("XFE"))).toBe("sheet.column");
    expect(code(() => columnIndex("A1"))).toBe("sheet.column");
  });

  test("a list of ranges (a finding's cells) and the block that holds them; every part must be a range", () => {
    expect(parseRangeList("D17,D15, D16").bounds).toBe("D15:D17");
    expect(parseRangeList("B4:C5,E2").areas).toEqual([{ start: { row: 3, col: 1 }, end: { row: 4, col: 2 } }, { start: { row: 1, col: 4 }, end: { row: 1, col: 4 } }]);
    expect(parseRangeList("B4:C5,E2").bounds).toBe("B2:E5");
    expect(parseRangeList("C5").bounds).toBe("C5");
    expect(code(() => parseRangeList("D17,,D16"))).toBe("sheet.address");
  });

  test("letters and indices round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (n) => columnIndex(columnLetters(n)) === n));
  });

  test("addresses and ranges", () => {
    expect(cellAddress(4, 2)).toBe("C5");
    expect(cellAddress(4, 2, true)).toBe("$C$5");
    expect(parseAddress("$C$5")).toEqual({ row: 4, col: 2 });
    expect(parseAddress("aa10")).toEqual({ row: 9, col: 26 });
    expect(code(() => parseAddress("C0"))).toBe("sheet.address");
    expect(code(() => parseAddress("C1048577"))).toBe("sheet.address");
    expect(code(() => cellAddress(1_048_576, 0))).toBe("sheet.row");
    expect(rangeAddress({ row: 6, col: 2 }, { row: 4, col: 2 })).toBe("C5:C7");
    expect(rangeAddress({ row: 4, col: 2 }, { row: 4, col: 2 })).toBe("C5");
    expect(parseRange("D7:B3")).toEqual({ start: { row: 2, col: 1 }, end: { row: 6, col: 3 } });
    expect(code(() => parseRange("A1:B2:C3"))).toBe("sheet.range");
  });

  test("addresses round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
      const p = parseAddress(cellAddress(row, col));
      return p.row === row && p.col === col;
    }));
  });

  test("sheet names are quoted unless plain identifiers that are not cell references", () => {
    expect(quoteSheetName("RR")).toBe("RR");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("Resultaträkning")).toBe("'Resultaträkning'");
    expect(quoteSheetName("Drift 2022")).toBe("'Drift 2022'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
