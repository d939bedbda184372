import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REVIEWED_ADVISORIES } from "../fixtures/advisories/reviewed";

/**
 * The runtime tree against the advisories reviewed by hand (npm audit cannot run against this registry):
 * every runtime copy of an affected package that package-lock.json resolves must be at or past the fix of
 * its release line.
 */
interface LockEntry {
  version?: string;
  dev?: boolean;
}

const lock = JSON.parse(readFileSync(join(__dirname, "../../package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

const parse = (v: string): number[] => v.split("-")[0]!.split(".").map(Number);
const compare = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
/** A release line: the major version, or major.minor below 1.0 (semver's caret ranges). */
const line = (v: number[]): string => (v[0] === 0 ? `0.${v[1]}` : String(v[0]));

/** Whether a version carries the fix: at or past the first fixed version of its line, or past every fix. */
function isFixed(version: string, fixedIn: readonly string[]): boolean {
  const v = parse(version);
  const fixes = fixedIn.map(parse);
  const same = fixes.find((f) => line(f) === line(v));
  if (same) return compare(v, same) >= 0;
  return fixes.every((f) => compare(v, f) > 0);
}

function runtimeVersions(name: string): { path: string; version: string }[] {
  return Object.entries(lock.packages)
    .filter(([path, e]) => path.endsWith(`node_modules/${name}`) && !e.dev && e.version)
    .map(([path, e]) => ({ path, version: e.version! }));
}

describe("reviewed advisories in the runtime dependency tree", () => {
  it("reads versions the way the advisories mean them", () => {
    expect(isFixed("8.3.2", ["11.1.1", "12.0.1"])).toBe(false);
    expect(isFixed("11.1.0", ["11.1.1", "12.0.1"])).toBe(false);
    expect(isFixed("11.1.1", ["11.1.1", "12.0.1"])).toBe(true);
    expect(isFixed("15.0.0", ["11.1.1", "12.0.1"])).toBe(true);
    expect(isFixed("3.1.5", ["3.1.3", "5.1.7"])).toBe(true);
    expect(isFixed("4.0.0", ["3.1.3", "5.1.7"])).toBe(false);
    expect(isFixed("0.2.3", ["0.2.4"])).toBe(false);
    expect(isFixed("0.1.9", ["0.2.4"])).toBe(false);
  });

  it("the runtime packages the list names are really in the tree (the list is about this project)", () => {
    for (const name of ["uuid", "minimatch", "jszip", "tmp"]) expect(runtimeVersions(name).length).toBeGreaterThan(0);
  });

  it.each(REVIEWED_ADVISORIES.map((a) => [a.id, a] as const))("%s: no runtime copy below the fix", (_id, advisory) => {
    const affected = runtimeVersions(advisory.packageName).filter((p) => !isFixed(p.version, advisory.fixedIn));
    expect(affected).toEqual([]);
  });
});
