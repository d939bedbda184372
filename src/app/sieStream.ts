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

/** Bytes fed between yields: small enough to keep the pane responsive, large enough to stay fast. */
const SLICE = 512 * 1024;

/**
 * Parses an SIE file chunk by chunk, yielding to the event loop between slices so that the task pane keeps
 * painting its progress bar and can cancel; the file is never held as one string. Rejects with an
 * AbortError when the signal fires.
 */
export async function parseSieStream(source: ByteSource, options: StreamOptions = {}): Promise<SieResult> {
  const { onBytes, signal, ...parseOptions } = options;
  const parser = new SieParser(parseOptions);
  const reader = source.stream().getReader();
  let done = 0;
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
      for (let i = 0; i < next.value.length; i += SLICE) {
        const slice = next.value.subarray(i, i + SLICE);
        parser.feed(slice);
        if (parser.full) break;
        done += slice.length;
        onBytes?.(done, source.size);
        await nextTask();
        throwIfAborted(signal);
      }
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
  return runInTasks(parser.endSteps());
}
