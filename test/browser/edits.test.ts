import type { Page } from "playwright-core";
import { axeViolations } from "../helpers/axe";
import { openPreview, said } from "../helpers/browser";
import type { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";

type WithWorkbook = { finsamPreviewWorkbook: MemoryWorkbook };

/**
 * Bokslut over report sheets the economist has typed in since the last build (as in Excel): the pane names
 * them with their cells and writes nothing until told, "Skriv över ändå", or leaves them, "Avbryt".
 */
describe("Bokslut over report sheets edited by hand", () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openPreview());
    await page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name: "Bokslut", exact: true }).click();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await said(panel(), "Skrev 17 blad").waitFor();
  });
  afterAll(async () => close?.());

  const panel = () => page.locator("#panel-bokslut");
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  const type = (sheet: string, a1: string, value: string | number) =>
    page.evaluate(([s, a, v]) => (window as unknown as WithWorkbook).finsamPreviewWorkbook.typeCell(s as string, a as string, v!), [sheet, a1, value] as const);
  const cell = (sheet: string, row: number, col: number) =>
    page.evaluate(([s, r, c]) => (window as unknown as WithWorkbook).finsamPreviewWorkbook.getSheet(s as string)?.cells[r as number]?.[c as number]?.value ?? null, [sheet, row, col] as const);

  it("names the edited sheets and cells, writes nothing, and offers Skriv över ändå / Avbryt", async () => {
    await type("Resultaträkning", "F4", "Avser ESF-medel");
    await type("Balansräkning", "C6", 1234);
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    const alert = panel().getByRole("alert");
    await alert.waitFor();
    expect(await alert.getByText("Rapportblad har ändrats för hand sedan tillägget skrev dem").count()).toBe(1);
    // Each sheet by its cells; that nothing was written is said once, not once per sheet.
    expect(await alert.locator("li").allTextContents()).toEqual(["Resultaträkning: F4", "Balansräkning: C6"]);
    expect((await alert.textContent())!.match(/Inget har skrivits/gi)).toHaveLength(1);
    expect(await alert.getByRole("button").allTextContents()).toEqual(["Skriv över ändå", "Avbryt"]);
    // Not the usual error too, and nothing of the refused build in the live region.
    expect(await panel().getByRole("alert").count()).toBe(1);
    expect(await said(panel(), "Skrev").count()).toBe(0);
    expect(await cell("Resultaträkning", 3, 5)).toBe("Avser ESF-medel");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/screenshots/09-bokslut-andrade-blad.png", fullPage: true });
  });

  it("Avbryt leaves the workbook as it is and says so", async () => {
    await panel().getByRole("button", { name: "Avbryt" }).click();
    await panel().getByRole("status").getByText("Avbrutet: inget har skrivits, de ändrade bladen är som de var.").waitFor();
    expect(await panel().getByRole("alert").count()).toBe(0);
    // The box is gone, so the focus is back on the button that ran the build, not lost to the page.
    expect(await focused()).toBe("Bygg alla rapporter");
    expect(await cell("Resultaträkning", 3, 5)).toBe("Avser ESF-medel");
    expect(await cell("Balansräkning", 5, 2)).toBe(1234);
  });

  it("Skriv över ändå builds every report over the edits", async () => {
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await panel().getByRole("button", { name: "Skriv över ändå" }).click();
    await said(panel(), "Skrev 17 blad").waitFor();
    expect(await panel().getByRole("alert").count()).toBe(0);
    expect(await focused()).toBe("Bygg alla rapporter");
    expect(await cell("Resultaträkning", 3, 5)).toBeNull();
    expect(await cell("Balansräkning", 5, 2)).not.toBe(1234);
  });

  it("asks the same in English, by the same buttons", async () => {
    await type("Kontroller", "A2", "Reviewed");
    await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
    await page.getByRole("button", { name: "Build all reports" }).click();
    const alert = panel().getByRole("alert");
    await alert.waitFor();
    expect(await alert.getByText("Report sheets have been edited by hand since the add-in wrote them").count()).toBe(1);
    // Kontroller's 200-odd rows are more than its digest has marks for: it names the band of two rows, A1:A2.
    expect(await alert.locator("li").allTextContents()).toEqual(["Kontroller: A1:A2"]);
    expect(await alert.getByRole("button").allTextContents()).toEqual(["Overwrite anyway", "Cancel"]);
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole("button", { name: "Cancel" }).click();
    await panel().getByRole("status").getByText("Cancelled: nothing was written, the edited sheets are as they were.").waitFor();
  });
});
