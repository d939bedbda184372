import { readFileSync } from "fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import table from "../../src/functions/locale-sv.json";
import { STEP_LABEL } from "../../src/core/money/units";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localize } = require("../../scripts/functions-locale.cjs");

interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean; description: string }[];
  result: { dimensionality?: string };
}

/** The part auditors' workbooks depend on: ids, names, parameter order and shapes. Descriptions may change. */
const contract = (fs: FunctionMeta[]) =>
  fs.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type ?? "number"}${p.dimensionality === "matrix" ? "[][]" : ""}`),
    result: f.result.dimensionality ?? "scalar",
  }));

describe("custom function metadata", () => {
  let english: { functions: FunctionMeta[] };
  let swedish: { functions: FunctionMeta[] };

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata("src/functions/functions.ts", false);
    expect(generated.errors).toEqual([]);
    english = JSON.parse(generated.metadataJson);
    swedish = localize(english, table);
  }, 60_000);

  it("keeps the English ids, names and signatures (a rename breaks auditors' workbooks)", () => {
    expect(contract(english.functions)).toMatchSnapshot();
  });

  it("keeps the Swedish names (same ids) and describes every parameter in Swedish", () => {
    expect(contract(swedish.functions)).toMatchSnapshot();
    expect(swedish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    for (const f of swedish.functions) for (const p of f.parameters) expect(p.description).not.toBe("");
  });

  it("names every rounding unit the functions accept in each unit parameter, in both languages", () => {
    const units = Object.values(STEP_LABEL);
    const described = [...english.functions, ...swedish.functions].flatMap((f) => f.parameters.filter((p) => p.name === "unit" || p.name === "enhet").map((p) => ({ id: f.id, missing: units.filter((u) => !p.description.includes(`"${u}"`)) })));
    expect(described.map((d) => d.id)).toEqual(["SPLIT", "FUNDING", "PARTS", "SPLIT", "FUNDING", "PARTS"]);
    expect(described.filter((d) => d.missing.length > 0)).toEqual([]);
  });

  it("names every parameter in Swedish as the README's table does, and the #VALUE! messages name the same arguments", () => {
    const signature = (id: string) => {
      const f = swedish.functions.find((g) => g.id === id)!;
      return `${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`;
    };
    expect(signature("FUNDING")).toBe("MEDLEMSAVGIFTER(total; kommunvikter; [regionvikter]; [enhet]; [regionandel])");
    expect(signature("EQUITYEXCESS")).toBe("EKÖVERSKOTT(eget_kapital; tak)");
    const readme = readFileSync("README.md", "utf8");
    for (const f of swedish.functions) {
      expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
      for (const p of f.parameters) expect(p.name).toMatch(/^[a-zåäö][a-zåäö_]*$/);
      expect(readme).toContain(`| \`${signature(f.id)}\` | \`${f.id}\` |`);
    }
    const { name: _dropped, ...noName } = table.SPLIT.parameters.weights;
    expect(() => localize(english, { ...table, SPLIT: { ...table.SPLIT, parameters: { ...table.SPLIT.parameters, weights: noName } } })).toThrow(/SPLIT: parameter weights has no Swedish name/);
  });

  it("fails when a function lacks a Swedish entry or the table names one that does not exist", () => {
    const { SPLIT: _omitted, ...withoutSplit } = table;
    expect(() => localize(english, withoutSplit)).toThrow(/SPLIT has no Swedish entry/);
    expect(() => localize(english, { ...table, GONE: { name: "BORTA", description: "", parameters: {} } })).toThrow(/GONE/);
  });

  it("uses legal, unique names: ASCII ids, letters/digits/dot/underscore names", () => {
    for (const f of english.functions) expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
    for (const f of swedish.functions) expect(f.name).toMatch(/^[A-ZÅÄÖ][A-ZÅÄÖ0-9._]{2,}$/);
  });
});
