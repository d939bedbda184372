import { inputMessages } from "./inputs";
import type { MessageParams, Template } from "./catalog";
import { ruleMessages } from "./rules";
import { sheetMessages } from "./sheet";
import { importMessages } from "./import";
import { statementMessages } from "./statements";
import { checkMessages } from "./checks";
import { workbookMessages } from "./workbook";
import { cliMessages } from "./cli";
import { hardeningMessages } from "./hardening";

export type { MessageParams } from "./catalog";
export type Language = "sv" | "en";

/**
 * All message groups; a new group (import, statements, checks) is added here. Their codes must not repeat: the
 * catalogs are merged, and a repeated code would silently take the later group's text (test/core/messages).
 */
export const groups = [ruleMessages, sheetMessages, importMessages, statementMessages, checkMessages, inputMessages, workbookMessages, cliMessages, hardeningMessages] as const;

type Codes<G> = G extends { sv: infer S } ? keyof S & string : never;
export type MessageCode = Codes<(typeof groups)[number]>;

export const messages: Record<Language, Record<MessageCode, Template>> = {
  sv: Object.assign({}, ...groups.map((g) => g.sv)),
  en: Object.assign({}, ...groups.map((g) => g.en)),
};

/** The UI language for an Office display language ("sv-SE", "en-US"): Swedish for any Swedish locale and without one. */
export function languageOfLocale(tag: string | undefined): Language {
  return tag === undefined || tag.toLowerCase().startsWith("sv") ? "sv" : "en";
}

export function message(language: Language, code: MessageCode, params: MessageParams = {}): string {
  return messages[language][code](params);
}
