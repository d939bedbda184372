import { SieParser, type SieParseOptions, type SieResult } from "../core/import/sie/index";
import { nextTask, runInTasks, throwIfAborted } from "./tasks";

/** A file as the pane gets it from <input type=file> (a File), or any Blob. */
export interface ByteSource {
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface StreamOptions extends SieParseOptions {
  onBytes?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** An import's parse of its file: parseSieStream here, or the same in a Web Worker (taskpane/sieWorkerClient.ts). */
export type SieParse = (source: ByteSource, options?: StreamOptions) => Promise<SieResult>;

/** Bytes fed at a time: on a cold start (code not yet compiled, a slow machine) 64 KB take about 20 ms. */
const PIECE = 64 * 1024;
/**
 * The pane gets a turn (paint, progress, Avbryt) once the parse has held the main thread this long. A time
 * budget rather than a byte count: the same bytes take ten times longer before V8 has optimised the parser
 * than after, so a fixed slice was either a long task at the start or needless yields later.
 */
const TASK_BUDGET_MS = 40;

/**
 * Parses an SIE file chunk by chunk, yielding to the event loop whenever it has run TASK_BUDGET_MS, so that
 * the task pane keeps painting its progress bar and can cancel; the file is never held as one string.
 * Rejects with an AbortError when the signal fires.
 */
export async function parseSieStream(source: ByteSource, options: StreamOptions = {}): Promise<SieResult> {
  const { onBytes, signal, ...parseOptions } = options;
  const parser = new SieParser(parseOptions);
  const reader = source.stream().getReader();
  let done = 0;
  let since = performance.now();
  try {
    for (;;) {
      throwIfAborted(signal);
      // Past the size limit the parser has reported the error; reading on would only cost time.
      if (parser.full) {
        await reader.cancel();
        break;
      }
      const next = await reader.read();
      if (next.done) break;
      for (let i = 0; i < next.value.length; i += PIECE) {
        const piece = next.value.subarray(i, i + PIECE);
        parser.feed(piece);
        if (parser.full) break;
        done += piece.length;
        // A read of a chunk already buffered resolves in a microtask, not a task: the budget spans chunks.
        if (performance.now() - since < TASK_BUDGET_MS) continue;
        onBytes?.(done, source.size);
        await nextTask();
        throwIfAborted(signal);
        since = performance.now();
      }
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
  onBytes?.(done, source.size);
  return runInTasks(parser.endSteps());
}
