import { diagnosticIn, type Diagnostic } from "../core/import/diagnostic";
import type { Language } from "./i18n/strings";

/**
 * A diagnostic in the UI language: the Swedish message as made, or the catalogue's English text from the same
 * params, placed on its sheet the same way. A message made some other way (no code of the catalogue's
 * producing it) stays as it is rather than lose what was added to it. `fields` renames a field to the label
 * the pane shows for it (the split's "Totalbelopp" is the field "Total medelstilldelning" there).
 */
export function diagnosticText(d: Diagnostic, language: Language, fields: Readonly<Record<string, string>> = {}): string {
  if (diagnosticIn(d, "sv") !== d.message) return d.message;
  const field = typeof d.params.field === "string" ? fields[d.params.field] : undefined;
  return diagnosticIn(field === undefined ? d : { ...d, params: { ...d.params, field } }, language);
}
