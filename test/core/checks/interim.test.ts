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
  // Resultat is the sum of its areas; an insats stands above its area.
  ["Intäkter från huvudmännen", 1950, result + 1100, "0 %", "OK", 1920],
  ["Steg till arbete", -1800, -1100, "3 %", "OK", -1750],
  ["Individinriktade insatser", -1800, -1100, "3 %", "OK", -1750],
  ["Resultat", 150, result, "2 %", "OK", 170],
];

const allChecks = (sheets: Record<string, CellValue[][]>): Finding[] => {
  const read = readStatementSheets(new Map(Object.entries(sheets)));
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("\n"));
  return runChecks(read.set);
};
/** The delår ties (the structure checks, "delar:enhet:…" and "delar:summa:…", have tests of their own below). */
const checks = (sheets: Record<string, CellValue[][]>): Finding[] => allChecks(sheets).filter((f) => f.id.startsWith("delar:") && !STRUCTURE.test(f.id));
const STRUCTURE = /^delar:(enhet|summa):/;
const structure = (sheets: Record<string, CellValue[][]>): Finding[] => allChecks(sheets).filter((f) => STRUCTURE.test(f.id));
const row = (f: Finding) => [f.id, f.status, f.difference?.toString() ?? null, f.tolerance?.toString() ?? null];

describe("the delårsrapport's cross-checks", () => {
  test("typed delår sheets that tie: balance, result, equity roll-forward and the follow-up's utfall at the same month", () => {
    expect(checks({ "RR delår": rrDelar(120), "BR delår": brDelar(800), Budgetuppföljning: followUp(8, 120) }).map(row)).toEqual([
      ["delar:balans", "pass", "0", "1000"],
      ["delar:resultat", "pass", "0", "1000"],
      ["delar:eget-kapital", "pass", "0", "1500"],
      ["delar:manad", "pass", null, null],
      ["delar:uppf", "pass", "0", "1000"],
    ]);
  });

  test("each tie fails by its difference: equity 5 tkr above 680 + 120, and a follow-up whose utfall is 2 tkr off the RR's result", () => {
    const found = checks({ "RR delår": rrDelar(120), "BR delår": brDelar(805), Budgetuppföljning: followUp(8, 118) });
    expect(found.map(row)).toEqual([
      ["delar:balans", "pass", "0", "1000"],
      ["delar:resultat", "pass", "0", "1000"],
      ["delar:eget-kapital", "fail", "-5000", "1500"],
      ["delar:manad", "pass", null, null],
      ["delar:uppf", "fail", "2000", "1000"],
    ]);
    expect(found.find((f) => f.id === "delar:eget-kapital")!.explanation.sv.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "Balansräkning delår Summa eget kapital 2023 + Resultaträkning delår Årets resultat (800 000 kr) jämfört med Balansräkning delår Summa eget kapital (805 000 kr): differens −5 000 kr, avrundningstolerans ±1 500 kr. Stämmer inte.",
    );
  });

  test("a follow-up of another month fails delar:manad, naming both months, and is not compared; one without its month says to state it", () => {
    // The follow-up's utfall equals the RR's result, but at month 6 against the RR's 8: the month check fails alone.
    const other = checks({ "RR delår": rrDelar(120), "BR delår": brDelar(800), Budgetuppföljning: followUp(6, 120) }).filter((f) => /^delar:(manad|uppf)$/.test(f.id));
    expect(other.map((f) => [f.id, f.status, f.explanation.sv])).toEqual([
      ["delar:manad", "fail", "Budgetuppföljningen gäller t.o.m. månad 6, Resultaträkning delår t.o.m. månad 8; skriv dem för samma månad. Stämmer inte."],
      ["delar:uppf", "not-applicable", "Kan inte prövas: Budgetuppföljningen gäller t.o.m. månad 6, Resultaträkning delår t.o.m. månad 8; skriv dem för samma månad."],
    ]);
    expect(other[0]!.title.en).toBe("The budget follow-up and the interim income statement run to the same month");
    const untitled = followUp(8, 120).slice(1).map((r, i) => (i === 1 ? ["Rubrik", "Budget helår 2024", "Utfall", "Avvikelse (%)", "Flagga", "Helårsprognos 2024"] : r));
    const unstated = checks({ "RR delår": rrDelar(120), "BR delår": brDelar(800), Budgetuppföljning: untitled }).filter((f) => /^delar:(manad|uppf)$/.test(f.id));
    expect(unstated.map((f) => [f.id, f.status, f.explanation.en])).toEqual(["delar:manad", "delar:uppf"].map((id) => [id, "not-applicable", 'Cannot be tested: the budget follow-up does not state the month it runs to (e.g. "t.o.m. månad 9" in its title).']));
  });

  test("a follow-up column the reader does not know is refused, naming its cell and the columns it reads", () => {
    const sheet = followUp(8, 120).map((r, i) => (i === 2 ? [...r, "Kommentar"] : r));
    const read = readStatementSheets(new Map([["Budgetuppföljning", sheet]]));
    expect(!read.ok && read.errors.map((e) => e.message)).toEqual([
      'cell Budgetuppföljning!G3: kolumnen "Kommentar" är okänd; använd Budget helår, Budget t.o.m. månad, Utfall t.o.m. månad, Avvikelse, Helårsprognos, Prognos − budget.',
    ]);
  });

  test("the delår RR's comparison column is last year's same months: its period is tied, and its sums are checked as the period's", () => {
    // Last year's January–August beside this year's: 4 000 − 3 900 = 100 tkr.
    const twoColumns = (previous: string, result = 100): CellValue[][] => rrDelar(120).map((r, i) => (i === 2 ? [...r, previous] : i === 3 ? [...r, 4000] : i === 4 ? [...r, -3900] : i === 5 ? [...r, result] : r));
    const sheets = (previous: string, result?: number) => allChecks({ "RR delår": twoColumns(previous, result), "BR delår": brDelar(800) });
    const of = (found: Finding[]) => found.filter((f) => f.id === "delar:jamforelse" || f.id.startsWith("delar:summa:delrr")).map((f) => [f.id, f.status, f.explanation.sv]);
    expect(of(sheets("2023-01-01 – 2023-08-31"))).toEqual([
      ["delar:summa:delrr:rr.arets-resultat:current", "pass", expect.any(String)],
      ["delar:summa:delrr:rr.arets-resultat:previous", "pass", expect.any(String)],
      ["delar:jamforelse", "pass", "Perioden 2024-01-01 – 2024-08-31 jämförs med 2023-01-01 – 2023-08-31. Stämmer."],
    ]);
    // Last year's whole year, or its first half, is not the same months; a result typed 10 tkr off its lines fails its sum.
    expect(of(sheets("2023")).at(-1)).toEqual(["delar:jamforelse", "fail", "Jämförelsekolumnen 2023 är inte samma månader föregående år som perioden 2024-01-01 – 2024-08-31: det är 2023-01-01 – 2023-08-31. Stämmer inte."]);
    expect(of(sheets("2023-01-01 – 2023-06-30")).at(-1)![1]).toBe("fail");
    const off = of(sheets("2023-01-01 – 2023-08-31", 110));
    expect(off.map((f) => f.slice(0, 2))).toEqual([["delar:summa:delrr:rr.arets-resultat:current", "pass"], ["delar:summa:delrr:rr.arets-resultat:previous", "fail"], ["delar:jamforelse", "pass"]]);
    // February of a leap year against last year's: the months are compared, not the days.
    const february = rrDelar(120).map((r, i) => (i === 0 ? ["Resultaträkning delår"] : i === 2 ? ["Rubrik", "2024-01-01 – 2024-02-29", "2023-01-01 – 2023-02-28"] : r));
    expect(allChecks({ "RR delår": february }).find((f) => f.id === "delar:jamforelse")!.status).toBe("pass");
    // Headings without dates cannot be compared, and say what they need; a period headed by its year alone names no months.
    const headed = (current: string, previous: string) => allChecks({ "RR delår": rrDelar(120).map((r, i) => (i === 2 ? ["Rubrik", current, previous] : r)) }).find((f) => f.id === "delar:jamforelse")!;
    const undated = headed("Jan–aug 2024", "Jan–aug 2023");
    expect([undated.status, undated.explanation.en]).toEqual(["not-applicable", 'Cannot be tested: the column headings "Jan–aug 2024" and "Jan–aug 2023" do not give the periods by their dates (e.g. "2023-01-01 – 2023-08-31").']);
    expect(headed("2024", "2023").status).toBe("not-applicable");
  });

  test("the RR's month is read from its period heading when its title names none", () => {
    const rr = rrDelar(120).map((r, i) => (i === 0 ? ["Resultaträkning delår"] : r));
    expect(checks({ "RR delår": rr, "BR delår": brDelar(800), Budgetuppföljning: followUp(8, 120) }).find((f) => f.id === "delar:uppf")!.status).toBe("pass");
  });

  test("the delår sheets' unit headings and sums are checked as the year's, under delår ids of their own", () => {
    // Delår RR: Periodens resultat = 4 000 − 3 880 (derived Verksamhetens resultat); BR: three sums in two columns.
    expect(structure({ "RR delår": rrDelar(120), "BR delår": brDelar(800) }).map(row)).toEqual([
      ["delar:enhet:delrr", "not-applicable", null, null],
      ["delar:enhet:delbr", "pass", null, null],
      ["delar:summa:delrr:rr.arets-resultat:current", "pass", "0", "1500"],
      ["delar:summa:delbr:br.summa-tillgangar:current", "pass", "0", "1000"],
      ["delar:summa:delbr:br.summa-tillgangar:previous", "pass", "0", "1000"],
      ["delar:summa:delbr:br.summa-eget-kapital:current", "pass", "0", "1500"],
      ["delar:summa:delbr:br.summa-eget-kapital:previous", "pass", "0", "1500"],
      ["delar:summa:delbr:br.summa-ek-avs-skulder:current", "pass", "0", "1500"],
      ["delar:summa:delbr:br.summa-ek-avs-skulder:previous", "pass", "0", "1500"],
    ]);
  });

  test("a delår total that is not the sum of its lines fails by the difference, titled by the delår sheet", () => {
    // Summa tillgångar printed 1 100 over Kassa och bank 1 000.
    const br = brDelar(800).map((r, i) => (i === 4 ? ["Summa tillgångar", 1100, 900] : r));
    const found = structure({ "RR delår": rrDelar(120), "BR delår": br }).find((f) => f.id === "delar:summa:delbr:br.summa-tillgangar:current")!;
    expect([found.status, found.difference?.toString(), found.title.sv]).toEqual(["fail", "100000", "Summering: Balansräkning delår Summa tillgångar (2024-08-31)"]);
  });

  test("a delår BR headed kr with amounts in tkr fails its unit check against the year's BR, and the delår ties read it in tkr", () => {
    // The year's BR in kr: last year's Summa tillgångar 900 000 kr, the delår BR's comparison column 900 under "Belopp i kr".
    const yearBr: CellValue[][] = [["Balansräkning"], ["Belopp i kr"], ["Rubrik", "2024-12-31", "2023-12-31"], ["Kassa och bank", 1100000, 900000], ["Summa tillgångar", 1100000, 900000]];
    const sheets = { BR: yearBr, "RR delår": rrDelar(120), "BR delår": brDelar(800).map((r, i) => (i === 1 ? ["Belopp i kr"] : r)) };
    const units = structure(sheets).filter((f) => f.id.startsWith("delar:enhet:"));
    expect(units.map((f) => [f.id, f.status])).toEqual([["delar:enhet:delrr", "pass"], ["delar:enhet:delbr", "fail"]]);
    expect(units[1]!.explanation.sv).toBe("Rubriken anger kr, men beloppen motsvarar tkr jämfört med BR; övriga kontroller läser tabellen i tkr.");
    // One wrong heading is one finding: the delår RR's 120 tkr is the delår BR's 120, read in tkr.
    expect(checks(sheets).find((f) => f.id === "delar:resultat")!.figures.map((f) => f.value?.toString())).toEqual(["120000", "120000"]);
  });

  const prognos = (month: number, result: number): CellValue[][] => [
    [`Finansiella mål enligt prognos 2024, t.o.m. månad ${month}`],
    ["Belopp i tkr"],
    ["Rubrik", "Helårsprognos 2024", "Gräns"],
    ["Ingående eget kapital", 680, null],
    ["Resultat enligt helårsprognos", result, null],
  ];
  const outlook = (sheets: Record<string, CellValue[][]>) => allChecks(sheets).filter((f) => /^prognos:(manad|resultat)$/.test(f.id));

  test("Prognos finansiella mål runs to the follow-up's month: the same month ties its result, another fails and is not compared", () => {
    expect(outlook({ "Prognos finansiella mål": prognos(8, 170), Budgetuppföljning: followUp(8, 120) }).map(row)).toEqual([
      ["prognos:manad", "pass", null, null],
      ["prognos:resultat", "pass", "0", "1000"],
    ]);
    // A forecast made at month 6 is not the follow-up's at month 8, whatever its figure.
    const other = outlook({ "Prognos finansiella mål": prognos(6, 170), Budgetuppföljning: followUp(8, 120) });
    expect(other.map((f) => [f.id, f.status, f.explanation.sv])).toEqual([
      ["prognos:manad", "fail", "Prognos finansiella mål gäller t.o.m. månad 6, Budgetuppföljningen t.o.m. månad 8; skriv dem för samma månad. Stämmer inte."],
      ["prognos:resultat", "not-applicable", "Kan inte prövas: Prognos finansiella mål gäller t.o.m. månad 6, Budgetuppföljningen t.o.m. månad 8; skriv dem för samma månad."],
    ]);
    // A forecast titled without its month ("Finansiella mål enligt prognos 2024", as check's help allows) is compared, and the month check says what is missing.
    const untitled = outlook({ "Prognos finansiella mål": prognos(8, 170).map((r, i) => (i === 0 ? ["Finansiella mål enligt prognos 2024"] : r)), Budgetuppföljning: followUp(8, 120) });
    expect(untitled.map((f) => [f.id, f.status])).toEqual([["prognos:manad", "not-applicable"], ["prognos:resultat", "pass"]]);
    expect(untitled[0]!.explanation.sv).toBe('Kan inte prövas: Prognos finansiella mål anger inte till och med vilken månad den gäller (t.ex. "t.o.m. månad 9" i rubriken).');
  });

  test("Prognos finansiella mål's year-end equity is checked as the sum of its two lines, and its unit heading against the BR's", () => {
    const withEquity = (equity: number, unit = "tkr") => [...prognos(8, 170).map((r, i) => (i === 1 ? [`Belopp i ${unit}`] : r)), ["Eget kapital vid årets slut enligt prognos", equity, null]];
    // Last year's closing equity 680 tkr in the BR's comparison column, as the forecast's opening equity.
    const br: CellValue[][] = [["Balansräkning"], ["Belopp i tkr"], ["Rubrik", "2024-12-31", "2023-12-31"], ["Summa eget kapital", 850, 680]];
    const structure = (sheets: Record<string, CellValue[][]>) => allChecks(sheets).filter((f) => /^(enhet|summa):prognos/.test(f.id));
    expect(structure({ BR: br, "Prognos finansiella mål": withEquity(850) }).map(row)).toEqual([
      ["enhet:prognos", "pass", null, null],
      ["summa:prognos:prognos.utgaende-ek:outcome", "pass", "0", "1500"],
    ]);
    // 860 printed over 680 + 170: 10 tkr off.
    expect(structure({ BR: br, "Prognos finansiella mål": withEquity(860) }).map(row)[1]).toEqual(["summa:prognos:prognos.utgaende-ek:outcome", "fail", "10000", "1500"]);
    // Headed kr over tkr figures: one unit finding, and the opening equity still ties, read in tkr.
    const kr = allChecks({ BR: br, "Prognos finansiella mål": withEquity(850, "kr") });
    const unit = kr.find((f) => f.id === "enhet:prognos")!;
    expect([unit.status, unit.explanation.sv]).toEqual(["fail", "Rubriken anger kr, men beloppen motsvarar tkr jämfört med BR; övriga kontroller läser tabellen i tkr."]);
    expect(kr.filter((f) => /^(summa:prognos|prognos:ingaende-ek)/.test(f.id)).map((f) => [f.id, f.status])).toEqual([["summa:prognos:prognos.utgaende-ek:outcome", "pass"], ["prognos:ingaende-ek", "pass"]]);
  });

  const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")))).inputs;
  const delar = (findings: readonly Finding[]) => findings.filter((f) => f.id.startsWith("delar:"));
  const TIES = ["delar:balans", "delar:resultat", "delar:eget-kapital", "delar:manad", "delar:uppf"];
  /** A left-out delår table's unit heading and sums: one finding each, since its rows are not known. */
  const STRUCTURE_LEFT_OUT = ["delar:enhet:delrr", "delar:summa:delrr", "delar:enhet:delbr", "delar:summa:delbr"];

  test("the build's delår checks at month 9 compare the exact figures: the follow-up's utfall is the delår RR's result", () => {
    const built = buildAllReports({ ...example, settings: { ...example.settings, month: 9 } });
    expect(delar(built.findings).filter((f) => TIES.includes(f.id)).map((f) => [f.id, f.status, f.tolerance?.toString()])).toEqual([
      ["delar:balans", "pass", "0.01"],
      ["delar:resultat", "pass", "0.01"],
      ["delar:eget-kapital", "pass", "0.015"],
      ["delar:manad", "pass", undefined],
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
    // The delår sheets' units and every sum in them hold exactly (±0,5 öre a figure); the period's result is its lines'.
    const structure = delar(built.findings).filter((f) => STRUCTURE.test(f.id));
    expect([structure.length, structure.filter((f) => f.status !== "pass").map((f) => f.id)]).toEqual([17, []]);
    expect(built.findings.find((f) => f.id === "delar:summa:delrr:rr.arets-resultat:current")!.figures[0]!.value!.toString()).toBe(value("delar-resultatrakning", RR.aretsResultat.id, "current").toString());
  });

  test("a build over a ledger with last year's months ties the delår RR's comparison column: its period, and every sum in it", () => {
    // 2024's months copied to 2023, as test/core/statements/periodStatements.test.ts does.
    const lastYear = [...example.ledger.periods].filter((p) => p.year === 0 && p.kind === "actual").map((p) => ({ ...p, year: -1, period: String(Number(p.period) - 100) }));
    const ledger = { ...example.ledger, periods: PeriodTable.of([...example.ledger.periods, ...lastYear]) };
    const found = delar(buildAllReports({ ...example, ledger, settings: { ...example.settings, month: 9 } }).findings);
    expect(found.filter((f) => /^delar:(jamforelse|summa:delrr:.*:previous)$/.test(f.id)).map((f) => `${f.id} ${f.status}`)).toEqual([
      "delar:summa:delrr:rr.verksamhetens-resultat:previous pass",
      "delar:summa:delrr:rr.resultat-efter-finansiella:previous pass",
      "delar:summa:delrr:rr.arets-resultat:previous pass",
      "delar:jamforelse pass",
    ]);
    expect(found.find((f) => f.id === "delar:jamforelse")!.explanation.sv).toBe("Perioden 2024-01-01 – 2024-09-30 jämförs med 2023-01-01 – 2023-09-30. Stämmer.");
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
    expect(december.map((f) => f.id)).toEqual([...STRUCTURE_LEFT_OUT, ...TIES]);
    expect(december.map((f) => f.status)).toEqual(december.map(() => "not-applicable"));
    expect(december[0]!.explanation.sv).toMatch(/^Kan inte prövas: Utfall till och med månad 12 är helåret: dess resultat- och balansräkning står på bladen Resultaträkning och Balansräkning\./);
    expect(december[0]!.explanation.en).toMatch(/^Cannot be tested: Actuals up to month 12 are the whole year/);
    const balancesOnly = { ...example.ledger, periods: new PeriodTable() };
    const noMonths = delar(buildAllReports({ ...example, ledger: balancesOnly, budget: undefined, settings: { ...example.settings, month: 9 } }).findings);
    expect(noMonths.map((f) => [f.id, f.status])).toEqual([...STRUCTURE_LEFT_OUT, ...TIES].map((id) => [id, "not-applicable"]));
    // Every one gives the build's reason, the month check too (not "Resultaträkning delår saknas").
    expect(new Set(noMonths.map((f) => f.explanation.sv)).size).toBe(1);
    expect(noMonths.at(-1)!.explanation.sv).toMatch(/^Kan inte prövas: Resultat- och balansräkningen för delåret t\.o\.m\. månad 9 byggdes inte: huvudboken har inga utfall per månad/);
    expect(noMonths.at(-1)!.explanation.en).toMatch(/^Cannot be tested: The interim income statement and balance sheet up to month 9 were not built/);
  });

  test("statements without delår sheets have no delår checks", () => {
    expect(allChecks({ "BR delår": [], RR: rrDelar(120).map((r, i) => (i === 2 ? ["Rubrik", "2024", "2023"] : r)) }).filter((f) => f.id.startsWith("delar:"))).toEqual([]);
  });
});
