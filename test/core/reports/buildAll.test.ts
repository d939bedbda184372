import { readFileSync } from "fs";
import { Dec } from "../../../src/core/money/decimal";
import { buildAllReports, buildSteps } from "../../../src/core/reports/buildAll";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { printedFor } from "../../../src/core/reports/printedTies";
import { printedKey } from "../../../src/core/sheet/printed";
import { FLERAR } from "../../../src/core/statements/lines";

const example = () => exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se")));

describe("Bygg alla rapporter (example förbund)", () => {
  const result = buildAllReports(example().inputs);

  it("builds every report into its own owned sheet", () => {
    expect(result.sheets.map((s) => [s.name, s.ownerKey])).toEqual([
      ["Driftsredovisning", "driftsredovisning"],
      ["Resultaträkning", "resultatrakning"],
      ["Balansräkning", "balansrakning"],
      ["Kassaflödesanalys", "kassaflodesanalys"],
      ["Not Intäkter", "not-intakter"],
      ["Not Kostnader", "not-kostnader"],
      ["Noter balansräkning", "noter-balansrakning"],
      ["Finansiella mål", "finansiella-mal"],
      ["Kostnadsfördelning", "kostnadsfordelning"],
      ["Flerårsöversikt", "flerarsoversikt"],
      ["Budgetuppföljning", "budgetuppfoljning"],
      ["Prognos finansiella mål", "prognos-mal"],
      ["Resultaträkning delår", "delar-resultatrakning"],
      ["Balansräkning delår", "delar-balansrakning"],
      ["Måluppfyllelse insatser", "maluppfyllelse"],
      ["Budget och plan", "flerarsplan"],
      ["Kontroller", "kontroller"],
    ]);
  });

  it("checks the year the ledger is for, also when Inställningar still names last year (a new year's file just imported)", () => {
    // The example a year on: every date and period moved from 2023 and 2024 to 2024 and 2025.
    const text = readFileSync("examples/exempelforbund.se", "latin1").replace(/\b(202[345])(\d{2}|\d{4})\b/g, (_, y: string, rest: string) => `${Number(y) + 1}${rest}`);
    const inputs = exampleInputs(new Uint8Array(Buffer.from(text, "latin1"))).inputs;
    const stale = buildAllReports({ ...inputs, settings: { ...inputs.settings, year: 2024 } });
    const right = buildAllReports({ ...inputs, settings: { ...inputs.settings, year: 2025 } });
    expect(stale.findings.filter((f) => f.status === "fail").map((f) => f.title.sv)).toEqual([]);
    expect(JSON.stringify(stale.findings)).toBe(JSON.stringify(right.findings));
    expect(stale.findings.some((f) => f.title.sv === "Årets resultat 2025: RR = Flerårsöversiktens årets resultat" && f.status === "pass")).toBe(true);
  });

  it("Kontroller states differences in kronor when the reports are printed in tkr", () => {
    // A #RES of 100 kr on an account no #TRANS moves: the result
    // no longer ties, by exactly 100 kr.
    const text = readFileSync("examples/exempelforbund.se", "latin1").replace("#RES 0 3010 -3000000.00", "#RES 0 3010 -3000000.00\n#RES 0 9150 100.00");
    const inputs = exampleInputs(new Uint8Array(Buffer.from(text, "latin1"))).inputs;
    const tkr = buildAllReports({ ...inputs, settings: { ...inputs.settings, unit: "tkr" } });
    const failed = tkr.findings.filter((f) => f.status === "fail" && f.unit === "kr");
    expect(failed.map((f) => f.difference?.abs().toNumber())).toContain(100);
    const kontroller = tkr.sheets.find((s) => s.name === "Kontroller")!;
    expect(kontroller.cells[1]![0]!.value).toBe("Belopp i kr");
    const numbers = kontroller.cells.flat().flatMap((c) => (typeof c.value === "number" ? [Math.abs(c.value)] : []));
    expect(numbers).toContain(100);
  });

  it("in tkr, årets resultat (101 590 kr) prints 102 on RR, BR, KFA and the driftsredovisning, and every table adds up", () => {
    const inputs = example().inputs;
    const tkr = buildAllReports({ ...inputs, settings: { ...inputs.settings, unit: "tkr" } });
    const sheet = (name: string) => tkr.sheets.find((s) => s.name === name)!;
    const rowOf = (name: string, label: string) => sheet(name).cells.find((r) => r[0]?.value === label)!;
    expect(rowOf("Resultaträkning", "Årets resultat")[2]?.value).toBe(102);
    // The BR's column B is its Not column (Not 4–6 explain its lines).
    expect(rowOf("Balansräkning", "Årets resultat")[2]?.value).toBe(102);
    expect(rowOf("Kassaflödesanalys", "Årets resultat")[1]?.value).toBe(102);
    expect(rowOf("Driftsredovisning", "Årets resultat")[3]?.value).toBe(102);
    expect(rowOf("Driftsredovisning", "Summa")[3]?.value).toBe(102);
    expect(rowOf("Balansräkning", "Summa tillgångar")[2]?.value).toBe(2582);
    expect(rowOf("Balansräkning", "Summa eget kapital, avsättningar och skulder")[2]?.value).toBe(2582);
  });

  it("the notes Kontroller names (\"Not 1 summa\") carry that number in their titles and in the RR's Not column", () => {
    const sheet = (name: string) => result.sheets.find((s) => s.name === name)!;
    expect(sheet("Not Intäkter").cells[0]![0]!.value).toBe("Not 1 Verksamhetens intäkter");
    expect(sheet("Not Kostnader").cells[0]![0]!.value).toBe("Not 2 Verksamhetens kostnader");
    const rr = sheet("Resultaträkning").cells;
    expect(rr[2]![1]!.value).toBe("Not");
    const noteOf = (label: string) => rr.find((r) => r[0]?.value === label)![1]!.value;
    expect([noteOf("Verksamhetens intäkter"), noteOf("Intäkter ESF"), noteOf("Verksamhetens kostnader"), noteOf("Avskrivningar")]).toEqual(["1", "1", "2, 3", "4"]);
    // Avskrivningar refer to Not 4 Inventarier, whose årets avskrivningar they are (Stockholm 2022: "Avskrivningar 5", seed 002, line 1788).
    expect(result.sheets.find((s) => s.name === "Noter balansräkning")!.cells.some((r) => r[0]?.value === "Not 4 Inventarier")).toBe(true);
    // Not 1's Summa (6 805 tkr) is no single RR line: its footnote names the two it adds up (6 000 + 805).
    const income = sheet("Not Intäkter").cells;
    expect([income.find((r) => r[0]?.value === "Summa")![1]!.value, rr.find((r) => r[0]?.value === "Verksamhetens intäkter")![2]!.value, rr.find((r) => r[0]?.value === "Intäkter ESF")![2]!.value]).toEqual([6805, 6000, 805]);
    expect(income.map((r) => r[0]?.value)).toContain("Summa = resultaträkningens Verksamhetens intäkter och Intäkter ESF tillsammans.");
    const titles = result.findings.map((f) => f.title.sv);
    expect(titles.some((t) => t.startsWith("Not 1 summa"))).toBe(true);
    expect(titles.some((t) => t.startsWith("Not 2 summa"))).toBe(true);
  });

  it("Not 3 Kostnader för räkenskapsrevision prints under Not 2 on its sheet: account 6420, as Not 2's Revision row prints it", () => {
    const cells = result.sheets.find((s) => s.name === "Not Kostnader")!.cells;
    const row = (label: string) => cells.find((r) => r[0]?.value === label)!.slice(1).map((c) => c.value);
    const heading = cells.findIndex((r) => r[0]?.value === "Not 3 Kostnader för räkenskapsrevision");
    expect(heading).toBeGreaterThan(cells.findIndex((r) => r[0]?.value === "Summa"));
    // examples/exempelforbund.se: #RES 0 6420 62000.00, #RES -1 6420 60000.00 (kr), printed in tkr.
    expect(row("Revisorsarvode")).toEqual([62, 60]);
    expect(row("Revision")).toEqual([62, 60]);
  });

  it("Noter balansräkning: Not 4–6 under their headings, numbered as the BR's Not column, each Summa as the BR prints it", () => {
    const sheet = (name: string) => result.sheets.find((s) => s.name === name)!;
    const notes = sheet("Noter balansräkning").cells;
    const br = sheet("Balansräkning").cells;
    const row = (cells: typeof notes, label: string, after = 0) => cells.slice(after).find((r) => r[0]?.value === label)!;
    expect(notes.filter((r) => r[0]?.style === "heading").map((r) => r[0]!.value)).toEqual(["Not 4 Inventarier", "Not 5 Fordringar", "Not 6 Kortfristiga skulder"]);
    const noteOf = (label: string) => row(br, label)[1]!.value;
    expect([noteOf("Maskiner och inventarier"), noteOf("Fordringar"), noteOf("Kortfristiga skulder"), noteOf("Kassa och bank")]).toEqual(["4", "5", "6", null]);
    // examples/exempelforbund.se (kr): 1220 180 000 → 240 000, 1229 −72 000 → −120 000, 7832 48 000; printed in tkr.
    expect(row(notes, "Ingående anskaffningsvärde").slice(1).map((c) => c.value)).toEqual([180, null]);
    expect(row(notes, "Nyanskaffningar")[1]!.value).toBe(60);
    expect(row(notes, "Årets avskrivningar")[1]!.value).toBe(-48);
    expect(row(notes, "Redovisat värde vid årets slut")[1]!.value).toBe(row(br, "Maskiner och inventarier")[2]!.value);
    const receivables = notes.findIndex((r) => r[0]?.value === "Not 5 Fordringar");
    const liabilities = notes.findIndex((r) => r[0]?.value === "Not 6 Kortfristiga skulder");
    expect(row(notes, "Summa", receivables).slice(1).map((c) => c.value)).toEqual(row(br, "Fordringar").slice(2).map((c) => c.value));
    expect(row(notes, "Summa", liabilities).slice(1).map((c) => c.value)).toEqual(row(br, "Kortfristiga skulder").slice(2).map((c) => c.value));
    expect(row(notes, "Summa", liabilities).slice(1).map((c) => c.value)).toEqual([430, 508]);
    expect(result.findings.filter((f) => /^(not:[456]|inventarier:4|avskrivningar:noter)/.test(f.id)).map((f) => [f.id, f.status])).toEqual([
      ["not:4:current", "pass"], ["not:4:previous", "not-applicable"], ["not:5:current", "pass"], ["not:5:previous", "pass"],
      ["not:6:current", "pass"], ["not:6:previous", "pass"], ["inventarier:4:rullning:current", "pass"], ["avskrivningar:noter:current", "pass"],
    ]);
  });

  it("Kontroller prints tolerances to the öre, as its explanations state them (±0,02 kr is not 0)", () => {
    const kontroller = result.sheets.find((s) => s.name === "Kontroller")!;
    const tolerans = kontroller.cells[2]!.findIndex((c) => c?.value === "Tolerans");
    const finding = result.findings.find((f) => f.status === "pass" && f.unit === "kr" && f.tolerance !== null && f.tolerance.lessThan(1) && !f.tolerance.isZero())!;
    const row = kontroller.cells.find((r) => r[0]?.value === finding.title.sv)!;
    const ore = finding.tolerance!.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber();
    expect(ore).toBeGreaterThan(0);
    expect(row[tolerans]).toMatchObject({ value: ore, numberFormat: "#,##0.00;-#,##0.00" });
  });

  it("in tkr, a figure that several sheets print prints alike on each (the later sheet takes the earlier's rounding)", () => {
    const inputs = example().inputs;
    const tkr = buildAllReports({ ...inputs, settings: { ...inputs.settings, unit: "tkr" } });
    const at = (name: string, label: string, heading: string) => {
      const cells = tkr.sheets.find((s) => s.name === name)!.cells;
      const column = cells[2]!.findIndex((c) => c?.value === heading);
      return cells.find((r) => r[0]?.value === label)![column]!.value;
    };
    const admin = "Administration (kansli, styrelse, revision)";
    // Exact administration costs 1 356 5xx kr: its own rounding would be 1 357, but the driftsredovisning balances at 1 356.
    expect(at("Driftsredovisning", admin, "Kostnad 2024")).toBe(1_356);
    expect(at("Kostnadsfördelning", admin, "Kostnad")).toBe(1_356);
    expect(at("Finansiella mål", "Administrationens andel av kostnaderna", "Utfall")).toBe(1_356);
    expect(at("Kostnadsfördelning", "Summa kostnader", "Kostnad")).toBe(at("Driftsredovisning", "Summa", "Kostnad 2024"));
    expect(at("Flerårsöversikt", "Verksamhetens kostnader", "2024")).toBe(-(at("Driftsredovisning", "Summa", "Kostnad 2024") as number));
    expect(at("Flerårsöversikt", "Verksamhetens intäkter", "2024")).toBe(at("Driftsredovisning", "Summa", "Intäkt 2024"));
    // Hälsokoordinator's exact −667 500 kr: −668 in both, utfall and helårsprognos alike at month 12.
    expect(at("Driftsredovisning", "Hälsokoordinator", "Netto 2024")).toBe(-668);
    expect(at("Budgetuppföljning", "Hälsokoordinator", "Utfall t.o.m. månad 12")).toBe(-668);
    expect(at("Budgetuppföljning", "Hälsokoordinator", "Helårsprognos 2024")).toBe(-668);
    expect(at("Not Kostnader", "Summa", "2024-01-01 – 2024-12-31")).toBe(-(at("Resultaträkning", "Verksamhetens kostnader", "2024-01-01 – 2024-12-31") as number));
  });

  it("does not tie figures that are not the same: a follow-up at month 6 prints its own utfall", () => {
    const inputs = example().inputs;
    const june = buildAllReports({ ...inputs, settings: { ...inputs.settings, unit: "tkr", month: 6 } });
    const follow = june.models.find((m) => m.id === "budgetuppfoljning")!;
    const exact = follow.rows.find((r) => r.label === "Hälsokoordinator")!.values.actual as Dec;
    const cells = june.sheets.find((s) => s.name === "Budgetuppföljning")!.cells;
    const column = cells[2]!.findIndex((c) => c?.value === "Utfall t.o.m. månad 6");
    const shown = cells.find((r) => r[0]?.value === "Hälsokoordinator")![column]!.value as number;
    expect(Math.abs(exact.div(1000).toNumber() - shown)).toBeLessThan(1);
    expect(shown).not.toBe(-668);
  });

  it("states the equity rule once in Finansiella mål's footnote, and what its Andel is: not a share of the contributions the goal names", () => {
    for (const name of ["Finansiella mål", "Prognos finansiella mål"]) {
      const cells = result.sheets.find((s) => s.name === name)!.cells;
      expect([name, cells.flat().map((c) => c?.value)]).toEqual([name, expect.arrayContaining(["Eget kapital: 20 % av medlemmarnas bidrag; Andel = eget kapital i procent av gränsen; Över gränsen = eget kapital − gränsen (negativt: under gränsen)."])]);
      // As the footnote says: the printed Andel (179,3 %) is eget kapital (2 152 tkr) over the gräns (1 200 tkr), not over the contributions (35,9 %).
      const [, , outcome, limit, over, ratio] = cells.find((r) => r[0]?.value === "Eget kapital" && r[1]?.value !== undefined)!.map((c) => c?.value) as number[];
      expect([name, outcome, limit, over, Math.abs(ratio! - outcome! / limit!) < 1e-12]).toEqual([name, 2_152, 1_200, 952, true]);
    }
  });

  it("prints soliditet as a percent under a label without a second % sign", () => {
    const row = result.sheets.find((s) => s.name === "Flerårsöversikt")!.cells.find((r) => r[0]?.value === "Soliditet")!;
    expect(row[1]).toMatchObject({ numberFormat: "0.0%" });
  });

  it("maps every account, and the engine's own statements pass every cross-check", () => {
    expect(result.mapped.unmapped).toEqual([]);
    const failed = result.findings.filter((f) => f.status === "fail");
    expect(failed.map((f) => `${f.id}: ${f.explanation.sv}`)).toEqual([]);
    expect(result.findings.filter((f) => f.status === "pass").length).toBeGreaterThan(20);
  });

  it("writes subtotals as native SUM formulas, never custom functions", () => {
    const formulas = result.sheets.flatMap((s) => s.cells.flat().flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.some((f) => f.startsWith("=SUM("))).toBe(true);
    expect(formulas.filter((f) => /FINSAM\./i.test(f))).toEqual([]);
  });

  it("charts the cost split (admin / individ / struktur) as a pie and budget vs utfall as columns", () => {
    const charts = result.sheets.flatMap((s) => s.charts.map((c) => [s.name, c.kind, c.dataRange]));
    expect(charts).toEqual([
      ["Kostnadsfördelning", "pie", expect.stringMatching(/^B3:B6$/)],
      ["Budgetuppföljning", "columnClustered", expect.any(String)],
    ]);
    const split = result.models.find((m) => m.id === "kostnadsfordelning")!;
    const shares = split.rows.slice(0, 3).map((r) => (r.values.andel as { toNumber(): number }).toNumber());
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("is deterministic: the same inputs give byte-identical sheet descriptions", () => {
    expect(JSON.stringify(buildAllReports(example().inputs).sheets)).toBe(JSON.stringify(result.sheets));
  });

  it("builds the same in steps (the pane takes a task per step)", () => {
    const steps = buildSteps(example().inputs);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // At least one step per sheet rendered, and the checks in steps of their own (a group each, 19 groups).
    expect(yields).toBeGreaterThanOrEqual(result.sheets.length + 19);
    expect(JSON.stringify(step.value.sheets)).toBe(JSON.stringify(result.sheets));
    expect(step.value.findings).toEqual(result.findings);
  });
});

describe("Bygg alla rapporter with the default mapping only", () => {
  it("builds, and says the allocation rule cannot be tested when no cost is on an insats area", () => {
    const { inputs } = example();
    const r = buildAllReports({ ...inputs, mapping: BAS_DEFAULT_MAPPING });
    const goals = r.models.find((m) => m.id === "finansiella-mal")!;
    expect(goals.rows.find((x) => x.id === "mal.fordelning")!.values.status).toMatch(/^Kan inte prövas/);
  });
});

describe("printed ties with earlier years on Tidigare år", () => {
  it("the flerårsöversikt's current year, not its oldest, takes the driftsredovisning's printed totals", () => {
    const result = buildAllReports(example().inputs);
    const rendered = new Map(result.models.map((m) => [m.id, { model: m, sheet: result.sheets.find((s) => s.ownerKey === m.id)! }]));
    const fy = result.models.find((m) => m.id === "flerarsoversikt")!;
    expect(fy.columns.map((c) => c.id)).toEqual(["2024", "2023", "2022", "2021", "2020"]);
    expect([...printedFor(fy, rendered).keys()].sort()).toEqual([printedKey(FLERAR.intakter.id, "2024"), printedKey(FLERAR.kostnader.id, "2024")].sort());
  });
});
