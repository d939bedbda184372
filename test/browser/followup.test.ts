import type { Page } from "playwright-core";
import { openPreview, said } from "../helpers/browser";
import type { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";

/**
 * The Budget pane's sheets (Budgetuppföljning and the delårsrapport's) after Bokslut built every report: another month replaces the sheets
 * Bokslut listed, so Bokslut and Kontroller say their results may be out of date; the same month does not.
 */
describe("Budget pane after Bokslut", () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openPreview());
  });
  afterAll(async () => close?.());

  const paneTab = (name: string) => page.getByRole("navigation").getByRole("tab", { name, exact: true });
  const pane = (id: string) => page.locator(`#panel-${id}`);
  const writeFollowUp = async (month: string) => {
    await paneTab("Budget").click();
    await page.getByLabel("Utfall till och med månad").selectOption(month);
    await page.getByRole("button", { name: "Skriv budgetuppföljningen" }).click();
    // The pane's table is of the month written once the write is done (the previous result goes at the click).
    await pane("budgetuppfoljning").getByRole("table", { name: "Budgetuppföljning" }).getByText(`Budgetuppföljning 2024, t.o.m. månad ${month}`).waitFor();
    await said(pane("budgetuppfoljning"), "Skrev 4 blad: Budgetuppföljning, Prognos finansiella mål, Resultaträkning delår och Balansräkning delår.").waitFor();
  };
  const followUpTitle = () =>
    page.evaluate(() => (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook.getSheet("Budgetuppföljning")!.cells[0]![0]!.value);

  it("marks Bokslut and Kontroller out of date when it writes another month than Bokslut built, and not for the same month", async () => {
    await paneTab("Bokslut").click();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await said(pane("bokslut"), "Skrev 17 blad").waitFor();
    await paneTab("Kontroller").click();
    await page.getByRole("button", { name: "Kör kontrollerna" }).click();
    await said(pane("kontroller"), "kontroller:").waitFor();
    const rebuild = said(pane("bokslut"), "Bygg alla rapporter igen.");
    const rerun = said(pane("kontroller"), "Kör kontrollerna igen.");
    const rewrite = said(pane("budgetuppfoljning"), "Skriv budgetuppföljningen igen.");

    // December, as Inställningar says and Bokslut wrote: the same sheet, nothing out of date.
    await writeFollowUp("12");
    expect(await followUpTitle()).toBe("Budgetuppföljning 2024, t.o.m. månad 12");
    expect([await rebuild.count(), await rerun.count(), await rewrite.count()]).toEqual([0, 0, 0]);

    // June: the Budgetuppföljning Bokslut listed is gone; the Budget pane's own table is the workbook's.
    await writeFollowUp("6");
    expect(await followUpTitle()).toBe("Budgetuppföljning 2024, t.o.m. månad 6");
    expect(await rewrite.count()).toBe(0);
    await paneTab("Bokslut").click();
    expect(await rebuild.count()).toBe(1);
    await paneTab("Kontroller").click();
    expect(await rerun.count()).toBe(1);
    // The list no longer selects cells it may have lost.
    expect(await page.getByRole("list", { name: "Kontrollerna en och en" }).getByRole("button").count()).toBe(0);
  });

  it("counts no flagged deviations where there is no budget to follow up, and says why instead", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as { finsamPreviewWorkbook: MemoryWorkbook }).finsamPreviewWorkbook;
      // A pasted trial balance (no #PBUDGET) and an empty Budget sheet: next year before its budget is typed.
      for (const name of ["Huvudbok", "Saldobalans", "Budget"]) wb.deleteSheet(name);
      wb.addUserSheet("Budget", [["Område", "Insats", "Belopp"]]);
      wb.addUserSheet("Saldobalans", [["Konto", "Benämning", "Belopp"], [1930, "Bank", 100000], [2091, "Balanserat resultat", -60000], [3010, "Bidrag", -200000], [5010, "Lokalhyra", 160000]]);
    });
    await paneTab("Budget").click();
    await page.getByRole("button", { name: "Skriv budgetuppföljningen" }).click();
    const why = "Budgetuppföljningen byggdes inte: det finns ingen budget";
    await pane("budgetuppfoljning").getByRole("listitem").filter({ hasText: why }).waitFor();
    expect(await pane("budgetuppfoljning").getByText(/^\d+ flaggade? avvikelser?$/).count()).toBe(0);
  });
});
