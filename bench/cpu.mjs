// `node bench/cpu.mjs <file.se> [runs] [ledger.js …]`: the cold build (bench/dist/ledger.js, or the entries given)
// in that many fresh processes per entry, the entries taking turns so a neighbour's load falls on each alike, and
// per entry the CPU time of the parse and of the reports (main thread, and all threads) and the wall time. How a
// speed change is judged on a shared machine, where wall time is noisy: `cp -r bench/dist bench/base` before the
// change, rebuild after it, then `node bench/cpu.mjs bench/data/ledger-100000.se 31 bench/base/ledger.js
// bench/dist/ledger.js`. Not part of `npm run bench`.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [file, runs = "15", ...given] = process.argv.slice(2);
if (!file) throw new Error("usage: node bench/cpu.mjs <file.se> [runs] [ledger.js …]");
const entries = given.length > 0 ? given : [join(dirname(fileURLToPath(import.meta.url)), "dist", "ledger.js")];
const results = entries.map(() => []);
// NODE_FLAGS=--single-threaded puts V8's compiler and GC on the main thread, so all CPU time is the build's own.
const flags = (process.env.NODE_FLAGS ?? "").split(" ").filter(Boolean);
for (let i = 0; i < Number(runs); i++) {
  entries.forEach((entry, k) => results[k].push(JSON.parse(execFileSync(process.execPath, [...flags, entry, file], { encoding: "utf8" }))));
}
// The middle half's mean: the main thread's clock moves in scheduler ticks, so a median sticks to one tick's value.
const middleMean = (rows, key) => {
  const v = rows.map((r) => r[key]).sort((a, b) => a - b);
  const mid = v.slice(Math.floor(v.length / 4), Math.ceil((v.length * 3) / 4));
  return mid.reduce((a, b) => a + b, 0) / mid.length;
};
const keys = ["mainCpuParseMs", "mainCpuBuildMs", "cpuParseMs", "cpuBuildMs", "parseMs", "buildMs", "totalMs"];
entries.forEach((entry, k) => console.log(`${entry} on ${file}, ${runs} runs, means of the middle half: ` + keys.map((key) => `${key} ${middleMean(results[k], key).toFixed(1)}`).join(", ")));
