import { createReadStream } from "node:fs";
import { SieParser, type SieParseOptions, type SieResult } from "./parser";

/** Node only (scripts, tests): streams an SIE file from disk through the incremental parser. */
export async function readSieFile(path: string, options: SieParseOptions = {}): Promise<SieResult> {
  const parser = new SieParser(options);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) parser.feed(chunk as Buffer);
  return parser.end();
}
