import { readFileSync } from "fs";
import type { Locator, Page } from "playwright-core";

/** Where axe-core is served: from the pane's own origin, since the pane's CSP (rightly) blocks inline scripts. */
export const AXE_PATH = "__axe.min.js";
const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const routed = new WeakSet<Page>();

type Axe = { run: (context: object, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };

/**
 * axe-core's serious and critical violations on the page as it is now ("color-contrast (2)"), less `except`:
 * a part scanned already and unchanged since. The preview's sheet is most of the page's nodes (a 200-row
 * Huvudbok) and most of a scan's time; scanned again for every pane, it took such a loop past its timeout on a
 * loaded machine.
 */
export async function axeViolations(page: Page, except?: Locator): Promise<string[]> {
  if (!routed.has(page)) {
    routed.add(page);
    await page.route(`**/${AXE_PATH}`, (route) => route.fulfill({ body: source, contentType: "text/javascript" }));
  }
  // A script element of our own, not addScriptTag: that fails on any CSP message logged while the script loads,
  // and Office.js's blocked telemetry frame (OFFICE_TELEMETRY_BLOCKED in panes.test) can come at that moment.
  await page.evaluate(
    (src) =>
      "axe" in window ||
      new Promise<boolean>((loaded, failed) => {
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => loaded(true);
        script.onerror = () => failed(new Error(`${src} did not load`));
        document.head.append(script);
      }),
    new URL(AXE_PATH, page.url()).href,
  );
  const skipped = except ? await except.elementHandle() : null;
  return page.evaluate(async (skip) => {
    // A button's colour still fading after a click is no contrast a user would see: wait for it first.
    await Promise.all(document.getAnimations().map((a) => a.finished));
    // Fluent UI's focus sentinels (Tabster "dummy inputs", aria-hidden <i tabindex=0> that hand focus on at
    // once) are not content; axe's aria-hidden-focus rule cannot know that, so they are left out.
    const context = { exclude: [["[data-tabster-dummy]"], ...(skip ? [skip] : [])] };
    const result = await (window as unknown as { axe: Axe }).axe.run(context, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
  }, skipped);
}
