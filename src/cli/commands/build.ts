import { buildAllReports, type BuildResult, type FinsamInputs } from "../../core/reports/buildAll";
import { isFinsamError } from "../../core/errors";
import { writeWorkbook } from "../../xlsx/writeWorkbook";
import { kronor } from "../../core/money/format";
import { EXIT, InputError, parse, UsageError } from "../args";
import { loadInputs } from "../inputs";
import { outputLosses, sameFile, writeOutput } from "../files";
import { failedChecks, keyFigures } from "../summary";

export const BUILD_HELP = `finsam build <huvudbok.se | indata.xlsx> -o <rapporter.xlsx> [--settings inställningar.xlsx] [--budget budget.xlsx] [--unit tkr]
             [--encoding pc8] [--overwrite-edits]

Bygger alla rapporter (driftsredovisning, resultaträkning, balansräkning, kassaflödesanalys, noter till
resultat- och balansräkningen, finansiella mål, kostnadsfördelning, flerårsöversikt, budgetuppföljning,
prognos finansiella mål, resultaträkning delår, balansräkning delår, måluppfyllelse insatser, budget och plan
och kontroller) i en arbetsbok.

  <huvudbok.se>     SIE 4-fil; inställningarna är standardvärdena för filens år om inte --settings anges
  <indata.xlsx>     arbetsbok med indatabladen (Inställningar, Medlemmar, Budget, Saldobalans eller Huvudbok,
                    Kontomappning, Tidigare år, Flerårsplan, Insatsmål), t.ex. out/indata-mall.xlsx från "npm run demo"
  -o, --output      arbetsboken som skrivs; en befintlig arbetsbok med andra blad än rapporterna skrivs inte över
  --settings        arbetsbok vars blad Inställningar, Medlemmar, Kontomappning, Tidigare år, Flerårsplan och
                    Insatsmål används
  --budget          arbetsbok vars blad Budget används (annars huvudbokens #PBUDGET)
  --unit            enhet i rapporterna: kr, tkr eller mnkr (ersätter inställningen)
  --encoding        SIE-filens teckenkodning: pc8 (standard), utf-8, windows-1252 eller auto
  --overwrite-edits skriv över rapportblad i utfilen som ändrats för hand sedan de skrevs (annars skrivs inget)

Utan bladet Kontomappning används standardmappningen för kontoplanen (med en varning).
Slutstatus: 0 arbetsboken skrevs (även om kontroller inte stämmer; de listas), 2 fel i indata eller anrop.`;

export async function build(args: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: "string", short: "o" }, settings: { type: "string" }, budget: { type: "string" }, unit: { type: "string" }, encoding: { type: "string" }, "overwrite-edits": { type: "boolean" } });
  if (values.help) return out(BUILD_HELP), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError("build: ange en SIE-fil eller en arbetsbok med indata.");
  if (!values.output) throw new UsageError("build: ange arbetsboken som ska skrivas med -o <fil.xlsx>.");
  // The output replaces the whole file: written over an input workbook it would take the user's input sheets.
  const inputs = [positionals[0]!, values.settings, values.budget].filter((f): f is string => f !== undefined);
  const output = values.output;
  const same = await Promise.all(inputs.map((f) => sameFile(f, output)));
  const clash = inputs.find((_, i) => same[i]);
  if (clash) throw new UsageError(`build: -o ${values.output} är samma fil som indata (${clash}); den skulle skrivas över med rapporterna. Välj en annan utfil.`);
  const loaded = await loadInputs({ source: positionals[0]!, ...(values.settings ? { settings: values.settings } : {}), ...(values.budget ? { budget: values.budget } : {}), ...(values.unit ? { unit: values.unit } : {}), ...(values.encoding ? { encoding: values.encoding } : {}) });
  for (const w of loaded.warnings) err(`Varning: ${w}`);

  const result = built(loaded.inputs);
  // Rebuilding over an earlier build's output is fine; over a workbook with sheets of the user's own it is not,
  // nor over report sheets typed in since (a comment, a corrected figure), unless told.
  const { lost, edited } = await outputLosses(output, result.sheets.map((s) => s.name));
  if (lost.length > 0) {
    throw new UsageError(`build: ${output} finns redan och har blad som bygget inte skriver (${lost.join(", ")}); de skulle försvinna när filen skrivs om. Välj en annan utfil, eller ta bort filen först.`);
  }
  if (edited.length > 0 && !values["overwrite-edits"]) {
    throw new UsageError(`build: i ${output} har rapportblad ändrats för hand sedan de skrevs: ${edited.join(", ")}; de skulle skrivas över. Välj en annan utfil, eller skriv över dem med --overwrite-edits.`);
  }
  await writeOutput(output, await writeWorkbook(result.sheets));
  for (const w of result.warnings) err(`Varning: ${w.message}`);

  out(`Skrev ${result.sheets.length} blad till ${values.output}: ${result.sheets.map((s) => s.name).join(", ")}.`);
  const unmapped = result.mapped.unmapped.filter((u) => u.year === 0);
  out(unmapped.length === 0 ? "Omappade konton: inga." : `Omappade konton (${unmapped.length}):`);
  for (const u of unmapped) out(`  ${u.account} ${u.accountName}${u.insats ? ` (insats ${u.insats})` : ""}: ${kronor(u.amount)} saknar ${u.facet === "line" ? "rad" : "område"}`);
  for (const line of keyFigures(result, loaded.inputs.settings)) out(line);
  for (const line of failedChecks(result.findings)) out(line);
  return EXIT.ok;
}

/** Errors a mapping causes: its own, and a ratio over costs the mapping left empty. */
const MAPPING_CAUSED = (code: string): boolean => code.startsWith("mapping.") || code === "ratio.zeroDenominator";

/** A rule that cannot be computed on these inputs is bad input; the mapping is named where it is the likely cause. */
function built(inputs: FinsamInputs): BuildResult {
  try {
    return buildAllReports(inputs);
  } catch (e) {
    if (!isFinsamError(e)) throw e;
    const hint = MAPPING_CAUSED(e.code) ? ` Kontrollera Kontomappning (mappningen "${inputs.mapping.name}").` : "";
    throw new InputError([`Rapporterna gick inte att bygga: ${e.message}${hint}`]);
  }
}
