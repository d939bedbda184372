import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { Dec } from "../../../src/core/money/decimal";
import { isFinsamError } from "../../../src/core/errors";
import { validateEquityRule, equityCap, flatEquityRule, tieredEquityRule, type EquityCapRule } from "../../../src/core/rules/equityCap";
import { validateThresholds, DEFAULT_THRESHOLDS } from "../../../src/core/rules/deviation";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { validateSheetName } from "../../../src/core/sheet/sheetName";
import { readWorkbookInputs } from "../../../src/core/inputs/workbookInputs";
import { inputTemplates, SHEETS } from "../../../src/core/inputs/templates";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import type { SheetDescription } from "../../../src/core/sheet/description";
import type { Ledger } from "../../../src/core/ledger/types";
import { diagnosticIn } from "../../../src/core/import/diagnostic";
import { renderReport, type ChartOption } from "../../../src/core/sheet/render";
import { ownershipName } from "../../../src/core/sheet/ownership";
import { cellAddress, columnIndex, parseRange } from "../../../src/core/sheet/a1";
import type { ReportColumn, ReportModel, ReportRow } from "../../../src/core/report/model";

/**
 * An English user must not read Swedish prose passed into an English message as a parameter. Parameters name a
 * cell, a line, a number, an account, what the user typed, or a Swedish term both languages print on purpose
 * (a sheet, a column heading, a setting's label); anything worded belongs in the catalog, under its own code.
 */

/** Swedish function words: one of them in an English sentence means a Swedish phrase came in by a parameter. */
const SWEDISH = /(^|[^\p{L}])(och|är|inte|ska|måste|eller|för|på|av|till|får|saknar|bara|bokförs|antas|steg|att)(?=$|[^\p{L}])/iu;

const swedishIn = (text: string): string | null => text.match(SWEDISH)?.[2] ?? null;

const english = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (isFinsamError(e)) return e.messageIn("en");
    throw e;
  }
  throw new Error("expected a FinsamError");
};

describe("English messages carry no Swedish prose in their parameters", () => {
  test("every invalid equity rule reads in English (pane, from Inställningar)", () => {
    const d = (n: number | string) => new Dec(n);
    const bad: EquityCapRule[] = [
      flatEquityRule(d("1.5")),
      { kind: "fixed", amount: d(-1), label: "", verified: true },
      { kind: "tiers", tiers: [], label: "", verified: true },
      tieredEquityRule([{ upTo: d(100), rate: d(2) }, { upTo: null, rate: d("0.1") }]),
      tieredEquityRule([{ upTo: null, rate: d("0.2") }, { upTo: d(100), rate: d("0.1") }]),
      tieredEquityRule([{ upTo: d(100), rate: d("0.2") }, { upTo: d(50), rate: d("0.1") }, { upTo: null, rate: d("0.1") }]),
    ];
    const texts = bad.map((rule) => english(() => validateEquityRule(rule, "Trappans gränser", "B7")));
    expect(texts.map(swedishIn)).toEqual(bad.map(() => null));
    expect(texts[5]).toBe("cell B7: the equity rule is invalid: tier 2: the bounds must ascend.");
    expect(english(() => equityCap(flatEquityRule(d("0.2")), d(-5)))).not.toMatch(SWEDISH);
  });

  test("deviation thresholds out of range read in English", () => {
    const t = (percent: Dec | null, amount: Dec | null) => ({ ...DEFAULT_THRESHOLDS, critical: { percent, amount } });
    const texts = [english(() => validateThresholds(t(new Dec(11), null))), english(() => validateThresholds(t(null, new Dec(-1))))];
    expect(texts.map(swedishIn)).toEqual([null, null]);
    expect(texts[0]).toBe("critical threshold (percent): 11 is outside the allowed range 0–10.");
  });

  test("a bad or taken sheet name reads in English (the preview's workbook, the renderer)", () => {
    const wb = new MemoryWorkbook();
    wb.addUserSheet("Budget", []);
    const texts = [english(() => wb.addUserSheet("Budget", [])), english(() => validateSheetName("RR/2022"))];
    expect(texts.map((t) => /bladnamn|indata/i.test(t) || swedishIn(t) !== null)).toEqual([false, false]);
    expect(texts[0]).toBe('There is already a sheet named "Budget".');
  });

  test("a report definition's own errors (the renderer's: a bug in the add-in) read in English, naming rows and columns by their ids", () => {
    const line = (id: string, value: number, sumOf?: string[]): ReportRow => ({ id, label: id, kind: sumOf ? "total" : "line", level: 0, values: { current: new Dec(value) }, ...(sumOf ? { sumOf } : {}) });
    const model = (rows: ReportRow[], columns: ReportColumn[] = [{ id: "current", heading: "2024", kind: "amount" }]): ReportModel => ({ id: "resultatrakning", title: "RR", unit: "kr", footnotes: [], columns, rows });
    const render = (m: ReportModel, chart?: ChartOption) => english(() => renderReport(m, { sheetName: "RR", ...(chart ? { chart } : {}) }));
    const texts = [
      render(model([line("a", 1), line("sum", 2, ["a", "b"])])),
      render(model([line("a", 1), line("sum", 2, ["a"])])),
      render(model([{ ...line("a", 1, ["sum"]), kind: "subtotal" }, line("sum", 1, ["a"])])),
      render(model([line("a", 1), line("a", 2)])),
      render(model([{ ...line("a", 1), columnFormulas: { current: { plus: ["netto"], minus: [] } } }])),
      render(model([line("a", 1)]), { kind: "pie", columns: ["current"], lastRowId: "z" }),
      render(model([line("a", 1)], [{ id: "goal", heading: "Mål", kind: "text" }]), { kind: "pie", columns: ["goal"] }),
      english(() => ownershipName("not_intakter")),
      english(() => columnIndex("XFE")),
      english(() => cellAddress(1_048_576, 0)),
      english(() => parseRange("A1:B2:C3")),
    ];
    expect(texts.filter((t) => swedishIn(t) !== null || /\b(rad|kolumn|kolumner|rader|diagram|adress|område|rapportnyckel)\b/i.test(t))).toEqual([]);
    expect(texts.slice(0, 7)).toEqual([
      'row sum: row id "b" is not in the report.',
      "row sum, column current: the report's amount 2 is not the sum of the rows it totals (1).",
      "row a: the sum refers back to itself.",
      'Row id "a" occurs more than once in the report.',
      'row a: column id "netto" is not in the report.',
      'the chart: row id "z" is not in the report.',
      "The chart's columns must be adjacent amount columns.",
    ]);
  });

  test("Kontomappning of the other chart: the reason reads in English, however the chart was told", () => {
    const example = exampleInputs(new Uint8Array(fs.readFileSync("examples/exempelforbund.se")));
    const values = (name: string) => inputTemplates().find((s: SheetDescription) => s.name === name)!.cells.map((row) => row.map((c) => c?.value ?? null));
    const settings = inputTemplates({ example: example.inputs.ledger }).find((s: SheetDescription) => s.name === SHEETS.settings)!.cells.map((row) => row.map((c) => c?.value ?? null));
    const bas = values(SHEETS.mapping);
    const accounts = new Map([...example.inputs.ledger.accounts].filter(([n]) => !/^7[0-6]/.test(n)));
    accounts.set("5110", { number: "5110", name: "Löner månadsanställda" });
    const ledgers: Ledger[] = [{ ...example.inputs.ledger, chartType: "KOMMUNBAS19" }, { ...example.inputs.ledger, chartType: undefined, accounts }];
    const texts = ledgers.flatMap((ledger) =>
      readWorkbookInputs(new Map([[SHEETS.settings, settings], [SHEETS.mapping, bas]]), { ledger })
        .warnings.filter((w) => w.code === "inputs.mappingOtherChart")
        .map((w) => diagnosticIn(w, "en")),
    );
    expect(texts).toHaveLength(2);
    expect(texts.map(swedishIn)).toEqual([null, null]);
    expect(texts[1]).toContain("the ledger follows Kommun-Bas (staff costs are booked in class 5);");
    const standard = readWorkbookInputs(new Map([[SHEETS.settings, settings]]), { ledger: ledgers[0]! }).warnings.find((w) => w.code === "inputs.defaultMapping")!;
    expect(diagnosticIn(standard, "en")).toBe("The Kontomappning sheet is missing or empty; the standard mapping of Kommun-Bas is used. Confirm it.");
    expect(standard.message).toBe('Bladet Kontomappning saknas eller är tomt; standardmappningen "Kommun-Bas (standardval att bekräfta)" används. Bekräfta den.');
  });
});

/**
 * The same, read off the source: every literal inside the parameters of a message call (diagnostic, FinsamError,
 * a log's error or warn) in the code whose messages reach the pane. A `field` given as a literal is a label the
 * user reads on a sheet (capitalised) or a custom function's argument; a lower-case word there is Swedish prose.
 */
describe("message parameters in the source", () => {
  const root = path.join(__dirname, "../../../src");
  // The CLI speaks Swedish by design; the custom functions speak Swedish today (args.ts) and name their own
  // Swedish arguments; the catalogs are the one place prose belongs.
  const skipped = ["cli", "functions", "core/messages"].map((d) => path.join(root, d));
  /**
   * Known and left, by file and code, each with why. Keep this short: an entry here is a Swedish word an
   * English user may read.
   */
  const left: Record<string, string> = {
    // The SIE 4 specification names its fields in Swedish (kontrollsumma, objektlista, dimension).
    "core/import/sie/parser.ts sie.badInteger": "SIE field name",
    "core/import/sie/fields.ts sie.missingField": "SIE field name",
    "core/import/sie/tokenize.ts sie.badInteger": "SIE field name",
    // Custom functions' arguments, named as the Swedish functions name them (reached only from src/functions:
    // the pane's settings are range-checked before these rules run).
    "core/rules/ratios.ts ratio.excludedOverTotal": "function argument",
    "core/rules/ratios.ts ratio.adminOverTotal": "function argument",
    "core/rules/ratios.ts number.outOfRange": "function argument",
    "core/rules/ratios.ts ratio.negativeAssets": "function argument",
    "core/rules/forecast.ts forecast.monthlyBudget": "function argument",
    "core/rules/apportion.ts split.notMultiple": "function argument",
    // The funding model's own checks: the pane's split has checked Medlemmar for these before (members.ts).
    "core/rules/contributions.ts funding.stateShare": "function path",
    "core/rules/contributions.ts number.outOfRange": "function argument",
    "core/rules/contributions.ts funding.sharesSum": "function path",
    "core/rules/contributions.ts funding.noRegions": "function path",
    "core/rules/contributions.ts funding.noMunicipalities": "function path",
    "core/rules/contributions.ts split.duplicateName": "function path",
    // Typed statements are read by `finsam check` only, which speaks Swedish.
    "core/inputs/noteSheets.ts statements.noteTotal": "CLI",
    // Report names and a setting's label, printed in both languages as the sheets name them.
    "core/statements/kassaflodesanalys.ts statements.noOpeningBalances": "report name",
    "core/statements/flerarsoversikt.ts statements.yearCount": "report name",
    "core/statements/budgetuppfoljning.ts followUp.noMonthly": "setting label",
    "core/statements/budget.ts statements.period": "internal",
  };

  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (skipped.includes(p)) return [];
      return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
    });

  const used = new Set<string>();
  const MESSAGE_CALL = /^(diagnostic|FinsamError|(this\.)?log\.(error|warn))$/;

  function findings(file: string): string[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const rel = path.relative(root, file).split(path.sep).join("/");
    const out: string[] = [];
    /** The literal text in an expression; `ownOnly` leaves out what is passed to a call (a label's key). */
    const literals = (node: ts.Node, ownOnly = false, acc: string[] = []): string[] => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) acc.push(node.text);
      else if (ts.isTemplateExpression(node)) acc.push(node.head.text, ...(ownOnly ? [] : node.templateSpans.map((s) => s.literal.text)));
      if (!(ownOnly && ts.isCallExpression(node))) node.forEachChild((c) => void literals(c, ownOnly, acc));
      return acc;
    };
    const visit = (node: ts.Node) => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && MESSAGE_CALL.test(node.expression.getText(source))) {
        const [codeArg, params] = node.arguments ?? [];
        const code = codeArg && ts.isStringLiteral(codeArg) ? codeArg.text : "?";
        const key = `${rel} ${code}`;
        if (left[key] !== undefined) used.add(key);
        else if (params && ts.isObjectLiteralExpression(params)) {
          for (const prop of params.properties) {
            if (!ts.isPropertyAssignment(prop)) continue;
            const name = prop.name.getText(source);
            const worded = literals(prop.initializer).filter((t) => swedishIn(t) !== null);
            const lowerField = name === "field" ? literals(prop.initializer, true).filter((t) => /^[a-zåäö]/.test(t)) : [];
            const texts = [...new Set([...worded, ...lowerField])];
            for (const text of texts) out.push(`${rel}:${source.getLineAndCharacterOfPosition(prop.getStart()).line + 1} ${code} ${name}: "${text}"`);
          }
        }
      }
      node.forEachChild(visit);
    };
    visit(source);
    return out;
  }

  test("no Swedish word in a literal parameter", () => {
    expect(files(root).flatMap(findings)).toEqual([]);
    // Each entry left still names a call, so the list cannot outlive what it excuses.
    expect(Object.keys(left).filter((k) => !used.has(k))).toEqual([]);
  });
});
