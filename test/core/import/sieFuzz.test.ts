import fc from "fast-check";
import { parseSie, SieParser, type SieResult } from "../../../src/core/import/sie/index";
import { SAMPLE_SIE, pc8 } from "../../fixtures/sie/sample";

/** Every finding is a diagnostic with a line number and a message; nothing else may escape. */
function expectWellFormed(r: SieResult, lines: number): void {
  for (const d of [...r.errors, ...r.warnings]) {
    expect(Number.isInteger(d.line)).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(d.message.length).toBeGreaterThan(0);
  }
}

const countLines = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 10 ? 1 : 0), 1);

function timed(bytes: Uint8Array, chunk = bytes.length || 1): SieResult {
  const start = Date.now();
  const p = new SieParser({ encoding: "auto" });
  for (let i = 0; i < bytes.length; i += chunk) p.feed(bytes.subarray(i, i + chunk));
  const r = p.end();
  expect(Date.now() - start).toBeLessThan(1000);
  return r;
}

describe("SIE parser fuzzing", () => {
  const token = fc.constantFrom(
    "#FLAGGA", "#VER", "#TRANS", "#RTRANS", "#BTRANS", "#IB", "#UB", "#RES", "#OIB", "#PSALDO", "#RAR", "#KONTO",
    "#KTYP", "#OBJEKT", "#KSUMMA", "#DIM", "{", "}", "{}", '{1 "100"}', "{6", '"', '\\"', '"a b"', "0", "-1",
    "20210101", "20211231", "202102", "1930", "100.00", "-100.00", "1,5", "abc", "__proto__", "\t", " ",
  );
  const line = fc.array(token, { maxLength: 8 }).map((t) => t.join(" "));

  it("random token lines never crash", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (lines, chunk) => {
        const bytes = new TextEncoder().encode(lines.join("\n"));
        expectWellFormed(timed(bytes, chunk), countLines(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it("random bytes never crash", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectWellFormed(parseSie(bytes), countLines(bytes));
        expectWellFormed(timed(bytes), countLines(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("mutated valid files never crash", () => {
    const valid = pc8(SAMPLE_SIE);
    const mutation = fc.record({ at: fc.nat({ max: valid.length - 1 }), byte: fc.integer({ min: 0, max: 255 }), op: fc.constantFrom("set", "insert", "delete") });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 4096 }), (mutations, chunk) => {
        const bytes = Array.from(valid);
        for (const m of mutations) {
          const at = Math.min(m.at, bytes.length - 1);
          if (m.op === "set") bytes[at] = m.byte;
          else if (m.op === "insert") bytes.splice(at, 0, m.byte);
          else bytes.splice(at, 1);
        }
        const mutated = new Uint8Array(bytes);
        expectWellFormed(timed(mutated, chunk), countLines(mutated));
      }),
      { numRuns: 400 },
    );
  });
});
