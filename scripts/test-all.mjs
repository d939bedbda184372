// The README's test command (`npm test`): installs what the tests need on a fresh machine, then runs every
// suite — types, lint, unit and adapter tests, the production build and its checks, LibreOffice
// recalculation and the task pane in headless Chromium — and ends with one "N passed, N failed" line.
// Anything missing fails loudly; nothing is skipped.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";

const results = [];
let failedSteps = 0;

function run(label, command, args, options = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: "inherit", ...options });
  const ok = r.status === 0;
  // r.error: the command could not be started at all (not installed, not on PATH).
  console.log(`=== ${label}: ${ok ? "ok" : `FAILED (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) failedSteps++;
  return ok;
}

function need(ok, message) {
  if (!ok) {
    console.error(`\nMISSING: ${message}`);
    process.exit(2);
  }
}

// 1. npm packages: install when node_modules is absent or older than the lockfile.
const lockInstalled = "node_modules/.package-lock.json";
if (!existsSync(lockInstalled) || statSync(lockInstalled).mtimeMs < statSync("package-lock.json").mtimeMs) {
  need(run("npm ci", "npm", ["ci", "--no-audit", "--no-fund"]), "npm ci failed; the npm registry must be reachable");
}

// 2. Debian packages for the browser and LibreOffice tests.
const debian = [
  { bin: "/usr/bin/chromium", pkg: "chromium" },
  { bin: "soffice", pkg: "libreoffice-calc-nogui" },
];
const has = (bin) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
const missing = debian.filter((d) => !has(d.bin));
if (missing.length > 0) {
  const pkgs = missing.map((d) => d.pkg);
  need(process.getuid?.() === 0, `${pkgs.join(", ")} not installed and not root: run \`sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs.join(" ")}\``);
  need(run("apt-get update", "apt-get", ["update"]), "apt-get update failed");
  need(run("apt-get install", "apt-get", ["install", "-y", "--no-install-recommends", ...pkgs], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }), `apt-get install ${pkgs.join(" ")} failed`);
  for (const d of missing) need(has(d.bin), `${d.bin} still missing after installing ${d.pkg}`);
}

// 3. The suites. Jest writes JSON summaries so that one closing line can count every test.
mkdirSync("test-results", { recursive: true });
const jest = (label, config, file) => {
  const out = `test-results/${file}.json`;
  // An earlier run's summary must not stand in for this one's when jest dies before writing its own.
  rmSync(out, { force: true });
  const ok = run(label, "npx", ["jest", "-c", config, "--ci", "--json", `--outputFile=${out}`]);
  if (existsSync(out)) {
    const summary = JSON.parse(readFileSync(out, "utf8"));
    results.push({ passed: summary.numPassedTests, failed: summary.numFailedTests + (ok ? 0 : summary.numRuntimeErrorTestSuites) });
  } else if (!ok) results.push({ passed: 0, failed: 1 });
};

run("typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
run("lint", "npx", ["eslint", "src", "test", "scripts", "webpack.config.js"]);
jest("unit and adapter tests", "jest.config.js", "unit");
if (run("production build", "npx", ["webpack", "--mode", "production"])) {
  jest("built add-in", "jest.dist.config.js", "dist");
  jest("task pane in headless Chromium", "jest.browser.config.js", "browser");
} else {
  results.push({ passed: 0, failed: 1 });
}

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0) + (failedSteps > 0 && results.every((r) => r.failed === 0) ? failedSteps : 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps > 0 ? 1 : 0);
