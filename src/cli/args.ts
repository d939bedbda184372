import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Diagnostic } from "../core/import/diagnostic";

/** Exit statuses, as documented in `finsam --help` and the README. */
export const EXIT = { ok: 0, checksFailed: 1, badInput: 2 } as const;

/** Wrong use of the command line (unknown option, missing argument): exit 2 with the message and a hint. */
export class UsageError extends Error {}

/** Input that cannot be used (a file, a sheet, a cell): exit 2 with every problem, each naming its place. */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}

/** Diagnostics of one file as lines that name the file too: "indata.xlsx: Budget!B4: …". */
export function problemsOf(file: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${file}: ${d.message}`);
}

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** util.parseArgs, strict, with its English errors turned into a Swedish usage error. */
export function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`Felaktigt argument: ${(e as Error).message}`);
  }
}
