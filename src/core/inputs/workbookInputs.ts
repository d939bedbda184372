import type { Ledger } from "../ledger/types";
import { ZERO, type Dec } from "../money/decimal";
import { diagnostic, onSheetText, type Diagnostic } from "../import/diagnostic";
import type { MessageCode } from "../messages/index";
import type { Cells, CellValue } from "../import/table";
import { readMembers } from "../import/members";
import { readTrialBalance, trialBalanceToLedger } from "../import/trialBalance";
import { CHART_KINDS, CHART_LABEL, detectChart, defaultMappingFor } from "../mapping/detect";
import type { FinsamInputs } from "../reports/buildAll";
import { budgetFromLedger, type Budget, type BudgetEntry } from "../statements/budget";
import { DRIFT_AREAS, INCOME_AREAS, RR_LEAF_LINES } from "../mapping/targets";
import { mappedPeriodSums } from "../mapping/periodSums";
import type { Mapping, MappingRule } from "../mapping/types";
import type { ChartChoice } from "./settings";
import { readSettings } from "./settings";
import { readBudgetSheet } from "./budgetSheet";
import { readEarlierYearsSheet } from "./earlierYearsSheet";
import { readInsatsmalSheet } from "./insatsmalSheet";
import { readPlanSheet } from "./planSheet";
import type { MemberTable } from "../import/members";
import { readMappingSheet } from "./mappingSheet";
import { readLedgerSheetSteps, LEDGER_SHEET } from "./ledgerSheet";
import { runSteps, type Steps } from "../steps";
import { SHEETS } from "./templates";

export type WorkbookInputsResult =
  | { ok: true; inputs: FinsamInputs; warnings: Diagnostic[] }
  /** `mapping`: the Kontomappning as read when it has no errors itself, so an import can still check its accounts. */
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[]; mapping?: Mapping };

type Sheets = ReadonlyMap<string, readonly (readonly CellValue[])[] | null>;

/**
 * The input sheets of a workbook → FinsamInputs: the one function the panes, the ribbon and the command line
 * use. The ledger comes from an SIE import given here, else the Huvudbok sheet (`ledgerSheet`: the name the
 * import's sheet has now, which a rename or a user's own "Huvudbok" can make another), else the pasted Saldobalans;
 * the mapping from Kontomappning (else the detected default, with a warning); the budget from the Budget
 * sheet when it has rows (else the ledger's #PBUDGET). Either every input or every error: each error names
 * its sheet and cell ("Budget!B4").
 */
export function readWorkbookInputs(sheets: Sheets, options: { ledger?: Ledger; ledgerSheet?: string } = {}): WorkbookInputsResult {
  return runSteps(readWorkbookInputsSteps(sheets, options));
}

/** readWorkbookInputs in steps (steps.ts), for the pane: reading a large Huvudbok takes a tenth of a second. */
export function* readWorkbookInputsSteps(sheets: Sheets, options: { ledger?: Ledger; ledgerSheet?: string } = {}): Steps<WorkbookInputsResult> {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const cells = (name: string) => sheets.get(name) ?? null;
  const collect = (sheet: string, list: readonly Diagnostic[], into: Diagnostic[] = errors) => into.push(...list.map((d) => onSheet(d, sheet)));

  const settingsCells = cells(SHEETS.settings);
  if (!settingsCells) return { ok: false, errors: [diagnostic("inputs.sheetMissing", { value: SHEETS.settings })], warnings };
  const settings = readSettings(settingsCells);
  if (!settings.ok) collect(SHEETS.settings, settings.errors);

  const ledger = options.ledger ?? (yield* readLedger(sheets, options.ledgerSheet ?? LEDGER_SHEET, settings.ok ? settings.settings.year : undefined, collect, warnings));
  // The reports follow the ledger's own year; a different Räkenskapsår typed in Inställningar is a mistake to see.
  const ledgerYear = ledger?.years.find((y) => y.index === 0)?.end.slice(0, 4);
  if (settings.ok && ledgerYear !== undefined && Number(ledgerYear) !== settings.settings.year) {
    warnings.push(diagnostic("settings.yearMismatch", { value: settings.settings.year, year: ledgerYear }));
  }

  // The build needs no members (Medlemsavgifter reads them itself); a bad Medlemmar sheet is still reported
  // with the other inputs' errors.
  const memberCells = cells(SHEETS.members);
  let members: MemberTable | undefined;
  let membersBad = false;
  if (memberCells && memberCells.some((row, i) => i > 1 && row.some((v) => v !== null && v !== ""))) {
    const read = readMembers(memberCells);
    if (!read.ok) collect(SHEETS.members, read.errors);
    else members = read.members;
    membersBad = !read.ok;
  }

  const mappingCells = nonBlank(cells(SHEETS.mapping));
  const chart = ledger ? detectChart(ledger) : undefined;
  const baseChart = settings.ok && settings.settings.chart !== "auto" ? settings.settings.chart : (chart?.chart ?? "bas");
  const base = defaultMappingFor(baseChart);
  let mapping = base;
  const readMapping = mappingCells ? readMappingSheet(mappingCells, base) : null;
  if (readMapping && !readMapping.ok) collect(SHEETS.mapping, readMapping.errors);
  else if (readMapping && readMapping.mapping.rules.length > 0) mapping = readMapping.mapping;
  else warnings.push(diagnostic("inputs.defaultMapping", { value: CHART_LABEL[baseChart] }));
  // Only for a standard mapping in use: beside a Kontomappning that failed to read, it would blame the wrong sheet.
  const mappingRead = readMapping?.ok !== false;
  const unplacedInsatser = ledger && mapping === base && mappingRead ? insatserWithoutAreas(ledger, mapping) : [];
  warnings.push(...unplacedInsatser);
  if (ledger && mapping !== base && settings.ok) warnings.push(...otherChartDefaults(mapping, ledger, settings.settings.chart));

  let budget: Budget | undefined;
  const budgetCells = cells(SHEETS.budget);
  if (budgetCells) {
    const read = readBudgetSheet(budgetCells);
    if (!read.ok) collect(SHEETS.budget, read.errors);
    else if (read.budget.entries.length > 0) budget = read.budget;
    if (read.ok && ledger) collect(SHEETS.budget, unknownInsatser(read.budget.entries, ledger, mapping, "budget.unknownInsats"), warnings);
    // The file's budget is placed by the mapping: beside a Kontomappning that failed to read, one that gives the
    // file's insatser no area, or one that leaves some of its budget unmapped (listed as such), it lands elsewhere
    // and the Budget sheet would be blamed for the mapping.
    if (budget && ledger && mappingRead && unplacedInsatser.length === 0 && ledger.periods.has("budget", 0) && !unmappedBudget(ledger, mapping)) collect(SHEETS.budget, ledgerBudgetAside(budget, budgetFromLedger(ledger, mapping, 0)), warnings);
  }

  /** An optional sheet of one row a year: its errors collected, its years' cells named by sheet; none without rows. */
  const yearRows = <Y extends { cell: string }>(sheet: string, read: (c: Cells) => { ok: true; years: Y[] } | { ok: false; errors: Diagnostic[] }): Y[] | undefined => {
    const found = cells(sheet);
    if (!found) return undefined;
    const result = read(found);
    if (!result.ok) return void collect(sheet, result.errors);
    return result.years.length > 0 ? result.years.map((y) => ({ ...y, cell: `${sheet}!${y.cell}` })) : undefined;
  };

  const earlierYears: FinsamInputs["earlierYears"] = yearRows(SHEETS.earlierYears, readEarlierYearsSheet);

  // An insats the books do not know would print without a cost: a typo, refused by its cell.
  let insatsmal: FinsamInputs["insatsmal"];
  const goalCells = cells(SHEETS.insatsmal);
  if (goalCells) {
    const read = readInsatsmalSheet(goalCells);
    if (!read.ok) collect(SHEETS.insatsmal, read.errors);
    else if (ledger && mappingRead) collect(SHEETS.insatsmal, unknownInsatser(read.insatser, ledger, mapping, "insatsmal.unknownInsats"));
    if (read.ok && read.insatser.length > 0) insatsmal = read.insatser;
  }

  // Budget och plan splits each year's medlemsavgifter by the Medlemmar sheet: a plan needs its regions and kommuner.
  const plan: FinsamInputs["plan"] = yearRows(SHEETS.plan, readPlanSheet);
  if (plan && !members && !membersBad) errors.push(diagnostic("plan.noMembers", {}));
  else if (plan && members) {
    const lacking = [...(members.regions.length === 0 ? ["region"] : []), ...(members.municipalities.length === 0 ? ["kommun"] : [])];
    collect(SHEETS.members, lacking.map((value) => diagnostic("members.noneOfType", { value })));
  }

  if (errors.length > 0 || !settings.ok || !ledger) return { ok: false, errors, warnings, ...(readMapping?.ok !== false ? { mapping } : {}) };
  const inputs: FinsamInputs = { settings: settings.settings, ledger, mapping, ...(budget ? { budget } : {}), ...(earlierYears ? { earlierYears } : {}), ...(insatsmal ? { insatsmal } : {}), ...(plan ? { plan } : {}), ...(members ? { members } : {}) };
  return { ok: true, inputs, warnings };
}

type Collect = (sheet: string, list: readonly Diagnostic[], into?: Diagnostic[]) => void;

function* readLedger(sheets: Sheets, ledgerSheet: string, year: number | undefined, collect: Collect, warnings: Diagnostic[]): Steps<Ledger | undefined> {
  const huvudbok = sheets.get(ledgerSheet);
  const pasted = sheets.get(SHEETS.trialBalance) ?? null;
  if (huvudbok) {
    const read = yield* readLedgerSheetSteps(huvudbok);
    if (read.ok) {
      collect(SHEETS.trialBalance, pastedAside(pasted, read.ledger, ledgerSheet), warnings);
      return read.ledger;
    }
    collect(ledgerSheet, read.errors);
    return undefined;
  }
  const read = hasFigures(pasted) ? readTrialBalance(pasted!) : null;
  if (read) collect(SHEETS.trialBalance, read.warnings, warnings);
  if (read && !read.ok) {
    collect(SHEETS.trialBalance, read.errors);
    return undefined;
  }
  if (read && read.rows.length > 0) {
    const years = year === undefined ? undefined : [{ index: 0, start: `${year}-01-01`, end: `${year}-12-31` }, { index: -1, start: `${year - 1}-01-01`, end: `${year - 1}-12-31` }];
    return trialBalanceToLedger(read.rows, years ? { years } : {});
  }
  collect(SHEETS.trialBalance, [diagnostic("inputs.noLedger", { value: SHEETS.trialBalance })]);
  return undefined;
}

/**
 * A Budget sheet with rows beside a ledger that has a budget of its own (#PBUDGET) that differs: the sheet is
 * what the reports follow, which after importing a new year's file with its budget would be last year's rows.
 * Named by the first area and insats that differs, in the sheet's sign (costs positive).
 */
function ledgerBudgetAside(sheet: Budget, file: Budget): Diagnostic[] {
  type Total = { area: string; insats: string; amount: Dec; cell?: string | undefined };
  const totals = (b: Budget) => {
    const map = new Map<string, Total>();
    for (const e of b.entries) {
      const key = `${e.area}\u0000${e.insats ?? ""}`;
      const had = map.get(key);
      map.set(key, { area: e.area, insats: e.insats ?? "", amount: (had?.amount ?? ZERO).plus(e.amount), cell: had?.cell ?? e.cell });
    }
    return map;
  };
  const typed = totals(sheet);
  const booked = totals(file);
  const key = [...new Set([...typed.keys(), ...booked.keys()])].find((k) => !(typed.get(k)?.amount ?? ZERO).eq(booked.get(k)?.amount ?? ZERO));
  if (key === undefined) return [];
  const [typedTotal, fileTotal] = [typed.get(key), booked.get(key)];
  const { area, insats, cell } = (typedTotal ?? fileTotal)!;
  const shown = (t: Total | undefined) => (INCOME_AREAS.has(area) ? (t?.amount ?? ZERO) : (t?.amount ?? ZERO).negated()).toFixed();
  const what = [DRIFT_AREAS.find((a) => a.id === area)?.label ?? area, insats].filter((x) => x !== "").join(", ");
  const place = typedTotal?.cell !== undefined ? { cell } : { field: SHEETS.budget };
  return [diagnostic("budget.ledgerBudgetAside", { ...place, value: what, sheet: shown(typedTotal), file: shown(fileTotal) })];
}

const RESULT_LINES: ReadonlySet<string> = new Set(RR_LEAF_LINES.map((l) => l.id));

/** Some of the file's budget (#PBUDGET) has no line, or a result line and no area: unmapped, as applyMapping says of actuals. */
function unmappedBudget(ledger: Ledger, mapping: Mapping): boolean {
  return mappedPeriodSums(ledger, mapping, "budget", 0).some((p) => !p.amount.isZero() && (p.line === undefined || (RESULT_LINES.has(p.line) && p.area === undefined)));
}

/** A Saldobalans without a single figure (blank, or only its title and header) means no ledger was given. */
function hasFigures(cells: readonly (readonly CellValue[])[] | null): boolean {
  return cells?.some((row) => row.some((v) => typeof v === "number" || (typeof v === "string" && /\d/.test(v)))) ?? false;
}

/**
 * A Saldobalans with figures of its own beside an imported Huvudbok: the Huvudbok is what the reports are
 * built from, which the user pasting this year's trial balance (say, after trying the example förbund) would
 * not see. One that agrees with it account by account (as the example's does) is no news.
 */
function pastedAside(pasted: readonly (readonly CellValue[])[] | null, ledger: Ledger, ledgerSheet: string): Diagnostic[] {
  if (!hasFigures(pasted)) return [];
  const read = readTrialBalance(pasted!);
  if (!read.ok) return [];
  const typed = new Map<string, { amount: Dec; cell: string }>();
  for (const r of read.rows) typed.set(r.account, { amount: (typed.get(r.account)?.amount ?? ZERO).plus(r.amount), cell: typed.get(r.account)?.cell ?? r.cell });
  const booked = new Map<string, Dec>();
  for (const b of ledger.balances) if (b.year === 0 && b.kind !== "ib" && !b.object) booked.set(b.account, (booked.get(b.account) ?? ZERO).plus(b.amount));
  const differs = [...typed].find(([account, t]) => !t.amount.eq(booked.get(account) ?? ZERO));
  return differs ? [diagnostic("inputs.trialBalanceAside", { cell: differs[1].cell, account: differs[0], value: ledgerSheet })] : [];
}

/** A diagnostic of a sheet's table names the sheet too: "Budget!B4" (once, if the message named it already). */
export function onSheet(d: Diagnostic, sheet: string): Diagnostic {
  if (d.cell) return { ...d, cell: `${sheet}!${d.cell}`, sheet, message: onSheetText(d.message, sheet, true) };
  return d.message.startsWith(`${sheet}:`) ? d : { ...d, sheet, message: onSheetText(d.message, sheet, false) };
}

/** Rows (Budget, Insatsmål) for an insats that neither the ledger nor the mapping knows (a typo makes a row of its own). */
function unknownInsatser(entries: readonly Pick<BudgetEntry, "insats" | "cell">[], ledger: Ledger, mapping: Mapping, code: MessageCode): Diagnostic[] {
  const dim = mapping.insatsDimension;
  const known = new Set([...ledger.objects.values()].filter((o) => o.dimension === dim).map((o) => o.id));
  for (const r of mapping.rules) if (r.object?.dimension === dim && r.object.id !== undefined) known.add(r.object.id);
  return entries.flatMap((e) => (e.insats && !known.has(e.insats) ? [diagnostic(code, { cell: e.cell, value: e.insats })] : []));
}

/** A sheet with nothing typed in it counts as absent (a pasted table may start at A1 or under a title). */
function nonBlank(cells: readonly (readonly CellValue[])[] | null): readonly (readonly CellValue[])[] | null {
  return cells && cells.some((row) => row.some((v) => v !== null && v !== undefined && String(v).trim() !== "")) ? cells : null;
}

/**
 * Insatser in the ledger that the standard mapping (no object rules) cannot place: their costs then follow
 * their accounts, all to Administration, which says nothing of the förbund's allocation.
 */
function insatserWithoutAreas(ledger: Ledger, mapping: Mapping): Diagnostic[] {
  if (mapping.rules.some((r) => r.object)) return [];
  const insatser = [...ledger.objects.values()].filter((o) => o.dimension === mapping.insatsDimension);
  if (insatser.length === 0) return [];
  return [diagnostic("inputs.insatserWithoutAreas", { value: insatser.length, dimension: mapping.insatsDimension, choices: insatser.slice(0, 3).map((o) => o.id).join(", ") })];
}

/**
 * Kontomappning still holding another chart's standard rows (the empty template has BAS's) while the ledger
 * follows Kommun-Bas, or the other way round: its accounts would land on the wrong lines without a word. The
 * chart in use is Inställningar's Kontoplan, else the one the ledger shows (only when that is certain).
 */
function otherChartDefaults(mapping: Mapping, ledger: Ledger, chosen: ChartChoice): Diagnostic[] {
  const detected = detectChart(ledger);
  if (chosen === "auto" && !detected.certain) return [];
  const inUse = chosen === "auto" ? detected.chart : chosen;
  const key = (r: MappingRule) => `${r.from}|${r.to}|${r.line ?? ""}|${r.area ?? ""}`;
  const rows = new Set(mapping.rules.filter((r) => !r.object).map(key));
  const other = CHART_KINDS.find((c) => c !== inUse && defaultMappingFor(c).rules.every((r) => r.object !== undefined || rows.has(key(r))));
  if (!other) return [];
  const basis = chosen === "auto" ? detected.basis : "settings";
  return [diagnostic("inputs.mappingOtherChart", { value: CHART_LABEL[other], chart: CHART_LABEL[inUse], basis, kptyp: ledger.chartType })];
}
