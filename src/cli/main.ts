import { resolve } from "node:path";
import { isFinsamError } from "../core/errors";
import { EXIT, InputError, UsageError } from "./args";
import { build, BUILD_HELP } from "./commands/build";
import { check, CHECK_HELP } from "./commands/check";
import { split, SPLIT_HELP } from "./commands/split";
import { demo, DEMO_HELP } from "./commands/demo";

const HELP = `finsam — Finsam Ekonomi på kommandoraden

  finsam build <huvudbok.se | indata.xlsx> -o <rapporter.xlsx>   alla rapporter, flaggor och kontroller
  finsam check <rapporter.xlsx>                                    kontroller på inskrivna rapporter
  finsam split <totalt> <vikt…>                                    fördelning som summerar exakt
  finsam demo                                                      exempelförbundet till out/

"finsam <kommando> --help" visar kommandots hjälp.
Slutstatus: 0 klart, 1 någon kontroll stämmer inte (check), 2 fel i indata eller anrop, 3 internt fel (en bugg).`;

/** The bundle lives in dist-cli/; the package root (examples/) is one up. */
const ROOT = resolve(__dirname, "..");

/** Terminal text: the no-break spaces that group Swedish amounts become plain spaces, for grep and copying. */
const plain = (line: string) => line.replace(/\u00a0/g, " ");

export async function main(argv: readonly string[], out = (l: string) => console.log(plain(l)), err = (l: string) => console.error(plain(l))): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "build":
        return await build(args, out, err);
      case "check":
        return await check(args, out);
      case "split":
        return split(args, out);
      case "demo":
        return await demo(args, ROOT, out);
      case "help":
        out({ build: BUILD_HELP, check: CHECK_HELP, split: SPLIT_HELP, demo: DEMO_HELP }[args[0] ?? ""] ?? HELP);
        return EXIT.ok;
      case "-h":
      case "--help":
        out(HELP);
        return EXIT.ok;
      default:
        throw new UsageError(command === undefined ? "Ange ett kommando." : `Okänt kommando "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) err(`${e.message}\nSkriv "finsam --help" för hjälp.`);
    else if (e instanceof InputError) e.problems.forEach((p) => err(p));
    else if (isFinsamError(e)) err(e.message);
    else throw e;
    return EXIT.badInput;
  }
}

void main(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (e: unknown) => {
    console.error(e);
    process.exitCode = EXIT.internal;
  },
);
