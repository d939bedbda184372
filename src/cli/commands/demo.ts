import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { exampleInputs } from "../../core/example/exempelforbund";
import { inputTemplates } from "../../core/inputs/templates";
import { buildAllReports } from "../../core/reports/buildAll";
import { writeWorkbook } from "../../xlsx/writeWorkbook";
import { EXIT, parse, UsageError } from "../args";
import { failedChecks, keyFigures } from "../summary";
import { writeOutput } from "../files";

export const DEMO_HELP = `finsam demo [--out katalog]

Bygger exempelförbundet (examples/exempelforbund.se med exemplets inställningar och medlemmar):
  <katalog>/exempelforbund.xlsx   alla rapporter, flaggor och kontroller
  <katalog>/indata-mall.xlsx      exemplets indatablad (Inställningar, Medlemmar, Budget, Saldobalans,
                                  Kontomappning, Tidigare år, Flerårsplan, Insatsmål); "finsam build <katalog>/indata-mall.xlsx -o …"
                                  bygger om dem
och skriver nyckeltalen. Standardkatalog: out.
Slutstatus: 0 klart, 2 fel.`;

/** `root` is the package directory, where examples/ lives. */
export async function demo(args: readonly string[], root: string, out: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string" } });
  if (values.help) return out(DEMO_HELP), EXIT.ok;
  if (positionals.length > 0) throw new UsageError(`demo: okänt argument "${positionals[0]}".`);
  const dir = values.out ?? "out";
  const example = exampleInputs(new Uint8Array(await readFile(join(root, "examples", "exempelforbund.se"))));
  const result = buildAllReports(example.inputs);
  const reports = join(dir, "exempelforbund.xlsx");
  const template = join(dir, "indata-mall.xlsx");
  await writeOutput(reports, await writeWorkbook(result.sheets));
  await writeOutput(template, await writeWorkbook(inputTemplates({ example: example.inputs.ledger })));

  out(`${example.inputs.settings.name} ${example.inputs.settings.year}`);
  out(`Skrev ${reports} (${result.sheets.length} blad) och ${template} (indatabladen).`);
  for (const line of keyFigures(result, example.inputs.settings)) out(line);
  for (const line of failedChecks(result.findings)) out(line);
  return EXIT.ok;
}
