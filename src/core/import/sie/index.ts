import { SieParser, type SieParseOptions, type SieResult } from "./parser";

export { SieParser, MAX_SIE_BYTES, type SieParseOptions, type SieResult } from "./parser";
export type { SieEncoding } from "./decode";

/** Parses a whole SIE file held in memory. For large files prefer SieParser with chunks. */
export function parseSie(bytes: Uint8Array, options: SieParseOptions = {}): SieResult {
  const parser = new SieParser(options);
  parser.feed(bytes);
  return parser.end();
}
