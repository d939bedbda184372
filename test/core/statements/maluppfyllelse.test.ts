import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dec } from "../../../src/core/money/decimal";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { readInsatsmalSheet } from "../../../src/core/inputs/insatsmalSheet";
import { buildMaluppfyllelse, MAL_COLUMNS } from "../../../src/core/statements/maluppfyllelse";
import { DRIFT_COLUMNS, driftInsatsId } from "../../../src/core/statements/lines";
import type { ReportModel } from "../../../src/core/report/model";
import type { SheetDescription } from "../../../src/core/sheet/description";
import { driftWith } from "./helpers";
import { findingCells } from "../../../src/app/findingCells";
import { readStatementSheets } from "../../../src/core/inputs/statementsSheet";
import { runChecks } from "../../../src/core/checks/run";

const example = () => exampleInputs(new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "examples", "exempelforbund.se")))).inputs;
const model = (r: ReturnType<typeof buildAllReports>, id: ReportModel["id"]) => r.models.find((m) => m.id === id)!;
const sheet = (r: ReturnType<typeof buildAllReports>, name: string) => r.sheets.find((s) => s.name === name)!;
/** The printed cell beside a label, by column heading. */
const printed = (s: SheetDescription, label: string, heading: string) => {
  const column = s.cells.find((row) => row.some((c) => c.value === heading))!.findIndex((c) => c.value === heading);
  return s.cells.find((row) => row[0]?.value === label)![column];
};

describe("Måluppfyllelse insatser", () => {
  const built = buildAllReports(example());
  const mal = model(built, "maluppfyllelse");
  const drift = model(built, "driftsredovisning");

  test("each insats's cost is the driftsredovisning's own figure, printed as it prints it; kostnad per deltagare is that cost over the deltagare, rounded half-up to whole kronor", () => {
    const insatser = mal.rows.filter((r) => r.level === 1);
    expect(insatser.map((r) => r.label)).toEqual(["Hälsokoordinator", "IPS Exempelbygd (ESF)", "Steg till arbete", "Unga vuxna i fokus", "Kompetensinsatser för medarbetare"]);
    for (const r of insatser) {
      const [source] = r.sources!;
      const cost = drift.rows.find((d) => d.id === source)!.values[DRIFT_COLUMNS.kostnad] as Dec;
      expect([r.label, (r.values[MAL_COLUMNS.kostnad] as Dec).toString()]).toEqual([r.label, cost.toString()]);
      const people = r.values[MAL_COLUMNS.deltagare] as Dec | null;
      expect(r.values[MAL_COLUMNS.perDeltagare]?.toString() ?? null).toBe(people ? cost.div(people).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toString() : null);
      const s = sheet(built, "Måluppfyllelse insatser");
      expect(printed(s, r.label, "Kostnad")!.value).toBe(printed(sheet(built, "Driftsredovisning"), r.label, "Kostnad 2024")!.value);
    }
    // Steg till arbete: 1 687 500 kr for 54 deltagare is 31 250 kr each, printed 1 687 tkr as in the driftsredovisning.
    const steg = insatser.find((r) => r.sources?.[0] === driftInsatsId("STEG"))!;
    expect([steg.values[MAL_COLUMNS.kostnad]!.toString(), steg.values[MAL_COLUMNS.deltagare]!.toString(), steg.values[MAL_COLUMNS.perDeltagare]!.toString()]).toEqual(["1687500", "54", "31250"]);
    expect(printed(sheet(built, "Måluppfyllelse insatser"), "Steg till arbete", "Kostnad")!.value).toBe(1687);
    expect(printed(sheet(built, "Måluppfyllelse insatser"), "Steg till arbete", "Kostnad per deltagare, kr")).toMatchObject({ value: 31250, numberFormat: "#,##0" });
  });

  test("half a krona per deltagare goes up: 1 001 kr for 2 deltagare is 501 kr, not 500", () => {
    const read = readInsatsmalSheet([["Insats", "Mål", "Deltagare", "Nått målet", "Av"], ["A", "nya deltagare", 2, null, null]]);
    const m = buildMaluppfyllelse(driftWith([["A", 1001]]), read.ok ? read.insatser : [], "2019");
    expect(m.rows.find((r) => r.level === 1)!.values[MAL_COLUMNS.perDeltagare]!.toString()).toBe("501");
  });

  test("the outcome share is a native Nått målet / Av that Excel recalculates; deltagare are not divided into tkr; the table prints on A4 landscape", () => {
    const s = sheet(built, "Måluppfyllelse insatser");
    const heading = s.cells.findIndex((row) => row.some((c) => c.value === "Andel"));
    const column = (h: string) => s.cells[heading]!.findIndex((c) => c.value === h);
    const row = s.cells.findIndex((r) => r[0]?.value === "i arbete eller studier vid avslut");
    const letter = (c: number) => String.fromCharCode(65 + c);
    expect(s.cells[row]![column("Andel")]).toMatchObject({ formula: `=${letter(column("Nått målet"))}${row + 1}/${letter(column("Av"))}${row + 1}`, value: Number(new Dec(17).div(38).toSignificantDigits(15)) });
    expect([s.cells[row]![column("Nått målet")]!.value, s.cells[row]![column("Av")]!.value, s.cells[row]![column("Angiven andel")]!.value]).toEqual([17, 38, 0.45]);
    expect(printed(s, "Hälsokoordinator", "Deltagare")!.value).toBe(71);
    expect(s.print).toMatchObject({ orientation: "landscape", repeatRows: 3 });
  });

  test("Målvärde is written as a number, not as text Excel marks \"number stored as text\": a share typed \"80 %\" as 0,8 in %, a number of people whole; check reads it back, and text as older builds wrote it", () => {
    const s = sheet(built, "Måluppfyllelse insatser");
    // Exempelbygd's Insatsmål (src/core/example/exempelforbund.ts): Hälsokoordinator "80 %", Steg till arbete "60" nya deltagare.
    expect(printed(s, "förbättrad hälsa", "Målvärde")).toMatchObject({ value: 0.8, numberFormat: "0.0%" });
    expect(printed(s, "i anställning eller studier", "Målvärde")).toMatchObject({ value: 0.4, numberFormat: "0.0%" });
    const column = s.cells.find((row) => row.some((c) => c.value === "Målvärde"))!.findIndex((c) => c.value === "Målvärde");
    expect(s.cells.filter((row) => row[0]?.value === "nya deltagare").map((row) => [row[column]!.value, row[column]!.numberFormat])).toEqual([[60, "#,##0"], [40, "#,##0"]]);
    expect(s.cells.filter((row) => typeof row[column]?.value === "string").map((row) => row[column]!.value)).toEqual(["Målvärde"]);
    const readBack = (cells: SheetDescription["cells"]) => {
      const sheets = built.sheets.map((x) => (x.name === s.name ? { ...x, cells } : x));
      const r = readStatementSheets(new Map(sheets.map((x) => [x.name, x.cells.map((row) => row.map((c) => c.value ?? null))])));
      if (!r.ok) throw new Error(JSON.stringify(r.errors.map((e) => e.message)));
      return r.set.mal!.model.rows.filter((x) => x.level === 2).map((x) => x.values[MAL_COLUMNS.malvarde]?.toString());
    };
    expect(readBack(s.cells)).toEqual(["0.8", "0.4", "60", "0.4", "40", "0.5", "0.75"]);
    const asText = s.cells.map((row) => row.map((c, i) => (i === column && typeof c.value === "number" ? { ...c, value: c.numberFormat === "0.0%" ? `${c.value * 100} %` : String(c.value) } : c)));
    expect(readBack(asText)).toEqual(["80 %", "40 %", "60", "40 %", "40", "50 %", "75 %"]);
  });

  test("an insats has a cost when the sheet prints one: 499 kr prints 0 tkr and counts as none, 500 kr prints 1 tkr and does, in the build and in finsam check alike", () => {
    // A new individinriktad insats MINI, its cost moved from Hälsokoordinator's January invoice (the accounts' totals unchanged).
    const sie = readFileSync(join(__dirname, "..", "..", "..", "examples", "exempelforbund.se")).toString("latin1");
    const halsa = '#TRANS 4010 {6 "HALSA"} 55000.00';
    expect(sie.split(halsa)).toHaveLength(12);
    const built = (kr: number) => {
      const moved = sie.replace(halsa, `#TRANS 4010 {6 "HALSA"} ${55000 - kr}.00\n   #TRANS 4010 {6 "MINI"} ${kr}.00`).replace('#OBJEKT 6 "STEG"', '#OBJEKT 6 "MINI" "Liten insats"\n#OBJEKT 6 "STEG"');
      const inputs = exampleInputs(new Uint8Array(Buffer.from(moved, "latin1"))).inputs;
      const halsaRule = inputs.mapping.rules.find((r) => r.object?.id === "HALSA")!;
      return buildAllReports({ ...inputs, mapping: { ...inputs.mapping, rules: [...inputs.mapping.rules, { ...halsaRule, object: { ...halsaRule.object!, id: "MINI" } }] } });
    };
    const outcome = (kr: number) => {
      const r = built(kr);
      const read = readStatementSheets(new Map(r.sheets.map((x) => [x.name, x.cells.map((row) => row.map((c) => c.value ?? null))])));
      if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
      const mini = (findings: typeof r.findings) => findings.find((f) => f.title.sv === "Insats Liten insats: kostnad och deltagare")!.status;
      return [printed(sheet(r, "Måluppfyllelse insatser"), "Liten insats", "Kostnad")!.value, mini(r.findings), mini(runChecks(read.set))];
    };
    expect(outcome(499)).toEqual([0, "not-applicable", "not-applicable"]);
    expect(outcome(500)).toEqual([1, "fail", "fail"]);
  });

  test("an individinriktad insats with a cost is listed though the sheet lacks it (Kontroller then names it); a strukturinriktad one only when typed", () => {
    const inputs = example();
    const r = buildAllReports({ ...inputs, insatsmal: inputs.insatsmal!.filter((o) => o.insats !== "UNGA") });
    const m = model(r, "maluppfyllelse");
    expect(m.rows.filter((x) => x.level === 1).map((x) => x.label)).toEqual(["Hälsokoordinator", "IPS Exempelbygd (ESF)", "Steg till arbete", "Unga vuxna i fokus", "Kompetensinsatser för medarbetare"]);
    expect(r.findings.filter((f) => f.status === "fail").map((f) => f.title.sv)).toEqual(["Insats Unga vuxna i fokus: kostnad och deltagare"]);
  });

  test("an insats of Administration typed on Insatsmål stands under Administration with its cost, not as one without a cost", () => {
    const inputs = example();
    const read = readInsatsmalSheet([["Insats", "Mål", "Deltagare", "Nått målet", "Av"], ["KANSLI", "nätverksträffar", 40, null, null]]);
    const r = buildAllReports({ ...inputs, insatsmal: [...inputs.insatsmal!, ...(read.ok ? read.insatser : [])] });
    const m = model(r, "maluppfyllelse");
    const kansli = m.rows.findIndex((x) => x.label === "Kansli och styrelse");
    expect([m.rows[kansli - 1]!.label, m.rows[kansli]!.values[MAL_COLUMNS.kostnad]!.toString()]).toEqual(["Administration (kansli, styrelse, revision)", (model(r, "driftsredovisning").rows.find((x) => x.id === driftInsatsId("KANSLI"))!.values[DRIFT_COLUMNS.kostnad] as Dec).toString()]);
    expect(r.findings.find((f) => f.title.sv === "Insats Kansli och styrelse: kostnad och deltagare")!.status).toBe("pass");
    // Read back as printed (finsam check), the same checks with the same results.
    const printed = readStatementSheets(new Map(r.sheets.map((x) => [x.name, x.cells.map((row) => row.map((c) => c.value ?? null))])));
    const mal = (findings: readonly { id: string; status: string }[]) => findings.filter((f) => f.id.startsWith("mal:")).map((f) => `${f.id} ${f.status}`);
    expect(printed.ok && mal(runChecks(printed.set))).toEqual(mal(r.findings));
  });

  test("clicking a Måluppfyllelse finding selects its cells: the stated share, Nått målet and Av of the goal's row", () => {
    const written = built.sheets.map((x) => ({ key: x.ownerKey!, name: x.name }));
    const share = built.findings.find((f) => f.title.sv === "Insats Steg till arbete, i arbete eller studier vid avslut: angiven andel mot 17 av 38")!;
    expect(findingCells(share.refs, built.models, written)).toEqual([{ sheet: "Måluppfyllelse insatser", range: "I11,F11,G11" }]);
  });

  test("without Insatsmål rows its sheet says why and Kontroller has no checks of it", () => {
    const { insatsmal: _, ...inputs } = example();
    const r = buildAllReports(inputs);
    const s = sheet(r, "Måluppfyllelse insatser");
    expect(s.cells.flat().map((c) => c.value).filter((v) => typeof v === "string")).toEqual([
      "Måluppfyllelse för finansierade insatser",
      "Belopp i tkr",
      "Måluppfyllelse insatser byggdes inte: bladet Insatsmål har inga rader. Skriv insatsernas mål, utfall och deltagare där (Start skapar bladet) för tabellen och dess kostnad per deltagare.",
    ]);
    expect(r.findings.filter((f) => f.id.startsWith("mal:"))).toEqual([]);
    expect(built.findings.filter((f) => f.id.startsWith("mal:")).length).toBe(10);
  });
});
