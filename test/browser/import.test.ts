import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { openPreview, said } from "../helpers/browser";

/**
 * The Import pane's account of what is unmapped, for a ledger whose costs are booked on 60 insatser the
 * example's mapping does not name: two accounts, 120 amounts (one per account and insats).
 */
function newInsatserSie(): Buffer {
  const lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", '#FNAMN "Nya insatser"', "#RAR 0 20240101 20241231", '#KONTO 1930 "Bank"', '#KONTO 5010 "Lokalhyra"', '#KONTO 6990 "Ovrigt"', '#DIM 6 "Projekt"'];
  for (let i = 1; i <= 60; i++) {
    const id = `NY${String(i).padStart(2, "0")}`;
    lines.push(`#OBJEKT 6 "${id}" "Ny insats ${i}"`, `#VER A ${i} 20240115 "Hyra"`, "{", `#TRANS 5010 {6 "${id}"} 100.00`, `#TRANS 6990 {6 "${id}"} 50.00`, "#TRANS 1930 {} -150.00", "}");
  }
  return Buffer.from(lines.join("\r\n") + "\r\n", "ascii");
}

/**
 * A ledger of about 20 MB (300 000 vouchers), read for long enough to press Avbryt. It is a file on disk, which
 * Chromium reads itself: as a buffer its 20 MB went through the DevTools pipe, which on a loaded machine took
 * longer than setInputFiles waits (30 s).
 */
function largeSie(dir: string): string {
  const vouchers = Array.from({ length: 300_000 }, (_, i) => `#VER A ${i + 1} 20240115 "Hyra"\r\n{\r\n#TRANS 5010 {} 1.00\r\n#TRANS 1930 {} -1.00\r\n}`);
  const path = join(dir, "stor.se");
  writeFileSync(path, ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", '#FNAMN "Stor"', "#RAR 0 20240101 20241231", ...vouchers].join("\r\n") + "\r\n", "ascii");
  return path;
}

describe("Import pane", () => {
  let page: Page;
  let close: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), "finsam-import-"));
  beforeAll(async () => {
    ({ page, close } = await openPreview());
  });
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const focused = () => page.evaluate(() => (document.activeElement?.tagName === "BUTTON" ? document.activeElement.textContent : document.activeElement?.tagName));

  it("keeps the keyboard user on the file button when Avbryt is pressed (Avbryt goes away with the progress bar)", async () => {
    await page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name: "Import" }).click();
    await page.locator("button", { hasText: "Välj SIE-fil" }).focus();
    await page.getByLabel("Välj SIE-fil").setInputFiles(largeSie(dir));
    await page.getByRole("button", { name: "Avbryt" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Avbryt");
    await page.keyboard.press("Enter");
    await page.getByText("Inläsningen avbröts. Inget ändrades.").waitFor();
    expect(await focused()).toBe("Välj SIE-fil");
  });

  it("parses the file in a Web Worker, which ends with the import, and shows its line errors as the main thread's parse would", async () => {
    await page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name: "Import" }).click();
    const started: string[] = [];
    let ended = 0;
    const onWorker = (w: { url(): string; on(event: "close", f: () => void): void }) => {
      started.push(w.url());
      w.on("close", () => ended++);
    };
    page.on("worker", onWorker);
    try {
      await page.getByLabel("Välj SIE-fil").setInputFiles({ name: "nya.se", mimeType: "text/plain", buffer: newInsatserSie() });
      await said(page, "nya.se inläst").waitFor();
      expect(started).toEqual([expect.stringMatching(/\/sie-worker\.js$/)]);
      for (let waited = 0; ended === 0 && waited < 5000; waited += 50) await page.waitForTimeout(50);
      expect(ended).toBe(1);
      // A decimal comma on line 13: the error comes back from the worker with its line.
      const broken = newInsatserSie().toString("ascii").replace("#TRANS 5010 {6 \"NY01\"} 100.00", "#TRANS 5010 {6 \"NY01\"} 100,00");
      await page.getByLabel("Välj SIE-fil").setInputFiles({ name: "fel.se", mimeType: "text/plain", buffer: Buffer.from(broken, "ascii") });
      const error = page.getByText(/"100,00" har decimalkomma/);
      await error.waitFor();
      expect(await error.textContent()).toMatch(/rad 13\b/i);
      expect(started).toHaveLength(2);
      // A host whose worker script does not load: the pane parses on its main thread instead, to the same result.
      let refused = 0;
      await page.route("**/sie-worker.js", (route) => (refused++, route.abort()));
      await page.getByLabel("Välj SIE-fil").setInputFiles({ name: "igen.se", mimeType: "text/plain", buffer: newInsatserSie() });
      const status = said(page, "igen.se inläst");
      await status.waitFor();
      expect(await status.textContent()).toContain("Omappade konton: 2 (120 belopp per år och insats).");
      expect(refused).toBe(1);
    } finally {
      await page.unroute("**/sie-worker.js");
      page.off("worker", onWorker);
    }
  });

  it("offers one Välj SIE-fil button to assistive technology, not also the hidden file input behind it", async () => {
    await page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name: "Import" }).click();
    expect(await page.getByRole("button", { name: "Välj SIE-fil" }).count()).toBe(1);
  });

  it("counts the accounts, not the rows per insats, and says the list shows only the first 100", async () => {
    await page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name: "Import" }).click();
    await page.getByLabel("Välj SIE-fil").setInputFiles({ name: "nya.se", mimeType: "text/plain", buffer: newInsatserSie() });
    const status = said(page, "nya.se inläst");
    await status.waitFor();
    expect(await status.textContent()).toContain("Omappade konton: 2 (120 belopp per år och insats).");
    const table = page.getByRole("table", { name: /Omappade konton/ });
    expect(await table.locator("tbody tr").count()).toBe(100);
    expect(await table.locator("tfoot").textContent()).toBe("Visar de första 100 av 120 omappade belopp.");
    await page.screenshot({ path: "test-results/screenshots/07-import-unmapped.png" });
  });
});
