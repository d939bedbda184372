import { FinsamError } from "../../errors";
import { BACKSLASH, CLOSE, OPEN, QUOTE, isSpace } from "./chars";

/**
 * One SIE line → its label and fields. A field is a string (bare or quoted; `\"` inside quotes is a quote)
 * or an object list `{dim obj dim obj}` read as (dimension, object) pairs. Character-level scanning, no
 * regular expressions: this runs once per line of files with a million lines.
 */
export interface SieObjectRef {
  dimension: number;
  id: string;
}

export type SieField = string | SieObjectRef[];

export type SieLine =
  | { kind: "blank" }
  | { kind: "open" }
  | { kind: "close" }
  | { kind: "record"; label: string; fields: SieField[] };

// Shared results for the brace and blank lines, a third of a transaction file (never modified).
const BLANK: SieLine = { kind: "blank" };
const OPEN_LINE: SieLine = { kind: "open" };
const CLOSE_LINE: SieLine = { kind: "close" };

/** Where the last field reader stopped: a shared cursor instead of a [value, index] tuple per field. */
let pos = 0;

export function tokenizeLine(text: string, line: number): SieLine {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i === n) return BLANK;
  const first = text.charCodeAt(i);
  if ((first === OPEN || first === CLOSE) && isBlankFrom(text, i + 1)) return first === OPEN ? OPEN_LINE : CLOSE_LINE;

  const fields: SieField[] = [];
  let label: string | null = null;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let field: SieField;
    if (c === QUOTE) field = readQuoted(text, i, line);
    else if (c === OPEN && label !== null) field = readObjectList(text, i, line);
    else field = readBare(text, i, false);
    i = pos;
    if (label === null) label = (field as string).toUpperCase();
    else fields.push(field);
  }
  return { kind: "record", label: label ?? "", fields };
}

function isBlankFrom(text: string, i: number): boolean {
  for (; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function readBare(text: string, i: number, inList: boolean): string {
  const start = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || (inList && c === CLOSE)) break;
    i++;
  }
  pos = i;
  return text.slice(start, i);
}

function readQuoted(text: string, i: number, line: number): string {
  let out = "";
  let from = i + 1;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH && text.charCodeAt(j + 1) === QUOTE) {
      out += text.slice(from, j) + '"';
      j++;
      from = j + 1;
    } else if (c === QUOTE) {
      pos = j + 1;
      return out + text.slice(from, j);
    }
  }
  throw new FinsamError("sie.unterminatedQuote", { line });
}

/** Dimension number of an object list item: 1–6 digits, or -1. */
function dimensionOf(item: string): number {
  if (item.length === 0 || item.length > 6) return -1;
  let v = 0;
  for (let k = 0; k < item.length; k++) {
    const d = item.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Pairs are built as they are read; the errors keep their order: unterminated, odd count, first bad dimension. */
function readObjectList(text: string, i: number, line: number): SieObjectRef[] {
  const refs: SieObjectRef[] = [];
  let dim: string | null = null;
  let badDim: string | null = null;
  i++;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) throw new FinsamError("sie.unterminatedList", { line });
    const c = text.charCodeAt(i);
    if (c === CLOSE) {
      i++;
      break;
    }
    const item = c === QUOTE ? readQuoted(text, i, line) : readBare(text, i, true);
    i = pos;
    if (dim === null) dim = item;
    else {
      const d = dimensionOf(dim);
      if (d < 0 && badDim === null) badDim = dim;
      refs.push({ dimension: d, id: item });
      dim = null;
    }
  }
  if (dim !== null) throw new FinsamError("sie.objectListOdd", { line });
  if (badDim !== null) throw new FinsamError("sie.badInteger", { line, label: "{objektlista}", field: "dimension", value: badDim });
  pos = i;
  return refs;
}
