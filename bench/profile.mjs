// `node bench/profile.mjs <dist entry> [args…]`, e.g. `node bench/profile.mjs ledger.js bench/data/ledger-1000000.se`:
// runs a bench/dist entry under `node --cpu-prof` and prints the functions with the most time of their own
// and the most time in total (with callees). Set TOP=n for more rows, UNDER=name to count only time spent
// below a function (e.g. UNDER=buildAllReports), INTERVAL=µs to sample more often than every millisecond (a cold
// run is short). Not part of `npm run bench`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: node bench/profile.mjs <dist entry> [args…]");
const dir = mkdtempSync(join(tmpdir(), "finsam-prof-"));
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const interval = process.env.INTERVAL ? ["--cpu-prof-interval", process.env.INTERVAL] : [];
const run = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, ...interval, join(root, "bench", "dist", entry), ...args], { cwd: root, stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);

const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), "utf8"));
const top = Number(process.env.TOP ?? 25);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}`;
const own = new Map();
const total = new Map();
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const chain = [];
  for (let x = id; x !== undefined; x = parent.get(x)) chain.push(nodes.get(x));
  if (process.env.UNDER && !chain.some((n) => n.callFrame.functionName === process.env.UNDER)) return;
  own.set(name(chain[0]), (own.get(name(chain[0])) ?? 0) + us);
  for (const key of new Set(chain.map(name))) total.set(key, (total.get(key) ?? 0) + us);
});
const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${k}`);
};
print("Own time", own);
print("Total time (with callees)", total);
