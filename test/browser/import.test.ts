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
