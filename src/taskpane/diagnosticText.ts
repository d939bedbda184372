import type { Diagnostic } from "../core/import/diagnostic";
import { messages } from "../core/messages/index";
import type { Language } from "./i18n/strings";

/**
 * A diagnostic in the UI language. Its `message` is Swedish; the core's catalogue has every code in English
 * too, filled from the same params. Where the input reader put the sheet in front of the message (`onSheet`
 * in core/inputs/workbookInputs.ts: "Budget!B4: …" for a cell, "Budget: …" otherwise), the same prefix goes
 * in front of the English text. A message changed in any other way stays Swedish rather than lose its place.
 */
export function diagnosticText(d: Diagnostic, language: Language): string {
  if (language === "sv") return d.message;
  const sv = messages.sv[d.code]?.(d.params);
  const en = messages.en[d.code]?.(d.params);
  if (sv === undefined || en === undefined) return d.message;
  if (d.message === sv) return en;
  const body = sv.replace(/^cell /, "");
  if (!d.message.endsWith(body)) return d.message;
  const prefix = d.message.slice(0, d.message.length - body.length);
  return prefix.endsWith("!") ? prefix + en.replace(/^cell /, "") : prefix + en;
}
