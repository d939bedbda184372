import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { existsSync } from "fs";
import { resolve } from "path";
import { serve } from "./staticServer";

export const CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium, headless, without the background traffic this machine's closed network refuses. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test installs it when run as root)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * The built pane's preview (dist/ served locally) in headless Chromium at a narrow pane's width, ready to use;
 * `colorScheme` is what the system asks for (the preview follows it).
 */
export async function openPreview(width = 350, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; close: () => Promise<void> }> {
  const server = await serve(resolve("dist"));
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await slowDownIfAsked(page);
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole("tab", { name: "Inställningar" }).waitFor();
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A message (MessageBar) that a pane said in its live region (LiveResults), by some of its text. */
export function said(scope: Page | Locator, text: string | RegExp): Locator {
  return scope.getByRole("status").getByRole("group").filter({ hasText: text });
}

/**
 * `BROWSER_CPU_SLOWDOWN=12 npx jest -c jest.browser.config.js`: the page's CPU that many times slower, as on a
 * loaded CI machine, to bring out races and time budgets too tight before CI does. Unset, nothing changes.
 */
export async function slowDownIfAsked(page: Page): Promise<void> {
  const rate = Number(process.env.BROWSER_CPU_SLOWDOWN ?? 1);
  if (!(rate > 1)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}
