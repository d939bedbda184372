import { formatCell, listText, monthName } from "../../src/taskpane/format";

describe("formatCell (cells as Swedish Excel shows them)", () => {
  it("shows a number without a number format as General does: no separator, no padded decimals", () => {
    expect(formatCell(2024, undefined)).toBe("2024");
    expect(formatCell(2024, "")).toBe("2024");
    expect(formatCell(2024, "General")).toBe("2024");
    expect(formatCell(0.25, "")).toBe("0,25");
    expect(formatCell(-1234567.5, "")).toBe("\u22121234567,5");
    expect(formatCell(1 / 3, "")).toBe("0,3333333333");
    expect(formatCell(123456789012, "")).toBe("1,23457E+11");
    expect(formatCell(-2e-10, "")).toBe("\u22122E-10");
  });

  it("keeps the decimals and separators of a number format", () => {
    expect(formatCell(1234567, "#,##0;-#,##0")).toBe("1\u00a0234\u00a0567");
    expect(formatCell(-1394.4, "#,##0")).toBe("\u22121\u00a0394");
    expect(formatCell(1.5, "#,##0.00")).toBe("1,50");
    expect(formatCell(0.1793, "0.0%")).toBe("17,9\u00a0%");
    expect(formatCell("Uppfyllt", "@")).toBe("Uppfyllt");
  });
});

describe("lists and month names", () => {
  it("joins names as each language does", () => {
    expect(listText("sv", ["A", "B", "C"])).toBe("A, B och C");
    expect(listText("en", ["A", "B"])).toBe("A and B");
  });

  it("names the months", () => {
    expect([1, 9, 12].map((m) => monthName("sv", m))).toEqual(["januari", "september", "december"]);
    expect(monthName("en", 3)).toBe("March");
  });
});
