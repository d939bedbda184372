import iconv from "iconv-lite";
import { CP437, cp437Byte } from "../../../src/core/import/sie/cp437";
import { encodeForChecksum } from "../../../src/core/import/sie/crc32";

// iconv-lite (a test dependency only) is the oracle for the code page the parser now carries as a literal.
const all = Uint8Array.from({ length: 256 }, (_, b) => b);

describe("CP437 table", () => {
  it("maps every byte as iconv-lite does", () => {
    expect(CP437).toHaveLength(256);
    expect(CP437.join("")).toBe(iconv.decode(Buffer.from(all), "cp437"));
  });

  it("maps back: every character to its byte, the Swedish letters to 0x86 0x84 0x94 0x8F 0x8E 0x99", () => {
    for (let b = 0; b < 256; b++) expect(cp437Byte(CP437[b]!)).toBe(b);
    expect([..."åäöÅÄÖ"].map(cp437Byte)).toEqual([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99]);
    expect(cp437Byte("€")).toBeUndefined();
  });

  it("encodes text for the checksum as iconv-lite does, characters outside the code page as UTF-8", () => {
    const text = "#KONTO 3010 \"Försäljning åäö ÅÄÖ é ½\"";
    expect(encodeForChecksum(text)).toEqual([...iconv.encode(text, "cp437")]);
    expect(encodeForChecksum("€")).toEqual([0xe2, 0x82, 0xac]);
  });
});
