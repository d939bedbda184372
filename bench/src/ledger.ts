import { performance } from "node:perf_hooks";
import { cpuMs } from "./lib/cpu";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { ledgerSheet, readLedgerSheet } from "../../src/core/inputs/ledgerSheet";
import { FakeExcel } from "../../test/excel/fakeExcel";
import { benchInputs } from "./lib/inputs";
import { peerReports } from "./lib/peerReports";

/**
 * One measurement in a fresh process (so its peak RSS is its own): parse the SIE file from disk, map, build
 * every report. `node ledger.js <file.se>` prints JSON with the times (wall and CPU, lib/cpu.ts) and peak RSS; with `--office` it then
 * writes the sheets through OfficeWorkbook into the counting fake and prints its sync and range-write counts
 * (and the syncs of a rebuild over them, which compares each sheet with its digest first), then the syncs of writing the ledger's Huvudbok and of reading it back (the fake refuses over 5 MB a sync),
 * and the time to turn the values read back into a ledger;
 * with `--warm` it first does the whole build once and times the second one, as a rebuild from the open pane
 * runs (code compiled by then, so the difference to a fresh process is V8's warm-up); with `--steady` it times
 * the sixth, when V8 has optimised the hot code (what the engine costs once warm-up is out of the way); with
 * `--peer-reports` it builds only what the formula-template peer builds (lib/peerReports.ts), from the same file
 * (with `--steady` as well: the sixth such build in one process).
 */
async function main(): Promise<void> {
  const [file, ...flags] = process.argv.slice(2);
  if (!file) throw new Error("usage: node ledger.js <file.se> [--office | --warm | --steady] [--peer-reports]");
  const flag = flags.find((f) => f !== "--peer-reports");
  const peer = flags.includes("--peer-reports");
  const before = flag === "--warm" ? 1 : flag === "--steady" ? 5 : 0;
  for (let i = 0; i < before; i++) {
    const earlier = await benchInputs(file);
    if (peer) peerReports(earlier);
    else buildAllReports(earlier);
  }
  const c0 = cpuMs();
  const t0 = performance.now();
  const inputs = await benchInputs(file);
  const t1 = performance.now();
  const c1 = cpuMs();
  if (peer) {
    const { sheets } = peerReports(inputs);
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ totalMs: t2 - t0, parseMs: t1 - t0, buildMs: t2 - t1, cells: sheets.reduce((n, s) => n + s.cells.reduce((k, r) => k + r.length, 0), 0) }) + "\n");
    return;
  }
  const result = buildAllReports(inputs);
  const t2 = performance.now();
  const c2 = cpuMs();
  const out: Record<string, unknown> = {
    totalMs: t2 - t0,
    parseMs: t1 - t0,
    buildMs: t2 - t1,
    mainCpuParseMs: c1.main - c0.main,
    mainCpuBuildMs: c2.main - c1.main,
    cpuParseMs: c1.process - c0.process,
    cpuBuildMs: c2.process - c1.process,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    unmapped: result.mapped.unmapped.length,
    failedChecks: result.findings.filter((f) => f.status === "fail").map((f) => f.id),
  };
  if (flag === "--office") {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook(fake.run);
    await book.writeReports(result.sheets);
    out.syncs = fake.stats.syncs;
    out.rangeWrites = fake.stats.rangeWrites;
    out.cellsWritten = fake.stats.cellsWritten;
    // A rebuild over those sheets, which first compares each with the digest of what was written.
    fake.stats.syncs = 0;
    await book.writeReports(result.sheets);
    out.rebuildSyncs = fake.stats.syncs;
    // The ledger's Huvudbok, as an import writes it and a build in Excel reads it back (under the 5 MB limit).
    const huvudbok = ledgerSheet(inputs.ledger);
    fake.stats.syncs = 0;
    await book.writeReports([huvudbok]);
    out.huvudbokRows = huvudbok.cells.length;
    out.huvudbokWriteSyncs = fake.stats.syncs;
    fake.stats.syncs = 0;
    const read = (await book.readSheets([huvudbok.name])).get(huvudbok.name);
    out.huvudbokReadSyncs = fake.stats.syncs;
    // Turning the values read back into a ledger, as every build in Excel does first.
    const r0 = performance.now();
    const ledger = read ? readLedgerSheet(read) : null;
    if (!ledger?.ok) throw new Error("the Huvudbok read back is not a ledger");
    out.huvudbokParseMs = performance.now() - r0;
    out.maxPayloadMB = Math.max(fake.stats.maxRequestBytes, fake.stats.maxResponseBytes) / 2 ** 20;
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
