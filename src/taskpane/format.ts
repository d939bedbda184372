import { LOCALE, type Language } from "./i18n/strings";

/**
 * Shows cell values the way Excel with Swedish settings would show their number format: space as the
 * thousands separator, comma decimals, minus sign, percent with one decimal. Only the formats the
 * renderer writes are needed (see src/core/sheet/displayUnit.ts); a cell without a number format (or
 * General, or text "@") shows its number as Excel's General does: no thousands separator, no padding
 * decimals ("2024", "0,25").
 */
const cache = new Map<number, Intl.NumberFormat>();
const numberFormat = (decimals: number) => {
  let f = cache.get(decimals);
  if (!f) cache.set(decimals, (f = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
};
/** General shows about ten significant digits in a default-width column, and switches to E notation outside. */
const general = new Intl.NumberFormat("sv-SE", { useGrouping: false, maximumSignificantDigits: 10 });

export function formatCell(value: number | string | boolean | null | undefined, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  if (isGeneral(format)) return generalNumber(value);
  // A no-break space, as between the digit groups: "50,00 %" must not break before its sign in a narrow pane.
  if (format!.includes("%")) return `${numberFormat(decimalsOf(format!.replace("%", ""))).format(value * 100)}\u00a0%`;
  return numberFormat(decimalsOf(format!)).format(value);
}

function isGeneral(format: string | undefined): boolean {
  return format === undefined || format === "" || format === "@" || format.toLowerCase() === "general";
}

function generalNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    // Excel's "1,23457E+11": six significant digits, trailing zeros dropped, a signed two-digit exponent.
    const [mantissa, exponent] = value.toExponential(5).split("e") as [string, string];
    const digits = mantissa.replace(/\.?0+$/, "").replace(".", ",").replace("-", "\u2212");
    const e = Number(exponent);
    return `${digits}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return general.format(value);
}

/** Decimals of the positive section of an invariant format code ("#,##0.0;-#,##0.0" → 1). */
function decimalsOf(format: string): number {
  const positive = format.split(";")[0] ?? "";
  const dot = positive.indexOf(".");
  return dot < 0 ? 0 : positive.slice(dot + 1).replace(/[^0#]/g, "").length;
}

/** "Driftsredovisning, Resultaträkning och Balansräkning" / "…, … and …". */
export function listText(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE[language], { type: "conjunction" }).format(items);
}

/** "januari" … "december" / "January" … "December" (month 1–12). */
export function monthName(language: Language, month: number): string {
  return new Intl.DateTimeFormat(LOCALE[language], { month: "long", timeZone: "UTC" }).format(Date.UTC(2001, month - 1, 1));
}
