import { INSATSMAL_HEADERS } from "../../src/core/inputs/insatsmalSheet";
import { PLAN_HEADERS } from "../../src/core/inputs/planSheet";
import { readFileSync } from "fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import table from "../../src/functions/locale-sv.json";
import * as F from "../../src/functions/functions";
import { messages } from "../../src/core/messages/index";
import { sv } from "../../src/taskpane/i18n/strings";
import { SHEET_NAMES } from "../../src/core/report/sheetNames";
import { INPUT_SHEETS, MEMBER_HEADERS, BUDGET_HEADERS, TRIAL_BALANCE_HEADERS } from "../../src/core/inputs/templates";
import { STATEMENT_SHEETS } from "../../src/core/inputs/statementsSheet";
import { NOTE_SHEETS } from "../../src/core/inputs/noteSheets";
import { SETTING_LABELS } from "../../src/core/inputs/settings";
import { MAPPING_HEADERS } from "../../src/core/inputs/mappingSheet";
import { EARLIER_YEARS_HEADERS } from "../../src/core/inputs/earlierYearsSheet";
import { CHART_LABEL } from "../../src/core/mapping/detect";
import { STEP_LABEL } from "../../src/core/money/units";
import { STATUS_LABEL_SV } from "../../src/core/checks/report";
import { FinsamSession } from "../../src/app/session";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { inputTemplates } from "../../src/core/inputs/templates";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localize } = require("../../scripts/functions-locale.cjs");

/**
 * Keeps docs/anvandarguide.md honest about the product: the guide's conventions (bold = pane text, italic =
 * sheet, ”…” = a setting or column heading, "> …" = a message quoted word for word, "…" where it varies) are
 * checked against the tables the product shows them from, and its function examples are recalculated.
 */
const guide = readFileSync("docs/anvandarguide.md", "utf8");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Everything but fenced code blocks and inline code, where the conventions do not apply. */
const prose = guide.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "`").replace(/\s*\n\s*/g, " ");

describe("docs/anvandarguide.md", () => {
  it("quotes every message word for word, from the message tables or the pane's strings", () => {
    const SENTINEL = "\u0001";
    const anyParams = new Proxy({}, { get: () => SENTINEL, has: () => true });
    const fromTemplate = (text: string) =>
      escape(text)
        // A message's place ("cell B4: ", "rad 12: ", "Total: ") may be left out of a quote.
        .replace(new RegExp(`^(?:cell |rad )?${SENTINEL}: `), "(?:.+?: )?")
        .replace(new RegExp(SENTINEL, "g"), ".+?");
    const fromUi = (text: string) => {
      // {name} is any text; {count|ett ord|flera ord} either word.
      let out = "";
      let last = 0;
      for (const m of text.matchAll(/\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g)) {
        out += escape(text.slice(last, m.index)) + (m[2] === undefined ? ".+?" : `(?:${escape(m[2])}|${escape(m[3]!)})`);
        last = m.index + m[0].length;
      }
      return out + escape(text.slice(last));
    };
    const patterns = [
      ...Object.values(messages.sv).map((m) => fromTemplate(m(anyParams))),
      ...Object.values(sv).map((s) => fromUi(s)),
      // Two pane strings shown together in one message bar.
      `${fromUi(sv["checks.summary"])} ${fromUi(sv["checks.naExplained"])}`,
    ]
      // A template that is mostly its parameters ("cell B4: {reason}.") would match any quote: left out.
      .filter((p) => p.replace(/\(\?:\.\+\?: \)\?|\.\+\?|\\/g, "").length >= 15)
      .map((p) => new RegExp(`^${p}$`));
    const quotes = [...guide.matchAll(/^ *> (.+)$/gm)].map((m) => m[1]!.trim());
    expect(quotes.length).toBeGreaterThan(30);
    expect(quotes.filter((q) => !patterns.some((p) => p.test(q)))).toEqual([]);
  });

  it("names in bold only what the pane shows (buttons, tabs, fields, choices) and the ribbon's tab", () => {
    const shown = new Set<string>([
      ...Object.values(sv),
      ...Object.values(CHART_LABEL),
      ...Object.values(STEP_LABEL),
      ...Object.values(STATUS_LABEL_SV),
      "Finsam", // the ribbon's tab (manifest.xml, Tab.Label)
      "fetstil", // the guide's own convention
    ]);
    const bold = [...prose.matchAll(/\*\*([^*]+)\*\*/g)].flatMap((m) => m[1]!.split(" › "));
    expect(bold.length).toBeGreaterThan(20);
    expect(bold.filter((b) => !shown.has(b))).toEqual([]);
  });

  it("names in italics only sheets the add-in reads or writes", () => {
    const sheets = new Set<string>([
      ...INPUT_SHEETS,
      ...Object.values(SHEET_NAMES),
      "Medlemsavgifter",
      "kursiv", // the guide's own convention
      ...Object.values(STATEMENT_SHEETS),
      ...NOTE_SHEETS.map((n) => n.name),
    ]);
    const italic = [...prose.replace(/\*\*[^*]+\*\*/g, "").matchAll(/\*([^*]+)\*/g)].map((m) => m[1]!);
    expect(italic.length).toBeGreaterThan(20);
    expect(italic.filter((i) => !sheets.has(i))).toEqual([]);
    // Every report the build writes is in the guide's table of sheets.
    for (const name of Object.values(SHEET_NAMES)) expect([name, guide.includes(`| *${name}* |`)]).toEqual([name, true]);
  });

  it("quotes ”…” only a setting, a column heading, or a text the product prints", () => {
    const labels = new Set<string>([
      ...SETTING_LABELS.map(([, label]) => label),
      ...MEMBER_HEADERS,
      ...BUDGET_HEADERS,
      ...TRIAL_BALANCE_HEADERS,
      ...MAPPING_HEADERS,
      ...EARLIER_YEARS_HEADERS,
      ...INSATSMAL_HEADERS,
      ...PLAN_HEADERS,
    ]);
    // Texts the product prints, each checked where it comes from.
    const printed: Record<string, boolean> = {
      "Sida 1 av 3": readFileSync("src/core/sheet/print.ts", "utf8").includes(`centerFooter: "Sida &P av &N"`),
      "Resultaträkning (2)": true, // README: a user's sheet of the same name keeps it; the report goes to "… (2)"
      "Belopp i tkr": messages.sv["sheet.text.unit"]({ unit: "tkr" }) === "Belopp i tkr",
      "ca 8 miljoner": true, // the seed's own words, as the README quotes them
      "1 234,50": true, // an example of text that reads as a number
      "citattecken": true, // the guide's own convention
      "…": true,
    };
    const quoted = [...prose.matchAll(/”([^”]+)”/g)].map((m) => m[1]!);
    expect(quoted.filter((q) => !labels.has(q) && printed[q] !== true)).toEqual([]);
  });

  it("gives every function its Swedish name and arguments, and examples that recalculate to the results shown", async () => {
    const generated = await generateCustomFunctionsMetadata("src/functions/functions.ts", false);
    expect(generated.errors).toEqual([]);
    const swedish: { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] } = localize(JSON.parse(generated.metadataJson), table);
    // The JavaScript function of each id, as functions.ts declares it under its @customfunction tag.
    const source = readFileSync("src/functions/functions.ts", "utf8");
    const jsName = new Map([...source.matchAll(/@customfunction (\w+)[\s\S]*?export function (\w+)\(/g)].map((m) => [m[1]!, m[2]!]));
    const rows = [...guide.matchAll(/^\| `([A-ZÅÄÖ]+)\(([^)]*)\)` \| [^|]+ \| `=FINSAM\.([A-ZÅÄÖ]+)\((.*)\)` \| ([^|]+) \|$/gm)];
    expect(rows.length).toBe(swedish.functions.length);
    for (const [, name, params, called, args, result] of rows) {
      const f = swedish.functions.find((g) => g.name === name);
      expect([name, f !== undefined, called]).toEqual([name, true, name]);
      expect(`${name}(${params})`).toBe(`${f!.name}(${f!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`);
      const fn = (F as unknown as Record<string, (...a: unknown[]) => unknown>)[jsName.get(f!.id)!]!;
      const value = fn(...splitArgs(args!).map(parseArg));
      expect([name, shown(value, result!.trim())]).toEqual([name, result!.trim()]);
    }
  }, 60_000);

  it("says how many sheets Bokslut writes, and that a report left out still has its sheet saying why", async () => {
    const count = { tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17 }[prose.match(/Tillägget skriver (\S+) blad i ett svep/)![1]!];
    expect(count).toBe(Object.keys(SHEET_NAMES).length);
    // Start's sheets with a year and a pasted trial balance of this year only: no budget, no opening balances.
    const workbook = new MemoryWorkbook();
    await workbook.createInputSheets(inputTemplates());
    workbook.typeCell("Inställningar", "B4", 2024);
    workbook.deleteSheet("Saldobalans");
    workbook.addUserSheet("Saldobalans", [["Konto", "Benämning", "Belopp"], [1930, "Bank", 100000], [2091, "Balanserat resultat", -60000], [3010, "Bidrag", -200000], [5010, "Lokalhyra", 160000]]);
    const built = await new FinsamSession(workbook).buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.value.written.length).toBe(count);
    for (const [sheet, code] of [["Kassaflödesanalys", "statements.kfaLeftOut"], ["Budgetuppföljning", "statements.followUpLeftOut"]] as const) {
      const why = built.warnings.find((w) => w.code === code)!.message;
      expect([sheet, workbook.getSheet(sheet)!.cells.some((row) => row.some((c) => c.value === why))]).toEqual([sheet, true]);
    }
    expect(prose).toContain("bladet skrivs ändå, med en rad om varför rapporten saknas, och samma text står under **Varningar**");
  });

  it("lists the ribbon's buttons as the manifest labels them, and says which tab a button of another name opens", () => {
    const manifest = readFileSync("manifest.xml", "utf8");
    const label = (resid: string) => manifest.match(new RegExp(`<bt:String id="${escape(resid)}" DefaultValue="([^"]+)"`))![1]!;
    const buttons = [...manifest.matchAll(/<Control xsi:type="Button" id="Finsam\.Open\.(\w+)">\s*<Label resid="([^"]+)"/g)].map((m) => ({ pane: m[1]!, label: label(m[2]!) }));
    expect(buttons.length).toBe(6);
    const listed = prose.match(/en knapp per del av tillägget \(([^)]+)\)/)![1]!.split(", ");
    expect(listed).toEqual(buttons.map((b) => b.label));
    const tab = (pane: string) => sv[`pane.${pane}` as keyof typeof sv];
    const renamed = buttons.filter((b) => b.label !== tab(b.pane));
    expect(renamed.length).toBeGreaterThan(0);
    for (const b of renamed) expect([b.label, prose.includes(`knappen ${b.label} på fliken **${tab(b.pane)}**`)]).toEqual([b.label, true]);
  });

  it("is linked from the README and from docs/input-sheets.md", () => {
    expect(readFileSync("README.md", "utf8").split("\n").slice(0, 12).join("\n")).toContain("(docs/anvandarguide.md)");
    expect(readFileSync("docs/input-sheets.md", "utf8")).toContain("(anvandarguide.md)");
  });
});

/** "3665500; {11,75;11,75;1,5}" → its arguments, split at the semicolons outside braces. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === ";" && depth === 0) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  return [...out, current.trim()];
}

/** An argument as Swedish Excel passes it: a number with a decimal comma, "text", or {a;b} as a column. */
function parseArg(text: string): unknown {
  if (text.startsWith("{")) return splitArgs(text.slice(1, -1)).map((v) => [parseArg(v)]);
  if (text.startsWith('"')) return text.slice(1, -1);
  return Number(text.replace(",", "."));
}

/** The value as the guide prints it: "1 722 785 / 219 930", "−62", "17,8 %" (to the guide's decimals), text. */
function shown(value: unknown, expected: string): string {
  if (typeof value === "string") return value;
  const values = Array.isArray(value) ? (value as unknown[][]).flat() : [value];
  const percent = expected.endsWith(" %");
  const decimals = percent ? (expected.split(",")[1]?.length ?? 2) - 2 : 0;
  const one = (v: unknown) => {
    const n = percent ? (v as number) * 100 : (v as number);
    const text = Math.abs(n).toFixed(Math.max(decimals, 0)).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    return `${n < 0 ? "−" : ""}${text}${percent ? " %" : ""}`;
  };
  return values.map(one).join(" / ");
}
