import { Dec } from "../money/decimal";
import { svNumber } from "../money/format";
/** Parameters that name where and what went wrong; every message template reads only these. */
export type MessageParams = Record<string, string | number | undefined>;
export type Template = (p: MessageParams) => string;

/** A group of messages in both UI languages; the type forces each code to exist in both. */
export type Catalog<Code extends string> = { sv: Record<Code, Template>; en: Record<Code, Template> };

/** "argumentet vikter" / "cell B4" — the place a message names, in the user's terms. */
export function where(p: MessageParams, lang: "sv" | "en"): string {
  if (p.cell !== undefined) return lang === "sv" ? `cell ${p.cell}` : `cell ${p.cell}`;
  if (p.line !== undefined) return lang === "sv" ? `rad ${p.line}` : `line ${p.line}`;
  if (p.field !== undefined) return lang === "sv" ? `${p.field}` : `${p.field}`;
  return lang === "sv" ? "indata" : "input";
}

/** A logical value parameter ("TRUE"/"FALSE") as the language's Excel shows it: SANT/FALSKT in Swedish. */
export function excelBoolean(value: string | number | undefined, lang: "sv" | "en"): string {
  if (lang === "en") return String(value);
  return value === "TRUE" ? "SANT" : value === "FALSE" ? "FALSKT" : String(value);
}

/** A decimal parameter ("-300000.5") in the language's notation, every digit kept: "−300 000,5" / "-300,000.5". */
export function num(value: string | number | undefined, lang: "sv" | "en"): string {
  const d = decimalOrNull(value);
  return d === null ? String(value ?? "") : local(d, d.decimalPlaces(), lang);
}

/**
 * An amount parameter in kronor: whole kronor as such, anything else to the öre ("1 234,50 kr") or, when it
 * has more decimals, all of them, so two amounts that differ never print alike.
 */
export function amount(value: string | number | undefined, lang: "sv" | "en"): string {
  const d = decimalOrNull(value);
  return d === null ? String(value ?? "") : `${local(d, d.isInteger() ? 0 : Math.max(2, d.decimalPlaces()), lang)} kr`;
}

function local(d: Dec, decimals: number, lang: "sv" | "en"): string {
  if (lang === "sv") return svNumber(d, decimals);
  const [whole, fraction] = d.toFixed(decimals, Dec.ROUND_HALF_UP).split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction ? `.${fraction}` : ""}`;
}

function decimalOrNull(value: string | number | undefined): Dec | null {
  if (value === undefined || value === "") return null;
  try {
    return new Dec(value);
  } catch {
    return null;
  }
}
