import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { readSieFile } from "../node/readSieFile";
import type { Ledger } from "../core/ledger/types";
import type { SieEncoding } from "../core/import/sie/decode";
import type { CellValue } from "../core/import/table";
import { message } from "../core/messages/index";
import { readWorkbook, type ReadSheet } from "../xlsx/readWorkbook";
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
  return (await readWorkbookFile(path)).sheets;
}

/** The same, and where each of the add-in's sheets is (owner key → sheet name), which a rename may have moved. */
export async function readWorkbookFile(path: string): Promise<{ sheets: Sheets; owned: Map<string, string> }> {
  const sheets = await readXlsx(path);
  return { sheets: new Map(sheets.map((s) => [s.name, s.rows])), owned: new Map(sheets.flatMap((s) => (s.owner ? [[s.owner, s.name]] : []))) };
}

/** An SIE file streamed from disk; any error stops (warnings are returned). */
export async function readLedger(path: string, encoding?: SieEncoding): Promise<{ ledger: Ledger; warnings: string[] }> {
  const sie = await readSieFile(path, encoding ? { encoding } : {}).catch((e: Error) => fail(path, e));
  if (sie.errors.length > 0) throw new InputError(problemsOf(path, sie.errors));
  return { ledger: sie.ledger, warnings: problemsOf(path, sie.warnings) };
}

/**
 * Whether two paths name one file: the same path, or (both existing) the same file through a symbolic or hard
 * link, which path comparison alone misses.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * What replacing an existing workbook at `path` with the `written` sheets would lose: its sheets not among
 * them (the user's own), and its report sheets typed in since the add-in wrote them ("Resultaträkning (F4)").
 * Nothing when there is no file yet.
 */
export async function outputLosses(path: string, written: readonly string[]): Promise<{ lost: string[]; edited: string[] }> {
  if ((await stat(path).catch(() => null)) === null) return { lost: [], edited: [] };
  const sheets = await readXlsx(path);
  const kept = new Set(written.map((n) => n.toLowerCase()));
  return {
    lost: sheets.filter((s) => !kept.has(s.name.toLowerCase())).map((s) => s.name),
    edited: sheets.flatMap((s) => (s.edited === undefined ? [] : [s.edited.length > 0 ? `${s.name} (${s.edited.join(", ")})` : s.name])),
  };
}

/**
 * Writes a workbook the command made, creating its folder; a failure is the user's to fix, in Swedish. The
 * bytes go to a temporary file beside it that is then renamed over the path, so a failed write leaves neither
 * a partial workbook nor a damaged previous one.
 */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (e) {
    // Cleaning up must not hide the real error (where no folder could be made, there is nothing to remove).
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new InputError([message("sv", "cli.fileWrite", { field: path, value: reason(e as Error) })]);
  }
}

async function readXlsx(path: string): Promise<ReadSheet[]> {
  const bytes = await readFile(path).catch((e: Error) => fail(path, e));
  return readWorkbook(bytes).catch(() => fail(path, new Error("ingen giltig .xlsx-arbetsbok (den gick inte att packa upp)")));
}

function fail(path: string, e: Error): never {
  throw new InputError([message("sv", "cli.fileRead", { field: path, value: reason(e) })]);
}

/** The operating system's error codes users meet, in Swedish; anything else as the system says it. */
const REASONS: Record<string, string> = {
  ENOENT: "filen eller katalogen finns inte",
  EACCES: "behörighet saknas",
  EPERM: "behörighet saknas",
  EISDIR: "det är en katalog, inte en fil",
  ENOTDIR: "en del av sökvägen är ingen katalog",
  EEXIST: "en fil står där en katalog behövs",
  EROFS: "filsystemet är skrivskyddat",
  ENOSPC: "disken är full",
};

function reason(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code && REASONS[code] ? REASONS[code] : e.message;
}
