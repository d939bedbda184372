import { readFileSync } from "fs";
import { parseSieStream, type ByteSource } from "../../src/app/sieStream";
import { SieParser } from "../../src/core/import/sie/index";

/**
 * parseSieStream gives the pane a turn by time, not by bytes: performance.now is stepped by hand here, so
 * that a "slow" and a "fast" parse of the same file are told apart without timing anything.
 */
const example = new Uint8Array(readFileSync("examples/exempelforbund.se"));
/** The example förbund's vouchers repeated to about 1 MB (16 pieces of 64 KB), in chunks of 256 KB as a stream delivers them. */
const body = new TextDecoder("latin1").decode(example);
const vouchers = body.slice(body.indexOf("#VER"));
const big = new Uint8Array(Buffer.from(body + vouchers.repeat(Math.ceil((1 << 20) / vouchers.length)), "latin1"));

function source(bytes: Uint8Array, chunk = 256 * 1024): ByteSource {
  return {
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.subarray(i, i + chunk));
          c.close();
        },
      }),
  };
}

/** performance.now advancing `ms` per call: every clock read the parse makes "takes" that long. */
function clockStepping(ms: number): jest.SpyInstance {
  let t = 0;
  return jest.spyOn(performance, "now").mockImplementation(() => (t += ms));
}

afterEach(() => jest.restoreAllMocks());

describe("parseSieStream", () => {
  it("reads the same ledger as the parser fed the whole file at once", async () => {
    const whole = new SieParser();
    whole.feed(big);
    const expected = whole.end();
    const streamed = await parseSieStream(source(big));
    expect(streamed.errors).toEqual([]);
    expect(JSON.stringify(streamed.ledger.balances)).toBe(JSON.stringify(expected.ledger.balances));
    expect(streamed.ledger.periods.length).toBe(expected.ledger.periods.length);
  });

  it("yields after every 64 KB piece while pieces are slow (cold code), with progress each time", async () => {
    clockStepping(50);
    const progress: number[] = [];
    await parseSieStream(source(big), { onBytes: (done) => progress.push(done) });
    const pieces = Math.ceil(big.length / (64 * 1024));
    // One report per piece, the last piece's twice (its yield, then the end of the stream).
    expect(progress).toHaveLength(pieces + 1);
    expect(progress.slice(0, 3)).toEqual([65536, 131072, 196608]);
    expect(progress.at(-1)).toBe(big.length);
  });

  it("feeds on across pieces and chunks while they are fast, yielding once 40 ms have passed", async () => {
    // 10 ms per clock read: one read per piece, so a yield every fourth piece (40 ms), chunk boundaries or not.
    clockStepping(10);
    const progress: number[] = [];
    await parseSieStream(source(big, 100_000), { onBytes: (done) => progress.push(done) });
    // Chunks of 100 000 bytes are two pieces each (65 536 + 34 464): four pieces are two chunks.
    const yields = Math.floor(Math.ceil(big.length / 100_000) / 2);
    expect(progress).toEqual([...Array.from({ length: yields }, (_, i) => (i + 1) * 200_000), big.length].filter((d, i, all) => all.indexOf(d) === i));
  });

  it("stops with an AbortError at the first yield after Avbryt, having parsed no further", async () => {
    clockStepping(50);
    const abort = new AbortController();
    const progress: number[] = [];
    const run = parseSieStream(source(big), { signal: abort.signal, onBytes: (done) => (progress.push(done), abort.abort()) });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([65536]);
  });
});
