import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import type { Browser, Page } from "playwright-core";
import { launch } from "../../test/helpers/browser";
import { serve } from "../../test/helpers/staticServer";

/**
 * The task pane from dist/: gzipped size of each JS bundle, the time from navigation to the first rendered
 * pane in headless Chromium (opened as a plain page it is the preview: wait for the heading "Finsam Ekonomi"
 * and the tab list), each run in a fresh browser context (cold cache), and — with `node pane.js <file.se>` —
 * with `node pane.js <file.se> …` — the import of each file through the Import pane: total time, the longest
 * main-thread task (Long Tasks API) and the longest gap between painted frames while it runs, the progress
 * texts shown, then Bygg alla rapporter from the Huvudbok just written (time, longest task), and (last file)
 * the time from the click on Avbryt to the pane saying nothing changed. Prints JSON.
 */
const RUNS = 5;
const IMPORT_RUNS = 3;

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
  const imports: { file: string; runs: ImportRun[] }[] = [];
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
    // Each file once per run; the cancel is measured on the last (largest) file, where there is time to press it.
    const files = process.argv.slice(2);
    for (const [k, file] of files.entries()) {
      const runs: ImportRun[] = [];
      for (let i = 0; i < IMPORT_RUNS; i++) runs.push(await importRun(browser, `${server.url}taskpane.html`, resolve(file), k === files.length - 1));
      imports.push({ file, runs });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify({ bundles, renders, tabs, imports }) + "\n");
}

interface ImportRun {
  ms: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
  progressUpdates: number;
  buildMs: number;
  buildLongestTaskMs: number;
  cancelMs: number | null;
}

/** One import of the file (and, withCancel, one cancelled import) in a fresh context, the main thread watched. */
async function importRun(browser: Browser, url: string, file: string, withCancel: boolean): Promise<ImportRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    const tab = (name: string) => page.getByRole("navigation", { name: "Delar" }).getByRole("tab", { name, exact: true });
    await tab("Import").click();
    const input = page.getByLabel("Välj SIE-fil");
    await input.waitFor();
    // Every frame painted, every long task (> 50 ms), every new progress text, from here on.
    await page.evaluate(() => {
      const w = window as unknown as Watch;
      w.__watch = { longestTask: 0, longestGap: 0, progress: new Set<string>(), on: true };
      // window.performance: the bundler binds the bare name to Node's perf_hooks.
      let last = window.performance.now();
      const frame = (t: number) => {
        w.__watch.longestGap = Math.max(w.__watch.longestGap, t - last);
        last = t;
        const label = [...document.querySelectorAll("label")].map((l) => l.textContent ?? "").find((x) => x.startsWith("Läser "));
        if (label) w.__watch.progress.add(label);
        if (w.__watch.on) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__watch.longestTask = Math.max(w.__watch.longestTask, e.duration);
      }).observe({ type: "longtask" });
    });
    const t0 = performance.now();
    await input.setInputFiles(file);
    await statusSays(page, "Samordningsförbundet");
    const ms = performance.now() - t0;
    const watched = await page.evaluate(() => {
      const w = (window as unknown as Watch).__watch;
      w.on = false;
      const seen = { longestTaskMs: w.longestTask, longestFrameGapMs: w.longestGap, progressUpdates: w.progress.size };
      w.longestTask = 0;
      return seen;
    });
    // Then Bygg alla rapporter from that Huvudbok, as the economist's next step.
    await tab("Bokslut").click();
    const b0 = performance.now();
    await page.getByRole("button", { name: "Bygg alla rapporter" }).click();
    await statusSays(page, "Skrev");
    const build = { buildMs: performance.now() - b0, buildLongestTaskMs: await page.evaluate(() => (window as unknown as Watch).__watch.longestTask) };
    if (!withCancel) return { ms, ...watched, ...build, cancelMs: null };
    // Cancel: a second import, stopped as soon as its progress shows. Timed in the page, from the click's own
    // timestamp (so the wait for a busy main thread counts) to the message: Playwright's click first waits for
    // the button to hold still over several frames, which took longer than the pane's answer.
    await tab("Import").click();
    await page.evaluate(() => {
      const w = window as unknown as CancelWatch;
      document.addEventListener("click", (e) => (w.__cancel = { clicked: e.timeStamp, done: 0 }), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!document.body.textContent?.includes("Inläsningen avbröts. Inget ändrades.")) return;
        w.__cancel.done = window.performance.now();
        observer.disconnect();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await input.setInputFiles(file);
    const cancel = page.getByRole("button", { name: "Avbryt" });
    await cancel.waitFor({ timeout: 10_000 });
    await cancel.click();
    await page.getByText("Inläsningen avbröts. Inget ändrades.").waitFor({ timeout: 10_000 });
    const cancelMs = await page.evaluate(() => ((w) => w.done - w.clicked)((window as unknown as CancelWatch).__cancel));
    return { ms, ...watched, ...build, cancelMs };
  } finally {
    await context.close();
  }
}

/**
 * Waits until a shown status region (not one on a hidden tab) says `text`, checked in the page with one selector every 100 ms: a role locator
 * computes ARIA roles over the whole pane on each poll, on the very main thread being measured (tens of ms a poll
 * in a large import's pane, counted as its long tasks).
 */
function statusSays(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction((t) => [...document.querySelectorAll('[role="status"]')].some((e) => !e.closest("[hidden]") && e.textContent?.includes(t)), text, { timeout: 60_000, polling: 100 });
}

type CancelWatch = { __cancel: { clicked: number; done: number } };
type Watch = { __watch: { longestTask: number; longestGap: number; progress: Set<string>; on: boolean } };

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
