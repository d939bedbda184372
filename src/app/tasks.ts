import type { Steps } from "../core/steps";

/**
 * Resolves in a new event-loop task (setTimeout, not a microtask), so that the pane can paint, show
 * progress and take a click on Avbryt between the steps of a long action.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Throws the AbortError the import pane recognises once the user has pressed Avbryt. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("Inläsningen avbröts", "AbortError");
}

/** Runs the core's steps (steps.ts) a task each, so the pane paints between them. */
export async function runInTasks<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    await nextTask();
    const step = steps.next();
    if (step.done) return step.value;
  }
}
