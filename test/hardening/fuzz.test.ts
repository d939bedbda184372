import fc from "fast-check";
import iconv from "iconv-lite";
import { SieParser, parseSie, type SieResult } from "../../src/core/import/sie/index";
import { messages } from "../../src/core/messages/index";
import { FinsamError } from "../../src/core/errors";
import { Dec } from "../../src/core/money/decimal";
import { tryParseSwedishAmount } from "../../src/core/parse/swedishNumber";
import { cellAmount, type CellValue } from "../../src/core/import/table";
import type { Diagnostic } from "../../src/core/import/diagnostic";

/**
 * Property-based hardening of the two parsers that read what users bring (issue 6). It adds to
 * test/core/import/sieFuzz.test.ts (token soup, random bytes, mutations of one file) and
 * test/core/parse/swedishNumber.test.ts (round trips, arbitrary short text): whole structured files up to
 * 20 kB with hostile field values, chunking invariance of the diagnostics, pathological long lines, and the
 * position every failure must name. Time bounds are hang detectors, not benchmarks.
 */
const SIE_BUDGET_MS = 200;
const NUMBER_BUDGET_MS = 50;
const RUNS = { structured: 300, chunking: 200, pathological: 60, amountPlaces: 3000, cellValues: 3000, longText: 300 };

const lineCount = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 10 ? 1 : 0), 1);

/** Every finding names its line, inside the file, and its text is the catalog's for its code and params. */
function expectTyped(ds: readonly Diagnostic[], lines: number): void {
  for (const d of ds) {
    expect(Number.isInteger(d.line)).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.message).toBe(messages.sv[d.code](d.params));
    expect(d.message.startsWith(`rad ${d.line}: `)).toBe(true);
  }
}

function timedParse(bytes: Uint8Array, chunk: number): { result: SieResult; ms: number } {
  const start = performance.now();
  const parser = new SieParser({ encoding: "auto" });
  for (let i = 0; i < bytes.length; i += chunk) parser.feed(bytes.subarray(i, i + chunk));
  const result = parser.end();
  return { result, ms: performance.now() - start };
}

// Hostile field values: huge and odd numbers, dates that do not exist, quotes, braces, prototype names, non-ASCII.
const field = fc.oneof(
  fc.constantFrom("0", "-1", "1930", "3010", "20240101", "20230231", "20241301", "202413", "99999999999999999999.999", "1e5", "1,5", "-0.00",
    "{}", '{6 "P1"}', "{6}", '{6 "a', '"', '""', '"\\"', '"a b"', "__proto__", "constructor", "\t", "Åäö", "\u2212500"),
  fc.string({ maxLength: 12 }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => `${n}.${(n < 0n ? -n : n) % 100n}`),
);
const label = fc.constantFrom("#FLAGGA", "#RAR", "#KONTO", "#KTYP", "#DIM", "#OBJEKT", "#IB", "#UB", "#RES", "#OIB", "#OUB", "#PSALDO", "#PBUDGET",
  "#VER", "#TRANS", "#RTRANS", "#BTRANS", "#KSUMMA", "#FNAMN", "#GEN", "#OKÄND");
const record = fc.tuple(label, fc.array(field, { maxLength: 7 })).map(([l, fs]) => [l, ...fs].join(" "));
const structuredLine = fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: fc.constantFrom("{", "}", "", "   ") });
/** A file starting like SIE, then up to ~20 kB of records. */
const structuredFile = fc.array(structuredLine, { maxLength: 400 }).map((lines) => ["#FLAGGA 0", "#RAR 0 20240101 20241231", ...lines].join("\r\n"));

const encode = (text: string, encoding: "cp437" | "utf-8") => new Uint8Array(encoding === "utf-8" ? Buffer.from(text, "utf-8") : iconv.encode(text, "cp437"));

describe("SIE parser under fuzzing", () => {
  beforeAll(() => void parseSie(encode("#FLAGGA 0\r\n#KONTO 1930 Bank\r\n", "cp437"))); // warm-up: the first parse builds tables

  it("structured hostile files (≤ 20 kB): no crash, no hang, every finding typed with its line", () => {
    fc.assert(
      fc.property(structuredFile, fc.constantFrom("cp437", "utf-8") as fc.Arbitrary<"cp437" | "utf-8">, (text, encoding) => {
        const bytes = encode(text, encoding).subarray(0, 20_000);
        const { result, ms } = timedParse(bytes, bytes.length || 1);
        expect(ms).toBeLessThan(SIE_BUDGET_MS);
        expectTyped(result.errors, lineCount(bytes));
        expectTyped(result.warnings, lineCount(bytes));
      }),
      { numRuns: RUNS.structured },
    );
  });

  it("the same findings whatever the chunk boundaries", () => {
    fc.assert(
      fc.property(structuredFile, fc.integer({ min: 1, max: 97 }), (text, chunk) => {
        const bytes = encode(text, "cp437").subarray(0, 20_000);
        const whole = timedParse(bytes, bytes.length || 1).result;
        const pieces = timedParse(bytes, chunk);
        expect(pieces.ms).toBeLessThan(SIE_BUDGET_MS * 5); // one-byte chunks pay a call per byte
        expect(pieces.result.errors).toEqual(whole.errors);
        expect(pieces.result.warnings).toEqual(whole.warnings);
      }),
      { numRuns: RUNS.chunking },
    );
  });

  it("pathological lines of 20 kB (quotes, braces, digits, spaces, backslashes) finish in time", () => {
    const unit = fc.constantFrom('"', "{", "}", "9", " ", "\\", "#", ".", ",", "\t", "\u00e5");
    fc.assert(
      fc.property(fc.constantFrom("#TRANS ", "#KONTO ", "#VER ", "", "{", "#IB 0 1930 "), unit, fc.integer({ min: 1000, max: 20_000 }), (prefix, ch, n) => {
        const text = `#FLAGGA 0\r\n#RAR 0 20240101 20241231\r\n${prefix}${ch.repeat(n)}\r\n`;
        const bytes = encode(text, "utf-8").subarray(0, 20_000);
        const { result, ms } = timedParse(bytes, bytes.length);
        expect(ms).toBeLessThan(SIE_BUDGET_MS);
        expectTyped(result.errors, lineCount(bytes));
      }),
      { numRuns: RUNS.pathological },
    );
  });
});

describe("Swedish number parser under fuzzing", () => {
  const place = fc.oneof(
    fc.record({ cell: fc.constantFrom("B2", "Saldobalans!C14", "XFD1048576") }),
    fc.record({ line: fc.integer({ min: 1, max: 1_000_000 }) }),
    fc.record({ field: fc.constantFrom("vikter[3]", "total", "belopp") }),
  );
  const prefixOf = (p: { cell?: string; line?: number; field?: string }) => (p.cell !== undefined ? `cell ${p.cell}: ` : p.line !== undefined ? `rad ${p.line}: ` : `${p.field}: `);
  const amountish = fc.string({ unit: fc.constantFrom(..."0123456789 ,.-+()−–—#kKrRsSeEtTmMnN%\u00a0\u202f\u2009:;'".split("")), maxLength: 30 });

  it("every rejection is a FinsamError naming the cell, line or field it was given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), amountish), place, (text, where) => {
        const start = performance.now();
        const r = tryParseSwedishAmount(text, where);
        expect(performance.now() - start).toBeLessThan(NUMBER_BUDGET_MS);
        if (r.ok) {
          expect(r.value === null || r.value instanceof Dec).toBe(true);
          if (r.value !== null) expect(r.value.isFinite()).toBe(true);
        } else {
          expect(r.error).toBeInstanceOf(FinsamError);
          expect(r.error.message.startsWith(prefixOf(where))).toBe(true);
        }
      }),
      { numRuns: RUNS.amountPlaces },
    );
  });

  it("any pasted cell value (numbers incl. NaN and ±Infinity, booleans, text, error text) gives a Dec, a blank or an error naming the cell", () => {
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom(null, undefined, "", "  ", "#N/A", "#DIV/0!", "#VÄRDEFEL!", "(500)", "−500", "1 234,50"),
      amountish,
    );
    fc.assert(
      fc.property(value, (v) => {
        const r = cellAmount(v, "D7");
        if (r.ok) expect(r.value === null || (r.value instanceof Dec && r.value.isFinite())).toBe(true);
        else {
          expect(r.error.params.cell).toBe("D7");
          expect(r.error.message.startsWith("cell D7: ")).toBe(true);
        }
      }),
      { numRuns: RUNS.cellValues },
    );
  });

  it("long text (up to 100 000 characters) is refused in linear time", () => {
    fc.assert(
      fc.property(fc.constantFrom("1", " ", ",", ".", "1 ", "1,", "(", "-"), fc.integer({ min: 65, max: 100_000 }), (unit, n) => {
        const text = unit.repeat(Math.ceil(n / unit.length));
        const start = performance.now();
        const r = tryParseSwedishAmount(text, { cell: "A1" });
        expect(performance.now() - start).toBeLessThan(NUMBER_BUDGET_MS);
        if (!r.ok) expect(r.error.params.cell).toBe("A1");
      }),
      { numRuns: RUNS.longText },
    );
  });
});
