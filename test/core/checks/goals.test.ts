import { readFileSync } from "node:fs";
import { Dec } from "../../../src/core/money/decimal";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { cellKey, readStatementSheets } from "../../../src/core/inputs/statementsSheet";
import { runChecks } from "../../../src/core/checks/run";
import { flatEquityRule, tieredEquityRule, TIERED_EQUITY_PRESET, type EquityCapRule } from "../../../src/core/rules/equityCap";
import { GOAL_TEXTS, statedLimit } from "../../../src/core/statements/goalTexts";
import { GOAL_COLUMNS, GOAL_ROWS } from "../../../src/core/statements/finansiellaMal";
import { SHEET_NAMES } from "../../../src/core/report/sheetNames";
import type { CellValue } from "../../../src/core/import/table";
import type { SheetDescription } from "../../../src/core/sheet/description";
import type { Finding } from "../../../src/core/checks/finding";

const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs;
const build = (equityRule: EquityCapRule = example.settings.equityRule) => buildAllReports({ ...example, settings: { ...example.settings, equityRule } });

/** A goal sheet's cell by its row label and column heading, 0-based, and as A1. */
function cellOf(sheet: SheetDescription, label: string, heading: string): { r: number; c: number; a1: string } {
  const r = sheet.cells.findIndex((row) => row[0]?.value === label);
  const c = sheet.cells.find((row) => row.some((x) => x?.value === heading))!.findIndex((x) => x?.value === heading);
  return { r, c, a1: `${String.fromCharCode(65 + c)}${r + 1}` };
}

/** The build's sheets with one cell typed over by a value (its formula gone), as an auditor types in Excel. */
function typedOver(sheets: SheetDescription[], name: string, label: string, heading: string, value: number): SheetDescription[] {
  return sheets.map((s) => {
    if (s.name !== name) return s;
    const { r, c } = cellOf(s, label, heading);
    return { ...s, cells: s.cells.map((row, i) => (i !== r ? row : row.map((x, j) => (j === c ? { ...x!, value, formula: undefined } : x)))) };
  });
}

/** `finsam check`'s reading of the sheets: its findings and the cells each figure was read from. */
function checkOf(sheets: SheetDescription[]) {
  const read = readStatementSheets(new Map(sheets.map((s) => [s.name, s.cells.map((row) => row.map((c) => (c?.value ?? null) as CellValue))])));
  if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
  const findings = runChecks(read.set);
  return { findings, cellsOf: (f: Finding) => [...new Set(f.refs.map((ref) => read.cells.get(cellKey(ref))))] };
}

const goalChecks = (findings: readonly Finding[]) => findings.filter((f) => f.id.startsWith("grans:")).map((f) => `${f.id} ${f.status}`);
const byId = (findings: readonly Finding[], id: string) => findings.find((f) => f.id === id)!;

describe("Kontroller: each goal's Gräns follows the rule its Mål text states, in the build and in finsam check", () => {
  const FM = SHEET_NAMES["finansiella-mal"];

  test("the example (20 % of 6 000 000 kr; 10 % and 70 % of the costs) holds on both goal sheets, in the build and as printed", () => {
    const built = build();
    const all = ["fmal", "prognos"].flatMap((t) => [GOAL_ROWS.egetKapital, GOAL_ROWS.administration, GOAL_ROWS.fordelning].map((row) => `grans:${t}:${row} pass`));
    expect(goalChecks(built.findings)).toEqual(all);
    expect(goalChecks(checkOf(built.sheets).findings)).toEqual(all);
    // 20 % of Medlemmarnas bidrag 6 000 tkr = 1 200 tkr, within ±0,5 tkr (Gräns) + 20 % × 1 tkr (the base's floor or ceiling).
    const equity = byId(checkOf(built.sheets).findings, `grans:fmal:${GOAL_ROWS.egetKapital}`);
    expect([equity.figures.map((f) => f.value?.toString()), equity.tolerance?.toString()]).toEqual([["1200000", "1200000"], "700"]);
  });

  test("a flat cap's Gräns typed over its formula fails in finsam check, naming the Gräns and Medlemmarnas bidrag; changed in the build's model it fails there too", () => {
    const built = build();
    const sheet = built.sheets.find((s) => s.name === FM)!;
    const checked = checkOf(typedOver(built.sheets, FM, "Eget kapital", "Gräns", 1300));
    const failed = byId(checked.findings, `grans:fmal:${GOAL_ROWS.egetKapital}`);
    expect([failed.status, failed.difference?.toString()]).toEqual(["fail", "100000"]);
    expect(checked.cellsOf(failed)).toEqual([`${FM}!${cellOf(sheet, "Eget kapital", "Gräns").a1}`, `${FM}!${cellOf(sheet, "Medlemmarnas bidrag", "Utfall").a1}`]);
    expect(checked.findings.filter((f) => f.status === "fail").map((f) => f.id)).toEqual([`grans:fmal:${GOAL_ROWS.egetKapital}`]);
    // The build's Kontroller runs the same check on its own models: a cap that is not 20 % of the contributions fails.
    const goals = built.models.find((m) => m.id === "finansiella-mal")!;
    const wrong = { ...goals, rows: goals.rows.map((r) => (r.id !== GOAL_ROWS.egetKapital ? r : { ...r, values: { ...r.values, [GOAL_COLUMNS.limit]: new Dec(1_200_001) } })) };
    const engine = runChecks({ year: 2024, fmal: { model: wrong, statedUnit: "tkr", step: new Dec("0.01") } });
    expect(goalChecks(engine)).toEqual([`grans:fmal:${GOAL_ROWS.egetKapital} fail`, `grans:fmal:${GOAL_ROWS.administration} pass`, `grans:fmal:${GOAL_ROWS.fordelning} pass`]);
  });

  test("a tier rule's Gräns (a value: 20 % up to 5 mnkr, then 10 %, of 6 mnkr = 1 100 tkr) holds; typed as the flat 20 % (1 200) it fails", () => {
    const built = build(tieredEquityRule([{ upTo: new Dec(5_000_000), rate: new Dec("0.2") }, { upTo: null, rate: new Dec("0.1") }]));
    const sheet = built.sheets.find((s) => s.name === FM)!;
    const limit = cellOf(sheet, "Eget kapital", "Gräns");
    expect([sheet.cells[limit.r]![limit.c]!.value, sheet.cells[limit.r]![limit.c]!.formula]).toEqual([1100, undefined]);
    const id = `grans:fmal:${GOAL_ROWS.egetKapital}`;
    expect([byId(built.findings, id).status, byId(checkOf(built.sheets).findings, id).status]).toEqual(["pass", "pass"]);
    const failed = byId(checkOf(typedOver(built.sheets, FM, "Eget kapital", "Gräns", 1200)).findings, id);
    expect([failed.status, failed.difference?.toString(), failed.title.sv]).toEqual(["fail", "100000", "Finansiella mål: Eget kapital, Gräns = trappan på Medlemmarnas bidrag"]);
  });

  test("the administration's Gräns typed as a value is held to the printed unit: 671 tkr (10 % of 6 705 is 670,5) holds, 680 fails", () => {
    const built = build();
    const label = "Administrationens andel av kostnaderna";
    const id = `grans:fmal:${GOAL_ROWS.administration}`;
    const at = (value: number) => byId(checkOf(typedOver(built.sheets, FM, label, "Gräns", value)).findings, id);
    // Tolerance ±0,5 tkr for the Gräns + 10 % × 1 tkr for Samlade kostnader.
    expect([at(671).status, at(671).tolerance?.toString(), at(680).status, at(680).difference?.toString()]).toEqual(["pass", "600", "fail", "9500"]);
    // So is the forecast's allocation Gräns (70 % of 5 349 tkr = 3 744,3).
    const forecast = byId(checkOf(typedOver(built.sheets, SHEET_NAMES["prognos-mal"], "Andel till individinriktade insatser", "Gräns", 3800)).findings, `grans:prognos:${GOAL_ROWS.fordelning}`);
    expect([forecast.status, forecast.difference?.toString()]).toEqual(["fail", "55700"]);
  });
});

describe("the goal texts state the rule they were written from", () => {
  test("a flat share, tiers (the unverified preset's warning after them), an administration and an allocation share read back; a fixed amount states none", () => {
    expect(statedLimit(GOAL_TEXTS.equity(flatEquityRule(new Dec("0.125"))))).toEqual({ kind: "share", rate: new Dec("0.125") });
    expect(GOAL_TEXTS.equity(TIERED_EQUITY_PRESET)).toMatch(/^Högst trappa \(20 % upp till 10\u00a0000\u00a0000 kr, därefter 10 %\) – OVERIFIERAD/);
    expect(statedLimit(GOAL_TEXTS.equity(TIERED_EQUITY_PRESET))).toEqual({ kind: "tiers", tiers: [{ upTo: new Dec(10_000_000), rate: new Dec("0.2") }, { upTo: null, rate: new Dec("0.1") }] });
    expect(GOAL_TEXTS.admin(new Dec("0.125"))).toBe("Högst 12,5 % av kostnaderna");
    expect(statedLimit(GOAL_TEXTS.admin(new Dec("0.125")))).toEqual({ kind: "share", rate: new Dec("0.125") });
    expect(statedLimit(GOAL_TEXTS.allocation(new Dec("0.7")))).toEqual({ kind: "share", rate: new Dec("0.7") });
    expect(statedLimit(GOAL_TEXTS.equity({ kind: "fixed", amount: new Dec(2_500_000), label: "förbundets eget mål", verified: true }))).toBeUndefined();
  });
});
