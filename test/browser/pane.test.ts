import { resolve } from "path";
import { mkdirSync } from "fs";
import type { Browser } from "playwright-core";
import { launch } from "../helpers/browser";
import { serve } from "../helpers/staticServer";

describe("task pane outside Office", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve(resolve("dist"));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads with the local Office.js, says it is outside Excel, and requests nothing from other origins", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: "Finsam Ekonomi" }).waitFor();
    await page.getByText("Öppnad utanför Excel").waitFor();
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/pane-outside-office.png" });
    expect(errors).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${server.url}office-js/office.js`, `${server.url}taskpane.js`]));
  });
});
