import { oreOf } from "../core/money/decimal";
import { wholeOre } from "../core/money/exact";
import { exactToExcelNumber, MAX_SIGNIFICANT_DIGITS } from "../core/money/excelNumber";
import { roundedQuotient } from "../core/money/quotient";
import { unitStep } from "../core/money/units";
import { safeIntegerParts } from "../core/rules/largestRemainder";
import { isBlank, optText } from "./args";

/**
 * SPLIT and ADMINRATIO for their common call, plain whole-öre numbers, in safe integers: a cell recalculates
 * them hundreds of thousands of times, and their Decimals cost up to 10× the doubles'. Each returns exactly
 * what the Decimal path returns, or null to leave the call to it, which also words every refusal. The reason
 * it is the same number is given at each step; a property test holds both paths equal.
 */

/**
 * ADMINRATIO without exclusions: |admin| / |total| at 15 digits, half-up. The Decimal path reads each number as
 * its öre / 100 (wholeOre), so the quotient of the öre is its quotient; a zero total or administration over the
 * total is refused there.
 */
export function adminRatioOfNumbers(admin: unknown, total: unknown, excluded: unknown): number | null {
  if (typeof admin !== "number" || typeof total !== "number" || (excluded !== undefined && excluded !== null)) return null;
  const a = wholeOre(Math.abs(admin));
  const d = wholeOre(Math.abs(total));
  if (!(a <= d) || d === 0) return null;
  return roundedQuotient(a, d, MAX_SIGNIFICANT_DIGITS);
}

/**
 * SPLIT of a whole-öre total over weights that are numbers or blank. Weights that are all safe integers are
 * taken as they are, else in hundredths (whole öre as an amount would be): any common scale gives the same
 * parts (safeIntegerParts). The unit is read as the Decimal path reads it, after the total, so a bad unit is
 * refused with the same message.
 */
export function splitOfNumbers(total: unknown, weights: unknown, unit: unknown): (number | string)[][] | null {
  if (typeof total !== "number" || !Number.isFinite(total) || !Array.isArray(weights) || !Array.isArray(weights[0])) return null;
  const columns = (weights[0] as unknown[]).length;
  const cells: number[] = [];
  let integers = true;
  let positive = false;
  for (const row of weights) {
    if (!Array.isArray(row) || row.length !== columns) return null;
    for (const cell of row) {
      if (isBlank(cell)) continue;
      // Text, errors, negative numbers and NaN: the Decimal path names the cell (Infinity fails wholeOre below).
      if (typeof cell !== "number" || !(cell >= 0)) return null;
      integers &&= Number.isSafeInteger(cell);
      positive ||= cell > 0;
      cells.push(cell);
    }
  }
  if (!positive) return null;
  const ws = integers ? cells : cells.map(wholeOre);
  if (ws.some(Number.isNaN)) return null;
  const stepOre = oreOf(unitStep(optText(unit, "enhet")));
  const totalOre = wholeOre(Math.abs(total));
  if (!(totalOre % stepOre === 0)) return null; // NaN too: not whole öre, or past 10^13 kr
  const parts = safeIntegerParts(totalOre / stepOre, ws);
  if (parts === null) return null;
  // A part in öre is below the total's 10^15 öre, so exactToExcelNumber writes it as toExcelNumber writes its Dec.
  const scale = total < 0 ? -stepOre : stepOre;
  let k = 0;
  return weights.map((row: unknown[]) => row.map((cell) => (isBlank(cell) ? "" : exactToExcelNumber(parts[k++]! * scale))));
}
