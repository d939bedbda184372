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
