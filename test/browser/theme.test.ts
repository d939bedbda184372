import type { Page } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { openPreview, said } from "../helpers/browser";

/** The pane in Fluent's dark theme (the preview takes it when the system asks for dark, Excel's pane from Office's theme). */
describe("dark theme", () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openPreview(350, "dark"));
  });
  afterAll(async () => close?.());

  const paneTab = (name: string) => page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name, exact: true });
  /** Relative luminance (0 black … 1 white) of an "rgb(r, g, b)" colour. */
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  it("is dark to the pane's edges, with light text", async () => {
    const colours = await page.evaluate(() => {
      const at = document.elementFromPoint(2, 2)!;
      return [getComputedStyle(at).backgroundColor, getComputedStyle(document.querySelector("h1")!).color];
    });
    expect([luminance(colours[0]!) < 0.05, luminance(colours[1]!) > 0.7]).toEqual([true, true]);
  });

  // One test per pane, in order on the shared page (each pane's action changes what the next one shows), so that
  // each full-page scan has its own timeout on a loaded machine.
  it("has no serious or critical axe violation on Budget after its action, flags included", async () => {
    await paneTab("Budget").click();
    await page.getByLabel("Utfall till och med månad").selectOption("9");
    await page.getByRole("button", { name: "Skriv budgetuppföljningen" }).click();
    await said(page.locator("#panel-budgetuppfoljning"), "Skrev").waitFor();
    // The marks inside the flag shapes are the page's (dark) colour, not white on the light shape.
    const marks = await page.locator("#panel-budgetuppfoljning td[data-flag] svg").first().evaluate((svg) => {
      const mark = svg.lastElementChild!;
      return [getComputedStyle(svg.firstElementChild!).fill, mark.tagName === "path" ? getComputedStyle(mark).stroke : getComputedStyle(mark).fill];
    });
    expect([luminance(marks[0]!) > 0.3, luminance(marks[1]!) < 0.05]).toEqual([true, true]);
    await page.screenshot({ path: "test-results/screenshots/10-budgetuppfoljning-morkt.png" });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no serious or critical axe violation on Bokslut after Bygg alla rapporter", async () => {
    await paneTab("Bokslut").click();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await said(page.locator("#panel-bokslut"), "Skrev").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no serious or critical axe violation on Kontroller after its run", async () => {
    await paneTab("Kontroller").click();
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await said(page.locator("#panel-kontroller"), "kontroller:").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no serious or critical axe violation on Medlemsavgifter's error", async () => {
    await paneTab("Medlemsavgifter").click();
    await page.getByLabel("Total medelstilldelning (kr)").fill("abc");
    await page.getByRole("button", { name: "Skriv fördelningen till ett blad" }).click();
    await page.locator("#panel-medlemsavgifter").getByRole("alert").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(["Start", "Import"])("has no serious or critical axe violation on %s", async (tab) => {
    await paneTab(tab).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
