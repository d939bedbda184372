import { createContext, useContext } from "react";
import { format, type Language, type StringKey } from "./strings";

/** The UI language, chosen in the pane header; Swedish by default. */
export const LanguageContext = createContext<Language>("sv");

/** The current UI language (for Intl formats and the catalogues that are not UI strings). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** `t("written.sheets", { count: 9, sheets: "…" })` in the current language. */
export function useT(): (key: StringKey, params?: Record<string, string | number>) => string {
  const language = useContext(LanguageContext);
  return (key, params) => format(language, key, params);
}
