import { readFileSync } from "fs";
import { existsSync } from "fs";
import { all, parseManifest, references, resources, urls } from "../helpers/manifest";
import { PANES } from "../../src/taskpane/route";

/*
 * Offline structural validation of manifest.xml. `npm run validate` posts the manifest to Microsoft's
 * service, which is unreachable here and on CI; this test checks what that service would, and more.
 */
const xml = readFileSync("manifest.xml", "utf8");
const doc = parseManifest(xml);
const text = (tag: string) => all(doc, tag)[0]?.textContent?.trim();

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in with a GUID id and a four-part version", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(text("Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all(doc, "Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
  });

  it("asks for the least permission that lets the panes write their sheets", () => {
    expect(text("Permissions")).toBe("ReadWriteDocument");
  });

  it("uses https URLs on one origin only, and lists no foreign domains", () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(5);
    for (const u of found) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    expect(all(doc, "AppDomain")).toHaveLength(0);
  });

  it("defines every resid it uses, with ids of at most 32 characters, and defines nothing unused", () => {
    const defined = resources(doc);
    const used = new Set(references(doc));
    for (const id of used) expect(defined.has(id)).toBe(true);
    for (const id of defined.keys()) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(used.has(id)).toBe(true);
    }
  });

  it("runs pane, functions and commands in one shared runtime", () => {
    const runtime = all(doc, "Runtime")[0]!;
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = all(all(doc, "Page")[0]!, "SourceLocation")[0]!.getAttribute("resid");
    expect(page).toBe(runtime.getAttribute("resid"));
    expect(all(doc, "FunctionFile")[0]!.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
    const sets = all(doc, "Set").map((s) => s.getAttribute("Name"));
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]));
  });

  it("declares the FINSAM namespace and Swedish function metadata through a locale override", () => {
    const defined = resources(doc);
    const ns = all(doc, "Namespace")[0]!.getAttribute("resid")!;
    expect(defined.get(ns)).toBe("FINSAM");
    const metadata = all(doc, "bt:Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url")!;
    expect(metadata.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    const override = all(metadata, "bt:Override")[0]!;
    expect(override.getAttribute("Locale")).toBe("sv-SE");
    expect(override.getAttribute("Value")).toMatch(/\/functions-sv\.json$/);
  });

  it("has a ribbon button for every pane and for Bygg alla rapporter, each bound to a command the runtime registers", () => {
    const commands = readFileSync("src/commands/commands.ts", "utf8");
    expect(commands).toContain("Office.actions.associate(`open-${pane}`");
    const names = all(doc, "FunctionName").map((f) => f.textContent);
    expect(names).toEqual([...PANES.map((p) => `open-${p}`), "build-all"]);
    expect(commands).toContain('Office.actions.associate("build-all"');
  });

  it("points at icons that exist in assets/ in the sizes Office asks for", () => {
    const images = all(doc, "bt:Image").filter((i) => i.getAttribute("id")).map((i) => i.getAttribute("DefaultValue")!);
    const files = [...images, text("IconUrl") ?? "", all(doc, "IconUrl")[0]!.getAttribute("DefaultValue")!, all(doc, "HighResolutionIconUrl")[0]!.getAttribute("DefaultValue")!]
      .filter((u) => u.includes("/assets/"))
      .map((u) => u.replace("https://localhost:3000/", ""));
    expect(files).toEqual(expect.arrayContaining(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png", "assets/icon-64.png"]));
    for (const f of files) expect(existsSync(f)).toBe(true);
  });
});

describe("production manifest", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rewriteManifest } = require("../../scripts/manifest-url.cjs");

  it("moves every URL to the production origin and keeps the XML valid", () => {
    const prod = parseManifest(rewriteManifest(xml, "https://finsam.example.se/addin"));
    const found = urls(prod);
    expect(found.length).toBe(urls(doc).length);
    for (const u of found) expect(u.startsWith("https://finsam.example.se/addin/")).toBe(true);
  });

  it("refuses an http origin", () => {
    expect(() => rewriteManifest(xml, "http://finsam.example.se/")).toThrow(/https/);
  });
});
