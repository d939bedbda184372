/**
 * Code page 437 (IBM PC-8, SIE's `#FORMAT PC8`): bytes 0x00–0x7F are ASCII, bytes 0x80–0xFF the characters
 * below, in byte order (the Unicode mapping of IBM's code page as iconv-lite and the Unicode Consortium's
 * CP437.TXT give it; test/core/import/cp437.test.ts holds it to iconv-lite). A literal rather than iconv-lite
 * at run time: the table is fixed, and the library cost every cold import about 8 ms to load and the pane
 * a Buffer polyfill.
 */
const HIGH_HALF =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** Byte → character, all 256. */
export const CP437: readonly string[] = [...Array.from({ length: 128 }, (_, b) => String.fromCharCode(b)), ...HIGH_HALF];

let toByte: Map<string, number> | null = null;

/** Character → its CP437 byte, or undefined for a character outside the code page. */
export function cp437Byte(ch: string): number | undefined {
  toByte ??= new Map(CP437.map((c, b) => [c, b]));
  return toByte.get(ch);
}
