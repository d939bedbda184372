import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dec } from "../../src/core/money/decimal";
import { buildFinansiellaMal, type GoalInputs } from "../../src/core/statements/finansiellaMal";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { renderReport } from "../../src/core/sheet/render";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbook, type ReadSheet } from "../../src/xlsx/readWorkbook";
import { recalculate } from "../helpers/libreoffice";
import { editedWorkbook } from "../helpers/editedWorkbook";

/**
 * HBS 2021 (seed 000): eget kapital 8 912,9 + 1 753,2 = 10 666,1 tkr (BR, 000:1269–1270; "ca 10,7 miljoner", 000:1091;
 * "överstiger … med totalt ca 8 miljoner kronor", 000:1116–1118) against the förbund's fixed 2,5 mnkr; administration
 * 2 322, individinriktade 13 797 and strukturinriktade insatser 1 305 tkr of Summa kostnader 17 424 tkr (the
 * budget-vs-utfall table, 000:2439, 2451, 2463, 2468); årets resultat 1 753,2 tkr (000:1248); contributions 14 600 tkr (000:1304–1308).
 */
const HBS: GoalInputs = {
  year: "2021",
  equity: new Dec(10_666_100),
  contributions: new Dec(14_600_000),
  equityRule: { kind: "fixed", amount: new Dec(2_500_000), label: "2,5 mnkr (förbundets mål)", verified: true },
  adminCosts: new Dec(2_322_000),
  totalCosts: new Dec(17_424_000),
  areaCosts: { individual: new Dec(13_797_000), structural: new Dec(1_305_000) },
  aretsResultat: new Dec(1_753_200),
};

/** The committed example förbund at month 9: the forecast's opening equity 2 050 tkr, result −8 tkr (prognosMal.test.ts). */
const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../examples/exempelforbund.se")))).inputs;
const outlook = buildAllReports({ ...example, settings: { ...example.settings, month: 9 } }).sheets.find((s) => s.name === "Prognos finansiella mål")!;
/** Its year (month 12): eget kapital 2 152 tkr against 20 % of the members' 6 000 tkr, the example's flat rule. */
const yearGoals = buildAllReports({ ...example, settings: { ...example.settings, month: 12 } }).sheets.find((s) => s.name === "Finansiella mål")!;

describe("a board member corrects a goal's figure in plain Excel (LibreOffice here): its verdict, Andel and Över gränsen follow", () => {
  const sheet = renderReport(buildFinansiellaMal(HBS, { unit: "tkr" }), { sheetName: "Finansiella mål" });
  const read: Record<string, ReadSheet> = {};

  beforeAll(async () => {
    const files = new Map<string, Uint8Array>([
      ["written", await writeWorkbook([sheet])],
      // Rows 4–6: Eget kapital, Administrationens andel, Balanskravsresultat; column C is Utfall.
      ["goals", await editedWorkbook(sheet, { C4: 2_400, C5: 1_500, C6: -100 })],
      // Row 9 of the base: the individinriktade insatser, a cost that is not administration's own.
      ["cost", await editedWorkbook(sheet, { C9: 21_000 })],
      ["outlookWritten", await writeWorkbook([outlook])],
      // Row 4: Ingående eget kapital; row 15: Strukturinriktade insatser in the base.
      ["outlook", await editedWorkbook(outlook, { C4: 1_000, C15: 3_000 })],
      // Row 9 (row 12 on the forecast): Medlemmarnas bidrag, the equity cap's base.
      ["yearWritten", await writeWorkbook([yearGoals])],
      ["contributions", await editedWorkbook(yearGoals, { C9: 12_000 })],
      ["outlookContributions", await editedWorkbook(outlook, { C12: 5_000 })],
      ["outlookUnder", await editedWorkbook(outlook, { C12: 15_000 })],
    ]);
    const out = await recalculate(files);
    for (const [name, data] of out) read[name] = (await readWorkbook(data))[0]!;
  }, 180_000);

  const figures = (s: ReadSheet, rows: number[], columns: number[]) => rows.map((r) => columns.map((c) => s.rows[r - 1]![c]));

  test("as written, every formula recalculates to the figure the add-in cached (the engine's verdicts)", () => {
    const asWritten = read.written!;
    expect(asWritten.rows[2]!.slice(1)).toEqual(["Mål", "Utfall", "Gräns", "Över gränsen", "Andel", "Måluppfyllelse"]);
    expect(figures(asWritten, [4, 5, 6], [2, 3, 4, 6])).toEqual([
      [10_666, 2_500, 8_166, "Ej uppfyllt"],
      [2_322, 1_742.4, null, "Ej uppfyllt"], // 10 % of the printed 17 424
      [1_753, 0, null, "Uppfyllt"],
    ]);
    // Rows 8–11: the base, its samlade kostnader the SUM of the three areas (000:2468's 17 424).
    expect(figures(asWritten, [8, 9, 10, 11], [0, 2])).toEqual([
      ["Administration (kansli, styrelse, revision)", 2_322], ["Individinriktade insatser", 13_797], ["Strukturinriktade insatser", 1_305], ["Samlade kostnader", 17_424],
    ]);
    // "De administrativa kostnaderna uppgår till totalt 13 procent av kostnaderna" (000:1123–1124).
    expect([asWritten.rows[3]![5], asWritten.rows[4]![5]]).toEqual([expect.closeTo(10_666 / 2_500, 14), expect.closeTo(2_322 / 17_424, 14)]);
    // Saved by LibreOffice, the formulas still read as the add-in's own: the sheets are not taken as edited.
    expect([read.written!.owner, read.written!.edited, read.outlookWritten!.owner, read.outlookWritten!.edited]).toEqual(["finansiella-mal", undefined, "prognos-mal", undefined]);
    expect(read.cost!.edited).toEqual(["C9"]);
    for (const [written, name] of [[sheet, "written"], [outlook, "outlookWritten"], [yearGoals, "yearWritten"]] as const) {
      written.cells.forEach((row, r) => row.forEach((c, col) => {
        if (!c?.formula) return;
        const got = read[name]!.rows[r]![col];
        if (typeof c.value === "number") expect([name, r, col, got]).toEqual([name, r, col, expect.closeTo(c.value, 12)]);
        else expect([name, r, col, got]).toEqual([name, r, col, c.value]);
      }));
    }
  });

  test("a goal's Utfall corrected, each verdict flips with its direction, the equity's Andel and amount over the limit follow", () => {
    expect(figures(read.goals!, [4, 5, 6], [2, 4, 6])).toEqual([
      [2_400, -100, "Uppfyllt"], // at most the cap
      [1_500, null, "Uppfyllt"], // at most 10 % of the costs
      [-100, null, "Ej uppfyllt"], // balanskrav: at least 0
    ]);
    expect(read.goals!.rows[3]![5]).toBeCloseTo(0.96, 14);
  });

  test("a cost under the goals corrected, the samlade kostnader, the administration's Gräns, Andel and verdict follow", () => {
    // 2 322 + 21 000 + 1 305 = 24 627 tkr: 2 322 is within its 2 462,7, at 9,4 %.
    expect(figures(read.cost!, [5, 11], [2, 3, 5, 6])).toEqual([[2_322, expect.closeTo(2_462.7, 9), expect.closeTo(2_322 / 24_627, 14), "Uppfyllt"], [24_627, null, null, null]]);
  });

  test("the members' contributions corrected, the equity cap (20 % of them), its Andel, Över gränsen and verdict follow", () => {
    // As written: 2 152 tkr over 20 % of 6 000 = 1 200 tkr.
    expect(figures(read.yearWritten!, [4], [2, 3, 4, 6])).toEqual([[2_152, 1_200, 952, "Ej uppfyllt"]]);
    expect(figures(read.yearWritten!, [9], [0, 2])).toEqual([["Medlemmarnas bidrag", 6_000]]);
    // 12 000 tkr: the cap 2 400, the equity 248 under it, at 89,7 %.
    expect(figures(read.contributions!, [4], [2, 3, 4, 6])).toEqual([[2_152, 2_400, -248, "Uppfyllt"]]);
    expect(read.contributions!.rows[3]![5]).toBeCloseTo(2_152 / 2_400, 14);
    // The forecast's 2 042 tkr at year end against 20 % of 5 000 = 1 000: over by 1 042, at 204,2 %.
    expect(figures(read.outlookContributions!, [7], [2, 3, 4, 6])).toEqual([[2_042, 1_000, 1_042, "Uppfylls inte enligt prognos"]]);
    expect(read.outlookContributions!.rows[6]![5]).toBeCloseTo(2_042 / 1_000, 14);
    // Corrected the other way on the forecast, 15 000 tkr gives a cap of 3 000 the 2 042 is under.
    expect(figures(read.outlookUnder!, [7], [3, 4, 6])).toEqual([[3_000, -958, "Uppfylls enligt prognos"]]);
  });

  test("Prognos finansiella mål: the opening equity and a cost corrected, the year-end equity and every verdict on it follow", () => {
    const s = read.outlook!;
    // 1 000 − 8 = 992 tkr at year end, now under the 1 200 tkr cap.
    expect(figures(s, [6, 7], [2, 3, 4, 6])).toEqual([[992, null, null, null], [992, 1_200, -208, "Uppfylls enligt prognos"]]);
    expect(s.rows[6]![5]).toBeCloseTo(992 / 1_200, 14);
    // Struktur 381 → 3 000 tkr: individ's 4 755 of 7 755 tkr is 61,3 %, under 70 %; the administration's 1 282 of 9 037 tkr still over 10 %.
    expect(figures(s, [8, 9], [2, 3, 6])).toEqual([
      [1_282, expect.closeTo(903.7, 9), "Uppfylls inte enligt prognos"],
      [4_755, expect.closeTo(5_428.5, 9), "Uppfylls inte enligt prognos"],
    ]);
    expect(s.rows[8]![5]).toBeCloseTo(4_755 / 7_755, 14);
  });
});
