import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";

/**
 * The floor for a single-threaded SIE parser: stream the same file from disk (1 MiB chunks, as readSieFile
 * does), turn each chunk into text, split it into lines and each line into space-separated fields, and count
 * them — no decoding rules, no validation, no accounting. Prints JSON { ms, lines, fields, maxRssMB }.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node floor.js <file.se>");
  const t0 = performance.now();
  let lines = 0;
  let fields = 0;
  let rest = "";
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as Buffer).toString("latin1");
    let start = 0;
    for (let lf = text.indexOf("\n"); lf >= 0; lf = text.indexOf("\n", start)) {
      fields += text.slice(start, lf).trim().split(" ").length;
      lines++;
      start = lf + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) {
    fields += rest.trim().split(" ").length;
    lines++;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, lines, fields, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
