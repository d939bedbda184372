import type { Page } from "playwright-core";
import { openPreview, said } from "../helpers/browser";
import type { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";

/** The Start pane over a workbook that has some of the input sheets already (the preview's, one deleted). */
describe("Start pane", () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openPreview());
  });
  afterAll(async () => close?.());

  it("says which input sheets it kept, so the example is not taken as loaded where it was not", async () => {
    await page.evaluate(() => (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook.deleteSheet("Budget"));
    await page.getByRole("button", { name: "Ladda exempelförbundet" }).click();
    const status = said(page.locator("#panel-start"), "Skapade");
    await status.waitFor();
    expect(await status.textContent()).toBe(
      "Skapade bladet Budget. Bladen Inställningar, Medlemmar, Saldobalans, Kontomappning, Tidigare år, Flerårsplan och Insatsmål fanns redan och behölls: exemplets värden lästes inte in där. Bladet Huvudbok finns redan och behölls: exemplets huvudbok lästes inte in.",
    );
    await page.screenshot({ path: "test-results/screenshots/08-start-behallna-blad.png" });
  });

  it("names what it created as a list in the pane's language", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook;
      for (const name of wb.sheetList()) wb.deleteSheet(name);
    });
    await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
    await page.getByRole("button", { name: "Create empty input sheets" }).click();
    const status = said(page.locator("#panel-start"), "Created");
    expect(await status.textContent()).toBe("Created the sheets Inställningar, Medlemmar, Budget, Saldobalans, Kontomappning, Tidigare år, Flerårsplan and Insatsmål.");
  });

  it("writes an empty Kontomappning with the standard rows of the chart chosen", async () => {
    await page.evaluate(() => (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook.deleteSheet("Kontomappning"));
    await page.getByRole("combobox", { name: /^Chart of accounts for empty sheets/ }).selectOption({ label: "Kommun-Bas" });
    await page.getByRole("button", { name: "Create empty input sheets" }).click();
    await said(page.locator("#panel-start"), "Created the sheet Kontomappning.").waitFor();
    const title = await page.evaluate(() => (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook.getSheet("Kontomappning")!.cells[0]![0]!.value);
    expect(title).toBe("Kontomappning (Standardval att bekräfta: Kommun-Bas på klassnivå; kontrollera särskilt avskrivningar och finansiella poster)");
  });
  it("says an error from before the sheets were created is out of date, rather than let it stand as if still so", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook;
      for (const name of wb.sheetList()) wb.deleteSheet(name);
    });
    await page.getByRole("combobox", { name: "Language" }).selectOption("sv");
    await page.getByRole("navigation").getByRole("tab", { name: "Bokslut", exact: true }).click();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    const bokslut = page.locator("#panel-bokslut");
    await bokslut.getByRole("alert").getByText('Bladet "Inställningar" saknas; skapa indatabladen från Start.').waitFor();
    const stale = said(bokslut, "Bygg alla rapporter igen.");
    expect(await stale.count()).toBe(0);
    await page.getByRole("navigation").getByRole("tab", { name: "Start", exact: true }).click();
    await page.getByRole("button", { name: "Skapa tomma indatablad" }).click();
    await said(page.locator("#panel-start"), "Skapade").waitFor();
    await page.getByRole("navigation").getByRole("tab", { name: "Bokslut", exact: true }).click();
    expect(await stale.count()).toBe(1);
    // Built again: the errors are of the sheets as they are now (Räkenskapsår not filled in yet), and current.
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await bokslut.getByRole("alert").getByText(/Räkenskapsår/).waitFor();
    expect(await stale.count()).toBe(0);
  });
});
