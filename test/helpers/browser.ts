import { chromium, type Browser } from "playwright-core";
import { existsSync } from "fs";

export const CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium, headless, without the background traffic this machine's closed network refuses. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test installs it when run as root)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
