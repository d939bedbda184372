import { adjustmentChecks, cashflowChecks, driftCashChecks, investmentChecks } from "./cashflow";
import { deviationChecks } from "./deviations";
import { contextOf } from "./figures";
import { followUpChecks } from "./followUp";
import type { Finding } from "./finding";
import { goalLimitChecks } from "./goals";
import { insatsChecks } from "./insatser";
import { interimChecks } from "./interim";
import { inventarierChecks } from "./inventarier";
import { noteChecks } from "./notes";
import { outlookChecks } from "./outlook";
import type { StatementSet } from "./statementSet";
import { statedChecks } from "./stated";
import { sumChecks } from "./sums";
import { balanceChecks, driftChecks, equityChecks, fiveYearChecks, resultChecks } from "./ties";
import { unitChecks } from "./units";

/**
 * Runs every cross-check on a set of statements. Units first: a table whose heading names the wrong unit is
 * read in the unit its amounts are in, so that one wrong heading is one finding, not a cascade.
 */
export function runChecks(set: StatementSet): Finding[] {
  const units = unitChecks(set);
  const ctx = contextOf(set, units.factors);
  return [
    ...units.findings,
    ...sumChecks(ctx),
    ...balanceChecks(ctx),
    ...resultChecks(ctx),
    ...equityChecks(ctx),
    ...cashflowChecks(ctx),
    ...adjustmentChecks(ctx),
    ...investmentChecks(ctx),
    ...noteChecks(ctx),
    ...inventarierChecks(ctx),
    ...driftChecks(ctx),
    ...driftCashChecks(ctx),
    ...deviationChecks(ctx),
    ...fiveYearChecks(ctx),
    ...statedChecks(ctx),
    ...followUpChecks(ctx),
    ...outlookChecks(ctx),
    ...goalLimitChecks(ctx),
    ...interimChecks(ctx),
    ...insatsChecks(ctx),
  ];
}
