import { LINE_HEIGHT, wrappedRowHeights } from "../../../src/core/sheet/rowHeights";

describe("heights of wrapped rows", () => {
  const widths = [30, 20, 20];

  test("an 11 pt text wraps in its own column: 100 characters and the margin (102 units) in 30 × 1,2 make 3 lines", () => {
    expect(wrappedRowHeights([[{ value: "x".repeat(100), style: "label", wrap: true }]], widths)).toEqual([3 * LINE_HEIGHT]);
  });

  test("a 9 pt footnote merged across the table wraps in the table's width, its lines as much smaller as its font", () => {
    const note = [[{ value: "x".repeat(200), style: "note" as const, wrap: true }]];
    // 202 units × 9/11 = 165,3 over 70 × 1,2 = 84 per line: 2 lines of 9/11 × 15 pt.
    expect(wrappedRowHeights(note, widths, ["A1:C1"])).toEqual([2 * (9 / 11) * LINE_HEIGHT]);
    // Unmerged, in column A's 30 units: 5 lines.
    expect(wrappedRowHeights(note, widths)).toEqual([5 * (9 / 11) * LINE_HEIGHT]);
    // 100 characters fit on one line of the table: the row keeps the default height.
    expect(wrappedRowHeights([[{ value: "x".repeat(100), style: "note", wrap: true }]], widths, ["A1:C1"])).toEqual([]);
  });

  test("a bold column heading wraps word by word: a word that does not fit a line's end takes a line of its own", () => {
    // In 10 units, 1,2 × 10 / 1,1 (bold) less the margin of 2 is 8 characters a line: "Budget" / "t.o.m." / "månad 12",
    // where counting characters (24 units over 12) would give 2 lines and cut "12" off.
    const heading = (value: string) => wrappedRowHeights([[{ value: "", style: "columnHeading" }, { value, style: "columnHeading", wrap: true }]], [30, 10]);
    expect(heading("Budget t.o.m. månad 12")).toEqual([3 * LINE_HEIGHT]);
    expect(heading("Utfall 2022")).toEqual([2 * LINE_HEIGHT]);
    // A word longer than the line still takes one line.
    expect(heading("Helårsprognos")).toEqual([]);
  });
});
