import { adjustmentChecks, cashflowChecks, driftCashChecks, investmentChecks } from "./cashflow";
import { deviationChecks } from "./deviations";
import { contextOf, type CheckContext } from "./figures";
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
import { runSteps, type Steps } from "../steps";

/** The check groups after the units, in the order their findings are listed. */
const GROUPS: readonly ((ctx: CheckContext) => Finding[])[] = [
  sumChecks,
  balanceChecks,
  resultChecks,
  equityChecks,
  cashflowChecks,
  adjustmentChecks,
  investmentChecks,
  noteChecks,
  inventarierChecks,
  driftChecks,
  driftCashChecks,
  deviationChecks,
  fiveYearChecks,
  statedChecks,
  followUpChecks,
  outlookChecks,
  goalLimitChecks,
  interimChecks,
  insatsChecks,
];

/**
 * Runs every cross-check on a set of statements. Units first: a table whose heading names the wrong unit is
 * read in the unit its amounts are in, so that one wrong heading is one finding, not a cascade.
 */
export function runChecks(set: StatementSet): Finding[] {
  return runSteps(runChecksSteps(set));
}

/** runChecks in steps (steps.ts), a group of checks each: all of them at once held a cold pane for 90 ms. */
export function* runChecksSteps(set: StatementSet): Steps<Finding[]> {
  const units = unitChecks(set);
  const ctx = contextOf(set, units.factors);
  const findings = [...units.findings];
  for (const group of GROUPS) {
    yield;
    findings.push(...group(ctx));
  }
  return findings;
}
