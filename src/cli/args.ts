import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Diagnostic } from "../core/import/diagnostic";

/** Exit statuses, as documented in `finsam --help` and the README. */
export const EXIT = { ok: 0, checksFailed: 1, badInput: 2, internal: 3 } as const;

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
    throw new UsageError(`Felaktigt argument: ${swedish(e as Error & { code?: string })}`);
  }
}

/** parseArgs' errors in Swedish, naming the option; anything else as it says. */
function swedish(e: Error & { code?: string }): string {
  const option = /'([^' ]+)/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const negative = /^-\d/.test(option) ? ` Ett tal som börjar med minus skrivs efter "--", t.ex. -- ${option}` : "";
    return `okänt alternativ "${option}".${negative}`;
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `alternativet "${option}" saknar värde.`;
  return e.message;
}
