import { createContext, useContext } from "react";
import { format, type Language, type StringKey } from "./strings";

/** The UI language, chosen in the pane header; Swedish by default. */
export const LanguageContext = createContext<Language>("sv");

/** `t("close.written", { count: 9 })` in the current language. */
export function useT(): (key: StringKey, params?: Record<string, string | number>) => string {
  const language = useContext(LanguageContext);
  return (key, params) => format(language, key, params);
}
