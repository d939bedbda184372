import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPlanSheet, PLAN_HEADERS } from "../../../src/core/inputs/planSheet";
import { readWorkbookInputs } from "../../../src/core/inputs/workbookInputs";
import { inputTemplates, SHEETS } from "../../../src/core/inputs/templates";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import type { Cells } from "../../../src/core/import/table";

const header = [...PLAN_HEADERS];
/** HBS 2026 (seed 004:253–276) as typed on the sheet, under its title row, and two plan years after it. */
const HBS: Cells = [
  ["Verksamhetsplan och budget"],
  header,
  [2026, "14 662 000", null, 12000000, 1300000, 2460000],
  [2027, 14662000, 0, 11500000, 1300000, 2460000],
  [2028, 14662000, 0, 11000000, 1300000, 2400000],
];
const errorsOf = (cells: Cells) => {
  const read = readPlanSheet(cells);
  return read.ok ? [] : read.errors.map((e) => [e.cell, e.message.replace(/\u00a0/g, " ")]);
};
const withRow = (at: number, row: Cells[number]) => HBS.map((r, i) => (i === at ? row : r));

describe("Flerårsplan (the plan years)", () => {
  test("reads the years in kronor: Swedish number text, a blank as 0, and names each year's cell", () => {
    const read = readPlanSheet(HBS);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.years.map((y) => [y.year, y.cell, y.contributions.toNumber(), y.otherIncome.toNumber(), y.individual.toNumber(), y.admin.toNumber()])).toEqual([
      [2026, "A3", 14_662_000, 0, 12_000_000, 2_460_000], [2027, "A4", 14_662_000, 0, 11_500_000, 2_460_000], [2028, "A5", 14_662_000, 0, 11_000_000, 2_400_000],
    ]);
  });

  test("bad input is named by its cell: text for an amount, a negative cost, a missing medlemsavgift, a year that is none", () => {
    expect(errorsOf(withRow(3, [2027, 14662000, 0, "elva miljoner", 1300000, 2460000]))).toEqual([["D4", expect.stringMatching(/^cell D4: /)]]);
    expect(errorsOf(withRow(3, [2027, 14662000, 0, 11500000, -1300000, 2460000]))).toEqual([
      ["E4", "cell E4: Strukturinriktade insatser är −1 300 000 kr; ange beloppet utan minustecken (kostnader skrivs som positiva belopp, som på bladet Budget)."],
    ]);
    expect(errorsOf(withRow(3, [2027, null, 0, 11500000, 1300000, 2460000]))).toEqual([["B4", "cell B4: Medlemsavgifter för 2027 saknas; ange årets belopp i kronor."]]);
    expect(errorsOf(withRow(2, ["budget", 14662000, 0, 12000000, 1300000, 2460000]))).toEqual([["A3", 'cell A3: "budget" är inte ett år (t.ex. 2026).']]);
  });

  test("a year gap (or a year out of order) is refused at the row: each year opens with the year before's closing equity", () => {
    expect(errorsOf(withRow(4, [2029, 14662000, 0, 11000000, 1300000, 2400000]))).toEqual([
      ["A5", "cell A5: året 2029 följer inte året före (A4); nästa år är 2028. Planens år ska följa på varandra, ett år per rad, eftersom varje års ingående eget kapital är årets före utgående."],
    ]);
    expect(errorsOf(withRow(4, [2026, 14662000, 0, 11000000, 1300000, 2400000]))[0]![0]).toBe("A5");
  });
});

describe("Flerårsplan in the workbook", () => {
  const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")))).inputs;
  const sheets = new Map(inputTemplates({ example: example.ledger }).map((t) => [t.name, t.cells.map((row) => row.map((c) => c.value ?? null))]));

  test("the example's plan reaches the build with the Medlemmar sheet, its cells named on the sheet", () => {
    const read = readWorkbookInputs(sheets, { ledger: example.ledger });
    expect(read.ok && [read.inputs.plan?.map((y) => [y.year, y.cell]), read.inputs.members?.municipalities.length]).toEqual([[[2025, "Flerårsplan!A3"], [2026, "Flerårsplan!A4"], [2027, "Flerårsplan!A5"]], 3]);
  });

  test("a plan without members is refused: nothing is built", () => {
    const noMembers = readWorkbookInputs(new Map(sheets).set(SHEETS.members, [["Medlemmar"], ["Namn", "Typ", "Vikt"]]), { ledger: example.ledger });
    expect(noMembers.ok ? [] : noMembers.errors.map((e) => e.code)).toEqual(["plan.noMembers"]);
  });

  test("a plan that does not start the year after the ledger's (a new year imported beside last year's plan) is left out, naming its cell; the other reports are built", () => {
    const later = readWorkbookInputs(new Map(sheets).set(SHEETS.plan, HBS as (string | number | boolean | null)[][]), { ledger: example.ledger });
    if (!later.ok) throw new Error(JSON.stringify(later.errors));
    const built = buildAllReports(later.inputs);
    const why = "cell Flerårsplan!A3: planen börjar 2026, men eget kapital vid dess början tas ur böckerna för 2024; planens första år ska vara 2025. Budget och plan byggdes inte; de andra rapporterna är byggda.";
    expect(built.warnings.map((w) => w.message)).toContain(why);
    const sheet = built.sheets.find((s) => s.name === "Budget och plan")!;
    expect(sheet.cells.flat().map((c) => c.value)).toContain(why);
    expect(built.sheets).toHaveLength(17);
  });

  test("before month 12 the plan opens with the forecast's year-end equity, not the books' closing one", () => {
    const read = readWorkbookInputs(sheets, { ledger: example.ledger });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const built = (month: number) => buildAllReports({ ...read.inputs, settings: { ...read.inputs.settings, month } }).models;
    const cell = (models: ReturnType<typeof built>, id: string, row: string, column: string) => models.find((m) => m.id === id)!.rows.find((r) => r.id === row)!.values[column]!.toString();
    // 2 151 590 kr at 2024-12-31, the BR's Summa eget kapital.
    expect(cell(built(12), "flerarsplan", "plan.ingaende-ek", "ar2025")).toBe("2151590");
    // At month 9: Prognos finansiella mål's expected year-end equity, which is not the books' closing figure.
    const month9 = built(9);
    expect(cell(month9, "flerarsplan", "plan.ingaende-ek", "ar2025")).toBe(cell(month9, "prognos-mal", "prognos.utgaende-ek", "outcome"));
    expect(cell(month9, "flerarsplan", "plan.ingaende-ek", "ar2025")).not.toBe("2151590");
  });

  test("without plan years the sheet says how to fill it in", () => {
    const read = readWorkbookInputs(new Map(sheets).set(SHEETS.plan, [["Flerårsplan"], header]), { ledger: example.ledger });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const sheet = buildAllReports(read.inputs).sheets.find((s) => s.name === "Budget och plan")!;
    expect(sheet.cells.flat().map((c) => c.value)).toContain("Bladet Flerårsplan har inga år. Skriv där budgetåret och planåren efter det, ett år per rad: medlemsavgifter, övriga intäkter och kostnader per område i kronor; eget kapital vid planens början tas ur böckerna.");
  });
});
