import { readFileSync } from "node:fs";

/**
 * CPU time so far, in ms: on a machine shared with other jobs, wall time measures the neighbours too.
 * `main` is the calling thread's (Linux's schedstat, which the kernel brings up to date at each scheduler tick,
 * so a single reading may lag by a tick: compare medians of many runs), what the wall clock of an idle machine
 * shows; `process` adds V8's background compiler and GC threads, which an idle second core runs alongside.
 */
export function cpuMs(): { main: number; process: number } {
  const u = process.cpuUsage();
  const total = (u.user + u.system) / 1000;
  try {
    return { main: Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6, process: total };
  } catch {
    return { main: NaN, process: total };
  }
}
