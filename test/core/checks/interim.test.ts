import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { readStatementSheets } from "../../../src/core/inputs/statementsSheet";
import { runChecks } from "../../../src/core/checks/run";
import type { Finding } from "../../../src/core/checks/finding";
import type { CellValue } from "../../../src/core/import/table";
import type { Dec } from "../../../src/core/money/decimal";
import { BR, DRIFT, RR } from "../../../src/core/statements/lines";
import { findingCells } from "../../../src/app/findingCells";

/**
 * The delårsrapport's cross-checks (src/core/checks/interim.ts) on delår sheets typed as a user would: a title
 * naming the month, "Belopp i tkr", a header row with "Rubrik", labels and amounts. The figures are made up for
 * the test (no seed prints a delårsrapport): 680 tkr equity at 2023-12-31 + 120 tkr for January–August = 800.
 */
const rrDelar = (result: number): CellValue[][] => [
  ["Resultaträkning för delåret, t.o.m. månad 8"],
  ["Belopp i tkr"],
  ["Rubrik", "2024-01-01 – 2024-08-31"],
  ["Verksamhetens intäkter", 4000],
  ["Verksamhetens kostnader", -(4000 - result)],
  ["Årets resultat", result],
];
const brDelar = (equity: number): CellValue[][] => [
  ["Balansräkning vid delårets slut, månad 8"],
  ["Belopp i tkr"],
  ["Rubrik", "2024-08-31", "2023-12-31"],
  ["Kassa och bank", 1000, 900],
  ["Summa tillgångar", 1000, 900],
  ["Årets resultat", 120, 50],
  ["Övrigt eget kapital", 680, 630],
  ["Summa eget kapital", equity, 680],
  ["Kortfristiga skulder", 200, 220],
  ["Summa eget kapital, avsättningar och skulder", 1000, 900],
];
const followUp = (month: number, result: number): CellValue[][] => [
  [`Budgetuppföljning 2024, t.o.m. månad ${month}`],
  ["Belopp i tkr"],
  // The percentage and the flag in words are read past, as the build writes them.
  ["Rubrik", "Budget helår 2024", `Utfall t.o.m. månad ${month}`, "Avvikelse (%)", "Flagga", "Helårsprognos 2024"],
  ["Steg till arbete", -1800, -1100, "3 %", "OK", -1750],
  ["Resultat", 150, result, "2 %", "OK", 170],
];

const checks = (sheets: Record<string, CellValue[][]>): Finding[] => {
  const read = readStatementSheets(new Map(Object.entries(sheets)));
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("\n"));
  return runChecks(read.set).filter((f) => f.id.startsWith("delar:"));
};
const row = (f: Finding) => [f.id, f.status, f.difference?.toString() ?? null, f.tolerance?.toString() ?? null];

describe("the delårsrapport's cross-checks", () => {
  test("typed delår sheets that tie: balance, result, equity roll-forward and the follow-up's utfall at the same month", () => {
    expect(checks({ "RR delår": rrDelar(120), "BR delår": brDelar(800), Budgetuppföljning: followUp(8, 120) }).map(row)).toEqual([
      ["delar:balans", "pass", "0", "1000"],
      ["delar:resultat", "pass", "0", "1000"],
      ["delar:eget-kapital", "pass", "0", "1500"],
      ["delar:uppf", "pass", "0", "1000"],
    ]);
  });

  test("each tie fails by its difference: equity 5 tkr above 680 + 120, and a follow-up whose utfall is 2 tkr off the RR's result", () => {
    const found = checks({ "RR delår": rrDelar(120), "BR delår": brDelar(805), Budgetuppföljning: followUp(8, 118) });
    expect(found.map(row)).toEqual([
      ["delar:balans", "pass", "0", "1000"],
      ["delar:resultat", "pass", "0", "1000"],
      ["delar:eget-kapital", "fail", "-5000", "1500"],
      ["delar:uppf", "fail", "2000", "1000"],
    ]);
    expect(found.find((f) => f.id === "delar:eget-kapital")!.explanation.sv.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "Balansräkning delår Summa eget kapital 2023 + Resultaträkning delår Årets resultat (800 000 kr) jämfört med Balansräkning delår Summa eget kapital (805 000 kr): differens −5 000 kr, avrundningstolerans ±1 500 kr. Stämmer inte.",
    );
  });

  test("a follow-up of another month is not compared, and says which months; one without its month says to state it", () => {
    const other = checks({ "RR delår": rrDelar(120), "BR delår": brDelar(800), Budgetuppföljning: followUp(6, 120) }).find((f) => f.id === "delar:uppf")!;
    expect([other.status, other.explanation.sv]).toEqual(["not-applicable", "Kan inte prövas: Budgetuppföljningen gäller t.o.m. månad 6, Resultaträkning delår t.o.m. månad 8; skriv dem för samma månad."]);
    const untitled = followUp(8, 120).slice(1).map((r, i) => (i === 1 ? ["Rubrik", "Budget helår 2024", "Utfall", "Avvikelse (%)", "Flagga", "Helårsprognos 2024"] : r));
    const unstated = checks({ "RR delår": rrDelar(120), "BR delår": brDelar(800), Budgetuppföljning: untitled }).find((f) => f.id === "delar:uppf")!;
    expect([unstated.status, unstated.explanation.en]).toEqual(["not-applicable", 'Cannot be tested: the budget follow-up does not state the month it runs to (e.g. "t.o.m. månad 9" in its title).']);
  });

  test("a follow-up column the reader does not know is refused, naming its cell and the columns it reads", () => {
    const sheet = followUp(8, 120).map((r, i) => (i === 2 ? [...r, "Kommentar"] : r));
    const read = readStatementSheets(new Map([["Budgetuppföljning", sheet]]));
    expect(!read.ok && read.errors.map((e) => e.message)).toEqual([
      'cell Budgetuppföljning!G3: kolumnen "Kommentar" är okänd; använd Budget helår, Budget t.o.m. månad, Utfall t.o.m. månad, Avvikelse, Helårsprognos, Prognos − budget.',
    ]);
  });

  test("the RR's month is read from its period heading when its title names none", () => {
    const rr = rrDelar(120).map((r, i) => (i === 0 ? ["Resultaträkning delår"] : r));
    expect(checks({ "RR delår": rr, "BR delår": brDelar(800), Budgetuppföljning: followUp(8, 120) }).find((f) => f.id === "delar:uppf")!.status).toBe("pass");
  });

  const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")))).inputs;
  const delar = (findings: readonly Finding[]) => findings.filter((f) => f.id.startsWith("delar:"));

  test("the build's delår checks at month 9 compare the exact figures: the follow-up's utfall is the delår RR's result", () => {
    const built = buildAllReports({ ...example, settings: { ...example.settings, month: 9 } });
    expect(delar(built.findings).map((f) => [f.id, f.status, f.tolerance?.toString()])).toEqual([
      ["delar:balans", "pass", "0.01"],
      ["delar:resultat", "pass", "0.01"],
      ["delar:eget-kapital", "pass", "0.015"],
      ["delar:uppf", "pass", "0.01"],
    ]);
    // Compared are the delår sheets' own cells: last year's closing equity + the period's result against the period's equity.
    const model = (id: string) => built.models.find((m) => m.id === id)!;
    const value = (id: string, row: string, column: string) => model(id).rows.find((r) => r.id === row)!.values[column] as Dec;
    const rolled = value("delar-balansrakning", BR.summaEgetKapital.id, "previous").plus(value("delar-resultatrakning", RR.aretsResultat.id, "current"));
    const figures = delar(built.findings).find((f) => f.id === "delar:eget-kapital")!.figures.map((f) => f.value!.toString());
    expect(figures).toEqual([rolled.toString(), value("delar-balansrakning", BR.summaEgetKapital.id, "current").toString()]);
    expect(delar(built.findings).find((f) => f.id === "delar:uppf")!.figures.map((f) => f.value!.toString())).toEqual([
      value("delar-resultatrakning", RR.aretsResultat.id, "current").toString(),
      (model("budgetuppfoljning").rows.find((r) => r.id === DRIFT.resultat.id)!.values.actual as Dec).toString(),
    ]);
  });

  test("clicking a delår finding selects its cells on the delår sheets: Balansräkning delår's two sums", () => {
    const built = buildAllReports({ ...example, settings: { ...example.settings, month: 9 } });
    const written = built.sheets.map((s) => ({ key: s.ownerKey!, name: s.name }));
    const balance = built.findings.find((f) => f.id === "delar:balans")!;
    // Summa tillgångar and Summa eget kapital, avsättningar och skulder of the period (column B), as the month-9 sheet prints them.
    expect(findingCells(balance.refs, built.models, written)).toEqual([{ sheet: "Balansräkning delår", range: "B16,B27" }]);
    const uppf = built.findings.find((f) => f.id === "delar:uppf")!;
    expect(findingCells(uppf.refs, built.models, written).map((g) => g.sheet)).toEqual(["Resultaträkning delår", "Budgetuppföljning"]);
  });

  test("at month 12, and for a ledger without months, the build's delår checks cannot be tested and say why, in both languages", () => {
    const december = delar(buildAllReports(example).findings);
    expect(december.map((f) => f.status)).toEqual(["not-applicable", "not-applicable", "not-applicable", "not-applicable"]);
    expect(december[0]!.explanation.sv).toMatch(/^Kan inte prövas: Utfall till och med månad 12 är helåret: dess resultat- och balansräkning står på bladen Resultaträkning och Balansräkning\./);
    expect(december[0]!.explanation.en).toMatch(/^Cannot be tested: Actuals up to month 12 are the whole year/);
    const balancesOnly = { ...example.ledger, periods: new PeriodTable() };
    const noMonths = delar(buildAllReports({ ...example, ledger: balancesOnly, budget: undefined, settings: { ...example.settings, month: 9 } }).findings);
    expect(noMonths.map((f) => [f.id, f.status])).toEqual(["delar:balans", "delar:resultat", "delar:eget-kapital", "delar:uppf"].map((id) => [id, "not-applicable"]));
    expect(noMonths[3]!.explanation.sv).toMatch(/^Kan inte prövas: Resultat- och balansräkningen för delåret t\.o\.m\. månad 9 byggdes inte: huvudboken har inga utfall per månad/);
    expect(noMonths[3]!.explanation.en).toMatch(/^Cannot be tested: The interim income statement and balance sheet up to month 9 were not built/);
  });

  test("statements without delår sheets have no delår checks", () => {
    expect(checks({ "BR delår": [], RR: rrDelar(120).map((r, i) => (i === 2 ? ["Rubrik", "2024", "2023"] : r)) })).toEqual([]);
  });
});
