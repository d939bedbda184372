import { CP437 } from "./cp437";
import { WINDOWS_1252 } from "./windows1252";
import type { MessageCode, MessageParams } from "../../messages/index";

/**
 * Bytes → text lines for SIE files, chunk by chunk.
 *
 * SIE 4 text is IBM PC-8 = code page 437 (`#FORMAT PC8`). Lines are split on LF at byte level (LF is the same
 * byte in CP437 and UTF-8 and never part of a UTF-8 sequence), so every decoding problem is reported with its
 * line number. Pure-ASCII lines — nearly all of a transaction file — skip the code-page table, and each
 * reaches onLine as a span text[start, end) of its decoded run (without the CR), so the readers on the hot
 * path read it where it stands instead of slicing a string per line.
 *
 * Encoding modes: "cp437" (default, strict: text that looks like UTF-8 or Windows-1252 is an error, or a
 * warning when `strictEncoding` is false), "utf-8", "windows-1252" (exporters that ignore #FORMAT PC8 and
 * write the Windows code page), and "auto" (the first line with non-ASCII bytes decides: valid UTF-8 →
 * UTF-8, otherwise CP437; the choice is reported as a warning).
 */
export type SieEncoding = "cp437" | "utf-8" | "windows-1252" | "auto";

export type Report = (severity: "error" | "warning", code: MessageCode, params: MessageParams) => void;

/** Lines longer than this are garbage, not SIE; the limit bounds memory on a file without line breaks. */
const MAX_LINE_BYTES = 65536;

/** Length of the valid UTF-8 multi-byte sequence starting at i, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return 0;
  return n;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) i++;
    else {
      const n = utf8SequenceAt(bytes, i);
      if (n === 0) return false;
      i += n;
    }
  }
  return true;
}

/** Windows-1252 å ä ö Å Ä Ö é: in CP437 these bytes are σ Σ ÷ ┼ ─ ╓ Θ, never in a Swedish name. */
const LATIN1_LETTERS = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9]);

function asciiString(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/** Index of the first byte ≥ 0x80 at or after `from`, or the length; four bytes at a time where aligned. */
function nextHigh(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  let i = from;
  for (; i < n && (bytes.byteOffset + i) % 4 !== 0; i++) if ((bytes[i] as number) >= 0x80) return i;
  const words = (n - i) >> 2;
  if (words > 0) {
    const w = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    let k = 0;
    while (k < words && ((w[k] as number) & 0x80808080) === 0) k++;
    i += k * 4;
  }
  for (; i < n; i++) if ((bytes[i] as number) >= 0x80) return i;
  return n;
}

export class SieLineDecoder {
  private pending: Uint8Array | null = null;
  private skipping = false;
  private line = 0;
  private chosen: "cp437" | "utf-8" | "windows-1252" | null;
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });
  private readonly utf8Lenient = new TextDecoder("utf-8");
  private readonly flagged = new Set<MessageCode>();

  constructor(
    mode: SieEncoding,
    private readonly strict: boolean,
    private readonly onLine: (text: string, start: number, end: number, line: number) => void,
    private readonly report: Report,
  ) {
    this.chosen = mode === "auto" ? null : mode;
  }

  feed(input: Uint8Array): void {
    // A plain view: Node Buffers make every subarray() a costly Buffer construction.
    const chunk = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    let start = 0;
    if (this.pending) {
      const lf = chunk.indexOf(10);
      if (lf < 0) return this.hold(chunk);
      this.emit(concat(this.pending, chunk.subarray(0, lf)));
      this.pending = null;
      start = lf + 1;
    }
    // Runs of lines without bytes ≥ 0x80 (nearly all of a transaction file) are decoded at once by the
    // built-in decoder (ASCII is valid UTF-8; many times faster than String.fromCharCode) and split as a
    // string; only a line with such bytes takes the byte-wise path.
    while (start < chunk.length) {
      const high = nextHigh(chunk, start);
      const lineStart = high === chunk.length ? high : chunk.lastIndexOf(10, high) + 1;
      if (lineStart > start) start = this.feedAscii(chunk, start, lineStart);
      if (high === chunk.length) break;
      const lf = chunk.indexOf(10, high);
      if (lf < 0) break;
      this.emit(chunk.subarray(start, lf));
      start = lf + 1;
    }
    if (start < chunk.length) this.hold(chunk.subarray(start));
  }

  /** Emits the complete lines of chunk[from, to), known ASCII; returns where an unfinished rest begins. */
  private feedAscii(chunk: Uint8Array, from: number, to: number): number {
    const text = this.utf8Lenient.decode(chunk.subarray(from, to));
    let start = 0;
    for (let lf = text.indexOf("\n"); lf >= 0; lf = text.indexOf("\n", start)) {
      this.emitAscii(text, start, lf);
      start = lf + 1;
    }
    return from + start;
  }

  end(): void {
    if (this.pending || this.skipping) this.emit(this.pending ?? new Uint8Array(0));
    this.pending = null;
  }

  /** Keeps an unfinished line (copied: the caller may reuse its chunk buffer). */
  private hold(rest: Uint8Array): void {
    if (this.skipping) return;
    const joined = this.pending ? concat(this.pending, rest) : rest.slice();
    if (joined.length > MAX_LINE_BYTES) {
      this.pending = null;
      this.skipping = true;
    } else this.pending = joined;
  }

  /** The line text[start, end), known to be ASCII: no BOM and no decoding, and not sliced out of its run. */
  private emitAscii(text: string, start: number, end: number): void {
    if (this.tooLong(end - start)) return;
    this.onLine(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, this.line);
  }

  /** Counts the line; a line over the limit (or the end of one being skipped) is reported instead of read. */
  private tooLong(length: number): boolean {
    this.line++;
    if (!this.skipping && length <= MAX_LINE_BYTES) return false;
    this.skipping = false;
    this.report("error", "sie.lineTooLong", { line: this.line, value: MAX_LINE_BYTES });
    return true;
  }

  private emit(raw: Uint8Array): void {
    if (this.tooLong(raw.length)) return;
    let bytes = raw.length > 0 && raw[raw.length - 1] === 13 ? raw.subarray(0, raw.length - 1) : raw;
    if (this.line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
      this.onBom();
    }
    let high = false;
    for (let i = 0; i < bytes.length; i++) {
      if ((bytes[i] as number) >= 0x80) {
        high = true;
        break;
      }
    }
    const text = high ? this.decodeHigh(bytes) : asciiString(bytes);
    this.onLine(text, 0, text.length, this.line);
  }

  private onBom(): void {
    if (this.chosen === null) this.choose("utf-8");
    else if (this.chosen !== "utf-8") this.flag("sie.encodingUtf8");
  }

  private choose(encoding: "cp437" | "utf-8"): void {
    this.chosen = encoding;
    if (encoding === "utf-8") this.report("warning", "sie.encodingChosen", { line: this.line, value: "UTF-8" });
  }

  private decodeHigh(bytes: Uint8Array): string {
    if (this.chosen === null) this.choose(isValidUtf8(bytes) ? "utf-8" : "cp437");
    if (this.chosen === "windows-1252") return decodeTable(bytes, WINDOWS_1252);
    if (this.chosen === "utf-8") {
      try {
        return this.utf8.decode(bytes);
      } catch {
        this.report("error", "sie.invalidUtf8", { line: this.line });
        return this.utf8Lenient.decode(bytes);
      }
    }
    if (isValidUtf8(bytes)) this.flag("sie.encodingUtf8");
    else if (bytes.some((b) => LATIN1_LETTERS.has(b))) this.flag("sie.encodingLatin1");
    return decodeTable(bytes, CP437);
  }

  /** Mojibake is reported once per kind, at the first line showing it. */
  private flag(code: MessageCode): void {
    if (this.flagged.has(code)) return;
    this.flagged.add(code);
    this.report(this.strict ? "error" : "warning", code, { line: this.line });
  }
}

function decodeTable(bytes: Uint8Array, table: readonly string[]): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += table[bytes[i] as number];
  return s;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
