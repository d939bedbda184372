// `npm run bench`: builds what it needs, generates the synthetic ledgers, runs every measurement in child
// processes, prints a Markdown table and writes bench/RESULTS.md. Not part of `npm test`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate-sie.mjs";

const bench = dirname(fileURLToPath(import.meta.url));
const root = dirname(bench);
const data = join(bench, "data");
const SIZES = [[10_000, 5], [100_000, 5], [1_000_000, 3]];
const label = (n) => n.toLocaleString("sv-SE");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (script, ...args) => {
  const r = spawnSync(process.execPath, [join(bench, "dist", script), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
};
const npx = (...args) => execFileSync("npx", args, { cwd: root, stdio: "inherit" });
// The CPU's time by state since boot (Linux /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal),
// for the share the host took back as steal during the run: what to read the times against on a shared machine.
const cpuStates = () => (existsSync("/proc/stat") ? readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1, 9).map(Number) : null);
const states0 = cpuStates();

// The pane is measured as this checkout builds it, never from an older dist/.
execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
npx("webpack", "--config", "bench/webpack.config.cjs");
mkdirSync(data, { recursive: true });
const files = new Map();
for (const [rows] of SIZES) {
  const file = join(data, `ledger-${rows}.se`);
  if (!existsSync(file)) await generate(rows, file);
  files.set(rows, file);
}

const rowsOut = [];
const row = (what, value, target, met) => rowsOut.push({ what, value, target, met });
const ms = (x) => `${Math.round(x).toLocaleString("sv-SE")} ms`;

// 1–2, 5: ledger → every report, the line-split floor, Office round-trips.
const ledger = new Map();
for (const [rows, times] of SIZES) {
  const file = files.get(rows);
  const runs = Array.from({ length: times }, () => run("ledger.js", file));
  const floors = Array.from({ length: times }, () => run("floor.js", file));
  const office = run("ledger.js", file, "--office");
  const warm = median(Array.from({ length: times }, () => run("ledger.js", file, "--warm").totalMs));
  const steady = median(Array.from({ length: times }, () => run("ledger.js", file, "--steady").totalMs));
  const m = { warm, steady, total: median(runs.map((r) => r.totalMs)), parse: median(runs.map((r) => r.parseMs)), build: median(runs.map((r) => r.buildMs)), rss: Math.max(...runs.map((r) => r.maxRssMB)), floor: median(floors.map((r) => r.ms)), office, failed: runs[0].failedChecks };
  ledger.set(rows, m);
  console.error(`${label(rows)} rader: ${JSON.stringify(m)}`);
}
const big = ledger.get(1_000_000);
const perRow = (n) => (ledger.get(n).total / n) * 1e6; // ns
for (const [rows, times] of SIZES) {
  const m = ledger.get(rows);
  row(`${label(rows)} rader: läs (strömmande) + mappa + alla rapporter, median av ${times}`, `${ms(m.total)} (läsning ${ms(m.parse)}, rapporter ${ms(m.build)}); ${Math.round(perRow(rows))} ns/rad`, rows === 1_000_000 ? "≤ 3 000 ms" : "–", rows === 1_000_000 ? m.total <= 3000 : null);
  row(`${label(rows)} rader: samma bygge en andra gång i samma process (ombygge från öppen panel, koden redan kompilerad)`, `${ms(m.warm)}; ${(m.total / m.warm).toFixed(1)}× snabbare än första gången`, "–", null);
  row(`${label(rows)} rader: samma bygge en sjätte gång i samma process (V8 har optimerat koden)`, `${ms(m.steady)}; ${(m.total / m.steady).toFixed(1)}× snabbare än första gången`, "–", null);
  row(`${label(rows)} rader: högsta RSS`, `${Math.round(m.rss)} MB`, rows === 1_000_000 ? "≤ 400 MB" : "–", rows === 1_000_000 ? m.rss <= 400 : null);
  // The issue sets the floor target at 1 000 000 rows; smaller files show the ratio for the scaling.
  row(`${label(rows)} rader: golv (läsa fil, dela i rader och fält)`, `${ms(m.floor)}; vår tid ${(m.total / m.floor).toFixed(1)}× golvet`, rows === 1_000_000 ? "≤ 4×" : "–", rows === 1_000_000 ? m.total / m.floor <= 4 : null);
}
const scaling = perRow(1_000_000) / perRow(100_000);
row("Tid per rad vid 1 000 000 / vid 100 000", `${scaling.toFixed(2)}`, "≤ 1,3", scaling <= 1.3);
for (const [rows] of SIZES) {
  const o = ledger.get(rows).office;
  row(`${label(rows)} rader: Office-rundresor (Bygg alla rapporter, förfalskat Excel)`, `${o.syncs} context.sync (ombygge, jämfört med bladens sammandrag: ${o.rebuildSyncs}), ${o.rangeWrites} intervallskrivningar (${o.cellsWritten.toLocaleString("sv-SE")} celler)`, "≤ 5 sync, oberoende av storlek", null);
  row(
    `${label(rows)} rader: Huvudbok (${o.huvudbokRows.toLocaleString("sv-SE")} rader) skriven vid import och läst tillbaka vid bygge i Excel`,
    `${o.huvudbokWriteSyncs} respektive ${o.huvudbokReadSyncs} context.sync; största sync ${o.maxPayloadMB.toFixed(1).replace(".", ",")} MB; värdena blir en huvudbok på ${ms(o.huvudbokParseMs)}`,
    "under 5 MB per sync (Excel på webben)",
    o.maxPayloadMB < 5,
  );
}
const syncs = SIZES.map(([n]) => Math.max(ledger.get(n).office.syncs, ledger.get(n).office.rebuildSyncs));
row("Antal sync oberoende av storlek", syncs.join(" / "), "samma, ≤ 5", syncs.every((s) => s === syncs[0]) && syncs[0] <= 5);

// 3: the formula-template peer in LibreOffice. The target compares like with like: the peer's two reports
// (driftsredovisning and RR) built by us from the same file (ledger.js --peer-reports); the whole build, with
// its 15 other sheets and every check, is shown beside it. This machine is shared and both times move with its
// load (LibreOffice's by a third between runs, ours by more when the host takes CPU time back as steal), so
// each round runs LibreOffice and then ours, cold and warm, one right after the other, and a ratio is the
// median of the rounds' ratios: a ratio is never of two times taken minutes apart.
const PEER_ROUNDS = 5;
for (const rows of [10_000, 100_000]) {
  const file = files.get(rows);
  const rounds = Array.from({ length: PEER_ROUNDS }, () => ({
    lo: run("peer.js", file),
    cold: run("ledger.js", file, "--peer-reports"),
    // The sixth such build in one process: how much of the ratio is V8's warm-up.
    steady: run("ledger.js", file, "--steady", "--peer-reports"),
  }));
  const over = (f) => median(rounds.map(f));
  const mismatches = [...new Set(rounds.flatMap((r) => r.lo.mismatches))];
  const lo = over((r) => r.lo.loMs);
  const ratio = over((r) => r.lo.loMs / r.cold.totalMs);
  const m = ledger.get(rows);
  if (mismatches.length > 0) console.error(`\n!!! LIBREOFFICE OCH FINSAM SKILJER SIG (${rows} rader) !!!\n${mismatches.join("\n")}\n`);
  const coldMs = (k) => ms(over((r) => r.cold[k]));
  row(`${label(rows)} rader: samma två rapporter som formelmallen (driftsredovisning och resultaträkning), läs + mappa + bygg + rendera, median av ${PEER_ROUNDS}`, `${coldMs("totalMs")} (läsning ${coldMs("parseMs")}, rapporterna ${coldMs("buildMs")}); en sjätte gång i samma process ${ms(over((r) => r.steady.totalMs))}`, "–", null);
  row(
    `${label(rows)} rader: formelmall (en rad per #TRANS, en SUMIFS per rad och kolumn) omräknad i LibreOffice`,
    `${ms(lo)} (median av ${PEER_ROUNDS}), varav LibreOffices egen start ${ms(over((r) => r.lo.startupMs))} (${rounds[0].lo.compared} belopp, ${mismatches.length} avvikelser); samma två rapporter ${ratio.toFixed(1)}× snabbare hos oss (median av ${PEER_ROUNDS} omgångar, var och en LibreOffice och vi direkt efter varandra; ${over((r) => (r.lo.loMs - r.lo.startupMs) / r.cold.totalMs).toFixed(1)}× utan LibreOffices egen start, som vår tid är utan Nodes; ${over((r) => r.lo.loMs / r.steady.totalMs).toFixed(1)}× i en varm process); hela bygget (${m.office.cellsWritten.toLocaleString("sv-SE")} celler i alla blad, alla kontroller, mätt tidigare i körningen) ${(lo / m.total).toFixed(1)}× (${(lo / m.warm).toFixed(1)}× vid ombygge, ${(lo / m.steady).toFixed(1)}× i en varm process)`,
    rows === 100_000 ? "≥ 50× och identiska belopp" : "identiska belopp",
    rows === 100_000 ? ratio >= 50 && mismatches.length === 0 : mismatches.length === 0,
  );
}

// 4: custom functions. The target compares like with like: the same function (argument checks, errors,
// 15-digit results) with the arithmetic in doubles; the bare arithmetic is shown for scale.
for (const f of run("functions.js")) {
  // Below 1 the exact function is the faster: whole-öre calls run in safe integers (src/functions/numberPaths.ts).
  const ratio = f.plain / f.exact;
  const scalar = !f.name.startsWith("SPLIT");
  row(
    `Egen funktion ${f.name}`,
    `${Math.round(f.exact).toLocaleString("sv-SE")} anrop/s; samma funktion med vanliga tal ${Math.round(f.plain).toLocaleString("sv-SE")}/s (${ratio >= 1 ? `${ratio.toFixed(1)}× dyrare` : `${(1 / ratio).toFixed(1)}× snabbare: heltal i öre`}; ${f.differing} av 10 000 svar skiljer i 15:e siffran), bara aritmetiken ${Math.round(f.bare).toLocaleString("sv-SE")}/s`,
    scalar ? "≥ 200 000 anrop/s och ≤ 10×" : "≤ 10× vanliga tal",
    scalar ? f.exact >= 200_000 && ratio <= 10 : ratio <= 10,
  );
}

// 6: task pane, and importing the 100 000- and 1 000 000-row files through it.
const pane = run("pane.js", files.get(100_000), files.get(1_000_000));
for (const b of pane.bundles) row(`dist/${b.name} gzip`, `${(b.gzip / 1024).toFixed(0)} KB (${(b.bytes / 1024).toFixed(0)} KB okomprimerat)`, "–", null);
const initial = pane.bundles.reduce((t, b) => t + b.gzip, 0);
row("Panelens första JavaScript (alla egna skript sidan laddar), gzip", `${(initial / 1024).toFixed(0)} KB`, "≤ 400 KB", initial <= 400 * 1024);
const render = median(pane.renders);
row(`Första renderade panel i headless Chromium (median av 5)${pane.tabs ? "" : " — OBS: flikarna saknades i dist/, tiden gäller rubriken"}`, ms(render), "≤ 1 500 ms", pane.tabs && render <= 1500);
// "Must not freeze": no main-thread task over 100 ms (the response budget of RAIL), and Avbryt takes effect.
for (const { file, runs } of pane.imports) {
  const rows = Number(/ledger-(\d+)/.exec(file)[1]);
  const longest = Math.max(...runs.map((r) => r.longestTaskMs));
  const gap = Math.max(...runs.map((r) => r.longestFrameGapMs));
  const cancel = runs.every((r) => r.cancelMs !== null) ? `; Avbryt → "Inget ändrades" på ${ms(median(runs.map((r) => r.cancelMs)))}` : "";
  row(
    `${label(rows)} rader: import i panelen (headless Chromium, median av ${runs.length})`,
    `${ms(median(runs.map((r) => r.ms)))}; längsta uppgift på huvudtråden ${longest === 0 ? "ingen över 50 ms" : ms(longest)}, längsta tid mellan två ritade bilder ${ms(gap)}, ${Math.min(...runs.map((r) => r.progressUpdates))} förloppsbesked${cancel}`,
    "ingen uppgift över 100 ms",
    longest <= 100,
  );
  const buildLongest = Math.max(...runs.map((r) => r.buildLongestTaskMs));
  row(
    `${label(rows)} rader: Bygg alla rapporter i panelen från den importerade Huvudboken (median av ${runs.length})`,
    `${ms(median(runs.map((r) => r.buildMs)))}; längsta uppgift på huvudtråden ${buildLongest === 0 ? "ingen över 50 ms" : ms(buildLongest)}`,
    "–",
    null,
  );
}

const verdict = (met) => (met === null ? "–" : met ? "uppnått" : "ej uppnått");
const table = ["| Mätning | Resultat | Mål | |", "|---|---|---|---|", ...rowsOut.map((r) => `| ${r.what} | ${r.value} | ${r.target} | ${verdict(r.met)} |`)].join("\n");
const states1 = cpuStates();
const spent = states0 && states1 ? states1.map((v, i) => v - states0[i]) : null;
const steal = spent ? `; CPU-stöld (steal, tid värden tog tillbaka) under körningen ${((100 * spent[7]) / spent.reduce((a, b) => a + b, 0)).toFixed(1).replace(".", ",")} %` : "";
const machine = `${cpus()[0]?.model ?? "okänd"}, ${cpus().length} kärnor, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${steal}`;
// Steal does not show every slow host (a busier neighbour on the same cores, a lower clock): the floor, plain
// Node with no code of ours, is how fast this host ran, to read the times of two runs against.
const hostSpeed = `Golvet vid 100 000 rader (Node läser filen och delar den i rader och fält, utan vår kod) tog ${ms(ledger.get(100_000).floor)}: läs två körningars tider mot det.`;
const md = `# Prestandamätningar\n\nMaskin: ${machine}. ${hostSpeed}\n\nSyntetiska SIE 4-filer från \`bench/generate-sie.mjs\` (200 konton, 20 insatser i dimension 6, två år, budget). Varje mätning av huvudboken körs i en egen process; tider är medianer, RSS är den högsta. Misslyckade kontroller vid 1 000 000 rader: ${big.failed.length === 0 ? "inga" : big.failed.join(", ")}.\n\n${table}\n`;
console.log(table);
writeFileSync(join(bench, "RESULTS.md"), md);
