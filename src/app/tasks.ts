import type { Steps } from "../core/steps";

/**
 * One channel for every wait: a message on it is a new event-loop task. Not setTimeout(0): a browser holds back
 * a timer set from a timer's own task (nested more than five deep) by 4 ms, and the hundred steps of a
 * 1 000 000-row import waited 0,4 s for nothing. In Node (the tests) the port keeps the process alive only
 * while someone waits (ref/unref exist there alone).
 */
const channel = typeof MessageChannel === "undefined" ? null : new MessageChannel();
const port = channel?.port1 as (MessagePort & { ref?: () => void; unref?: () => void }) | undefined;
const waiting: (() => void)[] = [];
if (port) {
  port.onmessage = () => {
    waiting.shift()?.();
    if (waiting.length === 0) port.unref?.();
  };
  port.unref?.();
}

/**
 * Resolves in a new event-loop task (not a microtask), so that the pane can paint, show progress and take a
 * click on Avbryt between the steps of a long action.
 */
export function nextTask(): Promise<void> {
  if (!channel || !port) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.ref?.();
    channel.port2.postMessage(null);
  });
}

/** The error the import pane recognises as the user's Avbryt. */
export function abortError(): DOMException {
  return new DOMException("Inläsningen avbröts", "AbortError");
}

/** Throws abortError() once the user has pressed Avbryt. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Runs the core's steps (steps.ts) a task each, so the pane paints between them. */
export async function runInTasks<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    await nextTask();
    const step = steps.next();
    if (step.done) return step.value;
  }
}
