import { Dec } from "../../../src/core/money/decimal";
import type { ReportModel } from "../../../src/core/report/model";
import { parseAddress } from "../../../src/core/sheet/a1";
import type { SheetDescription } from "../../../src/core/sheet/description";
import { cellLook } from "../../../src/core/sheet/look";
import { renderReport } from "../../../src/core/sheet/render";
import { LINE_HEIGHT } from "../../../src/core/sheet/rowHeights";

const GOAL = "Minst 70 % av medlen efter administration";
const LONG = "RR Årets resultat (2024-01-01 – 2024-12-31) (101 590 kr) jämfört med summan av dess rader (101 590 kr): differens 0 kr, avrundningstolerans ±0,02 kr. Stämmer.";

/** A table like Finansiella mål and Kontroller: a text column between the label and the figures. */
const model: ReportModel = {
  id: "finansiella-mal", title: "Finansiella mål 2024", unit: "kr", footnotes: [],
  columns: [
    { id: "goal", heading: "Mål", kind: "text" },
    { id: "outcome", heading: "Utfall", kind: "amount" },
  ],
  rows: [
    { id: "a", label: "Andel till individinriktade insatser", kind: "line", level: 0, values: { goal: GOAL, outcome: new Dec(4_950_000) } },
    { id: "b", label: "Summering", kind: "line", level: 0, values: { goal: LONG, outcome: new Dec(0) } },
  ],
};

const at = (sheet: SheetDescription, a1: string) => {
  const { row, col } = parseAddress(a1);
  return { spec: sheet.cells[row]![col]!, col };
};

describe("text columns a board member can read", () => {
  const sheet = renderReport(model, { sheetName: "Finansiella mål" });

  test("a text column is as wide as its texts, not its heading: the goal is not cut off by the next column", () => {
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(GOAL.length);
    // 60 units and the indent that keeps the goal off the label column.
    expect(sheet.columnWidths[1]).toBeLessThanOrEqual(62);
    expect(at(sheet, "B4").spec.wrap).toBeUndefined();
  });

  test("a text longer than the widest column wraps, and its row is tall enough for its lines", () => {
    expect(at(sheet, "B5").spec.wrap).toBe(true);
    expect(cellLook(at(sheet, "B5").spec, 1)).toMatchObject({ wrap: true });
    expect(sheet.rowHeights![4]).toBeGreaterThanOrEqual(3 * LINE_HEIGHT);
    expect(sheet.rowHeights![3]).toBeUndefined();
  });

  test("a text in a figure column (\"Inga\", \"0 procentenheter\") is aligned right as the figures are; a text column's text left", () => {
    const withNone: ReportModel = { ...model, rows: [...model.rows, { id: "c", label: "Ansvarsförbindelser", kind: "line", level: 0, values: { goal: null, outcome: "Inga" } }] };
    const none = renderReport(withNone, { sheetName: "Finansiella mål" });
    const look = (a1: string) => { const { spec, col } = at(none, a1); return cellLook(spec, col)?.horizontal; };
    expect([at(none, "C6").spec.value, look("C6"), look("C4"), look("B4"), look("A6")]).toEqual(["Inga", "right", undefined, "left", undefined]);
  });

  test("a text column's heading is aligned left like its text; a figure column's right", () => {
    const heading = (a1: string) => { const { spec, col } = at(sheet, a1); return cellLook(spec, col)!.horizontal; };
    expect(heading("B3")).toBe("left");
    expect(heading("C3")).toBe("right");
  });

  test("a text column after figures starts one indent in, its width counting it: Kontroller's Status does not touch \"0 procentenheter\" ending at Tolerans's edge", () => {
    const checks: ReportModel = {
      id: "kontroller", title: "Kontroller", unit: "ore", footnotes: [],
      columns: [
        { id: "tolerans", heading: "Tolerans", kind: "amount" },
        { id: "status", heading: "Status", kind: "text" },
      ],
      rows: [
        { id: "a", label: "Andel till individinriktade insatser", kind: "line", level: 0, values: { tolerans: "0 procentenheter", status: "Stämmer" } },
        { id: "b", label: "KFA likvida medel", kind: "line", level: 0, values: { tolerans: null, status: "Kan inte prövas" } },
      ],
    };
    const printed = renderReport(checks, { sheetName: "Kontroller" });
    const look = (a1: string) => { const { spec, col } = at(printed, a1); return cellLook(spec, col); };
    // Tolerans: "0 procentenheter" (16) and a margin of 2; Status: "Kan inte prövas" (15), the indent's 2 and the margin.
    expect(printed.columnWidths.slice(1)).toEqual([18, 19]);
    expect([look("B4")?.horizontal, look("B4")?.indent]).toEqual(["right", undefined]);
    for (const a1 of ["C3", "C4", "C5"]) expect([a1, look(a1)?.horizontal, look(a1)?.indent]).toEqual([a1, "left", 1]);
    expect(look("C5")?.wrap).toBeUndefined();
  });
});
