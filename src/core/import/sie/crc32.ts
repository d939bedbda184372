import { cp437Byte } from "./cp437";
import type { SieField } from "./tokenize";

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
      table[i] = c >>> 0;
    }
  }
  return table;
}

/**
 * #KSUMMA: CRC-32 (polynomial 0xEDB88320, start 0xFFFFFFFF, final XOR) over the records between the first
 * #KSUMMA and the closing `#KSUMMA value`, as jsisie's SieCRC32 computes it (idstam/jsisie:jsiSIE/jsiSIE/SieCRC32.cs):
 * each record contributes its label and its field contents in CP437 bytes, without the separating spaces,
 * the quotes and the braces of object lists. The exact byte coverage of the SIE 4B text could not be read,
 * so a mismatch is only a warning.
 */
export class SieChecksum {
  private crc = 0xffffffff;

  addRecord(label: string, fields: readonly SieField[]): void {
    this.addText(label);
    for (const f of fields) {
      if (typeof f === "string") this.addText(f);
      else for (const ref of f) this.addText(`${ref.dimension}${ref.id}`);
    }
  }

  value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }

  private addText(text: string): void {
    const t = crcTable();
    for (const b of encodeForChecksum(text)) this.crc = ((this.crc >>> 8) ^ (t[(this.crc ^ b) & 0xff] as number)) >>> 0;
  }
}

/** Text → CP437 bytes (characters outside CP437 as UTF-8), as the checksum counts them. */
export function encodeForChecksum(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const b = cp437Byte(ch);
    if (b !== undefined) out.push(b);
    else out.push(...new TextEncoder().encode(ch));
  }
  return out;
}
