import { runChecks } from "../../core/checks/run";
import { cellKey, readStatementSheets, STATEMENT_SHEET_CHOICES, type StatementCells } from "../../core/inputs/statementsSheet";
import type { Finding } from "../../core/checks/finding";
import { EXIT, InputError, parse, problemsOf, UsageError } from "../args";
import { readSheets } from "../files";
import { checkCounts } from "../summary";
import { NOTE_SHEETS } from "../../core/inputs/noteSheets";

export const CHECK_HELP = `finsam check <rapporter.xlsx>

Kör revisorns kontroller (summor, balans, resultat, eget kapital, kassaflöde, driftsredovisning, avvikelser,
noter, flerårsöversikt, budgetuppföljning, finansiella mål och prognos, delårets resultat- och balansräkning, måluppfyllelse
insatser) på rapporter som skrivits in för hand i en arbetsbok.

Layout: ett blad per rapport, med namnen ${STATEMENT_SHEET_CHOICES} (något av dem);
en arbetsbok från finsam build eller panelen kan kontrolleras som den är och ger samma kontroller med samma
resultat som dess Kontroller.
  - en rad "Belopp i kr", "Belopp i tkr" eller "Belopp i mnkr" ovanför tabellen (utan den: kr);
    på en not anger rubriken dess nummer ("Not 2 Verksamhetens kostnader"; utan den: ${NOTE_SHEETS.flatMap((n) => (n.note ? [`${n.name} ${n.note.number}`] : [])).join(", ")});
    flera noter på ett blad står efter varandra, var och en under sin rubrik på en egen rad ("Not 5 Fordringar");
  - en rubrikrad med "Rubrik", valfritt "Radid", och beloppskolumnerna:
      RR, BR, KFA: året och föregående år, rubricerade med årtal ("2024", "2024-12-31");
      Drift: Intäkt, Kostnad, Netto (eller Utfall), Budget, Avvikelse; rubrik med tidigare år = föregående år;
      Flerår: en kolumn per år; noter: året och föregående år, valfritt Budget och Avvikelse;
      RR delår, BR delår: som RR och BR, periodens kolumn först ("2024-01-01 – 2024-08-31", "2024-08-31");
      Budgetuppföljning: Budget helår, Budget t.o.m. månad, Utfall t.o.m. månad, Avvikelse, Helårsprognos,
      Prognos − budget (Avvikelse (%) och Flagga läses förbi); Prognos finansiella mål: Prognos, Gräns
      (året står i tabellens rubrik ovanför, "Finansiella mål enligt prognos 2024");
  - Budgetuppföljningen, Prognos finansiella mål och delårets resultaträkning anger månaden i rubriken
    ("t.o.m. månad 8"; delåret även med periodens datum) och jämförs bara för samma månad (prognosens och
    delårets månad prövas mot Budgetuppföljningens); delårets resultat- och balansräkning och prognosen prövas
    som årets (enhet, summor), och delårets jämförelsekolumn ska vara samma månader föregående år;
    Budgetuppföljningen läses som Drift: områdena (okända rader närmast före ett område är dess insatser) och
    Resultat, deras summa; varje summa prövas i varje beloppskolumn, Avvikelse = utfall − budget t.o.m. månad
    (eller budget − utfall, om rubriken säger så) och Prognos − budget = helårsprognos − budget helår på varje rad,
    enheten mot Drifts budget, varje områdes och Resultats budget helår mot Drifts budget, och i månad 12 varje
    områdes utfall och Resultat mot Drifts netto;
    prognosens Ingående eget kapital, Resultat enligt helårsprognos och Eget kapital vid årets slut enligt
    prognos prövas, dess övriga rader läses förbi;
  - Finansiella mål och Prognos finansiella mål som bygget skrev: varje måls Gräns prövas mot regeln i dess
    Mål-text ("Högst 20 % av medlemmarnas bidrag", trappan, "Högst 10 % av kostnaderna", "Minst 70 % av medlen
    efter administration") på raden under Underlag för målen; ett fast belopp prövas inte;
    ett delårsblad som bygget skrev utan tabell (månad 12) ger sin text som skäl till att delårets kontroller
    inte kan prövas;
  - Måluppfyllelse insatser som bygget skrev: varje Angiven andel prövas mot Nått målet av Av, och varje insats
    (raden med Kostnad) mot sina deltagare;
  - en rad per post; rader utan belopp är rubriker. Utan Radid känns raden igen på sin rubrik
    (t.ex. "Verksamhetens intäkter", "Korta fordringar", "Kassaflöde för den löpande verksamheten");
    Radid <rad-id>.<namn> (t.ex. br.fordringar.kund) är en delpost, summerad till raden där rapporten saknar summa;
    i Drift är okända rader närmast före ett områdes rad dess insatser, och området prövas som deras summa;
    Flerår: soliditet som Excel lagrar procent ("30,12 %" är 0,3012);
    noter: posterna, delsummor "Summa" eller "Summa …" (av posterna sedan förra delsumman) och sist notens summa
    (den sista raden "Summa", eller raden noten förklarar: "Verksamhetens kostnader");
    Inventarier och immateriella anläggningstillgångar: rader som byggets ("Ingående anskaffningsvärde" …), delsummor "Utgående …", sist "Redovisat värde vid årets slut".
Alla tabeller ska vara för samma år (deras senaste årtal i rubriken).
Beloppen läses exakt; avrundningstoleransen följer antalet decimaler i tabellen.

Slutstatus: 0 alla kontroller stämmer, 1 någon kontroll stämmer inte, 2 fel i indata eller anrop.`;

const MARK = { pass: "OK ", fail: "FEL", "not-applicable": " – " } as const;

export async function check(args: readonly string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help) return out(CHECK_HELP), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError("check: ange en arbetsbok (.xlsx) med rapporterna.");
  const file = positionals[0]!;
  const read = readStatementSheets(await readSheets(file));
  if (!read.ok) throw new InputError(problemsOf(file, read.errors));
  const findings = runChecks(read.set);
  for (const f of findings) {
    out(`${MARK[f.status]} ${f.title.sv}`);
    // A check that cannot be tested says why, as in the pane; a failure names the cells it compared.
    if (f.status !== "pass") out(`    ${f.explanation.sv}`);
    const at = f.status === "fail" ? cellsOf(f, read.cells) : [];
    if (at.length > 0) out(`    Celler: ${at.join(", ")}`);
  }
  out(checkCounts(findings));
  return findings.some((f) => f.status === "fail") ? EXIT.checksFailed : EXIT.ok;
}

/** The sheet cells a finding compared, in the order read, each once. */
function cellsOf(f: Finding, cells: StatementCells): string[] {
  return [...new Set(f.refs.flatMap((ref) => cells.get(cellKey(ref)) ?? []))];
}
