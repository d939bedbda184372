import { performance } from "node:perf_hooks";
import "../../test/setup/custom-functions-global";
import { adminRatioFn, deviationFn, equityCapFlat, split } from "../../src/functions/functions";

/**
 * Custom functions in Node: calls per second of the exact-decimal functions and of the same computations in
 * plain JS numbers (no argument checks, no Excel boundary). Prints JSON [{ name, exact, plain }] (calls/s).
 */
const WEIGHTS = [[12], [7], [5], [3], [9], [11], [2], [6], [4], [8]];

function plainSplit(total: number, weights: number[][]): number[][] {
  const ws = weights.map((r) => r[0]!);
  const sum = ws.reduce((a, b) => a + b, 0);
  const raw = ws.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) parts[i]!++;
  return parts.map((p) => [p]);
}

const CASES: { name: string; exact: (i: number) => unknown; plain: (i: number) => unknown }[] = [
  { name: "SPLIT (10 medlemmar)", exact: (i) => split(6_000_000 + i, WEIGHTS), plain: (i) => plainSplit(6_000_000 + i, WEIGHTS) },
  { name: "ADMINRATIO", exact: (i) => adminRatioFn(612_345 + i, 5_432_100), plain: (i) => Math.abs(612_345 + i) / Math.abs(5_432_100) },
  { name: "EQUITYCAP", exact: (i) => equityCapFlat(6_000_000 + i, 0.2), plain: (i) => (6_000_000 + i) * 0.2 },
  { name: "DEVIATION", exact: (i) => deviationFn(1_234_567.5 + i, 1_200_000), plain: (i) => 1_200_000 - (1_234_567.5 + i) },
];

let sink = 0;
function rate(fn: (i: number) => unknown, ms = 600): number {
  for (let i = 0; i < 2000; i++) fn(i); // warm up
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < 1000; i++) if (fn(calls + i) !== undefined) sink++;
    calls += 1000;
    t = performance.now();
  }
  return (calls / (t - t0)) * 1000;
}

const out = CASES.map((c) => ({ name: c.name, exact: rate(c.exact), plain: rate(c.plain) }));
process.stdout.write(JSON.stringify(out) + "\n");
if (sink < 0) console.log(sink);
