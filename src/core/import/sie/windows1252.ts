/**
 * Windows-1252 (what some exporters write despite `#FORMAT PC8`): Latin-1 but for 0x80–0x9F, which hold the
 * characters below (Microsoft's table; its five unassigned bytes read as U+FFFD, the replacement character).
 * A table rather than TextDecoder("windows-1252"): Node 20's decodes 0x80–0x9F as Latin-1 (€ as U+0080).
 * test/core/import/windows1252.test.ts holds it to iconv-lite.
 */
const C1 = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ";

/** Byte → character, all 256. */
export const WINDOWS_1252: readonly string[] = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? C1[b - 0x80]! : String.fromCharCode(b)));
