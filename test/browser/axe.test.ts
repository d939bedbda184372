import { axeViolations } from "../helpers/axe";
import { openPreview } from "../helpers/browser";

/**
 * Outside Office, Office.js tries to frame its telemetry service a while after the page has loaded; the pane's
 * CSP blocks that and Chromium logs it as an error. Playwright's addScriptTag takes any CSP message logged while
 * its script loads for its own failure, so axe once failed to load in the test that scanned at that moment.
 */
describe("axe-core in the pane's page", () => {
  it("loads though the page logs a CSP block of something else meanwhile", async () => {
    const { page, close } = await openPreview();
    try {
      const logged: string[] = [];
      page.on("console", (m) => m.type() === "error" && logged.push(m.text()));
      // As axe's script element goes in, the page asks for an image from elsewhere, which the CSP refuses.
      await page.evaluate(() => {
        new MutationObserver((changes, observer) => {
          if (!changes.some((c) => [...c.addedNodes].some((n) => n instanceof HTMLScriptElement))) return;
          observer.disconnect();
          new Image().src = "https://blocked.invalid/telemetry.png";
        }).observe(document.head, { childList: true });
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(logged.filter((t) => t.includes("https://blocked.invalid/telemetry.png") && t.includes("Content Security Policy"))).toHaveLength(1);
    } finally {
      await close();
    }
  });
});
