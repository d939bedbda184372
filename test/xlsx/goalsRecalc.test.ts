import ExcelJS from "exceljs";
import { Dec } from "../../src/core/money/decimal";
import { buildFinansiellaMal, type GoalInputs } from "../../src/core/statements/finansiellaMal";
import { renderReport } from "../../src/core/sheet/render";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbook, type ReadSheet } from "../../src/xlsx/readWorkbook";
import { recalculate } from "../helpers/libreoffice";

/**
 * HBS 2021 (seed 000): eget kapital 8 912,9 + 1 753,2 = 10 666,1 tkr (BR, 000:1269–1270; "ca 10,7 miljoner", 000:1091;
 * "överstiger … med totalt ca 8 miljoner kronor", 000:1116–1118) against the förbund's fixed 2,5 mnkr; administration 2 322 tkr (000:2439) of costs 17 423 tkr
 * (000:1236); årets resultat 1 753,2 tkr (000:1248); contributions 14 600 tkr (000:1304–1308).
 */
const HBS: GoalInputs = {
  year: "2021",
  equity: new Dec(10_666_100),
  contributions: new Dec(14_600_000),
  equityRule: { kind: "fixed", amount: new Dec(2_500_000), label: "2,5 mnkr (förbundets mål)", verified: true },
  adminCosts: new Dec(2_322_000),
  totalCosts: new Dec(17_423_000),
  aretsResultat: new Dec(1_753_200),
};

describe("a board member corrects a goal's figure in plain Excel (LibreOffice here): its verdict, Andel and Över gränsen follow", () => {
  const sheet = renderReport(buildFinansiellaMal(HBS, { unit: "tkr" }), { sheetName: "Finansiella mål" });
  let asWritten: ReadSheet;
  let corrected: ReadSheet;

  beforeAll(async () => {
    const written = await writeWorkbook([sheet]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet("Finansiella mål")!;
    // Rows 4–6: Eget kapital, Administrationens andel, Balanskravsresultat; column C is Utfall.
    ws.getCell("C4").value = 2_400; // under the 2 500 tkr cap
    ws.getCell("C5").value = 1_500; // under 10 % of 17 423 tkr
    ws.getCell("C6").value = -100; // a deficit
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const out = await recalculate(new Map([["written", written], ["edited", edited]]));
    asWritten = (await readWorkbook(out.get("written")!))[0]!;
    corrected = (await readWorkbook(out.get("edited")!))[0]!;
  }, 180_000);

  test("as written, every formula recalculates to the figure the add-in cached (the engine's verdicts)", () => {
    expect(asWritten.rows[2]!.slice(1)).toEqual(["Mål", "Utfall", "Gräns", "Över gränsen", "Andel", "Måluppfyllelse"]);
    expect(asWritten.rows.slice(3, 6).map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      [10_666, 2_500, 8_166, "Ej uppfyllt"],
      [2_322, 1_742, null, "Ej uppfyllt"],
      [1_753, 0, null, "Uppfyllt"],
    ]);
    expect(asWritten.rows[3]![5]).toBeCloseTo(10_666 / 2_500, 14);
    sheet.cells.forEach((row, r) => row.forEach((c, col) => {
      if (!c?.formula) return;
      const got = asWritten.rows[r]![col];
      if (typeof c.value === "number") expect([r, col, got]).toEqual([r, col, expect.closeTo(c.value, 12)]);
      else expect([r, col, got]).toEqual([r, col, c.value]);
    }));
  });

  test("corrected, each verdict flips with its direction, the equity's Andel and amount over the limit follow", () => {
    expect(corrected.rows.slice(3, 6).map((r) => [r[2], r[4], r[6]])).toEqual([
      [2_400, -100, "Uppfyllt"], // at most the cap
      [1_500, null, "Uppfyllt"], // at most 10 % of the costs
      [-100, null, "Ej uppfyllt"], // balanskrav: at least 0
    ]);
    expect(corrected.rows[3]![5]).toBeCloseTo(0.96, 14);
  });
});
