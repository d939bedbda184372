import iconv from "iconv-lite";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as F from "../../src/functions/functions";
import { guard } from "../../src/functions/args";
import { parseSie } from "../../src/core/import/sie/index";
import { readTrialBalance } from "../../src/core/import/trialBalance";
import { readMembers } from "../../src/core/import/members";
import { readSettings } from "../../src/core/inputs/settings";
import { readBudgetSheet } from "../../src/core/inputs/budgetSheet";
import { diagnosticIn, type Diagnostic } from "../../src/core/import/diagnostic";
import type { Cells } from "../../src/core/import/table";
import { BAD_CASES, type BadCase, type SieBytes } from "../fixtures/bad/cases";

/**
 * The bad-input corpus as an English user reads it: the pane's messages in English, and the custom functions'
 * #VALUE! messages in English Excel. A Swedish function word in one means Swedish prose came in by a parameter;
 * a function's message names the argument as English Excel does (functions.json), not as Swedish Excel does.
 */
const SWEDISH = /(^|[^\p{L}])(och|är|inte|ska|måste|eller|för|på|av|till|får|saknar|bara|att|tom)(?=$|[^\p{L}])/iu;

/** The words outside quotes: a quoted "…" is what the user typed or a sheet's own label, Swedish on purpose. */
const swedish = (text: string): boolean => SWEDISH.test(text.replace(/"[^"]*"/g, '""'));

const sieBytes = (lines: readonly string[], encoding: SieBytes): Uint8Array => {
  const text = lines.map((l) => `${l}\r\n`).join("");
  return new Uint8Array(encoding === "utf-8" ? Buffer.from(text, "utf-8") : iconv.encode(text, encoding));
};

function diagnosticsOf(c: BadCase): Diagnostic[] {
  if (c.kind === "sie") {
    const r = parseSie(sieBytes(c.lines, c.bytes), c.maxBytes === undefined ? {} : { maxBytes: c.maxBytes });
    return [...r.errors, ...r.warnings];
  }
  const read = (cells: Cells) =>
    c.kind === "settings" ? readSettings(cells) : c.kind === "members" ? readMembers(cells) : c.kind === "budget" ? readBudgetSheet(cells) : readTrialBalance(cells);
  if (c.kind === "function" || c.kind === "trialBalanceAccepted") return [];
  const r = read(c.cells);
  return r.ok ? [] : r.errors;
}

const excelArgs = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(excelArgs) : v !== null && typeof v === "object" && "excelError" in v ? new CustomFunctions.Error((v as { excelError: string }).excelError as CustomFunctions.ErrorCode) : v;

function valueError(c: Extract<BadCase, { kind: "function" }>): string {
  try {
    (F[c.fn] as (...args: unknown[]) => unknown)(...c.args.map(excelArgs));
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${c.id}: expected #VALUE!`);
}

describe("bad-input corpus in English", () => {
  test("the pane's messages carry no Swedish words", () => {
    const texts = BAD_CASES.flatMap((c) => diagnosticsOf(c).map((d) => `${c.id}: ${diagnosticIn(d, "en")}`));
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter(swedish)).toEqual([]);
  });

  describe("in English Excel", () => {
    const office = globalThis as { Office?: unknown };
    let argumentNames: Set<string>;
    beforeAll(async () => {
      const generated = await generateCustomFunctionsMetadata("src/functions/functions.ts", false);
      const metadata = JSON.parse(generated.metadataJson) as { functions: { parameters: { name: string }[] }[] };
      argumentNames = new Set(metadata.functions.flatMap((f) => f.parameters.map((p) => p.name)));
      office.Office = { context: { displayLanguage: "en-US" } };
    }, 60_000);
    afterAll(() => delete office.Office);

    const functionCases = BAD_CASES.flatMap((c) => (c.kind === "function" ? [c] : []));
    test("each #VALUE! message is English and names its argument as English Excel does", () => {
      const texts = functionCases.map(valueError);
      expect(texts.filter(swedish)).toEqual([]);
      // "weights[2]", "municipalWeights[row 1, column 2]", "upperBounds and rates": each a parameter of functions.json.
      const places = texts.map((t) => t.slice(0, t.indexOf(": ")).split(/ and | \+ /).map((n) => n.replace(/\[.*\]$/, "")));
      expect(places.flat().filter((n) => !argumentNames.has(n))).toEqual([]);
      expect(texts[functionCases.findIndex((c) => c.id === "fn-funding-text-in-2d-range")]).toBe('municipalWeights[row 1, column 2]: "x" is not a number.');
      expect(texts[functionCases.findIndex((c) => c.id === "fn-split-boolean-weight")]).toBe('weights[1]: "TRUE" is not a number.');
    });

    test("an unexpected error is reported as internal, in English", () => {
      const thrown = (() => {
        try {
          return guard(() => {
            throw new RangeError("boom");
          });
        } catch (e) {
          return e as Error;
        }
      })();
      expect(thrown.message).toBe("Internal error: boom");
    });

    test("Swedish Excel reads them as before", () => {
      office.Office = { context: { displayLanguage: "sv-SE" } };
      expect(functionCases.map(valueError)).toEqual(functionCases.map((c) => c.error));
      office.Office = { context: { displayLanguage: "en-US" } };
    });
  });
});
