import { diagnosticIn, type Diagnostic } from "../core/import/diagnostic";
import type { Language } from "./i18n/strings";

/**
 * A diagnostic in the UI language: the Swedish message as made, or the catalogue's English text from the same
 * params, placed on its sheet the same way. A message made some other way (no code of the catalogue's
 * producing it) stays as it is rather than lose what was added to it.
 */
export function diagnosticText(d: Diagnostic, language: Language): string {
  if (language === "sv") return d.message;
  return diagnosticIn(d, "sv") === d.message ? diagnosticIn(d, language) : d.message;
}
