import { parseSieStream } from "../../src/app/sieStream";
import { MAX_SIE_BYTES } from "../../src/core/import/sie/index";

/** The documented size limit of an SIE import (500 MB): the stream reader stops and cancels at the limit. */
describe("SIE size limit", () => {
  it("is 500 MB by default", () => {
    expect(MAX_SIE_BYTES).toBe(500 * 1024 * 1024);
  });

  it("an endless file stops at the limit: one error naming the line, the reader cancelled", async () => {
    const line = new TextEncoder().encode('#VER A 1 20240115\r\n{\r\n#TRANS 1930 {} 1.00\r\n#TRANS 3010 {} -1.00\r\n}\r\n'.repeat(1000));
    let pulls = 0;
    let cancelled = false;
    const head = new TextEncoder().encode("#FLAGGA 0\r\n#RAR 0 20240101 20241231\r\n");
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(pulls++ === 0 ? head : line);
      },
      cancel() {
        cancelled = true;
      },
    });
    const limit = 2 * 1024 * 1024;
    const r = await parseSieStream({ size: Number.MAX_SAFE_INTEGER, stream: () => stream }, { maxBytes: limit });
    expect(cancelled).toBe(true);
    expect(pulls * line.length).toBeLessThan(limit + 4 * line.length);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^rad \d+: filen är större än 2 MB, gränsen för inläsning; resten läses inte\. Exportera ett räkenskapsår i taget\.$/);
    expect(r.errors[0]!.line).toBeGreaterThan(2);
  });
});
