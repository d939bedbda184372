import { LOCALE, type Language } from "./i18n/strings";

/**
 * Shows cell values the way Excel with Swedish settings would show their number format: space as the
 * thousands separator, comma decimals, minus sign, percent with one decimal. Only the formats the
 * renderer writes are needed (see src/core/sheet/displayUnit.ts).
 */
const cache = new Map<number, Intl.NumberFormat>();
const numberFormat = (decimals: number) => {
  let f = cache.get(decimals);
  if (!f) cache.set(decimals, (f = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
};

export function formatCell(value: number | string | boolean | null | undefined, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  if (format && format.includes("%")) return `${numberFormat(decimalsOf(format.replace("%", ""))).format(value * 100)} %`;
  return numberFormat(decimalsOf(format ?? "")).format(value);
}

/** Decimals of the positive section of an invariant format code ("#,##0.0;-#,##0.0" → 1). */
function decimalsOf(format: string): number {
  const positive = format.split(";")[0] ?? "";
  const dot = positive.indexOf(".");
  return dot < 0 ? (/[0#]/.test(positive) ? 0 : 2) : positive.slice(dot + 1).replace(/[^0#]/g, "").length;
}

/** "Driftsredovisning, Resultaträkning och Balansräkning" / "…, … and …". */
export function listText(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE[language], { type: "conjunction" }).format(items);
}
