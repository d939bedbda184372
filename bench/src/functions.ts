import { performance } from "node:perf_hooks";
import "../../test/setup/custom-functions-global";
import { FinsamError } from "../../src/core/errors";
import { parseLineKind } from "../../src/core/rules/deviation";
import { guard, optText } from "../../src/functions/args";
import { adminRatioFn, deviationFn, equityCapFlat, split } from "../../src/functions/functions";

/**
 * Custom functions in Node: calls per second of the exact-decimal functions, of the same functions with
 * plain JS numbers (the same argument checks, error mapping and results as the shipped ones, only the
 * arithmetic in doubles: the price of exact decimals alone), and of the bare arithmetic (no checks at all).
 * Prints JSON [{ name, differing, exact, plain, bare }] (calls/s; differing of 10 000 sample calls).
 */
const WEIGHTS = [[12], [7], [5], [3], [9], [11], [2], [6], [4], [8]];

/** args.num's checks, returning the double itself. */
function plainNum(value: unknown, name: string): number {
  if (typeof value !== "number") throw new FinsamError("number.notNumber", { field: name, value: String(value) });
  if (!Number.isFinite(value)) throw new FinsamError("number.notFinite", { field: name });
  return value;
}

/** The Excel boundary of args.out: 15 significant digits (a cell holds no more). */
const excel15 = (x: number): number => Number(x.toPrecision(15));

/** Largest remainder in doubles (exact for these integers), ties to the larger share, then the first. */
function bareSplit(total: number, ws: readonly number[]): number[] {
  const sum = ws.reduce((a, b) => a + b, 0);
  const raw = ws.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left-- > 0) parts[i]!++;
  return parts;
}

function plainSplit(total: unknown, weights: unknown[][]): number[][] {
  return guard(() => {
    const t = plainNum(total, "total");
    const ws = weights.map((row, r) => plainNum(row[0], `vikter[${r + 1}]`));
    if (ws.some((w) => w < 0)) throw new FinsamError("number.negative", { field: "vikter", value: "" });
    if (ws.reduce((a, b) => a + b, 0) === 0) throw new FinsamError("split.noWeights", { field: "vikter" });
    return bareSplit(t, ws).map((p) => [p]);
  });
}

function plainAdminRatio(admin: unknown, total: unknown): number {
  return guard(() => {
    const d = Math.abs(plainNum(total, "totala kostnader"));
    if (d === 0) throw new FinsamError("ratio.zeroDenominator", { field: "totala kostnader" });
    const a = Math.abs(plainNum(admin, "adminkostnader"));
    if (a > d) throw new FinsamError("ratio.adminOverTotal", { field: "adminkostnader", value: String(a), total: String(d) });
    return excel15(a / d);
  });
}

function plainEquityCap(contributions: unknown, rate?: unknown): number {
  return guard(() => excel15(plainNum(contributions, "bidrag") * (rate === undefined ? 0.2 : plainNum(rate, "andel"))));
}

function plainDeviation(actual: unknown, budget: unknown, kind?: unknown, convention?: unknown): number {
  return guard(() => {
    const a = plainNum(actual, "utfall");
    const b = plainNum(budget, "budget");
    const k = parseLineKind(optText(kind, "typ"), "typ");
    const conv = (optText(convention, "konvention") ?? "gynnsam").trim().toLowerCase();
    if (conv === "utfall-budget") return excel15(a - b);
    return excel15(k === "income" ? a - b : Math.abs(b) - Math.abs(a));
  });
}

const CASES: { name: string; exact: (i: number) => unknown; plain: (i: number) => unknown; bare: (i: number) => unknown }[] = [
  {
    name: "SPLIT (10 medlemmar)",
    exact: (i) => split(6_000_000 + i, WEIGHTS),
    plain: (i) => plainSplit(6_000_000 + i, WEIGHTS),
    bare: (i) => bareSplit(6_000_000 + i, WEIGHTS.map((r) => r[0]!)),
  },
  {
    name: "ADMINRATIO",
    // Administration stays below the total however many calls are timed (ADMINRATIO refuses more than all costs).
    exact: (i) => adminRatioFn(612_345 + (i % 1_000_000), 5_432_100),
    plain: (i) => plainAdminRatio(612_345 + (i % 1_000_000), 5_432_100),
    bare: (i) => Math.abs(612_345 + (i % 1_000_000)) / Math.abs(5_432_100),
  },
  { name: "EQUITYCAP", exact: (i) => equityCapFlat(6_000_000 + i, 0.2), plain: (i) => plainEquityCap(6_000_000 + i, 0.2), bare: (i) => (6_000_000 + i) * 0.2 },
  {
    name: "DEVIATION",
    exact: (i) => deviationFn(1_234_567.5 + i, 1_200_000),
    plain: (i) => plainDeviation(1_234_567.5 + i, 1_200_000),
    bare: (i) => 1_200_000 - (1_234_567.5 + i),
  },
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

/**
 * The plain twins must do the same work: on 10 000 calls each, their result may differ from the shipped
 * one only in the 15th significant digit, where a double rounds the binary quotient and the exact function
 * rounds the true one half-up (e.g. 612 346 / 5 432 100 = 0,1127273061983395: 0,11272730619834 exact,
 * …339 in doubles). Those calls are counted: they are what exact decimals buy.
 */
function differences(c: (typeof CASES)[number]): number {
  let n = 0;
  for (let i = 0; i < 10_000; i++) {
    const e = (c.exact(i) as number[][] | number).toString().split(",").map(Number);
    const p = (c.plain(i) as number[][] | number).toString().split(",").map(Number);
    if (e.length !== p.length || e.some((x, k) => Math.abs(x - p[k]!) > Math.abs(x) * 1e-14)) throw new Error(`${c.name}(${i}): exact ${e.join(";")}, plain ${p.join(";")}`);
    if (e.some((x, k) => x !== p[k])) n++;
  }
  return n;
}
const out = CASES.map((c) => ({ name: c.name, differing: differences(c), exact: rate(c.exact), plain: rate(c.plain), bare: rate(c.bare) }));
process.stdout.write(JSON.stringify(out) + "\n");
if (sink < 0) console.log(sink);
