import { parseSieAmountIn } from "./amount";
import type { Exact } from "../../money/exact";
import { sieDate } from "./fields";
import type { SieObjectRef } from "./tokenize";
import { BACKSLASH, CLOSE, OPEN, QUOTE, isSpace } from "./chars";

/** A #TRANS, #RTRANS or #BTRANS row as the parser counts it. */
export interface Row {
  account: string;
  objects: readonly SieObjectRef[];
  amount: Exact;
  /** YYYYMM of the row's transdat (validated as a whole date), or null without one. */
  month: string | null;
  /** The account's and each object's number in the parser's Names, by which Movements finds the row's sums. */
  accountNumber: number;
  objectNumbers: readonly number[];
}

const LABEL = "#TRANS";
/** The object list of every row read in place that has none (half the rows of a large file). */
const NO_OBJECTS: readonly SieObjectRef[] = [];
const NO_NUMBERS: readonly number[] = [];
const VER = "#VER";
/** Up to 7 digits, value · 8 + length stays below 2^30: a small integer, which a Map hashes fastest. */
const DIGIT_KEY_MAX = 7;

/**
 * The shape nearly every line of a large file has — `#TRANS kontonr {dim objekt …} belopp`, then only bare
 * or plainly quoted fields (transdat, transtext, …) — read straight from the line: no token objects and no
 * field list for a million rows. Any other shape (another label or letter case, no object list, a quoted
 * kontonr or belopp, an escaped quote, a second object list, a dimension that is not 1–6 digits, an odd
 * list, a missing belopp, an unterminated quote) gives false, and the line goes through tokenizeLine and
 * the record handlers instead: they give the same row for every line read here, and the exact error for
 * every line that is not. Errors in the belopp or transdat are thrown as those would throw them. The line is
 * text[from, to), read where it stands in the decoded chunk rather than sliced out of it. The row read is
 * written into `row`, the caller's one row reused for every line (its fields are only valid until the next
 * call): an object per row was garbage a million times over.
 */
export function readTransLine(text: string, from: number, to: number, line: number, names: Names, months: Months, row: Row): boolean {
  let i = skipSpace(text, from, to);
  if (i + LABEL.length > to || !text.startsWith(LABEL, i)) return false;
  i += LABEL.length;
  if (i >= to || !isSpace(text.charCodeAt(i))) return false;
  i = skipSpace(text, i, to);
  if (i >= to || text.charCodeAt(i) === QUOTE || text.charCodeAt(i) === OPEN) return false;
  const accountStart = i;
  i = bareEnd(text, i, to, false);
  const account = names.number(text, accountStart, i);
  i = skipSpace(text, i, to);
  if (i >= to || text.charCodeAt(i) !== OPEN) return false;
  let objects: readonly SieObjectRef[] | null = null;
  let objectNumbers: readonly number[] = NO_NUMBERS;
  i++;
  for (;;) {
    i = skipSpace(text, i, to);
    if (i >= to) return false;
    if (text.charCodeAt(i) === CLOSE) break;
    const dimStart = i;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
    if (i === dimStart || i - dimStart > 6 || i >= to || !isSpace(text.charCodeAt(i))) return false;
    const dimension = digitValue(text, dimStart, i);
    i = skipSpace(text, i, to);
    if (i >= to || text.charCodeAt(i) === CLOSE) return false;
    let id: number;
    if (text.charCodeAt(i) === QUOTE) {
      const close = plainQuoteEnd(text, i, to);
      if (close < 0) return false;
      id = names.number(text, i + 1, close);
      i = close + 1;
    } else {
      const idStart = i;
      i = bareEnd(text, i, to, true);
      id = names.number(text, idStart, i);
    }
    // A row naming one object (nearly every row that names any) gets the object's shared lists: no object and
    // no array per row. A second object, rare, copies them into lists of the row's own.
    const o = names.object(dimension, id);
    if (objects === null) {
      objects = names.refs(o);
      objectNumbers = names.numbers(o);
    } else {
      objects = [...objects, ...names.refs(o)];
      objectNumbers = [...objectNumbers, o];
    }
  }
  i = skipSpace(text, i + 1, to);
  if (i >= to || text.charCodeAt(i) === QUOTE || text.charCodeAt(i) === OPEN) return false;
  const amountStart = i;
  const amountEnd = (i = bareEnd(text, i, to, false));
  // The fields after belopp: the first is transdat; every one must read without error.
  let dateStart = -1;
  let dateEnd = -1;
  for (i = skipSpace(text, i, to); i < to; i = skipSpace(text, i, to)) {
    let start = i;
    let end: number;
    if (text.charCodeAt(i) === OPEN) return false;
    if (text.charCodeAt(i) === QUOTE) {
      end = plainQuoteEnd(text, i, to);
      if (end < 0) return false;
      start = i + 1;
      i = end + 1;
    } else end = i = bareEnd(text, i, to, false);
    if (dateStart < 0) {
      dateStart = start;
      dateEnd = end;
    }
  }
  const amount = parseSieAmountIn(text, amountStart, amountEnd, line);
  const month = dateEnd > dateStart ? months.of(text, dateStart, dateEnd, line) : null;
  row.account = names.text(account);
  row.accountNumber = account;
  row.objects = objects ?? NO_OBJECTS;
  row.objectNumbers = objectNumbers;
  row.amount = amount;
  row.month = month;
  return true;
}

/**
 * `#VER serie vernr verdatum …` read straight from the line: the three fields the voucher needs, from a line
 * whose every field is bare or plainly quoted. Anything else (another label or letter case, an object list,
 * an escaped or unterminated quote, fewer than three fields, an empty verdatum) gives null, and the line goes
 * through tokenizeLine and the #VER handler, which give the same fields or the exact error. The line is
 * text[from, to).
 */
export function readVerLine(text: string, from: number, to: number): { series: string; number: string; date: string } | null {
  let i = skipSpace(text, from, to);
  if (i + VER.length > to || !text.startsWith(VER, i)) return null;
  i += VER.length;
  if (i >= to || !isSpace(text.charCodeAt(i))) return null;
  // The first three fields in locals, not a field list: a third of a large file's lines are #VER.
  let series: string | undefined;
  let number: string | undefined;
  let date: string | undefined;
  for (i = skipSpace(text, i, to); i < to; i = skipSpace(text, i, to)) {
    const c = text.charCodeAt(i);
    if (c === OPEN) return null;
    let start = i;
    let end: number;
    if (c === QUOTE) {
      end = plainQuoteEnd(text, i, to);
      if (end < 0) return null;
      start = i + 1;
      i = end + 1;
    } else end = i = bareEnd(text, i, to, false);
    if (series === undefined) series = text.slice(start, end);
    else if (number === undefined) number = text.slice(start, end);
    else if (date === undefined) date = text.slice(start, end);
  }
  if (series === undefined || number === undefined || date === undefined || date === "") return null;
  return { series, number, date };
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of a bare field (inside an object list, } also ends it). */
function bareEnd(text: string, i: number, end: number, inList: boolean): number {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || (inList && c === CLOSE)) break;
  }
  return i;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The value of the digits text[start, end), or -1 when another character is among them. */
function digitValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** The closing quote of a quoted field without backslashes, or -1 (escapes are left to the tokenizer). */
function plainQuoteEnd(text: string, open: number, end: number): number {
  for (let j = open + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j;
    if (c === BACKSLASH) return -1;
  }
  return -1;
}

/**
 * A line that is only a brace (spaces around it allowed), as tokenizeLine reads an "open" or "close" line:
 * OPEN or CLOSE, else 0. The line is text[from, to).
 */
export function braceLine(text: string, from: number, to: number): number {
  const i = skipSpace(text, from, to);
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  return (c === OPEN || c === CLOSE) && skipSpace(text, i + 1, to) === to ? c : 0;
}

/**
 * A date field (transdat, verdatum) → its month, each distinct date validated and sliced once: the rows of
 * a voucher share their date, and vouchers follow one another by date, so a date usually repeats the last.
 */
export class Months {
  private lastDate = "";
  private lastMonth = "";

  constructor(
    private readonly label: string,
    private readonly field: string,
  ) {}

  of(text: string, start: number, end: number, line: number): string {
    if (end - start !== this.lastDate.length || !text.startsWith(this.lastDate, start)) {
      this.lastDate = sieDate(text.slice(start, end), { line, label: this.label }, this.field);
      this.lastMonth = this.lastDate.slice(0, 6);
    }
    return this.lastMonth;
  }
}

/**
 * Account numbers and object ids numbered in first-seen order, each kept as one string, and objects numbered
 * by (dimension, id): a row's short slices are looked up once (the Map hashes them natively, faster than
 * hashing the characters in JS) and die young, and Movements finds a row's sums by these numbers without a
 * lookup of its own. Each object has one shared one-object list (and list of its number) for the rows naming
 * it alone.
 */
export class Names {
  private readonly numbered = new Map<string, number>();
  /** Digit fields by value · 8 + length (see number). */
  private readonly byDigits = new Map<number, number>();
  private readonly texts: string[] = [];
  /** Dimension → [id's text number] → object number, the last dimension at hand (rows name one, mostly). */
  private readonly byDimension = new Map<number, number[]>();
  private lastDimension = -1;
  private lastObjects: number[] = [];
  private readonly refLists: (readonly SieObjectRef[])[] = [];
  private readonly numberLists: (readonly number[])[] = [];

  /**
   * The number of text[start, end). A field of at most DIGIT_KEY_MAX digits (an account number, nearly every
   * time) is found by its value and length, a small-integer key: no slice and no string hash per row.
   */
  number(text: string, start: number, end: number): number {
    const length = end - start;
    const value = length > 0 && length <= DIGIT_KEY_MAX ? digitValue(text, start, end) : -1;
    if (value < 0) return this.numberOf(text.slice(start, end));
    // Length is part of the key: "0123" and "123" are different accounts.
    const key = value * 8 + length;
    let n = this.byDigits.get(key);
    if (n === undefined) this.byDigits.set(key, (n = this.numberOf(text.slice(start, end))));
    return n;
  }

  numberOf(s: string): number {
    let n = this.numbered.get(s);
    if (n === undefined) {
      n = this.texts.length;
      this.numbered.set(s, n);
      this.texts.push(s);
    }
    return n;
  }

  text(n: number): string {
    return this.texts[n]!;
  }

  /** The number of the object (dimension, the id with text number `id`). */
  object(dimension: number, id: number): number {
    if (dimension !== this.lastDimension) {
      let ids = this.byDimension.get(dimension);
      if (ids === undefined) this.byDimension.set(dimension, (ids = []));
      this.lastDimension = dimension;
      this.lastObjects = ids;
    }
    let o = this.lastObjects[id];
    if (o === undefined) {
      o = this.refLists.length;
      this.lastObjects[id] = o;
      this.refLists.push([{ dimension, id: this.text(id) }]);
      this.numberLists.push([o]);
    }
    return o;
  }

  /** The object's one-object list, the same array for every row naming it alone. */
  refs(o: number): readonly SieObjectRef[] {
    return this.refLists[o]!;
  }

  /** [o], the same array for every row naming it alone. */
  numbers(o: number): readonly number[] {
    return this.numberLists[o]!;
  }

  /** A row read on the general path, with the numbers readTransLine gives. */
  numberRow(row: Omit<Row, "accountNumber" | "objectNumbers">): Row {
    const objectNumbers = row.objects.map((r) => this.object(r.dimension, this.numberOf(r.id)));
    return { ...row, accountNumber: this.numberOf(row.account), objectNumbers };
  }
}
