import { Dec } from "../core/money/decimal";
import { UNITS, type UnitName } from "../core/money/units";
import { parseSwedishAmount } from "../core/parse/swedishNumber";
import { isFinsamError } from "../core/errors";
import { diagnostic, diagnosticOf, type Diagnostic } from "../core/import/diagnostic";
import type { Ledger } from "../core/ledger/types";
import { applyMappingSteps, type UnmappedAmount } from "../core/mapping/apply";
import type { ChartKind } from "../core/mapping/detect";
import { readMembers } from "../core/import/members";
import { defaultFundingModel, splitContributions } from "../core/rules/contributions";
import { FOLLOW_UP_REFUSED, PERIOD_LEFT_OUT, buildSteps, type BuildResult, type FinsamInputs } from "../core/reports/buildAll";
import { buildMedlemsavgifter, fundingFormula } from "../core/statements/medlemsavgifter";
import { yearName } from "../core/statements/common";
import { renderReport } from "../core/sheet/render";
import { LEDGER_OWNER_KEY, LEDGER_SHEET, ledgerSheet, ledgerSheetSteps } from "../core/inputs/ledgerSheet";
import { inputTemplates, SHEETS } from "../core/inputs/templates";
import { readWorkbookInputsSteps, onSheet, type WorkbookInputsResult } from "../core/inputs/workbookInputs";
import { readSettings, type Settings } from "../core/inputs/settings";
import type { Finding } from "../core/checks/finding";
import type { ReportId } from "../core/report/model";
import type { SheetDescription } from "../core/sheet/description";
import { editedParams, EditedSheetsError, type WorkbookPort, type WriteOptions, type WrittenSheet } from "../workbook/port";
import { parseSieStream, type ByteSource, type SieParse } from "./sieStream";
import type { SieEncoding } from "../core/import/sie/decode";
import { nextTask, runInTasks, throwIfAborted } from "./tasks";

/**
 * What the Budget pane writes, the delårsrapport's tables at its month: the follow-up, the forecast of the goals
 * from its helårsprognos, and the RR and BR of the period.
 */
const FOLLOW_UP_SHEETS: readonly string[] = ["budgetuppfoljning", "prognos-mal", "delar-resultatrakning", "delar-balansrakning"];

/**
 * What the panes and the ribbon do, over any WorkbookPort (Excel, the in-memory preview, a test). Each method
 * is one user action: it reads what it needs, builds everything in the pure core, and only then writes — so
 * a failure returns errors (naming sheet and cell) and leaves the workbook as it was.
 */
export type Outcome<T> = { ok: true; value: T; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

export interface ImportSummary {
  company: string;
  accounts: number;
  years: number;
  written: WrittenSheet[];
  /** Amounts without a line or area, each with its year as reports name it; null when the mapping could not be checked (see importSie). */
  unmapped: UnmappedRow[] | null;
}

export interface UnmappedRow {
  account: string;
  accountName: string;
  insats: string | null;
  year: string;
  amount: number;
}

export interface BuildSummary {
  written: WrittenSheet[];
  /** Where each report sheet is now (after a write: the sheets written), to select a finding's cells. */
  sheets: WrittenSheet[];
  findings: Finding[];
  result: BuildResult;
  /** The session's revision when this was built: a later one means the inputs or the statements changed since. */
  revision: number;
}

export interface SplitSummary {
  parts: { name: string; share: number; amount: number }[];
  /** The parts' sum, added exactly (it equals the total). */
  total: number;
  /** The step the parts are multiples of. */
  unit: UnitName;
  written: WrittenSheet[];
  /** The session's revision when the Medlemmar sheet was read (see BuildSummary). */
  revision: number;
}

/** The field a split's total is named by in its errors; the pane names it by its own label instead. */
export const SPLIT_TOTAL_FIELD = "Totalbelopp";

const ok = <T>(value: T, warnings: Diagnostic[] = []): Outcome<T> => ({ ok: true, value, warnings });
const failed = <T>(errors: Diagnostic[], warnings: Diagnostic[] = []): Outcome<T> => ({ ok: false, errors, warnings });

export class FinsamSession {
  private revisions = 0;
  /**
   * The month of the Budgetuppföljning this session last wrote (Bokslut's from Inställningar, or the Budget
   * pane's); null before either wrote one, when the sheet there may be of any month.
   */
  private followUpMonth: number | null = null;
  private readonly listeners = new Set<() => void>();
  private watching = false;
  /** The action running now (settled or not): the next one starts after it. */
  private running: Promise<unknown> = Promise.resolve();

  /** `parseSie`: how an import parses its file (the pane's parses in a Web Worker, sieWorkerClient.ts). */
  constructor(
    private readonly port: WorkbookPort,
    private readonly parseSie: SieParse = parseSieStream,
  ) {}

  /**
   * Counts the actions that change the inputs or rewrite the statements (Start, Import, Bokslut, and the Budget
   * pane when it writes another month than the Budgetuppföljning there), and the edits made in Excel to an input
   * sheet or a report sheet: a Kontroller result from an earlier revision may be of
   * other figures, or point at cells that have moved.
   */
  get revision(): number {
    return this.revisions;
  }

  /** Calls `listener` when an edit made in Excel moves the revision (the pane then shows its results as stale). */
  onEdited(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.watching) {
      this.watching = true;
      // A host that refuses change events leaves the revision to the pane's own actions, as before.
      this.port.watchUserEdits((sheet) => this.edited(sheet)).catch(() => undefined);
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  private edited(sheet: string | null): void {
    // Where it cannot be told whether the sheet feeds the reports, the edit counts: a needless "out of date" is the safe side.
    void this.feedsReports(sheet)
      .catch(() => true)
      .then((counts) => {
        if (!counts) return;
        this.revisions++;
        for (const listener of this.listeners) listener();
      });
  }

  /**
   * A sheet every build reads (the input sheets and the ledger's, owned or not) or one the add-in wrote (the
   * reports Kontroller points into).
   */
  private async feedsReports(sheet: string | null): Promise<boolean> {
    // A deleted sheet, name unknown: it may have been an input or a report.
    if (sheet === null) return true;
    const owned = await this.port.ownedSheets();
    const lower = sheet.toLowerCase();
    return [...Object.values(SHEETS), ledgerSheetOf(owned), ...owned.map((o) => o.name)].some((n) => n.toLowerCase() === lower);
  }

  /**
   * Start: creates the input sheets that do not exist yet: empty templates (Kontomappning with the standard rows
   * of `chart`, BAS unless told), or the example förbund's.
   */
  async createInputSheets(example?: { ledger: Ledger }, chart?: ChartKind): Promise<Outcome<string[]>> {
    return this.serial(async () => {
      const sheets: SheetDescription[] = inputTemplates(example ? { example: example.ledger } : chart ? { chart } : {});
      const created = await this.port.createInputSheets(sheets);
      this.revisions++;
      // The example's ledger goes in as an imported Huvudbok, like a user's SIE import would; a Huvudbok
      // already there is kept: the user's own import (renamed or not: writing it would follow the rename) or
      // a sheet of that name.
      const names = example ? (await this.port.sheetNames()).map((n) => n.toLowerCase()) : [];
      if (example && !names.includes(LEDGER_SHEET.toLowerCase()) && (await this.ledgerSheetName()) === LEDGER_SHEET) {
        const written = await this.port.writeReports([ledgerSheet(example.ledger)]);
        created.push(...written.map((w) => w.name));
      }
      return ok(created);
    });
  }

  /** Import: reads an SIE file in chunks and keeps its ledger in the Huvudbok sheet. */
  async importSie(file: ByteSource, options: { onBytes?: (done: number, total: number) => void; signal?: AbortSignal; encoding?: SieEncoding } = {}): Promise<Outcome<ImportSummary>> {
    return this.serial(async () => {
      const sie = await this.parseSie(file, options);
      if (sie.errors.length > 0) return failed(sie.errors, sie.warnings);
      // A large ledger's steps after the parse take tens of milliseconds each: one task each keeps the pane painting.
      await nextTask();
      // The input sheets' errors come back as warnings (the import itself is sound). The mapping is checked
      // whenever Kontomappning reads, even beside an unfinished Inställningar (Start's empty sheets); when it
      // does not, `unmapped` is null, not an empty list that would say all is mapped.
      const inputs = await this.readWorkbook(sie.ledger);
      const mapping = inputs.ok ? inputs.inputs.mapping : inputs.mapping;
      const unmapped = mapping ? (await runInTasks(applyMappingSteps(sie.ledger, mapping))).unmapped.map((u) => unmappedRow(sie.ledger, u)) : null;
      const sheet = await runInTasks(ledgerSheetSteps(sie.ledger));
      await nextTask();
      throwIfAborted(options.signal);
      // The import replaces the ledger by the user's choice of file: a Huvudbok edited by hand is not kept.
      const written = await this.port.writeReports([sheet], { overwriteEdits: true });
      this.revisions++;
      const ledger = sie.ledger;
      const inputProblems = inputs.ok ? inputs.warnings : [...inputs.errors, ...inputs.warnings];
      return ok({ company: ledger.companyName, accounts: ledger.accounts.size, years: ledger.years.length, written, unmapped }, [...sie.warnings, ...inputProblems]);
    });
  }

  /**
   * Bokslut: every report into its own sheet, in one write. A report sheet edited by hand since the add-in
   * wrote it is not written over unless `overwriteEdits` (the pane's "Skriv över ändå"): the outcome's errors
   * then name each such sheet (workbook.sheetEdited) and nothing is written.
   */
  async buildAll(options: WriteOptions = {}): Promise<Outcome<BuildSummary>> {
    return this.serial(async () => {
      const read = this.revisions;
      const inputs = await this.readInputs();
      if (!inputs.ok) return inputs;
      const result = await this.build(inputs.value.inputs);
      const written = await this.port.writeReports(result.sheets, options);
      this.revisions++;
      if (written.some((w) => w.key === FOLLOW_UP_KEY)) this.followUpMonth = inputs.value.inputs.settings.month;
      // Of the inputs as read, moved by this write only: an edit counted since leaves the result stale.
      return ok({ written, sheets: written, findings: result.findings, result, revision: read + 1 }, [...inputs.warnings, ...result.warnings]);
    });
  }

  /**
   * Budgetuppföljning for a month, with the forecast of the financial goals it leads to and the period's RR and
   * BR: only those sheets (FOLLOW_UP_SHEETS) are written (one edited by hand as in buildAll).
   */
  async followUp(month: number, options: WriteOptions = {}): Promise<Outcome<BuildSummary>> {
    return this.serial(async () => {
      const read = this.revisions;
      const inputs = await this.readInputs();
      if (!inputs.ok) return inputs;
      const result = await this.build({ ...inputs.value.inputs, settings: { ...inputs.value.inputs.settings, month } });
      // The month asked for cannot be followed up (a ledger without months): Bokslut builds on without it, this
      // action has nothing to write and says why.
      const refused = result.warnings.filter((w) => FOLLOW_UP_REFUSED.has(w.code));
      if (refused.length > 0) return failed(refused, inputs.warnings);
      const sheets = result.sheets.filter((s) => FOLLOW_UP_SHEETS.includes(s.ownerKey ?? ""));
      const written = await this.port.writeReports(sheets, options);
      // Another month than the sheets had is another report: what Bokslut (and Kontroller) last showed of the
      // workbook is then out of date, as after a hand edit there. The same month rewrites the same figures.
      const moved = written.length > 0 && month !== this.followUpMonth;
      if (moved) this.revisions++;
      if (written.length > 0) this.followUpMonth = month;
      const revision = moved ? read + 1 : read;
      const leftOut = result.warnings.filter((w) => w.code === "statements.followUpLeftOut" || PERIOD_LEFT_OUT.has(w.code));
      return ok({ written, sheets: written, findings: result.findings, result, revision }, [...inputs.warnings, ...leftOut]);
    });
  }

  /** Kontroller: the cross-checks on the built statements; written to a sheet only when asked. */
  async checks(write: boolean, options: WriteOptions = {}): Promise<Outcome<BuildSummary>> {
    return this.serial(async () => {
      // Of the inputs as read: an edit counted while building leaves the result stale.
      const revision = this.revisions;
      const inputs = await this.readInputs();
      if (!inputs.ok) return inputs;
      const result = await this.build(inputs.value.inputs);
      const written = write ? await this.port.writeReports(result.sheets.filter((s) => s.ownerKey === "kontroller"), options) : [];
      // The statements' cells are on the sheets Bokslut wrote, wherever they went ("Resultaträkning (2)").
      const sheets = [...(await this.port.ownedSheets()).filter((o) => !written.some((w) => w.key === o.key)), ...written];
      return ok({ written, sheets, findings: result.findings, result, revision }, inputs.warnings);
    });
  }

  /**
   * Medlemsavgifter: the total (as typed: "6 000 000", "1 234,50 kr") split by the Medlemmar sheet's weights
   * into multiples of `unit`, optionally written to a sheet.
   */
  async split(totalText: string, unit: UnitName, write: boolean, options: WriteOptions = {}): Promise<Outcome<SplitSummary>> {
    return this.serial(async () => {
      const revision = this.revisions;
      const total = parseSwedishAmount(totalText, { field: SPLIT_TOTAL_FIELD });
      if (!total.greaterThan(0)) return failed([diagnostic("split.totalNotPositive", { field: SPLIT_TOTAL_FIELD, value: total.toFixed() })]);
      const sheets = await this.port.readSheets(["Medlemmar", "Inställningar"]);
      const cells = sheets.get("Medlemmar");
      if (!cells) return failed([diagnostic("inputs.sheetMissing", { value: "Medlemmar" })]);
      const members = readMembers(cells);
      if (!members.ok) return failed(members.errors.map((e) => onSheet(e, "Medlemmar")));
      // A new Medlemmar sheet lists only the state: say which type of row to add there, not what the split's model lacks.
      const lacking = [...(members.members.regions.length === 0 ? ["region"] : []), ...(members.members.municipalities.length === 0 ? ["kommun"] : [])];
      if (lacking.length > 0) return failed(lacking.map((value) => onSheet(diagnostic("members.noneOfType", { value }), "Medlemmar")));
      const model = defaultFundingModel(members.members.regions, members.members.municipalities);
      if (members.members.stateName) model.stateName = members.members.stateName;
      const parts = splitContributions(total, model, UNITS[unit], "Medlemmar", SPLIT_TOTAL_FIELD);
      const settingsCells = sheets.get("Inställningar");
      const settings = settingsCells ? readSettings(settingsCells) : null;
      const year = settings?.ok ? String(settings.settings.year) : "";
      const report = buildMedlemsavgifter(parts, { year, step: unit, auditFormula: fundingFormula(total, model, unit) });
      const pageHeader = settings?.ok ? settings.settings.name : undefined;
      const written = write ? await this.port.writeReports([{ ...renderReport(report, { sheetName: "Medlemsavgifter", pageHeader }), ownerKey: report.id }], options) : [];
      const sum = parts.reduce((t, p) => t.plus(p.amount), new Dec(0));
      return ok({ parts: parts.map((p) => ({ name: p.name, share: p.shareOfTotal.toNumber(), amount: p.amount.toNumber() })), total: sum.toNumber(), unit, written, revision });
    });
  }

  /**
   * Runs the actions one after another, each guarded. Two at once — the ribbon's "Bygg alla rapporter" during
   * a build, Bokslut pressed while an import runs — would each plan their write on what the workbook held
   * before the other wrote: in Excel the second then adds sheets the first has just added and fails midway,
   * and a build would write reports of the ledger an import is replacing. Queued, the later action reads
   * what the earlier one wrote.
   */
  private serial<T>(action: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const next = this.running.then(() => guard(action));
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Selects the cells a finding is about. */
  async select(sheet: string, range: string): Promise<void> {
    await this.port.select(sheet, range);
  }

  /**
   * Reads the input sheets in one round-trip and turns them into inputs; the ledger is the one given (an
   * import being read), else the Huvudbok the last import wrote, wherever it is now.
   */
  private async readInputs(ledger?: Ledger): Promise<Outcome<{ inputs: FinsamInputs }>> {
    const read = await this.readWorkbook(ledger);
    return read.ok ? ok({ inputs: read.inputs }, read.warnings) : failed(read.errors, read.warnings);
  }

  /** The input sheets, with `ledger` (an import's) or the Huvudbok's. */
  private async readWorkbook(ledger?: Ledger): Promise<WorkbookInputsResult> {
    const ledgerName = ledger ? undefined : await this.ledgerSheetName();
    const sheets = await this.port.readSheets([...Object.values(SHEETS), ...(ledgerName ? [ledgerName] : [])]);
    // Reading a large Huvudbok takes a tenth of a second: in steps, a task each, the pane keeps painting.
    return runInTasks(readWorkbookInputsSteps(sheets, ledger ? { ledger } : { ledgerSheet: ledgerName! }));
  }

  /**
   * The sheet an import's ledger is in: the add-in's Huvudbok under whatever name the user gave it (the next
   * import writes there too), else the sheet named Huvudbok. A user's own sheet of that name never hides an
   * import that went to "Huvudbok (2)".
   */
  private async ledgerSheetName(): Promise<string> {
    return ledgerSheetOf(await this.port.ownedSheets());
  }

  /** Every report from the inputs, each step of the build in a task of its own (see readInputs). */
  private build(inputs: FinsamInputs): Promise<BuildResult> {
    return runInTasks(buildSteps(inputs));
  }

  /** The Inställningar sheet's settings, e.g. "Utfall till och med månad" as the Budget pane's default month. */
  async settings(): Promise<Outcome<Settings>> {
    return guard(async () => {
      const cells = (await this.port.readSheets(["Inställningar"])).get("Inställningar");
      if (!cells) return failed([diagnostic("inputs.sheetMissing", { value: "Inställningar" })]);
      const read = readSettings(cells);
      return read.ok ? ok(read.settings) : failed(read.errors.map((e) => onSheet(e, "Inställningar")));
    });
  }
}

function unmappedRow(ledger: Ledger, u: UnmappedAmount): UnmappedRow {
  return { account: u.account, accountName: u.accountName, insats: u.insats, year: yearName(ledger, u.year), amount: u.amount.toNumber() };
}

/** The Budgetuppföljning's ownership key (its report id). */
const FOLLOW_UP_KEY: ReportId = "budgetuppfoljning";

/** See ledgerSheetName. */
const ledgerSheetOf = (owned: readonly WrittenSheet[]): string => owned.find((o) => o.key === LEDGER_OWNER_KEY)?.name ?? LEDGER_SHEET;

/**
 * Turns a core error thrown anywhere in an action into a failed outcome (edited report sheets one message
 * each, so the pane can list them); nothing has been written then. Any
 * other error (Excel refusing a sync, a bug) becomes one too, saying what it was and that the action may have
 * written part of its sheets, so the pane never goes quiet on it. Avbryt's AbortError goes on to the pane.
 */
async function guard<T>(action: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await action();
  } catch (e) {
    if (e instanceof EditedSheetsError) return failed(e.sheets.map((sheet) => diagnostic("workbook.sheetEdited", editedParams(sheet))));
    if (isFinsamError(e)) return failed([diagnosticOf(e)]);
    if ((e as { name?: unknown } | null)?.name === "AbortError") throw e;
    return failed([diagnostic("workbook.unexpected", { value: e instanceof Error ? e.message : String(e) })]);
  }
}
