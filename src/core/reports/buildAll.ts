import type { Ledger } from "../ledger/types";
import { applyMappingSteps, kindSum, type MappedLedger } from "../mapping/apply";
import type { Mapping } from "../mapping/types";
import type { ReportModel } from "../report/model";
import { SHEET_NAMES } from "../report/sheetNames";
import type { SheetDescription } from "../sheet/description";
import { renderReport, type ChartOption } from "../sheet/render";
import type { Settings } from "../inputs/settings";
import { buildResultatrakning } from "../statements/resultatrakning";
import { buildBalansrakning } from "../statements/balansrakning";
import { buildKassaflodesanalys } from "../statements/kassaflodesanalys";
import { buildDriftsredovisning } from "../statements/driftsredovisning";
import { buildAuditNote, buildIncomeNote, buildCostNote } from "../statements/notes";
import { buildBalanceNotes } from "../statements/balanceNotes";
import { buildFinansiellaMal, goalInputsFromLedger } from "../statements/finansiellaMal";
import { buildFlerarsoversikt } from "../statements/flerarsoversikt";
import { buildBudgetuppfoljning, followUpLines } from "../statements/budgetuppfoljning";
import { buildPrognosMal } from "../statements/prognosMal";
import { buildPeriodStatements } from "../statements/periodStatements";
import { budgetFromLedger, type Budget } from "../statements/budget";
import { buildKostnadsfordelning, KOSTNADSFORDELNING_AREAS } from "../statements/kostnadsfordelning";
import { requireCurrentYear, yearName } from "../statements/common";
import { previousResultMissing, resultKnown } from "../statements/figures";
import { buildMaluppfyllelse } from "../statements/maluppfyllelse";
import type { InsatsOutcome } from "../inputs/insatsmalSheet";
import { message } from "../messages/index";
import { runChecksSteps } from "../checks/run";
import { checksReport } from "../checks/report";
import type { Finding } from "../checks/finding";
import { AUDIT_NOTE_NUMBER, firstBalanceNote, brNoteNumbers, engineStatementSet, NOTES, rrNoteNumbers, type InterimOutcome } from "./engineStatementSet";
import { printedFor, withPrintedCosts } from "./printedTies";
import { overviewYears } from "./overviewYears";
import type { EarlierYear } from "../inputs/earlierYearsSheet";
import { diagnostic, diagnosticIn, type Diagnostic } from "../import/diagnostic";
import { bilingual, type Bilingual } from "../checks/finding";
import { FinsamError, isFinsamError } from "../errors";
import type { PlanYear } from "../inputs/planSheet";
import type { MemberTable } from "../import/members";
import { planSheet } from "./planReport";
import type { MessageCode } from "../messages/index";
import { runSteps, type Steps } from "../steps";

/**
 * "Bygg alla rapporter": from the inputs (settings, ledger, mapping, budget) to every report model, the
 * cross-checks on them, and the sheet descriptions every workbook adapter writes. Pure and deterministic:
 * the same inputs give byte-identical descriptions.
 */
export interface FinsamInputs {
  settings: Settings;
  ledger: Ledger;
  mapping: Mapping;
  /** The Budget sheet; without it the ledger's #PBUDGET is used, and without that no budget columns. */
  budget?: Budget;
  /** The Tidigare år sheet: the flerårsöversikt's years before the ledger's. */
  earlierYears?: EarlierYear[];
  /** The Insatsmål sheet: goals, outcomes and participants per insats; without rows, Måluppfyllelse insatser says so. */
  insatsmal?: InsatsOutcome[];
  /** The Flerårsplan sheet's years, and the Medlemmar sheet the medlemsavgifter are split by; without years, Budget och plan says so. */
  plan?: PlanYear[];
  members?: MemberTable;
}

export interface SheetPlan {
  model: ReportModel;
  sheetName: string;
  chart?: ChartOption;
}

export interface BuildResult {
  mapped: MappedLedger;
  models: ReportModel[];
  findings: Finding[];
  sheets: SheetDescription[];
  /** Reports left out and why (a first-year förbund has no opening balances for a kassaflödesanalys). */
  warnings: Diagnostic[];
}

export function buildAllReports(inputs: FinsamInputs): BuildResult {
  return runSteps(buildSteps(inputs));
}

/**
 * Every report is about the current year: one whose balances leave a result (ΣUB ≠ 0) the ledger does not hold
 * would print zeros everywhere and a balanskrav met. Balances that need none (ΣUB = 0) are a year without results.
 */
function refuseMissingCurrentResult(m: MappedLedger): void {
  requireCurrentYear(m.ledger);
  if (!resultKnown(m, 0)) throw new FinsamError("statements.noCurrentResult", { value: yearName(m.ledger, 0), amount: kindSum(m, "ub", 0).toString() });
}

/**
 * The same build in steps of a few tens of milliseconds on a large ledger: a caller that must keep a UI
 * painting (the pane) takes a task per step; buildAllReports runs them straight through.
 */
export function* buildSteps(inputs: FinsamInputs): Steps<BuildResult> {
  const { settings } = inputs;
  const unit = settings.unit;
  const mapped = yield* applyMappingSteps(inputs.ledger, inputs.mapping);
  refuseMissingCurrentResult(mapped);
  yield;
  const budget = inputs.budget ?? ledgerBudget(inputs);

  const auditNote = buildAuditNote(mapped, { unit, number: AUDIT_NOTE_NUMBER });
  const balanceNotes = buildBalanceNotes(mapped, { unit, firstNumber: firstBalanceNote(auditNote !== undefined) });
  const rr = buildResultatrakning(mapped, { unit, notes: rrNoteNumbers(auditNote !== undefined, balanceNotes.notes) });
  const br = buildBalansrakning(mapped, { unit, notes: brNoteNumbers(balanceNotes.notes) });
  const warnings: Diagnostic[] = [];
  if (previousResultMissing(mapped)) warnings.push(diagnostic("statements.resultMissing", { value: yearName(mapped.ledger, -1) }));
  const kfa = leftOut(() => buildKassaflodesanalys(mapped, { unit }), { when: new Set(["statements.noOpeningBalances"]), warn: "statements.kfaLeftOut" }, warnings);
  const drift = buildDriftsredovisning(mapped, budget, { unit });
  const incomeLines = rr.rows.filter((r) => (NOTES.income.rrRows as readonly string[]).includes(r.id)).map((r) => r.label);
  const incomeNote = buildIncomeNote(mapped, { unit, number: NOTES.income.number, explains: incomeLines });
  const costNote = buildCostNote(mapped, { unit, number: NOTES.cost.number });
  const costSplit = buildKostnadsfordelning(mapped, { unit });
  const goals = buildFinansiellaMal({ ...goalInputsFromLedger(mapped, settings.equityRule, settings.minIndividualShare ?? undefined), ...adminGoal(settings) }, { unit });
  const overview = overviewYears(mapped, inputs.earlierYears ?? [], unit);
  warnings.push(...overview.warnings);
  const fy = buildFlerarsoversikt(overview.years, { unit });
  yield;
  const followUpOptions = { unit, month: settings.month, thresholds: settings.thresholds };
  // Before month 12 a ledger without monthly actuals has no utfall to date (it would read as 0): the follow-up and
  // its forecast are left out with the reason, the other reports built. (The Budget pane refuses instead: session.ts.)
  const lines = budget ? leftOut(() => followUpLines(mapped, budget, followUpOptions), { when: FOLLOW_UP_REFUSED }, warnings) : undefined;
  if (!budget) warnings.push(diagnostic("statements.followUpLeftOut", {}));
  const followUp = budget && lines ? buildBudgetuppfoljning(mapped, budget, followUpOptions, lines) : undefined;
  const outlook = lines ? buildPrognosMal(mapped, lines, { unit, month: settings.month, equityRule: settings.equityRule, minIndividualShare: settings.minIndividualShare ?? undefined, ...adminGoal(settings) }) : undefined;
  // The whole year's RR and BR are the year's own, already built: not printed twice.
  const interim = settings.month === 12 ? undefined : leftOut(() => buildPeriodStatements(inputs.ledger, inputs.mapping, settings.month, { unit }), { when: PERIOD_LEFT_OUT }, warnings);
  // The checks say why, as the sheets do, where the delår RR and BR were left out.
  const interimOutcome: InterimOutcome = interim ? { built: interim } : { leftOut: interimLeftOut(settings.month, warnings) };
  const interimWhy = "leftOut" in interimOutcome ? [interimOutcome.leftOut.sv] : [];
  yield;

  // The year as the reports print it, the ledger's own: a Räkenskapsår in Inställningar that differs is warned
  // of when the inputs are read, and would have the checks compare this year's RR with last year's column.
  const year = Number(yearName(mapped.ledger, 0));
  const goalFulfilment = inputs.insatsmal?.length ? buildMaluppfyllelse(drift, inputs.insatsmal, String(year), { unit }) : undefined;
  const plan = planSheet(inputs, mapped, lines, warnings);

  const plans: SheetPlan[] = [
    { model: drift, sheetName: SHEET_NAMES.driftsredovisning },
    { model: rr, sheetName: SHEET_NAMES.resultatrakning },
    { model: br, sheetName: SHEET_NAMES.balansrakning },
    // A report left out (kassaflödesanalys, budgetuppföljning) still gets its sheet, saying why: a sheet from
    // an earlier build must not go on showing old figures (last year's follow-up beside this year's reports).
    { model: kfa ?? leftOutModel("kassaflodesanalys", "Kassaflödesanalys", unit, reasons(warnings, new Set(["statements.kfaLeftOut"]))), sheetName: SHEET_NAMES.kassaflodesanalys },
    { model: incomeNote, sheetName: SHEET_NAMES["not-intakter"] },
    // Kostnader för räkenskapsrevision prints under Not Kostnader, as the seeds print the two one after the other.
    { model: auditNote ? { ...costNote, rows: [...costNote.rows, ...auditNote.rows] } : costNote, sheetName: SHEET_NAMES["not-kostnader"] },
    { model: balanceNotes.sheet, sheetName: SHEET_NAMES["noter-balansrakning"] },
    { model: goals, sheetName: SHEET_NAMES["finansiella-mal"] },
    { model: costSplit, sheetName: SHEET_NAMES.kostnadsfordelning, chart: costSplitChart },
    { model: fy, sheetName: SHEET_NAMES.flerarsoversikt },
    followUp
      ? { model: followUp, sheetName: SHEET_NAMES.budgetuppfoljning, chart: followUpChart }
      : { model: leftOutModel("budgetuppfoljning", "Budgetuppföljning", unit, reasons(warnings, FOLLOW_UP_LEFT_OUT)), sheetName: SHEET_NAMES.budgetuppfoljning },
    { model: outlook ?? leftOutModel("prognos-mal", "Finansiella mål enligt prognos", unit, reasons(warnings, FOLLOW_UP_LEFT_OUT)), sheetName: SHEET_NAMES["prognos-mal"] },
    { model: interim?.rr ?? leftOutModel("delar-resultatrakning", "Resultaträkning för delåret", unit, interimWhy), sheetName: SHEET_NAMES["delar-resultatrakning"] },
    { model: interim?.br ?? leftOutModel("delar-balansrakning", "Balansräkning vid delårets slut", unit, interimWhy), sheetName: SHEET_NAMES["delar-balansrakning"] },
    { model: goalFulfilment ?? leftOutModel("maluppfyllelse", "Måluppfyllelse för finansierade insatser", unit, [message("sv", "statements.goalsLeftOut")]), sheetName: SHEET_NAMES.maluppfyllelse },
    { model: plan, sheetName: SHEET_NAMES.flerarsplan },
  ];
  // In plan order, so a figure a later sheet prints again is printed as the earlier sheet printed it.
  const rendered = new Map<ReportModel["id"], { model: ReportModel; sheet: SheetDescription }>();
  const render = (p: SheetPlan, reportUnit = unit) => {
    const sheet = {
      ...renderReport(p.model, {
        sheetName: p.sheetName,
        unit: reportUnit,
        thresholds: settings.thresholds,
        printed: printedFor(p.model, rendered),
        pageHeader: settings.name,
        ...(p.chart ? { chart: p.chart } : {}),
      }),
      ownerKey: p.model.id,
    };
    rendered.set(p.model.id, { model: p.model, sheet });
    return sheet;
  };
  // A step per sheet: rendering every sheet at once held a cold pane's main thread for over 100 ms.
  const sheets: SheetDescription[] = [];
  for (const p of plans) {
    sheets.push(render(p));
    yield;
  }

  // Måluppfyllelse's costs as printed: finsam check can read no other (withPrintedCosts).
  const printedGoals = goalFulfilment && withPrintedCosts(goalFulfilment, rendered.get("maluppfyllelse")!.sheet);
  const findings = yield* runChecksSteps(engineStatementSet({ year, unit, rr, br, kfa, drift, fy, goals, incomeNote, costNote, balanceNotes: balanceNotes.notes, followUp, outlook, month: settings.month, interim: interimOutcome, goalFulfilment: printedGoals }));
  const checks = checksReport(findings);
  yield;
  // Kontroller states its differences in kronor whatever unit the reports are printed in.
  sheets.push(render({ model: checks, sheetName: SHEET_NAMES.kontroller }, checks.unit));
  return { mapped, models: [...plans.map((p) => p.model), checks], findings, sheets, warnings };
}

/**
 * A report that cannot be built for a reason the other reports do not share is left out with a warning,
 * instead of stopping the whole build; any other error still stops it.
 */
function leftOut<T>(build: () => T, codes: { when: ReadonlySet<string>; warn?: MessageCode }, warnings: Diagnostic[]): T | undefined {
  try {
    return build();
  } catch (e) {
    if (!isFinsamError(e) || !codes.when.has(e.code)) throw e;
    // The refusal itself is the warning, unless a code says the report was left out in its own words.
    warnings.push(codes.warn ? diagnostic(codes.warn, {}) : diagnostic(e.code, e.params));
    return undefined;
  }
}

/** The sheet of a report left out: its title and, under it, why. */
function leftOutModel(id: ReportModel["id"], title: string, unit: ReportModel["unit"], why: string[]): ReportModel {
  return { id, title, unit, columns: [], rows: [], footnotes: why };
}

const reasons = (warnings: readonly Diagnostic[], codes: ReadonlySet<string>): string[] => warnings.filter((w) => codes.has(w.code)).map((w) => w.message);

/**
 * Why the delårsrapport's RR and BR are not printed: month 12, which is the year's own, or the ledger's refusal.
 * Their sheets say it, and so do their checks (in the pane's language too).
 */
function interimLeftOut(month: number, warnings: readonly Diagnostic[]): Bilingual {
  if (month === 12) return WHOLE_YEAR;
  const refusal = warnings.find((w) => PERIOD_LEFT_OUT.has(w.code))!;
  return bilingual(refusal.message, diagnosticIn(refusal, "en"));
}

const WHOLE_YEAR = bilingual(
  "Utfall till och med månad 12 är helåret: dess resultat- och balansräkning står på bladen Resultaträkning och Balansräkning. Välj en tidigare månad (i Inställningar eller under Budget) för delårsrapportens.",
  "Actuals up to month 12 are the whole year: its income statement and balance sheet are on the sheets Resultaträkning and Balansräkning. Choose an earlier month (in Inställningar or under Budget) for the interim report's.",
);

/** The refusals that leave the delårsrapport's RR and BR out of a build, with a warning, and build the rest. */
export const PERIOD_LEFT_OUT: ReadonlySet<string> = new Set<MessageCode>(["period.noMonths", "period.movements"]);

/** The follow-up's refusal that leaves it and its forecast out of a build (the Budget pane refuses instead). */
export const FOLLOW_UP_REFUSED: ReadonlySet<string> = new Set<MessageCode>(["followUp.noMonthly"]);
const FOLLOW_UP_LEFT_OUT: ReadonlySet<string> = new Set<string>(["statements.followUpLeftOut", ...FOLLOW_UP_REFUSED]);

/** Administration / individ / struktur as a pie, like the seeds' "Diagram 5". */
const costSplitChart: ChartOption = { kind: "pie", title: "Kostnadsfördelning", columns: ["kostnad"], lastRowId: KOSTNADSFORDELNING_AREAS.at(-1)!.id };

/** Budget vs utfall per area, as a clustered column chart next to the follow-up table. */
const followUpChart: ChartOption = { kind: "columnClustered", title: "Budget och utfall per verksamhet", columns: ["budgetToDate", "actual"] };

/** Inställningar's administration goal, as Finansiella mål and its forecast test it. */
function adminGoal(settings: Settings) {
  return { adminLimit: settings.adminLimit, adminExcluded: settings.adminExcluded.isZero() ? [] : [settings.adminExcluded] };
}

/** Without a Budget sheet, the ledger's #PBUDGET for the current year, when it has any. */
export function ledgerBudget(inputs: FinsamInputs): Budget | undefined {
  const hasBudget = inputs.ledger.periods.has("budget", 0);
  return hasBudget ? budgetFromLedger(inputs.ledger, inputs.mapping, 0) : undefined;
}
