/**
 * Long pure work on a large ledger (the reports, the Huvudbok) is written as a generator that yields between steps
 * of a few tens of milliseconds: the pane takes a task per step (src/app/tasks.ts) and keeps painting; everything
 * else runs the steps straight through, here.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
