import { runChecks } from "../../../src/core/checks/run";
import { checksReport } from "../../../src/core/checks/report";
import { renderReport } from "../../../src/core/sheet/render";
import { hbs2021 } from "../../fixtures/seeds/hbs2021";

describe("flag colours on a text column (the Kontroller sheet)", () => {
  it("colours failing checks by their status text, never with amount formulas", () => {
    const sheet = renderReport(checksReport(runChecks(hbs2021)), { sheetName: "Kontroller" });
    const statusColumn = sheet.conditionalFormats.map((c) => c.range.replace(/\d+/g, ""));
    expect(new Set(statusColumn).size).toBe(1);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    for (const cf of sheet.conditionalFormats) expect(cf.formula).toMatch(/^=[A-Z]+\d+="[^"]+"$/);
    const flaggedTexts = new Set(sheet.cells.flat().filter((c) => c.flag === "critical" || c.flag === "warning").map((c) => c.value));
    expect(sheet.conditionalFormats.map((cf) => cf.formula.split('="')[1]!.slice(0, -1)).sort()).toEqual([...flaggedTexts].sort());
  });
});
