import { Dec } from "../money/decimal";
import { FinsamError } from "../errors";

/**
 * Amounts as typed or pasted in Swedish sheets and exports.
 *
 * Accepted: `1 234,50` (space, NBSP U+00A0, narrow NBSP U+202F or thin space U+2009 between thousands),
 * `1.234,50`, `1,234.50` (both marks present: the last one is the decimal mark), `1234.50` (plain JS number),
 * signs `-`, `−` (U+2212), `–` (U+2013, what word processors turn a minus into) and `+`, `(500)` = −500,
 * `kr`/`SEK`/`:-` before or after the number, `1e-7`, and a lone dash (`-`, `–`, `—`), which printed Swedish
 * reports use for nil, as 0.
 *
 * Decisions:
 * - A single comma is always the decimal mark, whatever follows it: `1,234` = 1,234 (Swedish reading).
 * - Several commas and no dot (`1,234,567`) look like English thousands grouping: rejected as ambiguous.
 * - A single dot followed by exactly three digits after a 1–3 digit integer part (`1.234`) could be German-style
 *   grouping or a decimal point: rejected as ambiguous. `0.125`, `1234.567` and `1.5` are decimals.
 * - `tkr`, `mnkr`, `mkr`, `ksek`, `msek` are rejected, never scaled silently: the caller states the unit.
 * - Digits are kept exactly (no rounding).
 */

export interface AmountPlace {
  cell?: string;
  line?: number;
  field?: string;
}

export type AmountResult = { ok: true; value: Dec } | { ok: true; value: null } | { ok: false; error: FinsamError };

const SPACES = new Set([" ", "\u00a0", "\u202f", "\u2009"]);
const MINUS = new Set(["-", "\u2212", "\u2013"]);
const NIL = new Set(["-", "\u2212", "\u2013", "\u2014"]);
const SCALED = /^(?:tkr|mnkr|mkr|ksek|tsek|msek)$/;
const PLAIN_UNIT = /^(?:kr|kr\.|sek|:-)$/;
const EXPONENT = /^[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+$/;
/** Longer text is not a typed amount; the limit also keeps every check linear in a short string. */
const MAX_LENGTH = 64;

/** Parses an amount; blank text is an error ("amount.empty"). */
export function parseSwedishAmount(text: string, where: AmountPlace = {}): Dec {
  const r = tryParseSwedishAmount(text, where);
  if (!r.ok) throw r.error;
  if (r.value === null) throw new FinsamError("amount.empty", { ...where });
  return r.value;
}

/** Parses an amount without throwing; blank text gives `{ ok: true, value: null }`. */
export function tryParseSwedishAmount(text: string, where: AmountPlace = {}): AmountResult {
  const s = text.trim();
  if (s === "") return { ok: true, value: null };
  const fail = (code: "amount.notNumber" | "amount.ambiguous" | "amount.excelError", extra: Record<string, string> = {}): AmountResult => ({
    ok: false,
    error: new FinsamError(code, { ...where, value: s, ...extra }),
  });
  if (s.startsWith("#")) return fail("amount.excelError");
  if (s.length > MAX_LENGTH) return fail("amount.notNumber");

  const unitless = stripUnit(s);
  if (unitless.scaled) {
    return { ok: false, error: new FinsamError("amount.scaledUnit", { ...where, value: s, unit: unitless.scaled }) };
  }
  let body = unitless.body;
  if (NIL.has(body)) return { ok: true, value: new Dec(0) };

  let negative = false;
  if (body.startsWith("(") && body.endsWith(")")) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  const first = body.charAt(0);
  if (MINUS.has(first) || first === "+") {
    if (negative && MINUS.has(first)) return fail("amount.notNumber");
    negative = negative || MINUS.has(first);
    body = body.slice(1).trim();
  }
  if (EXPONENT.test(body)) return { ok: true, value: signed(new Dec(body), negative) };

  const digits = normalise(body);
  if (digits === "ambiguous") return fail("amount.ambiguous");
  if (digits === null) return fail("amount.notNumber");
  return { ok: true, value: signed(new Dec(digits), negative) };
}

function signed(value: Dec, negative: boolean): Dec {
  return negative ? value.negated() : value;
}

/** Removes one leading or trailing currency word; reports a scaling unit instead of removing it. */
function stripUnit(s: string): { body: string; scaled?: string } {
  const lead = /^([a-zA-Z]+)\s*(.*)$/.exec(s);
  const trail = /^(.*?)\s*([a-zA-Z.:-]+)$/.exec(s);
  const candidates: [string | undefined, string | undefined][] = [
    [lead?.[1], lead?.[2]],
    [trail?.[2], trail?.[1]],
  ];
  for (const [word, rest] of candidates) {
    if (word === undefined || rest === undefined) continue;
    const lower = word.toLowerCase();
    if (SCALED.test(lower)) return { body: "", scaled: word };
    if (PLAIN_UNIT.test(lower)) return { body: rest.trim() };
  }
  return { body: s };
}

/**
 * Turns the unsigned digits-and-separators part into a plain decimal string ("1234.5"), or null when it is
 * not a number, or "ambiguous".
 */
function normalise(body: string): string | null | "ambiguous" {
  let commas = 0;
  let dots = 0;
  let spaces = 0;
  for (const ch of body) {
    if (ch === ",") commas++;
    else if (ch === ".") dots++;
    else if (SPACES.has(ch)) spaces++;
    else if (ch < "0" || ch > "9") return null;
  }
  let decimal: "," | "." | null = null;
  let grouping: "," | "." | null = null;
  if (commas > 0 && dots > 0) {
    decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    grouping = decimal === "," ? "." : ",";
    if ((decimal === "," ? commas : dots) !== 1) return null;
  } else if (commas === 1) {
    decimal = ",";
  } else if (commas > 1) {
    return validGroups(body.split(",")) ? "ambiguous" : null;
  } else if (dots === 1) {
    const [int, frac] = body.split(".") as [string, string];
    if (spaces === 0 && frac.length === 3 && /^[1-9][0-9]{0,2}$/.test(int)) return "ambiguous";
    decimal = ".";
  } else if (dots > 1) {
    grouping = ".";
  }
  if (spaces > 0 && grouping !== null) return null;

  const cut = decimal === null ? body.length : body.indexOf(decimal);
  const intText = body.slice(0, cut);
  const frac = decimal === null ? "" : body.slice(cut + 1);
  if (!/^[0-9]+$/.test(frac) && frac !== "") return null;
  if (decimal !== null && frac === "") return null;

  const groups = grouping !== null ? intText.split(grouping) : intText.split(/[ \u00a0\u202f\u2009]/);
  if (groups.length > 1 && !validGroups(groups)) return null;
  const int = groups.join("");
  if (!/^[0-9]+$/.test(int)) return null;
  return frac === "" ? int : `${int}.${frac}`;
}

/** Thousands groups: the first 1–3 digits, every following exactly 3. */
function validGroups(groups: readonly string[]): boolean {
  return groups.every((g, i) => (i === 0 ? /^[0-9]{1,3}$/.test(g) : /^[0-9]{3}$/.test(g)));
}
