import { resolve } from "path";
import { mkdirSync } from "fs";
import type { Browser, Page } from "playwright-core";
import { AXE_PATH, axeViolations } from "../helpers/axe";
import { launch, said, slowDownIfAsked } from "../helpers/browser";
import { serve } from "../helpers/staticServer";
import type { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";

/** The preview's workbook, which index.tsx leaves on window for tests to set up what a user would do in Excel. */
type WithWorkbook = { finsamPreviewWorkbook: MemoryWorkbook };

/*
 * The task pane as a user meets it outside Excel: the preview with the example förbund in an in-memory
 * workbook. Drives the main flow with the mouse and with the keyboard, checks what is written, records
 * every request (only our own origin), runs axe-core on every pane, and saves screenshots to
 * test-results/screenshots (the README shows them; docs/screenshots holds the reviewed copies).
 */
const SHOTS = "test-results/screenshots";
/**
 * Outside Office, Office.js tries to frame its telemetry service; the pane's Content-Security-Policy blocks
 * that before any request is made (the request log below proves it), and Chromium reports the block.
 */
const OFFICE_TELEMETRY_BLOCKED = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/;
const PANE_TABS = ["Start", "Import", "Medlemsavgifter", "Budget", "Bokslut", "Kontroller"];

describe("task pane preview (example förbund)", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve(resolve("dist"));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await slowDownIfAsked(page);
    page.on("request", (r) => !r.url().endsWith(AXE_PATH) && requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && !OFFICE_TELEMETRY_BLOCKED.test(m.text()) && errors.push(m.text()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("Förhandsvisning utanför Excel").waitFor();
    await page.getByRole("tab", { name: "Inställningar" }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A pane's tab (the sheet tabs of the preview below share some names). */
  const paneTab = (name: string) => page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name, exact: true });
  /** A pane's own content (its tabpanel), by route id. */
  const pane = (id: string) => page.locator(`#panel-${id}`);
  /** The preview's sheet tab shown now. */
  const shownSheet = () => page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab", { selected: true }).textContent();
  /** Reads until `ok` accepts the value (or 10 s pass) and returns the last value read. */
  const until = async <T,>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> => {
    const end = Date.now() + 10_000;
    let value = await read();
    while (!ok(value) && Date.now() < end) {
      await page.waitForTimeout(50);
      value = await read();
    }
    return value;
  };
  const focused = async () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  /** Replaces the month in Inställningar, as a user would type it in Excel. */
  const setSettingsMonth = (month: number) =>
    page.evaluate((m) => {
      const wb = (window as unknown as WithWorkbook).finsamPreviewWorkbook;
      const rows = wb.getSheet("Inställningar")!.cells.map((row) => row.map((c) => (c.value ?? "") as string | number));
      const at = rows.findIndex((r) => r[0] === "Utfall till och med månad");
      rows[at]![1] = m;
      wb.deleteSheet("Inställningar");
      wb.addUserSheet("Inställningar", rows);
    }, month);

  const axe = () => axeViolations(page);
  /**
   * axe on the page less the preview's sheet below the panes, for the tests one per pane that only switch panes:
   * the sheet is the same for each, and is scanned once, in a test of its own after them.
   */
  const axeOfPane = () => axeViolations(page, page.getByRole("region", { name: "Blad i arbetsboken", exact: true }));

  it("opens as a labelled preview with the example's input sheets", async () => {
    const sheetTabs = page.getByRole("tablist", { name: "Blad i arbetsboken" });
    for (const name of ["Inställningar", "Medlemmar", "Budget", "Saldobalans", "Kontomappning", "Huvudbok"]) {
      expect([name, await sheetTabs.getByRole("tab", { name, exact: true }).count()]).toEqual([name, 1]);
    }
    await page.screenshot({ path: `${SHOTS}/01-start.png`, fullPage: true });
  });

  // One test per pane: six axe scans and the page's in one test summed to more than its timeout on a loaded machine.
  it.each(PANE_TABS)("heads the %s pane, has its live region there (empty) before anything runs, and no serious axe violation", async (tab) => {
    await paneTab(tab).click();
    const panel = page.getByRole("tabpanel", { name: tab });
    const heading = await panel.getByRole("heading", { level: 2 }).allTextContents();
    const live = panel.getByRole("status");
    // [live regions, "heading:live text", landmark regions (none before a table is shown: the tab panel names the pane), axe]
    expect([await live.count(), heading.join("|") + ":" + (await live.textContent()), await panel.getByRole("region").count(), await axeOfPane()]).toEqual([1, `${tab}:`, 0, []]);
  });

  it("has no serious axe violation around the panes either (the preview's sheet), and says the page is Swedish", async () => {
    expect(await axe()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
  });

  it("builds all reports from Bokslut, says what it wrote and what the checks found, and shows them as the board would see them", async () => {
    await paneTab("Bokslut").click();
    // By keyboard: the busy button stays focusable, so focus is still on it when the build is done.
    // The live region that says it is the one that was there before: one made along with its message is often not read.
    const live = await pane("bokslut").getByRole("status").elementHandle();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).focus();
    await page.keyboard.press("Enter");
    const written = said(pane("bokslut"), "Skrev");
    await written.waitFor();
    expect(await live!.evaluate((el) => el.isConnected && /^Skrev 17 blad/.test(el.textContent ?? ""))).toBe(true);
    expect(await focused()).toBe("Bygg alla rapporter");
    expect(await written.textContent()).toMatch(/^Skrev 17 blad: Driftsredovisning, Resultaträkning, .* och Kontroller\.$/);
    // The pane's introduction names every sheet the build writes (the two notes as "noter").
    const names = (await written.textContent())!.replace(/^Skrev 17 blad: |\.$/g, "").split(/, | och /);
    const intro = (await pane("bokslut").locator("p").first().textContent())!;
    expect(names.filter((n) => !intro.includes(n.startsWith("Not") ? "noter" : n.toLowerCase()))).toEqual([]);
    // Every check is counted, "kan inte prövas" too, and that status is explained.
    const checks = (await said(pane("bokslut"), "kontroller:").textContent())!;
    const [, total, failed, passed, na] = checks.match(/(\d+) kontroller: (\d+) stämmer inte, (\d+) stämmer, (\d+) kan inte prövas\./)!.map(Number);
    expect([failed, na! > 0, failed! + passed! + na!]).toEqual([0, true, total]);
    expect(checks).toContain("Kan inte prövas: det finns inget att jämföra med");
    expect(checks).toContain("Skälet står vid varje kontroll på bladet Kontroller.");
    expect(checks).not.toMatch(/avvikelse/);
    // The preview shows the first sheet written, as Excel would.
    expect(await shownSheet()).toBe("Driftsredovisning");
    await page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab", { name: "Resultaträkning", exact: true }).click();
    const rr = page.getByRole("table", { name: "Resultaträkning" });
    await expect(rr.getByText("Årets resultat").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/02-bokslut-resultatrakning.png`, fullPage: true });
  });

  it("flags budget deviations in the follow-up, by colour, shape and text", async () => {
    await paneTab("Budget").click();
    await page.getByLabel("Utfall till och med månad").selectOption("9");
    await page.getByRole("button", { name: "Skriv budgetuppföljningen" }).click();
    const badge = pane("budgetuppfoljning").getByRole("status").getByText(/flaggade avvikelser/);
    await badge.waitFor();
    const flagged = Number((await badge.textContent())!.match(/(\d+) flaggade/)![1]);
    expect(flagged).toBeGreaterThan(1);
    expect(await said(pane("budgetuppfoljning"), "Skrev").textContent()).toBe("Skrev 4 blad: Budgetuppföljning, Prognos finansiella mål, Resultaträkning delår och Balansräkning delår.");
    // The goals by the month-9 forecast, each with its verdict, as the forecast sheet states them.
    const goals = await pane("budgetuppfoljning").getByRole("listitem").allTextContents();
    expect(goals.map((g) => g.replace(/: .*$/, ""))).toEqual(["Eget kapital", "Administrationens andel av kostnaderna", "Andel till individinriktade insatser", "Balanskravsresultat"]);
    expect(goals.every((g) => /: (Uppfylls enligt prognos|Uppfylls inte enligt prognos|Kan inte bedömas: .+)$/.test(g))).toBe(true);
    const cells = pane("budgetuppfoljning").locator("td[data-flag=critical], td[data-flag=warning]");
    expect(await cells.count()).toBe(flagged);
    // Each flagged cell says so in text (read by a screen reader) and carries a marker, not only a colour.
    const marked = await cells.evaluateAll((tds) => tds.map((td) => [td.dataset.flag, /\((Varning|Kritisk)\)$/.test(td.textContent ?? ""), td.querySelector("svg") !== null]));
    expect(marked).toEqual(marked.map(([flag]) => [flag, true, true]));
    expect(await shownSheet()).toBe("Budgetuppföljning");
    // The pane's table and the preview's sheet below it are one sheet, but two regions a screen reader tells apart.
    const regions = await page.getByRole("region").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
    expect(regions.filter((name, i) => regions.indexOf(name) !== i)).toEqual([]);
    expect(regions).toEqual(expect.arrayContaining(["Budgetuppföljning", "Bladet Budgetuppföljning i arbetsboken"]));
    await page.screenshot({ path: `${SHOTS}/03-budgetuppfoljning.png`, fullPage: true });
    // In forced colours with a dark scheme the shapes turn white: the marks in them must not stay white too.
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    try {
      const legend = pane("budgetuppfoljning").locator("p", { hasText: "Kritisk" }).first();
      const marks = await legend.locator("svg").evaluateAll((svgs) =>
        svgs.map((svg) => {
          const shape = getComputedStyle(svg.firstElementChild!).fill;
          return [...svg.children].slice(1).map((mark) => (mark.tagName === "path" ? getComputedStyle(mark).stroke : getComputedStyle(mark).fill) !== shape);
        }),
      );
      expect(marks).toEqual([[true, true], [true]]);
      await legend.screenshot({ path: `${SHOTS}/03-flaggor-tvingade-farger.png` });
    } finally {
      await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
    }
  });

  it("lists the cross-checks under a heading, counts each status, and keeps them across a tab switch", async () => {
    await paneTab("Kontroller").click();
    await page.getByRole("button", { name: "Kör kontrollerna" }).focus();
    await page.keyboard.press("Enter");
    const summary = said(pane("kontroller"), "kontroller:");
    await summary.waitFor();
    expect(await focused()).toBe("Kör kontrollerna");
    const [, total] = (await summary.textContent())!.match(/^(\d+) kontroller: \d+ stämmer inte, \d+ stämmer, \d+ kan inte prövas\./)!.map(Number);
    const list = page.getByRole("list", { name: "Kontrollerna en och en" });
    expect(await page.getByRole("heading", { name: "Kontrollerna en och en" }).count()).toBe(1);
    expect(await list.getByRole("listitem").count()).toBe(total);
    // At Inställningar's month 12 the delår sheets hold no tables: their four ties, the RR's month against the
    // follow-up's, and each one's unit heading and sums are listed, saying why.
    const delar = list.getByRole("listitem").filter({ hasText: "Utfall till och med månad 12 är helåret" });
    expect(await delar.count()).toBe(9);
    expect(await delar.filter({ hasText: "Balansräkning delår balanserar" }).count()).toBe(1);
    // Only findings with cells to select are buttons; the others (e.g. unit headings) are text.
    const buttons = await list.getByRole("button").count();
    expect(buttons).toBeGreaterThan(20);
    expect(buttons).toBeLessThan(total!);
    await page.screenshot({ path: `${SHOTS}/04-kontroller.png` });
    // One tab stop for the whole list: Tab reaches the first finding that is a button, ArrowDown the next, Tab leaves.
    const findingButtons = list.getByRole("button");
    await findingButtons.first().focus();
    const first = await focused();
    await page.keyboard.press("ArrowDown");
    const second = await focused();
    expect(second).not.toBe(first);
    expect(second).toBe((await findingButtons.nth(1).textContent())!.trim());
    await page.keyboard.press("Tab");
    expect(await list.evaluate((ul) => ul.contains(document.activeElement))).toBe(false);
    await paneTab("Bokslut").click();
    await paneTab("Kontroller").click();
    expect(await list.getByRole("listitem").count()).toBe(total);
  });

  it("writes the checks to a sheet, says so, and selects a finding's cells", async () => {
    await page.getByRole("button", { name: "Skriv kontrollerna till ett blad" }).click();
    const written = said(pane("kontroller"), "Skrev");
    await written.waitFor();
    expect(await written.textContent()).toBe("Skrev 1 blad: Kontroller.");
    expect(await shownSheet()).toBe("Kontroller");
    await page.getByRole("list", { name: "Kontrollerna en och en" }).getByRole("button").filter({ hasText: "Årets resultat" }).first().click();
    expect(await until(shownSheet, (name) => name !== "Kontroller")).not.toBe("Kontroller");
    const selection = await page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.snapshot().selection);
    expect(selection).toEqual({ sheet: await shownSheet(), range: expect.stringMatching(/^[A-Z]+\d+(,[A-Z]+\d+)*$/) });
    expect(await pane("kontroller").getByRole("alert").count()).toBe(0);
    // A sum and its lines: several cells, one selection.
    await page.getByRole("list", { name: "Kontrollerna en och en" }).getByRole("button").filter({ hasText: "Summering: Driftsredovisningen Strukturinriktade insatser (Netto 2024)" }).click();
    const sum = await until(() => page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.snapshot().selection), (s) => s?.sheet === "Driftsredovisning");
    expect(sum).toEqual({ sheet: "Driftsredovisning", range: "D16,D14,D15" });
    expect(await pane("kontroller").getByRole("alert").count()).toBe(0);
  });

  it("marks the checks out of date after a rebuild, where a finding's cells may have moved, until they run again", async () => {
    // A new insats in the budget moves the driftsredovisning's rows below it down by one.
    await page.evaluate(() => {
      const wb = (window as unknown as WithWorkbook).finsamPreviewWorkbook;
      const rows = wb.getSheet("Budget")!.cells.map((row) => row.map((c) => (c.value ?? "") as string | number));
      const at = rows.findIndex((r) => r[1] === "STEG");
      rows.splice(at + 1, 0, ["Individinriktade insatser", "NYTT", 100000]);
      wb.deleteSheet("Budget");
      wb.addUserSheet("Budget", rows);
    });
    await paneTab("Bokslut").click();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await said(pane("bokslut"), "Skrev").waitFor();
    await paneTab("Kontroller").click();
    const list = page.getByRole("list", { name: "Kontrollerna en och en" });
    expect(await pane("kontroller").getByRole("group").filter({ hasText: "Kör kontrollerna igen" }).count()).toBe(1);
    expect(await list.getByRole("button").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/07-kontroller-inaktuella.png` });
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await said(pane("kontroller"), "kontroller:").waitFor();
    expect(await pane("kontroller").getByRole("group").filter({ hasText: "Kör kontrollerna igen" }).count()).toBe(0);
    await list.getByRole("button").filter({ hasText: "Summering: Driftsredovisningen Strukturinriktade insatser (Netto 2024)" }).click();
    const sum = await until(() => page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.snapshot().selection?.range), (r) => r !== "D16,D14,D15");
    expect(sum).toBe("D17,D15,D16");
  });

  it("marks the checks out of date when an input sheet is edited in Excel, without any action in the pane", async () => {
    // Inside the pane's live region, so a screen reader reads it though nothing in the pane was pressed.
    const stale = said(pane("kontroller"), "Kör kontrollerna igen");
    expect(await stale.count()).toBe(0);
    await page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.typeCell("Inställningar", "A1", "Inställningar för rapporterna (granskade)"));
    await stale.waitFor();
    expect(await page.getByRole("list", { name: "Kontrollerna en och en" }).getByRole("button").count()).toBe(0);
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await pane("kontroller").getByRole("status").filter({ hasText: "kontroller:" }).waitFor();
    expect(await until(() => stale.count(), (n) => n === 0)).toBe(0);
  });

  it("marks Bokslut's and Budget's results out of date too, each saying what to run again", async () => {
    // The edit to Inställningar above came after the last build; that build rewrote the month-9 follow-up with the settings' month.
    const rebuild = said(pane("bokslut"), "Bygg alla rapporter igen.");
    const rewrite = said(pane("budgetuppfoljning"), "Skriv budgetuppföljningen igen.");
    await paneTab("Budget").click();
    expect(await rewrite.count()).toBe(1);
    await page.getByRole("button", { name: "Skriv budgetuppföljningen" }).click();
    await said(pane("budgetuppfoljning"), "Skrev").waitFor();
    expect(await until(() => rewrite.count(), (n) => n === 0)).toBe(0);
    await paneTab("Bokslut").click();
    expect(await rebuild.count()).toBe(1);
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await said(pane("bokslut"), "Skrev").waitFor();
    expect(await until(() => rebuild.count(), (n) => n === 0)).toBe(0);
    // The rebuild in turn leaves the Budget pane's month-9 table behind.
    await paneTab("Budget").click();
    expect(await rewrite.count()).toBe(1);
  });

  it("splits the member contributions and writes the table; a new run's error replaces the old result", async () => {
    await paneTab("Medlemsavgifter").click();
    await page.getByRole("button", { name: "Skriv fördelningen till ett blad" }).click();
    const table = page.getByRole("table", { name: "Medlemsavgifter" }).first();
    await table.waitFor();
    const text = (await table.textContent())!.replace(/\s/g, " ");
    // 6 000 000 kr: staten 3 000 000, region 1 500 000, kommunerna 7/5/3 of 1 500 000.
    for (const amount of ["3 000 000", "1 500 000", "700 000", "500 000", "300 000", "6 000 000"]) expect(text).toContain(amount);
    await page.screenshot({ path: `${SHOTS}/05-medlemsavgifter.png`, fullPage: true });
    // Medlemmar edited in Excel: the split shown may no longer be the sheet's, and the pane says so until written again.
    const stale = said(pane("medlemsavgifter"), "Skriv fördelningen igen.");
    expect(await stale.count()).toBe(0);
    await page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.typeCell("Medlemmar", "A1", "Medlemmar (granskade)"));
    await stale.waitFor();
    await page.getByRole("button", { name: "Skriv fördelningen till ett blad" }).click();
    expect(await until(() => stale.count(), (n) => n === 0)).toBe(0);
    // Another total typed: the split of the old one is not shown next to it.
    await page.getByLabel("Total medelstilldelning (kr)").fill("7 000 000");
    expect(await pane("medlemsavgifter").getByRole("table").count()).toBe(0);
    await page.getByLabel("Total medelstilldelning (kr)").fill("abc");
    await page.getByRole("button", { name: "Skriv fördelningen till ett blad" }).click();
    await pane("medlemsavgifter").getByRole("alert").waitFor();
    expect(await pane("medlemsavgifter").getByRole("table").count()).toBe(0);
    // Focus goes to the total, to correct it: marked invalid, and described by what is wrong with it.
    const total = page.getByLabel("Total medelstilldelning (kr)");
    expect(await until(() => total.evaluate((el) => el === document.activeElement), Boolean)).toBe(true);
    const described = await total.evaluate((el) => [el.getAttribute("aria-invalid"), (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent).join("")]);
    expect(described).toEqual(["true", 'Total medelstilldelning: "abc" är inte ett belopp.']);
    // The total is named by the field's own label, not by a word the pane does not show.
    expect(await pane("medlemsavgifter").getByRole("alert").locator("li").textContent()).toBe('Total medelstilldelning: "abc" är inte ett belopp.');
  });

  it("shows errors in English in English mode", async () => {
    await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
    await page.getByRole("button", { name: "Write the split to a sheet" }).click();
    const alert = pane("medlemsavgifter").getByRole("alert");
    expect(await until(() => alert.textContent(), (text) => /is not an amount/.test(text ?? ""))).toMatch(/^It did not work: .*Nothing was written\.Total contributions: "abc" is not an amount\.$/);
    expect(await alert.textContent()).not.toMatch(/inte ett belopp/);
    await page.getByRole("combobox", { name: "Language" }).selectOption("sv");
    await page.getByLabel("Total medelstilldelning (kr)").fill("6000000");
  });

  it("imports an SIE file (CP437) in the browser and reports the mapping; a failed import clears the old summary", async () => {
    await paneTab("Import").click();
    await page.getByLabel("Välj SIE-fil").setInputFiles(resolve("examples/exempelforbund.se"));
    const status = said(page, "Samordningsförbundet Exempelbygd");
    await status.waitFor();
    expect(await status.textContent()).toBe("exempelforbund.se inläst: Samordningsförbundet Exempelbygd, 25 konton, 2 räkenskapsår. Alla konton är mappade.");
    expect(await said(pane("import"), "Skrev 1 blad").textContent()).toBe("Skrev 1 blad: Huvudbok.");
    // The pane only: the preview below now shows the Huvudbok just written, 200 rows long.
    await page.screenshot({ path: `${SHOTS}/06-import.png` });
    await page.getByLabel("Välj SIE-fil").setInputFiles({ name: "text.se", mimeType: "text/plain", buffer: Buffer.from("Hej detta ar ingen SIE-fil\r\nbara text\r\n") });
    await pane("import").getByRole("alert").waitFor();
    expect(await status.count()).toBe(0);
    await page.getByLabel("Välj SIE-fil").setInputFiles({ name: "tom.se", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    expect(await until(() => pane("import").getByRole("alert").textContent(), (t) => /tom/.test(t ?? ""))).toContain("Filen är tom (eller har bara tomma rader) och är därför ingen SIE-fil; inget lästes in.");
  });

  it("tells which report went to another name when a sheet of the user's has its name", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as WithWorkbook).finsamPreviewWorkbook;
      wb.deleteSheet("Budgetuppföljning");
      wb.addUserSheet("Budgetuppföljning", [["Min egen uppföljning"]]);
    });
    await paneTab("Budget").click();
    await page.getByRole("button", { name: "Skriv budgetuppföljningen" }).click();
    const written = said(pane("budgetuppfoljning"), "Skrev");
    expect(await until(() => written.textContent(), (text) => text?.includes("(2)") ?? false)).toBe(
      "Skrev 4 blad: Budgetuppföljning (2), Prognos finansiella mål, Resultaträkning delår och Balansräkning delår.Bladet Budgetuppföljning fanns redan och är ditt; rapporten skrevs till Budgetuppföljning (2).",
    );
    expect(await shownSheet()).toBe("Budgetuppföljning (2)");
  });

  it("fits a 350 px task pane: nothing cut off or off to the side, row labels stay while the amounts scroll", async () => {
    await page.setViewportSize({ width: 350, height: 900 });
    try {
      const label = await page.getByText("Språk", { exact: true }).evaluate((el) => {
        const select = document.getElementById(el.getAttribute("for")!)!.getBoundingClientRect();
        return { clipped: el.scrollWidth > el.clientWidth, overlaps: el.getBoundingClientRect().right > select.left };
      });
      expect(label).toEqual({ clipped: false, overlaps: false });
      for (const tab of PANE_TABS) {
        await paneTab(tab).click();
        expect([tab, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([tab, 350]);
      }
      // The split's shares ("50,00 %") stay on one line each.
      await paneTab("Medlemsavgifter").click();
      await page.getByRole("button", { name: "Skriv fördelningen till ett blad" }).click();
      await page.getByRole("table", { name: "Medlemsavgifter" }).first().waitFor();
      const shareLines = await pane("medlemsavgifter").locator("tbody tr:not(:last-child) td:nth-child(2)").evaluateAll((tds) =>
        tds.map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return range.getClientRects().length;
        }),
      );
      expect(shareLines).toEqual([1, 1, 1, 1, 1]);
      // Three columns need no scrolling even in a 320 px pane (WCAG's reflow width).
      await page.setViewportSize({ width: 320, height: 900 });
      expect(await pane("medlemsavgifter").getByRole("region", { name: "Medlemsavgifter" }).evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await paneTab("Budget").click();
      const region = pane("budgetuppfoljning").getByRole("region");
      const stays = await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        const label = el.querySelector("tbody tr:nth-child(6) td")!;
        return { scrolled: el.scrollLeft > 0, left: Math.round(label.getBoundingClientRect().left - el.getBoundingClientRect().left) };
      });
      expect(stays).toEqual({ scrolled: true, left: 0 });
    } finally {
      await page.setViewportSize({ width: 420, height: 900 });
    }
  });

  it("marks the checks out of date when report sheets are deleted, and a finding then says its report sheet is not written", async () => {
    await paneTab("Kontroller").click();
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await said(pane("kontroller"), "kontroller:").waitFor();
    await page.evaluate(() => {
      const wb = (window as unknown as WithWorkbook).finsamPreviewWorkbook;
      for (const name of ["Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Driftsredovisning", "Flerårsöversikt", "Not Intäkter", "Not Kostnader"]) wb.deleteSheet(name);
    });
    const list = page.getByRole("list", { name: "Kontrollerna en och en" });
    await said(pane("kontroller"), "Kör kontrollerna igen").waitFor();
    expect(await list.getByRole("button").count()).toBe(0);
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await list.getByRole("button").first().click();
    const alert = pane("kontroller").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Cellerna kunde inte markeras: Rapportbladet ".+" är inte skrivet i den här arbetsboken\. Rapportbladen skrivs under Bokslut\.$/);
  });

  it("says on Start that the input sheets are there already", async () => {
    await paneTab("Start").click();
    await page.getByRole("button", { name: "Skapa tomma indatablad" }).click();
    await said(pane("start"), "Alla indatablad finns redan").waitFor();
  });

  // What the tests above left on each pane: a result, or an error (the empty SIE file, a deleted sheet).
  const shownAfterAction = { Start: "group", Import: "alert", Medlemsavgifter: "table", Budget: "table", Bokslut: "group", Kontroller: "alert" } as const;
  it.each(PANE_TABS)("has no serious or critical accessibility violations on the %s pane after its action: its result, table or error shown", async (tab) => {
    await paneTab(tab).click();
    const results = await page.getByRole("tabpanel", { name: tab }).getByRole(shownAfterAction[tab as keyof typeof shownAfterAction]).count();
    expect([results > 0, await axeOfPane()]).toEqual([true, []]);
  });

  it("has no serious or critical accessibility violations around the panes after their actions (the preview's sheet)", async () => {
    expect(await axe()).toEqual([]);
  });

  it("reflows at 200 % zoom of a 320 px pane (160 CSS px): no sideways page scroll, nothing cut off, on any pane with its results", async () => {
    await page.setViewportSize({ width: 160, height: 900 });
    try {
      const found: Record<string, object> = {};
      for (const tab of PANE_TABS) {
        await paneTab(tab).click();
        // Measured until the layout has settled (a resize re-renders a table after the tab shows), or as it ends up.
        const settled = (r: { pageWidth: number; beyondRight: unknown[]; cutOff: unknown[] }) => r.pageWidth === 0 && r.beyondRight.length === 0 && r.cutOff.length === 0;
        found[tab] = await until(() => page.evaluate(async () => {
          // The selected tab's indicator slides over from the last one: measured once it is there.
          await Promise.all(document.getAnimations().map((a) => a.finished));
          const width = document.documentElement.clientWidth;
          const shown = [...document.querySelectorAll("#root *")].filter((el) => !el.closest("[hidden]") && el.getBoundingClientRect().width > 1);
          // Tables may be wider than the pane: they scroll in their own region, whose content is left out here.
          const outside = shown.filter((el) => !el.closest("[role=region]"));
          return {
            pageWidth: document.documentElement.scrollWidth - width,
            beyondRight: outside.filter((el) => el.getBoundingClientRect().right > width + 0.5).map((el) => el.textContent?.slice(0, 30)),
            cutOff: shown.filter((el) => el.matches("button, label, select, input") && el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent?.slice(0, 30)),
          };
        }), settled);
      }
      expect(found).toEqual(Object.fromEntries(PANE_TABS.map((t) => [t, { pageWidth: 0, beyondRight: [], cutOff: [] }])));
      await paneTab("Bokslut").click();
      await page.screenshot({ path: `${SHOTS}/09-bokslut-200-procent.png` });
    } finally {
      await page.setViewportSize({ width: 420, height: 900 });
    }
  });

  it("reaches the main flow by keyboard alone", async () => {
    await page.reload();
    await page.getByRole("tab", { name: "Inställningar" }).waitFor();
    // Tab to the pane tabs, arrow to Bokslut, Tab into the pane, Enter on the build button.
    let guard = 0;
    while (!(await focused()).startsWith("Start") && guard++ < 20) await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^Start/);
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await focused()).toMatch(/^Bokslut/);
    guard = 0;
    while ((await focused()) !== "Bygg alla rapporter" && guard++ < 20) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await said(page, "Skrev").waitFor();
    expect(await focused()).toBe("Bygg alla rapporter");
  });

  it("reaches every control of every pane by Tab, shows where the focus is, and Shift+Tab goes back the same way", async () => {
    const focusName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.tagName}:${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}`;
      });
    for (const tab of PANE_TABS) {
      await paneTab(tab).focus();
      await page.keyboard.press("Enter");
      const panel = page.getByRole("tabpanel", { name: tab });
      // The controls a user can see and use; the SIE file input is hidden behind its button.
      const controls = await panel.locator("button, input:not([type=file]), select, [tabindex='0']").evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 0).length);
      const stops: string[] = [];
      const unseen: string[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        const inside = await panel.evaluate((p) => p.contains(document.activeElement));
        if (!inside) break;
        const name = await focusName();
        stops.push(name);
        // Focused and not: the two pictures of the control (and a few pixels around it) must differ.
        const box = (await page.evaluate(() => {
          const r = document.activeElement!.getBoundingClientRect();
          return { x: Math.max(0, r.x - 4), y: Math.max(0, r.y - 4), width: r.width + 8, height: r.height + 8 };
        }))!;
        const withFocus = await page.screenshot({ clip: box });
        await page.evaluate(() => (document.activeElement as HTMLElement).setAttribute("data-was-focused", ""));
        await page.evaluate(() => (document.activeElement as HTMLElement).blur());
        const without = await page.screenshot({ clip: box });
        if (withFocus.equals(without)) unseen.push(name);
        await page.evaluate(() => {
          const el = document.querySelector<HTMLElement>("[data-was-focused]")!;
          el.removeAttribute("data-was-focused");
          el.focus();
        });
      }
      const back: string[] = [];
      for (let i = stops.length - 1; i > 0; i--) {
        await page.keyboard.press("Shift+Tab");
        back.push(await focusName());
      }
      expect([tab, stops.length]).toEqual([tab, controls]);
      // Shift+Tab from just past the panel: its stops again, from the last back to the second.
      expect(back).toEqual(stops.slice(1).reverse());
      expect([tab, unseen]).toEqual([tab, []]);
    }
  });

  it("takes the follow-up's month from Inställningar, by name (after the reload: the Budget pane is new)", async () => {
    await setSettingsMonth(9);
    await paneTab("Budget").click();
    const month = pane("budgetuppfoljning").getByLabel("Utfall till och med månad");
    expect(await until(() => month.inputValue(), (v) => v === "9")).toBe("9");
    expect(await month.locator("option:checked").textContent()).toBe("september");
    expect(await month.locator("option").allTextContents()).toEqual(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]);
    expect(await pane("budgetuppfoljning").getByText("Förvalt från bladet Inställningar.").count()).toBe(1);
    await setSettingsMonth(12);
  });

  it("before Bokslut, a finding is never selected on a sheet of the user's that has the report's name", async () => {
    await page.reload();
    await page.getByRole("tab", { name: "Kontroller" }).waitFor();
    await page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.addUserSheet("Resultaträkning", [["Mina egna siffror", 42]]));
    await paneTab("Kontroller").click();
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await said(pane("kontroller"), "kontroller:").waitFor();
    await page.getByRole("list", { name: "Kontrollerna en och en" }).getByRole("button").filter({ hasText: "Årets resultat" }).first().click();
    const alert = pane("kontroller").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Cellerna kunde inte markeras: Rapportbladet ".+" är inte skrivet i den här arbetsboken\. Rapportbladen skrivs under Bokslut\.$/);
    expect(await page.evaluate(() => (window as unknown as WithWorkbook).finsamPreviewWorkbook.snapshot().selection)).toBeNull();
  });

  it("made no request outside its own origin and raised no script errors", () => {
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
