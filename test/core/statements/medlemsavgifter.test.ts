import { Dec } from "../../../src/core/money/decimal";
import { UNITS } from "../../../src/core/money/units";
import { defaultFundingModel, splitContributions } from "../../../src/core/rules/contributions";
import { buildMedlemsavgifter } from "../../../src/core/statements/medlemsavgifter";
import { renderReport } from "../../../src/core/sheet/render";

describe("Medlemsavgifter sheet", () => {
  // Seed 004 (HBS 2026): the municipalities share their 25 % as 11,75 / 11,75 / 1,5 % of the 14 662 000 kr total.
  const model = defaultFundingModel([{ name: "Region Stockholm", weight: new Dec(1) }], [
    { name: "Botkyrka", weight: new Dec("11.75") },
    { name: "Huddinge", weight: new Dec("11.75") },
    { name: "Salem", weight: new Dec("1.5") },
  ]);
  const parts = splitContributions(new Dec(14_662_000), model, UNITS.kr);
  const sheet = renderReport(buildMedlemsavgifter(parts, { year: "2026", step: "kr" }), { sheetName: "Medlemsavgifter" });
  const row = (label: string) => sheet.cells.find((r) => r[0]?.value === label)!;

  it("shows each share to the hundredth of a percent, as agreed (11,75 %, not 11,8 %)", () => {
    expect(row("Botkyrka")[1]).toMatchObject({ value: 0.1175, numberFormat: "0.00%" });
    expect(row("Salem")[1]).toMatchObject({ value: 0.015, numberFormat: "0.00%" });
    expect(row("Botkyrka")[2]!.value).toBe(1_722_785);
  });
});
