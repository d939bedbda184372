import { Dec } from "./decimal";
import { FinsamError } from "../errors";

/**
 * Rounding units. Amounts are always held in kronor; a unit is the step a rounded amount is a multiple of.
 * `tkr1` (0,1 tkr = 100 kr) is how several annual reports print their notes ("1 715,5").
 */
export const UNITS = {
  ore: new Dec("0.01"),
  kr: new Dec(1),
  tkr1: new Dec(100),
  tkr: new Dec(1000),
  mnkr: new Dec(1000000),
} as const;
export type UnitName = keyof typeof UNITS;

/** A unit as Swedish text names it: "i hela 0,1 tkr". */
export const STEP_LABEL: Record<UnitName, string> = { ore: "öre", kr: "kr", tkr1: "0,1 tkr", tkr: "tkr", mnkr: "mnkr" };

/** The Swedish name of a step: its unit's, or the step in kronor ("25 kr") when it is none of them. */
export function stepLabel(step: Dec): string {
  const name = (Object.keys(UNITS) as UnitName[]).find((n) => UNITS[n].equals(step));
  return name ? STEP_LABEL[name] : `${step.toFixed().replace(".", ",")} kr`;
}

/** Swedish and English spellings a user may type for a unit (Excel argument, settings cell). */
const UNIT_ALIASES: Record<string, UnitName> = {
  "öre": "ore", ore: "ore", "0.01": "ore", "0,01": "ore",
  kr: "kr", krona: "kr", kronor: "kr", sek: "kr", "1": "kr",
  "0,1 tkr": "tkr1", "0.1 tkr": "tkr1", "100": "tkr1", "100 kr": "tkr1",
  tkr: "tkr", "1000": "tkr", "1 000": "tkr",
  mnkr: "mnkr", mkr: "mnkr", "1000000": "mnkr",
};

/** Resolves a unit name (any accepted spelling) to its step in kronor. */
export function unitStep(unit: string | undefined, field = "enhet"): Dec {
  if (unit === undefined || unit.trim() === "") return UNITS.kr;
  const name = UNIT_ALIASES[unit.trim().toLowerCase()];
  if (!name) throw new FinsamError("unit.unknown", { field, value: unit });
  return UNITS[name];
}
