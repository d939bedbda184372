import { readFileSync } from "fs";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { inputTemplates, SHEETS, INPUT_SHEETS } from "../../../src/core/inputs/templates";
import { readWorkbookInputs } from "../../../src/core/inputs/workbookInputs";
import { readSettings, REPORT_UNITS } from "../../../src/core/inputs/settings";
import { readMembers } from "../../../src/core/import/members";
import { readBudgetSheet } from "../../../src/core/inputs/budgetSheet";
import { readMappingSheet } from "../../../src/core/inputs/mappingSheet";
import { readTrialBalance } from "../../../src/core/import/trialBalance";
import { budgetFromLedger } from "../../../src/core/statements/budget";
import { defaultMappingFor } from "../../../src/core/mapping/detect";
import type { SheetDescription } from "../../../src/core/sheet/description";
import type { CellValue } from "../../../src/core/import/table";
import type { Ledger } from "../../../src/core/ledger/types";

const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se")));
const values = (s: SheetDescription): CellValue[][] => s.cells.map((row) => row.map((c) => c?.value ?? null));
const byName = (sheets: SheetDescription[]) => new Map(sheets.map((s) => [s.name, values(s)]));

describe("input sheet templates", () => {
  const filled = byName(inputTemplates({ example: example.inputs.ledger }));
  const cells = (name: string) => filled.get(name)!;

  test("every input sheet, bold frozen header, no ownership name", () => {
    for (const variant of [inputTemplates(), inputTemplates({ example: example.inputs.ledger })]) {
      expect(variant.map((s) => s.name)).toEqual(["Inställningar", "Medlemmar", "Budget", "Saldobalans", "Kontomappning", "Tidigare år", "Flerårsplan", "Insatsmål"]);
      for (const s of variant) {
        expect(s.ownerKey).toBeUndefined();
        expect(s.freeze).toEqual({ rows: 2, columns: 0 });
        expect(s.cells[1]!.every((c) => c?.style === "columnHeading")).toBe(true);
        expect(s.columnWidths.length).toBe(s.cells[1]!.length);
      }
    }
  });

  test("the empty Inställningar lists every setting with its default and an explanation, and reads as the defaults once a year is typed", () => {
    const settings = values(inputTemplates()[0]!);
    expect(settings[1]).toEqual(["Inställning", "Värde", "Förklaring"]);
    expect(settings.length).toBe(2 + 18);
    const read = readSettings(settings.map((r) => (r[0] === "Räkenskapsår" ? [r[0], 2025, r[2]] : r)));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.settings).toMatchObject({ year: 2025, unit: "tkr", month: 12, chart: "auto" });
    expect(read.settings.adminLimit!.toString()).toBe("0.1");
  });

  test("the Inställningar template names the allowed values of every setting that is a choice", () => {
    const help = new Map(values(inputTemplates()[0]!).slice(2).map((r) => [String(r[0]), String(r[2])]));
    const choices: [string, readonly string[]][] = [
      ["Enhet i rapporterna", REPORT_UNITS],
      ["Regel för eget kapital", ["andel", "trappa", "fast belopp"]],
      ["Flagga även gynnsamma avvikelser", ["Ja", "Nej"]],
      ["Kontoplan", ["Automatisk", "BAS", "Kommun-Bas"]],
      // The share goals a förbund may not have (Roslagen sets no administration share, HBS no allocation rule).
      ["Högsta administrationsandel", ["inget mål"]],
      ["Minsta andel till individinriktade insatser", ["inget mål"]],
    ];
    for (const [label, allowed] of choices) expect([label, allowed.filter((c) => !help.get(label)!.includes(c))]).toEqual([label, []]);
    expect(help.get("Räkenskapsår")).toMatch(/\d{4}/);
  });

  test("the filled templates read back through each sheet's reader give the example's inputs", () => {
    const settings = readSettings(cells(SHEETS.settings));
    expect(settings.ok && settings.settings).toEqual(example.inputs.settings);
    const members = readMembers(cells(SHEETS.members));
    expect(members.ok && members.members).toEqual(example.members);
    const budget = readBudgetSheet(cells(SHEETS.budget));
    const fromLedger = budgetFromLedger(example.inputs.ledger, example.inputs.mapping, 0);
    // The sheet's entries also say which cell each came from.
    expect(budget.ok && budget.budget.entries.map(({ cell, ...entry }) => (expect(cell).toMatch(/^[AB]\d+$/), entry))).toEqual(fromLedger.entries);
    const mapping = readMappingSheet(cells(SHEETS.mapping), defaultMappingFor("bas"));
    // Note lines come back as their labels (the sheet's text), so compare where each account goes.
    const where = (rules: typeof example.inputs.mapping.rules) => rules.map(({ from, to, object, line, area }) => ({ from, to, object, line, area }));
    expect(mapping.ok && where(mapping.mapping.rules)).toEqual(where(example.inputs.mapping.rules));
    const tb = readTrialBalance(cells(SHEETS.trialBalance));
    if (!tb.ok) throw new Error(JSON.stringify(tb.errors));
    // Every account's total of year 0 is its #UB/#RES in the SIE file.
    for (const b of example.inputs.ledger.balances.filter((x) => x.year === 0 && x.kind !== "ib" && !x.object && !x.amount.isZero())) {
      const total = tb.rows.filter((r) => r.account === b.account).reduce((s, r) => s.plus(r.amount), b.amount.times(0));
      expect([b.account, total.toString()]).toEqual([b.account, b.amount.toString()]);
    }
  });

  test("reports from the filled templates alone (Saldobalans, no SIE file) equal the reports from the SIE file", () => {
    const read = readWorkbookInputs(filled);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.warnings).toEqual([]);
    const fromSheets = buildAllReports(read.inputs).sheets;
    // The Objektnamn column keeps each insats's name, so the insats rows read as from the SIE file.
    const fromSie = buildAllReports(example.inputs).sheets;
    expect(fromSheets.map((s) => s.name)).toEqual(fromSie.map((s) => s.name));
    // Identical but for the footnote naming the budget's source: the Budget sheet instead of #PBUDGET.
    const source = (s: SheetDescription) => JSON.stringify(s).replace("Budget: bladet Budget.", "Budget: SIE-filens #PBUDGET.");
    for (let i = 0; i < fromSie.length; i++) expect(source(fromSheets[i]!)).toBe(JSON.stringify(fromSie[i]!));
  });

  test("with the standard mapping, a ledger's insatser are warned of: their costs would all count as Administration", () => {
    const sheets = new Map(filled);
    sheets.set(SHEETS.mapping, []);
    const read = readWorkbookInputs(sheets);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.warnings.map((w) => w.code)).toEqual(["inputs.defaultMapping", "inputs.insatserWithoutAreas"]);
    expect(read.warnings[1]!.message).toMatch(/^Huvudboken har 7 insatser \(objekt i dimension 6, t\.ex\. /);
  });

  test("a Kontomappning with an error is named alone, without the standard mapping's warning about insatser", () => {
    const sheets = new Map(filled);
    sheets.set(SHEETS.mapping, cells(SHEETS.mapping).map((row, i) => (i === 3 ? ["abc", ...row.slice(1)] : row)));
    const read = readWorkbookInputs(sheets);
    expect(!read.ok && read.errors.map((e) => e.cell)).toEqual(["Kontomappning!A4"]);
    expect(read.warnings).toEqual([]);
  });

  test("a bad Medlemmar sheet stops the build with its cell named", () => {
    const sheets = new Map(filled);
    sheets.set(SHEETS.members, cells(SHEETS.members).map((row) => (row[0] === "Norrby kommun" ? [row[0], row[1], -7] : row)));
    const read = readWorkbookInputs(sheets);
    expect(!read.ok && read.errors.map((e) => e.cell)).toEqual(["Medlemmar!C5"]);
  });

  test("readWorkbookInputs reads exactly the sheets of INPUT_SHEETS (the one round-trip the panes make)", () => {
    const asked = new Set<string>();
    const recording = new (class extends Map<string, CellValue[][]> {
      override get(name: string) {
        asked.add(name);
        return super.get(name);
      }
    })(filled);
    expect(readWorkbookInputs(recording).ok).toBe(true);
    expect([...asked].sort()).toEqual([...INPUT_SHEETS].sort());
  });

  test("an empty Kontomappning takes the chosen chart's standard rows; BAS's rows beside a Kommun-Bas ledger are warned of", () => {
    const mappingOf = (chart?: "bas" | "kommunbas") => byName(inputTemplates(chart ? { chart } : {})).get(SHEETS.mapping)!;
    const rulesOf = (chart: "bas" | "kommunbas") => defaultMappingFor(chart).rules.length;
    expect(mappingOf("kommunbas").length - 2).toBe(rulesOf("kommunbas"));
    expect(mappingOf()).toEqual(mappingOf("bas"));
    expect(mappingOf("kommunbas")).not.toEqual(mappingOf("bas"));
    const kommunLedger: Ledger = { ...example.inputs.ledger, chartType: "KOMMUNBAS19" };
    const warned = (chart: "bas" | "kommunbas", ledger: Ledger = kommunLedger) => {
      const sheets = new Map([[SHEETS.settings, cells(SHEETS.settings)], [SHEETS.mapping, mappingOf(chart)]]);
      const read = readWorkbookInputs(sheets, { ledger });
      return read.warnings.filter((w) => w.code === "inputs.mappingOtherChart").map((w) => w.message);
    };
    expect(warned("bas")).toEqual([
      "Kontomappning har standardraderna för BAS, men huvudboken följer Kommun-Bas (#KPTYP KOMMUNBAS19); kontona hamnar då på fel rader och i fel noter. Byt ut dem mot standardraderna för Kommun-Bas (Start skapar den mallen när bladet Kontomappning inte finns) eller rätta dem.",
    ]);
    expect(warned("kommunbas")).toEqual([]);
    // Told by where the salaries are booked, the reason reads inside the sentence.
    const accounts = new Map([...example.inputs.ledger.accounts, ["5110", { number: "5110", name: "Löner månadsanställda" }], ["5120", { number: "5120", name: "Arvoden" }]]);
    const bySalaries: Ledger = { ...example.inputs.ledger, chartType: undefined, accounts: new Map([...accounts].filter(([n]) => !/^7[0-6]/.test(n))) };
    expect(warned("bas", bySalaries)[0]).toContain("följer Kommun-Bas (personalkostnader bokförs i klass 5);");
    expect(warned("bas", example.inputs.ledger)).toEqual([]);
  });
});
