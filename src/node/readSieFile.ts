import { open } from "node:fs/promises";
import { SieParser, type SieParseOptions, type SieResult } from "../core/import/sie/parser";

/** Bytes read per call: a chunk the parser takes at once, reused for every read. */
const CHUNK = 1 << 20;

/**
 * Node only (the command line, the benchmarks, tests): reads an SIE file from disk through the incremental parser, a
 * chunk at a time into one reused buffer (the parser copies what it keeps), so memory does not grow with the
 * file. Plain reads rather than a stream: a ReadStream's machinery cost a cold start about 5 ms.
 */
export async function readSieFile(path: string, options: SieParseOptions = {}): Promise<SieResult> {
  const parser = new SieParser(options);
  const file = await open(path, "r");
  try {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0 || parser.full) break;
      parser.feed(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return parser.end();
}
