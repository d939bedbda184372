import fc from "fast-check";
import { SieLineDecoder, type SieEncoding } from "../../../src/core/import/sie/decode";

/**
 * The decoder takes runs of ASCII lines at once and only lines with bytes ≥ 0x80 byte by byte; wherever the
 * chunks are cut, it must give the same lines, line numbers and reports as when fed the whole file.
 */
const BYTES = [0x20, 0x41, 0x61, 0x30, 0x23, 0x7b, 0x7d, 0x22, 0x0d, 0x0a, 0x0a, 0x86, 0x84, 0x94, 0xe5, 0xc3, 0xa5, 0xef, 0xbb, 0xbf];

function decode(bytes: Uint8Array, cuts: number[], mode: SieEncoding): string[] {
  const out: string[] = [];
  const d = new SieLineDecoder(mode, false, (text, start, end, line) => out.push(`${line}:${text.slice(start, end)}`), (sev, code, params) => out.push(`${sev} ${code} ${JSON.stringify(params)}`));
  let from = 0;
  for (const cut of [...cuts.filter((c) => c < bytes.length)].sort((a, b) => a - b)) {
    d.feed(bytes.subarray(from, cut));
    from = cut;
  }
  d.feed(bytes.subarray(from));
  d.end();
  return out;
}

describe("SieLineDecoder chunking", () => {
  it("gives the same lines and reports for any chunk boundaries", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BYTES), { maxLength: 400 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 8 }),
        fc.constantFrom<SieEncoding>("cp437", "utf-8", "auto"),
        (list, cuts, mode) => {
          const bytes = Uint8Array.from(list);
          expect(decode(bytes, cuts, mode)).toEqual(decode(bytes, [], mode));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads ASCII lines around a CP437 line, with CRLF and an unfinished last line", () => {
    const bytes = Uint8Array.from([...Buffer.from("#A 1\r\n#B \"K"), 0x94, ...Buffer.from("p\"\n#C 3\n#D")]);
    expect(decode(bytes, [3, 9, 13], "cp437")).toEqual(["1:#A 1", '2:#B "Köp"', "3:#C 3", "4:#D"]);
  });
});
