import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbook, type ReadSheet } from "../../src/xlsx/readWorkbook";
import { recalculate } from "../helpers/libreoffice";
import { editedWorkbook } from "../helpers/editedWorkbook";

/**
 * The example förbund's Budget och plan (Flerårsplan 2025–2027, in tkr): eget kapital 2 152 tkr at 2024's end
 * (its BR), results −300, −400 and −250 tkr, caps 20 % of 6 000, 6 000 and 6 200 tkr. Rows: 10 Summa
 * medlemsavgifter, 14–16 the areas' costs, 17 Summa kostnader, 18 Årets resultat, 20/21 eget kapital vid årets
 * början/slut, 23/24 the cap and its verdict, 25–27 the administration's share, its limit and verdict.
 */
const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../examples/exempelforbund.se")))).inputs;
const plan = buildAllReports(example).sheets.find((s) => s.name === "Budget och plan")!;

describe("a board member changes a plan figure in plain Excel (LibreOffice here): resultat, eget kapital and the verdicts follow", () => {
  const read: Record<string, ReadSheet> = {};

  beforeAll(async () => {
    const files = new Map<string, Uint8Array>([
      ["written", await writeWorkbook([plan])],
      // 2025's individinriktade insatser cut from 4 600 to 3 800 tkr: 2025 gains 800 tkr, and every later year's equity with it.
      ["cut", await editedWorkbook(plan, { B14: -3_800 })],
      // 2027's administration cut from 750 to 500 tkr: its share falls under 10 %.
      ["admin", await editedWorkbook(plan, { D16: -500 })],
      // Staten's 2026 contribution raised from 3 000 to 3 400 tkr: the cap (20 % of the medlemsavgifter) follows.
      ["contribution", await editedWorkbook(plan, { C5: 3_400 })],
    ]);
    const out = await recalculate(files);
    for (const [name, data] of out) read[name] = (await readWorkbook(data))[0]!;
  }, 180_000);

  const row = (s: ReadSheet, r: number) => s.rows[r - 1]!.slice(1, 4);

  test("as written, every formula recalculates to the figure the add-in cached", () => {
    const s = read.written!;
    expect(s.rows[2]!.slice(1, 4)).toEqual(["Budget 2025", "Plan 2026", "Plan 2027"]);
    expect(row(s, 18)).toEqual([-300, -400, -250]);
    expect(row(s, 20)).toEqual([2_152, 1_852, 1_452]);
    expect(row(s, 21)).toEqual([1_852, 1_452, 1_202]);
    expect(row(s, 24)).toEqual(["Ej uppfyllt", "Ej uppfyllt", "Uppfyllt"]);
    expect(row(s, 27)).toEqual(["Ej uppfyllt", "Ej uppfyllt", "Ej uppfyllt"]);
    expect([s.owner, s.edited]).toEqual(["flerarsplan", undefined]);
    plan.cells.forEach((cells, r) => cells.forEach((c, col) => {
      if (!c?.formula) return;
      const got = s.rows[r]![col];
      expect([r, col, got]).toEqual([r, col, typeof c.value === "number" ? expect.closeTo(c.value, 12) : c.value]);
    }));
  });

  test("a cost cut in the budget year carries into every later year's opening and closing equity", () => {
    const s = read.cut!;
    expect(row(s, 17)).toEqual([-5_600, -6_400, -6_450]);
    expect(row(s, 18)).toEqual([500, -400, -250]);
    expect(row(s, 20)).toEqual([2_152, 2_652, 2_252]);
    expect(row(s, 21)).toEqual([2_652, 2_252, 2_002]);
    // Now over the cap in 2027 too; the administration's 800 of 5 600 tkr is 14,3 %.
    expect(row(s, 24)).toEqual(["Ej uppfyllt", "Ej uppfyllt", "Ej uppfyllt"]);
    expect(s.rows[24]![1]).toBeCloseTo(800 / 5_600, 14);
    expect(s.edited).toEqual(["B14"]);
  });

  test("the administration cut in a plan year: its share and verdict follow", () => {
    const s = read.admin!;
    expect(s.rows[24]![3]).toBeCloseTo(500 / 6_200, 14);
    expect(row(s, 27)).toEqual(["Ej uppfyllt", "Ej uppfyllt", "Uppfyllt"]);
    expect(row(s, 21)).toEqual([1_852, 1_452, 1_452]);
  });

  test("a member's contribution raised: the Summa, the result, the cap and the verdict follow", () => {
    const s = read.contribution!;
    expect(row(s, 10)).toEqual([6_000, 6_400, 6_200]);
    expect(row(s, 21)).toEqual([1_852, 1_852, 1_602]);
    expect(row(s, 23)).toEqual([1_200, expect.closeTo(1_280, 9), 1_240]);
    expect(row(s, 24)).toEqual(["Ej uppfyllt", "Ej uppfyllt", "Ej uppfyllt"]);
  });
});
