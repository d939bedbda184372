import { Dec } from "../money/decimal";
import type { UnitName } from "../money/units";
import { FinsamError } from "../errors";
import { parseA1 } from "../parse/a1";
import { DEFAULT_EQUITY_RULE, flatEquityRule, tieredEquityRule, validateEquityRule, type EquityCapRule, type EquityTier } from "../rules/equityCap";
import { DEFAULT_THRESHOLDS, validateThresholds, type DeviationThresholds } from "../rules/deviation";
import { DEFAULT_ADMIN_LIMIT, DEFAULT_MIN_INDIVIDUAL_SHARE } from "../rules/ratios";
import { diagnostic, diagnosticOf, type Diagnostic } from "../import/diagnostic";
import { addressIn, cellAmount, cellText, findHeader, isBlank, type Cells, type CellValue } from "../import/table";

/**
 * The Inställningar sheet: one setting per row, "Inställning" | "Värde". The settings that are förbund
 * rules rather than law (equity cap, admin limit, allocation share, thresholds) live here as data.
 */
export type ChartChoice = "auto" | "bas" | "kommunbas";

export interface Settings {
  name: string;
  year: number;
  unit: UnitName;
  equityRule: EquityCapRule;
  /** Highest administration share of the costs; null: the förbund has no such goal ("inget mål"). */
  adminLimit: Dec | null;
  /** Costs left out of the admin ratio's denominator (e.g. ESF pass-through, kronor). */
  adminExcluded: Dec;
  /** The allocation rule's least share to individinriktade insatser; null: no such goal ("inget mål"). */
  minIndividualShare: Dec | null;
  thresholds: DeviationThresholds;
  /** Last month included in the actuals, for the follow-up and forecast (12 = the whole year). */
  month: number;
  chart: ChartChoice;
}

type Key = Exclude<keyof Settings, "thresholds"> | "equityRate" | "equityTierLimits" | "equityTierRates" | "equityAmount" | "warnPercent" | "warnAmount" | "criticalPercent" | "criticalAmount" | "flagFavourable";

/** Labels as they stand in column A; the order is the template's. */
export const SETTING_LABELS: readonly (readonly [Key, string])[] = [
  ["name", "Förbundets namn"],
  ["year", "Räkenskapsår"],
  ["unit", "Enhet i rapporterna"],
  ["equityRule", "Regel för eget kapital"],
  ["equityRate", "Andel av medlemmarnas bidrag"],
  ["equityTierLimits", "Trappans övre gränser (kr)"],
  ["equityTierRates", "Trappans andelar"],
  ["equityAmount", "Fast tak för eget kapital (kr)"],
  ["adminLimit", "Högsta administrationsandel"],
  ["adminExcluded", "Kostnader utanför administrationsandelen (kr)"],
  ["minIndividualShare", "Minsta andel till individinriktade insatser"],
  ["warnPercent", "Varning vid avvikelse (andel av budget)"],
  ["warnAmount", "Varning vid avvikelse (kr)"],
  ["criticalPercent", "Kritisk avvikelse (andel av budget)"],
  ["criticalAmount", "Kritisk avvikelse (kr)"],
  ["flagFavourable", "Flagga även gynnsamma avvikelser"],
  ["month", "Utfall till och med månad"],
  ["chart", "Kontoplan"],
];

/** The units a report can be shown in, as typed in the settings sheet or given on the command line. */
export const REPORT_UNITS = ["kr", "tkr", "mnkr"] as const satisfies readonly UnitName[];
const RULE_CHOICES = ["andel", "trappa", "fast belopp"] as const;
const CHART_CHOICES: Record<string, ChartChoice> = { automatisk: "auto", bas: "bas", "kommun-bas": "kommunbas", kommunbas: "kommunbas" };
const YES_NO: Record<string, boolean> = { ja: true, nej: false, sant: true, falskt: false };

const DEFAULT_SETTING_VALUES: Record<Key, CellValue> = {
  name: "",
  year: null,
  unit: "tkr",
  equityRule: "andel",
  equityRate: 0.2,
  // The shipped tier preset (unverified): 20 % of the contributions up to 10 mnkr, 10 % above.
  equityTierLimits: "10 000 000",
  equityTierRates: "20 %; 10 %",
  equityAmount: null,
  adminLimit: 0.1,
  adminExcluded: 0,
  minIndividualShare: 0.7,
  warnPercent: 0.05,
  warnAmount: 50_000,
  criticalPercent: 0.1,
  criticalAmount: 100_000,
  flagFavourable: "Nej",
  month: 12,
  chart: "Automatisk",
};

/** The Inställningar table (header, then every setting in the template's order) with the defaults, or the values given. */
export function settingsRows(values: Partial<Record<Key, CellValue>> = {}): CellValue[][] {
  return [["Inställning", "Värde"], ...SETTING_LABELS.map(([key, label]) => [label, values[key] === undefined ? DEFAULT_SETTING_VALUES[key] : values[key]])];
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: Diagnostic[] };

/** Reads the settings table; every bad value is reported with its cell, and nothing is returned then. */
export function readSettings(cells: Cells, options: { topLeft?: string } = {}): SettingsResult {
  const at = addressIn(parseA1(options.topLeft));
  const header = findHeader(cells, [
    { key: "key", names: ["inställning", "setting"], required: true },
    { key: "value", names: ["värde", "value"], required: true },
  ]);
  if (!header) return { ok: false, errors: [diagnostic("table.noHeader", { cell: at(0, 0), value: "inställning, värde" })] };
  const keyCol = header.columns.get("key")!;
  const valueCol = header.columns.get("value")!;

  const found = new Map<Key, { value: CellValue; cell: string }>();
  const errors: Diagnostic[] = [];
  for (let r = header.row + 1; r < cells.length; r++) {
    const label = cellText(cells[r]?.[keyCol]);
    if (label === "") continue;
    const entry = SETTING_LABELS.find(([, l]) => l.toLowerCase() === label.toLowerCase());
    if (!entry) {
      errors.push(diagnostic("settings.unknownKey", { cell: at(r, keyCol), value: label }));
      continue;
    }
    if (found.has(entry[0])) errors.push(diagnostic("settings.duplicate", { cell: at(r, keyCol), value: label }));
    found.set(entry[0], { value: cells[r]?.[valueCol] ?? null, cell: at(r, valueCol) });
  }

  const get = <T>(key: Key, parse: (v: CellValue, cell: string) => T): T | undefined => {
    const entry = found.get(key);
    const value = entry && !isBlank(entry.value) ? entry.value : DEFAULT_SETTING_VALUES[key];
    if (isBlank(value)) return undefined;
    try {
      return parse(value, entry?.cell ?? label(key));
    } catch (e) {
      if (e instanceof FinsamError) errors.push(diagnosticOf(e));
      else throw e;
      return undefined;
    }
  };

  // A setting left blank is named by its cell, where its row is there to type in.
  const missing = (key: Key) => diagnostic("settings.missing", { field: label(key), cell: found.get(key)?.cell });
  const year = get("year", (v, cell) => {
    const n = wholeNumber(v);
    if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new FinsamError("settings.year", { cell, value: String(v) });
    return n;
  });
  if (year === undefined && !errors.some((e) => e.code === "settings.year")) errors.push(missing("year"));

  const rule = get("equityRule", (v, cell) => choice(v, cell, RULE_CHOICES));
  const rate = get("equityRate", fraction);
  const amount = get("equityAmount", money);
  let equityRule: EquityCapRule = DEFAULT_EQUITY_RULE;
  if (rule === "andel" && rate) equityRule = flatEquityRule(rate);
  const tiers = equityTiers(get("equityTierLimits", (v, cell) => ({ cell, values: list(v, cell, money) })), get("equityTierRates", (v, cell) => ({ cell, values: list(v, cell, fraction) })), errors);
  if (rule === "trappa" && tiers) equityRule = tiers;
  if (rule === "fast belopp") {
    if (amount === undefined) errors.push(missing("equityAmount"));
    // Lower case: the label is read inside sentences ("Högst förbundets eget mål"); Gräns shows the amount.
    else equityRule = { kind: "fixed", amount, label: "förbundets eget mål", verified: true };
  }

  const thresholds: DeviationThresholds = {
    warning: { percent: get("warnPercent", fraction) ?? null, amount: get("warnAmount", money) ?? null },
    critical: { percent: get("criticalPercent", fraction) ?? null, amount: get("criticalAmount", money) ?? null },
    flagFavourable: get("flagFavourable", (v, cell) => YES_NO[choice(v, cell, Object.keys(YES_NO))]!) ?? DEFAULT_THRESHOLDS.flagFavourable,
  };
  try {
    validateThresholds(thresholds);
  } catch (e) {
    if (e instanceof FinsamError) errors.push(diagnosticOf(e));
    else throw e;
  }

  const settings: Settings = {
    name: get("name", (v) => cellText(v)) ?? "",
    year: year ?? 0,
    unit: get("unit", (v, cell) => choice(v, cell, REPORT_UNITS)) ?? "tkr",
    equityRule,
    adminLimit: goalShare(get("adminLimit", shareOrNone), DEFAULT_ADMIN_LIMIT),
    adminExcluded: get("adminExcluded", money) ?? new Dec(0),
    minIndividualShare: goalShare(get("minIndividualShare", shareOrNone), DEFAULT_MIN_INDIVIDUAL_SHARE),
    thresholds,
    month: get("month", (v, cell) => {
      const n = wholeNumber(v);
      if (!Number.isInteger(n) || n < 1 || n > 12) throw new FinsamError("settings.month", { cell, value: String(v) });
      return n;
    }) ?? 12,
    chart: get("chart", (v, cell) => CHART_CHOICES[choice(v, cell, Object.keys(CHART_CHOICES))]!) ?? "auto",
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

function label(key: Key): string {
  return SETTING_LABELS.find(([k]) => k === key)![1];
}

/** A whole number as typed: a number cell, or digits only (Number() would also read "2e3" and "0x0C"); else NaN. */
function wholeNumber(v: CellValue): number {
  if (typeof v === "number") return v;
  const text = cellText(v);
  return /^[0-9]+$/.test(text) ? Number(text) : NaN;
}

/** Values typed in one cell and separated by semicolons ("20 %; 10 %"); a number cell is a list of one. */
function list<T>(v: CellValue, cell: string, item: (v: CellValue, cell: string) => T): T[] {
  if (typeof v === "number") return [item(v, cell)];
  return cellText(v).split(";").map((part) => part.trim()).filter((part) => part !== "").map((part) => item(part, cell));
}

type Typed<T> = { cell: string; values: T[] } | undefined;

/**
 * The marginal tiers: each limit closes a bracket and the last rate applies above the highest limit, so there is
 * one rate more than there are limits. Read whatever the rule, so that a bad table is named before it is chosen.
 */
function equityTiers(limits: Typed<Dec>, rates: Typed<Dec>, errors: Diagnostic[]): EquityCapRule | undefined {
  if (!limits || !rates) return undefined;
  const field = label("equityTierRates");
  if (rates.values.length !== limits.values.length + 1) {
    errors.push(diagnostic("settings.tierCount", { field, cell: rates.cell, value: rates.values.length, limits: limits.values.length }));
    return undefined;
  }
  const tiers: EquityTier[] = rates.values.map((rate, i) => ({ upTo: limits.values[i] ?? null, rate }));
  const rule = tieredEquityRule(tiers);
  try {
    validateEquityRule(rule, label("equityTierLimits"), limits.cell);
  } catch (e) {
    if (e instanceof FinsamError) errors.push(diagnosticOf(e));
    else throw e;
    return undefined;
  }
  return rule;
}

function choice<T extends string>(v: CellValue, cell: string, choices: readonly T[]): T {
  const text = cellText(v).toLowerCase();
  const hit = choices.find((c) => c === text);
  if (!hit) throw new FinsamError("settings.choice", { cell, value: cellText(v), choices: choices.join(", ") });
  return hit;
}

/** A share: 0,1 or 10 % (a percent-formatted cell arrives as 0.1; typed text may carry "%"). */
export function fraction(v: CellValue, cell: string): Dec {
  const text = typeof v === "string" ? v.trim() : "";
  const percent = text.endsWith("%");
  const parsed = cellAmount(percent ? text.slice(0, -1) : v, cell);
  // Text that is no number ("tio procent") is not a share either: say what a share is typed as.
  if (!parsed.ok) throw parsed.error.code === "amount.notNumber" ? new FinsamError("settings.fraction", { cell, value: text }) : parsed.error;
  // A lone "%" leaves nothing to read.
  if (parsed.value === null) throw new FinsamError("settings.fraction", { cell, value: text });
  const d = percent ? parsed.value.div(100) : parsed.value;
  if (d.isNegative() || d.greaterThan(1)) throw new FinsamError("settings.fraction", { cell, value: cellText(v) || String(v) });
  return d;
}

/** Typed where a förbund may have no such goal (HBS has no allocation rule, Roslagen no administration share). */
const NO_GOAL = new Set(["inget mål", "inget", "ingen"]);
type GoalShare = Dec | "none";

/** A goal's share, or "inget mål": a förbund without that goal gets no row on Finansiella mål, not a default's verdict. */
function shareOrNone(v: CellValue, cell: string): GoalShare {
  if (NO_GOAL.has(cellText(v).toLowerCase())) return "none";
  try {
    return fraction(v, cell);
  } catch (e) {
    if (e instanceof FinsamError && e.code === "settings.fraction") throw new FinsamError("settings.goalShare", e.params);
    throw e;
  }
}

/** The share read (blank: the default; unreadable: the default too, its error already recorded), or null for no goal. */
function goalShare(read: GoalShare | undefined, fallback: Dec): Dec | null {
  return read === "none" ? null : read ?? fallback;
}

function money(v: CellValue, cell: string): Dec {
  const parsed = cellAmount(v, cell);
  if (!parsed.ok) throw parsed.error;
  if (parsed.value!.isNegative()) throw new FinsamError("number.negative", { cell, value: parsed.value!.toString() });
  return parsed.value!;
}
