import { cellLook } from "../../../src/core/sheet/look";
import { renderReport } from "../../../src/core/sheet/render";
import { stockholmRr } from "./fixtures";

describe("cell looks", () => {
  test("an indented cell is aligned left: Excel and LibreOffice ignore an indent in the default alignment, so the RR's lines printed flush with their subtotals", () => {
    const sheet = renderReport(stockholmRr(), { sheetName: "Resultaträkning" });
    // A4 "Verksamhetens intäkter" (level 1) under A7 "Verksamhetens resultat" (level 0, bold, no indent).
    expect(cellLook(sheet.cells[3]![0], 0)).toEqual({ indent: 1, horizontal: "left" });
    expect(cellLook(sheet.cells[6]![0], 0)).toEqual({ bold: true });
  });

  test("an indented text aligned right keeps its alignment", () => {
    expect(cellLook({ value: "Inga", indent: 1, alignRight: true }, 2)).toEqual({ indent: 1, horizontal: "right" });
  });
});
