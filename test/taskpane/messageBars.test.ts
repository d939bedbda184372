import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Fluent's MessageBar in its default layout ("auto") renders on one line and switches to several only once a
 * ResizeObserver has measured it: until then a sentence such as Medlemsavgifter's "Indata har ändrats sedan dess …"
 * stood 1 000 px wide in a 350 px pane (caught by the narrow-pane browser test, now and then). Every message the
 * pane shows is a sentence, so each MessageBar is multiline from its first frame.
 */
describe("the pane's messages wrap from their first frame", () => {
  const dir = join(__dirname, "../../src/taskpane/components");
  const bars = readdirSync(dir).filter((f) => f.endsWith(".tsx")).flatMap((f) =>
    [...readFileSync(join(dir, f), "utf8").matchAll(/<MessageBar\b[^>]*>/g)].map((m) => [f, m[0]] as const),
  );

  test("the pane has message bars (so the test below looks at something)", () => {
    expect(bars.length).toBeGreaterThan(5);
  });

  test("each MessageBar is laid out multiline", () => {
    expect(bars.filter(([, tag]) => !/layout="multiline"/.test(tag))).toEqual([]);
  });
});
