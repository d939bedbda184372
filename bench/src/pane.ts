import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { launch } from "../../test/helpers/browser";
import { serve } from "../../test/helpers/staticServer";

/**
 * The task pane from dist/: gzipped size of each JS bundle, and the time from navigation to the first
 * rendered pane in headless Chromium (opened as a plain page it is the preview: wait for the heading
 * "Finsam Ekonomi" and the tab list), each run in a fresh browser context (cold cache). Prints JSON.
 */
const RUNS = 5;

async function main(): Promise<void> {
  const dist = resolve("dist");
  // Every script of our own that taskpane.html loads (Office.js itself aside): the pane's initial JavaScript.
  const html = readFileSync(resolve(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]!).filter((src) => !src.startsWith("office-js/"));
  const bundles = scripts.map((name) => {
    const bytes = readFileSync(resolve(dist, name));
    return { name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const server = await serve(dist);
  const browser = await launch();
  const renders: number[] = [];
  let tabs = true;
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
      await page.getByRole("heading", { name: "Finsam Ekonomi" }).waitFor({ timeout: 10_000 });
      // A build without the tab list is reported as such, never timed as if it were complete.
      tabs &&= await page.getByRole("tab").first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      renders.push(performance.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify({ bundles, renders, tabs }) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
