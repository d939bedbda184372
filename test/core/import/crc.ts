import { crc32 } from "node:zlib";

/** Independent CRC-32 (Node's zlib) over ASCII text, to check the parser's own implementation. */
export function zlibCrc32(text: string): number {
  return crc32(Buffer.from(text, "latin1"));
}
