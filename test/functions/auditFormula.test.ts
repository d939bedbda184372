import * as F from "../../src/functions/functions";
import { Dec } from "../../src/core/money/decimal";
import { UNITS, type UnitName } from "../../src/core/money/units";
import { defaultFundingModel, splitContributions, type FundingModel } from "../../src/core/rules/contributions";
import { fundingFormula } from "../../src/core/statements/medlemsavgifter";

/**
 * Evaluates the audit formula the Medlemsavgifter sheet prints the way Swedish Excel would read it
 * (arguments and array rows split by ";", decimal comma, an empty argument omitted), through the FUNDING
 * custom function itself.
 */
function evaluate(formula: string): number[][] {
  const match = /^=FINSAM\.MEDLEMSAVGIFTER\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not a MEDLEMSAVGIFTER call: ${formula}`);
  const number = (text: string) => Number(text.replace(",", "."));
  const args = match[1]!.split("; ").map((arg): unknown => {
    if (arg === "") return null;
    if (arg.startsWith("{")) return arg.slice(1, -1).split(";").map((w) => [number(w)]);
    if (arg.startsWith('"')) return arg.slice(1, -1);
    return number(arg);
  });
  return (F.funding as (...a: unknown[]) => number[][])(...args);
}

const member = (name: string, weight: string) => ({ name, weight: new Dec(weight) });

describe("the Medlemsavgifter sheet's audit formula", () => {
  const cases: { title: string; total: string; model: FundingModel; unit: UnitName; formula: string }[] = [
    {
      title: "one region, whole kronor: only total and weights",
      total: "6000000",
      model: defaultFundingModel([member("Region", "1")], [member("A", "7"), member("B", "5"), member("C", "3")]),
      unit: "kr",
      formula: "=FINSAM.MEDLEMSAVGIFTER(6000000; {7;5;3})",
    },
    {
      title: "decimal weights in 0,1 tkr (HBS 2021 note 1, seed 000 lines 1304–1308)",
      total: "14600000",
      model: defaultFundingModel([member("Region", "1")], [member("A", "47"), member("B", "47"), member("C", "6")]),
      unit: "tkr1",
      formula: '=FINSAM.MEDLEMSAVGIFTER(14600000; {47;47;6}; ; "0,1 tkr")',
    },
    {
      title: "two regions, a region share of 30 %, öre",
      total: "1000000.01",
      model: { ...defaultFundingModel([member("R1", "2"), member("R2", "1")], [member("A", "11.75"), member("B", "1.5")]), regionShare: new Dec("0.3"), municipalShare: new Dec("0.2") },
      unit: "ore",
      formula: '=FINSAM.MEDLEMSAVGIFTER(1000000,01; {11,75;1,5}; {2;1}; "öre"; 0,3)',
    },
  ];
  it.each(cases)("$title", ({ total, model, unit, formula }) => {
    const parts = splitContributions(new Dec(total), model, UNITS[unit]);
    expect(fundingFormula(new Dec(total), model, unit)).toBe(formula);
    expect(evaluate(formula)).toEqual(parts.map((p) => [p.amount.toNumber()]));
  });
});
