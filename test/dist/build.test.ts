import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { parseManifest, urls } from "../helpers/manifest";

/* The built add-in: what Excel loads. Run after `npm run build` (the test command does). */
const dist = (...p: string[]) => join("dist", ...p);
const read = (...p: string[]) => readFileSync(dist(...p), "utf8");

describe("npm run build", () => {
  beforeAll(() => {
    if (!existsSync(dist("manifest.xml"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  });

  it("writes a manifest whose every URL resolves to a built file", () => {
    const manifest = parseManifest(read("manifest.xml"));
    for (const url of urls(manifest)) {
      const path = new URL(url).pathname.replace(/^\//, "");
      expect([url, existsSync(dist(path))]).toEqual([url, true]);
    }
  });

  it("emits functions.json and functions-sv.json with the same ids and Swedish names", () => {
    const en = JSON.parse(read("functions.json")) as { functions: { id: string; name: string }[] };
    const sv = JSON.parse(read("functions-sv.json")) as { functions: { id: string; name: string }[] };
    expect(en.functions.length).toBeGreaterThanOrEqual(11);
    expect(sv.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(sv.functions.find((f) => f.id === "SPLIT")!.name).toBe("FÖRDELA");
  });

  it("loads pane, functions, commands and a local Office.js from one page with a CSP", () => {
    const html = read("taskpane.html");
    for (const script of ["office-js/office.js", "functions.js", "commands.js", "taskpane.js"]) {
      expect(html).toMatch(new RegExp(`src="?${script.replace(".", "\\.")}"?[ >]`));
      expect(existsSync(dist(script))).toBe(true);
    }
    expect(html).toMatch(/Content-Security-Policy"? content="default-src 'self'; script-src 'self';/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("registers every custom function with Excel in functions.js (the metadata plugin's loader)", () => {
    const js = read("functions.js");
    const ids = (JSON.parse(read("functions.json")) as { functions: { id: string }[] }).functions.map((f) => f.id);
    for (const id of ids) expect(js).toContain(`"${id}"`);
    expect(js).toContain("CustomFunctions.associate");
  });

  it("ships no eval or new Function in its own bundles", () => {
    for (const file of readdirSync("dist").filter((f) => f.endsWith(".js"))) {
      const js = read(file);
      expect([file, /\beval\s*\(|new Function\s*\(/.test(js)]).toEqual([file, false]);
    }
  });
});
