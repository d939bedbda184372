import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { readSieFile } from "../node/readSieFile";
import type { Ledger } from "../core/ledger/types";
import type { CellValue } from "../core/import/table";
import { message } from "../core/messages/index";
import { readWorkbook } from "../xlsx/readWorkbook";
import { InputError, problemsOf } from "./args";

export type Sheets = Map<string, CellValue[][]>;

export function fileKind(path: string): "sie" | "xlsx" {
  const ext = extname(path).toLowerCase();
  if ([".se", ".si", ".sie"].includes(ext)) return "sie";
  if (ext === ".xlsx") return "xlsx";
  throw new InputError([message("sv", "cli.fileType", { field: path })]);
}

/** Every sheet of an .xlsx as values (formulas as their cached results). */
export async function readSheets(path: string): Promise<Sheets> {
  const bytes = await readFile(path).catch((e: Error) => fail(path, e));
  const sheets = await readWorkbook(bytes).catch((e: Error) => fail(path, e));
  return new Map(sheets.map((s) => [s.name, s.rows]));
}

/** An SIE file streamed from disk; any error stops (warnings are returned). */
export async function readLedger(path: string): Promise<{ ledger: Ledger; warnings: string[] }> {
  const sie = await readSieFile(path).catch((e: Error) => fail(path, e));
  if (sie.errors.length > 0) throw new InputError(problemsOf(path, sie.errors));
  return { ledger: sie.ledger, warnings: problemsOf(path, sie.warnings) };
}

function fail(path: string, e: Error): never {
  throw new InputError([message("sv", "cli.fileRead", { field: path, value: e.message })]);
}
