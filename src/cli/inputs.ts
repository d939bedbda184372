import type { Ledger } from "../core/ledger/types";
import type { SieEncoding } from "../core/import/sie/decode";
import type { Diagnostic } from "../core/import/diagnostic";
import type { FinsamInputs } from "../core/reports/buildAll";
import type { CellValue } from "../core/import/table";
import { REPORT_UNITS, settingsRows } from "../core/inputs/settings";
import { SHEETS } from "../core/inputs/templates";
import { readWorkbookInputs } from "../core/inputs/workbookInputs";
import { message } from "../core/messages/index";
import { InputError, UsageError } from "./args";
import { fileKind, readLedger, readSheets, readWorkbookFile, type Sheets } from "./files";
import { LEDGER_OWNER_KEY } from "../core/inputs/ledgerSheet";

export interface InputFiles {
  /** An SIE file, or a workbook with the input sheets (and a Huvudbok or Saldobalans). */
  source: string;
  settings?: string;
  budget?: string;
  unit?: string;
  /** The SIE file's encoding as typed: pc8 (default), utf-8, windows-1252 or auto. */
  encoding?: string;
}

const ENCODINGS: Record<string, SieEncoding> = { pc8: "cp437", cp437: "cp437", "utf-8": "utf-8", utf8: "utf-8", "windows-1252": "windows-1252", cp1252: "windows-1252", auto: "auto" };

export interface LoadedInputs {
  inputs: FinsamInputs;
  warnings: string[];
}

/**
 * The build's inputs from files: the source's sheets (a workbook) or its ledger (an SIE file), the Inställningar,
 * Medlemmar, Kontomappning, Tidigare år, Flerårsplan and Insatsmål sheets of --settings, the Budget sheet of --budget; an SIE file without
 * settings gets the template's defaults for its own year. Every problem names its file, sheet and cell.
 */
export async function loadInputs(files: InputFiles): Promise<LoadedInputs> {
  const unit = files.unit === undefined ? undefined : REPORT_UNITS.find((u) => u === files.unit!.toLowerCase());
  if (files.unit !== undefined && !unit) throw new UsageError(`--unit: "${files.unit}" är ingen enhet; ange kr, tkr eller mnkr.`);
  const sheets: Sheets = new Map();
  const origin = new Map<string, string>();
  const take = (from: Sheets, file: string, names?: readonly string[]) => {
    for (const [name, cells] of from) {
      if (names && !names.includes(name)) continue;
      sheets.set(name, cells);
      origin.set(name, file);
    }
  };
  const kind = fileKind(files.source);
  // The pane's Huvudbok, wherever it is now (renamed, or "Huvudbok (2)" beside a user's sheet of that name).
  let ledgerSheet: string | undefined;
  if (kind === "xlsx") {
    const source = await readWorkbookFile(files.source);
    take(source.sheets, files.source);
    ledgerSheet = source.owned.get(LEDGER_OWNER_KEY);
  }
  const encoding = files.encoding === undefined ? undefined : ENCODINGS[files.encoding.toLowerCase()];
  if (files.encoding !== undefined && !encoding) throw new UsageError(`--encoding: "${files.encoding}" är ingen teckenkodning; ange pc8, utf-8, windows-1252 eller auto.`);
  const sie = kind === "sie" ? await readLedger(files.source, encoding) : undefined;
  if (files.settings) take(await readSheets(files.settings), files.settings, [SHEETS.settings, SHEETS.members, SHEETS.mapping, SHEETS.earlierYears, SHEETS.plan, SHEETS.insatsmal]);
  if (files.budget) {
    const budget = await readSheets(files.budget);
    if (!budget.has(SHEETS.budget)) throw new InputError([`${files.budget}: ${message("sv", "inputs.sheetMissing", { value: SHEETS.budget })}`]);
    take(budget, files.budget, [SHEETS.budget]);
  }
  if (sie && !sheets.has(SHEETS.settings)) sheets.set(SHEETS.settings, defaultSettings(sie.ledger));

  const read = readWorkbookInputs(sheets, sie ? { ledger: sie.ledger } : ledgerSheet ? { ledgerSheet } : {});
  const named = (list: readonly Diagnostic[]) => list.map((d) => `${fileOf(d, origin) ?? files.source}: ${d.message}`);
  if (!read.ok) throw new InputError(named(read.errors));
  const inputs = unit ? { ...read.inputs, settings: { ...read.inputs.settings, unit } } : read.inputs;
  return { inputs, warnings: [...(sie?.warnings ?? []), ...named(read.warnings)] };
}

/** The file a diagnostic's sheet came from ("Budget!B4" → budget.xlsx). */
function fileOf(d: Diagnostic, origin: ReadonlyMap<string, string>): string | undefined {
  const sheet = [...origin.keys()].find((name) => d.message.startsWith(`${name}!`) || d.message.startsWith(`${name}:`));
  return sheet === undefined ? undefined : origin.get(sheet);
}

/** The Inställningar template's defaults, with the ledger's name and year. */
function defaultSettings(ledger: Ledger): CellValue[][] {
  const year = ledger.years.find((y) => y.index === 0)?.end.slice(0, 4);
  return settingsRows({ name: ledger.companyName, year: year ? Number(year) : null });
}
