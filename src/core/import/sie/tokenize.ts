import { FinsamError } from "../../errors";

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

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;

const isSpace = (c: number) => c === SPACE || c === TAB;

export function tokenizeLine(text: string, line: number): SieLine {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i === n) return { kind: "blank" };
  const first = text.charCodeAt(i);
  if ((first === OPEN || first === CLOSE) && isBlankFrom(text, i + 1)) return { kind: first === OPEN ? "open" : "close" };

  const fields: SieField[] = [];
  let label: string | null = null;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let field: SieField;
    if (c === QUOTE) [field, i] = readQuoted(text, i, line);
    else if (c === OPEN && label !== null) [field, i] = readObjectList(text, i, line);
    else [field, i] = readBare(text, i, false);
    if (label === null) label = (field as string).toUpperCase();
    else fields.push(field);
  }
  return { kind: "record", label: label ?? "", fields };
}

function isBlankFrom(text: string, i: number): boolean {
  for (; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function readBare(text: string, i: number, inList: boolean): [string, number] {
  const start = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || (inList && c === CLOSE)) break;
    i++;
  }
  return [text.slice(start, i), i];
}

function readQuoted(text: string, i: number, line: number): [string, number] {
  let out = "";
  let from = i + 1;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH && text.charCodeAt(j + 1) === QUOTE) {
      out += text.slice(from, j) + '"';
      j++;
      from = j + 1;
    } else if (c === QUOTE) {
      return [out + text.slice(from, j), j + 1];
    }
  }
  throw new FinsamError("sie.unterminatedQuote", { line });
}

function readObjectList(text: string, i: number, line: number): [SieObjectRef[], number] {
  const items: string[] = [];
  i++;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) throw new FinsamError("sie.unterminatedList", { line });
    const c = text.charCodeAt(i);
    if (c === CLOSE) {
      i++;
      break;
    }
    let item: string;
    if (c === QUOTE) [item, i] = readQuoted(text, i, line);
    else [item, i] = readBare(text, i, true);
    items.push(item);
  }
  if (items.length % 2 !== 0) throw new FinsamError("sie.objectListOdd", { line });
  const refs: SieObjectRef[] = [];
  for (let k = 0; k < items.length; k += 2) {
    const dim = items[k] as string;
    if (!/^[0-9]{1,6}$/.test(dim)) throw new FinsamError("sie.badInteger", { line, label: "{objektlista}", field: "dimension", value: dim });
    refs.push({ dimension: Number(dim), id: items[k + 1] as string });
  }
  return [refs, i];
}
