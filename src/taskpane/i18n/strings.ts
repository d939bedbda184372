/**
 * Every UI string in Swedish and English. The English table is typed by the Swedish keys, so a string
 * missing in either language fails the type check (and test/taskpane/i18n.test.ts).
 *
 * `{name}` is filled from the params; `{name|one|other}` picks the singular or plural word for the number
 * in `name` by the language's plural rules ("1 flaggad avvikelse", "2 flaggade avvikelser").
 */
export const sv = {
  appTitle: "Finsam Ekonomi",
  previewBanner: "Förhandsvisning utanför Excel: exempelförbundet i en arbetsbok i minnet. Inget sparas.",
  previewBadge: "Förhandsvisning",
  language: "Språk",
  navLabel: "Delar",
  "pane.start": "Start",
  "pane.import": "Import",
  "pane.medlemsavgifter": "Medlemsavgifter",
  "pane.budgetuppfoljning": "Budget",
  "pane.bokslut": "Bokslut",
  "pane.kontroller": "Kontroller",
  busy: "Arbetar…",
  cancel: "Avbryt",
  done: "Klart.",
  errorsTitle: "Det gick inte: rätta följande och försök igen. Inget har skrivits.",
  warningsTitle: "Varningar",
  "start.intro": "Skapa indatabladen i den här arbetsboken, eller ladda exempelförbundet för att prova.",
  "start.createEmpty": "Skapa tomma indatablad",
  "start.loadExample": "Ladda exempelförbundet",
  "start.created": "Skapade bladen: {sheets}.",
  "start.nothingCreated": "Alla indatablad finns redan; inget skrevs över.",
  "import.intro": "Läs in huvudboken som SIE 4-fil, eller använd saldobalansen på bladet Saldobalans.",
  "import.chooseFile": "Välj SIE-fil",
  "import.progress": "Läser {done} av {total}",
  "import.useTrialBalance": "Använd bladet Saldobalans",
  "import.summary": "{company}: {accounts} konton, {years} år.",
  "import.mapped": "Alla konton är mappade; kontrollsumman stämmer.",
  "import.unmappedTitle": "Omappade konton (lägg till dem på bladet Kontomappning)",
  "import.cancelled": "Inläsningen avbröts. Inget ändrades.",
  "import.account": "Konto",
  "import.amount": "Belopp",
  "split.intro": "Fördela medelstilldelningen: staten hälften, regionen och kommunerna resten efter vikterna på bladet Medlemmar.",
  "split.total": "Total medelstilldelning (kr)",
  "split.unit": "Avrunda till",
  "split.write": "Skriv fördelningen till ett blad",
  "split.sum": "Summa",
  "followup.intro": "Budget mot utfall per verksamhet och insats, med flaggade avvikelser och helårsprognos.",
  "followup.month": "Utfall till och med månad",
  "followup.monthFromSettings": "Förvalt från bladet Inställningar.",
  "followup.write": "Skriv budgetuppföljningen",
  "followup.flagged": "{count} {count|flaggad avvikelse|flaggade avvikelser}",
  "close.intro": "Bygg driftsredovisning, resultaträkning, balansräkning, kassaflödesanalys, noter, finansiella mål och flerårsöversikt på egna blad.",
  "close.buildAll": "Bygg alla rapporter",
  "close.failedChecks": "{count} {count|kontroll stämmer|kontroller stämmer} inte: {titles}. Se Kontroller.",
  "close.failedMore": "{titles} och {count} till",
  "written.sheets": "Skrev {count} blad: {sheets}.",
  "written.renamed": "Bladet {preferred} fanns redan och är ditt; rapporten skrevs till {name}.",
  "checks.intro": "Revisorns avstämningar och de finansiella målen. Klicka på en kontroll för att markera dess celler i arbetsboken.",
  "checks.run": "Kör kontrollerna",
  "checks.write": "Skriv kontrollerna till ett blad",
  "checks.summary": "{total} {total|kontroll|kontroller}: {failed} stämmer inte, {passed} stämmer, {na} kan inte prövas.",
  "checks.naExplained": "Kan inte prövas: en av siffrorna som ska jämföras finns inte i rapporterna, oftast föregående år. Skälet står vid varje kontroll.",
  "checks.listTitle": "Kontrollerna en och en",
  "checks.selectFailed": "Cellerna kunde inte markeras: {message} Rapportbladen skrivs under Bokslut.",
  "checks.fail": "Stämmer inte",
  "checks.pass": "Stämmer",
  "checks.na": "Kan inte prövas",
  "preview.sheets": "Blad i arbetsboken",
  "preview.empty": "Arbetsboken har inga blad ännu.",
  "preview.firstRows": "Visar de första {shown} av {total} raderna; hela bladet finns i arbetsboken.",
  "preview.flagWarning": "Varning",
  "preview.flagCritical": "Kritisk",
} as const;

export type StringKey = keyof typeof sv;

export const en: Record<StringKey, string> = {
  appTitle: "Finsam Ekonomi",
  previewBanner: "Preview outside Excel: the example förbund in an in-memory workbook. Nothing is saved.",
  previewBadge: "Preview",
  language: "Language",
  navLabel: "Panes",
  "pane.start": "Start",
  "pane.import": "Import",
  "pane.medlemsavgifter": "Contributions",
  "pane.budgetuppfoljning": "Budget",
  "pane.bokslut": "Year-end",
  "pane.kontroller": "Checks",
  busy: "Working…",
  cancel: "Cancel",
  done: "Done.",
  errorsTitle: "It did not work: correct the following and try again. Nothing was written.",
  warningsTitle: "Warnings",
  "start.intro": "Create the input sheets in this workbook, or load the example förbund to try it out.",
  "start.createEmpty": "Create empty input sheets",
  "start.loadExample": "Load the example förbund",
  "start.created": "Created the sheets: {sheets}.",
  "start.nothingCreated": "All input sheets exist already; nothing was overwritten.",
  "import.intro": "Read the ledger as an SIE 4 file, or use the trial balance on the Saldobalans sheet.",
  "import.chooseFile": "Choose SIE file",
  "import.progress": "Reading {done} of {total}",
  "import.useTrialBalance": "Use the Saldobalans sheet",
  "import.summary": "{company}: {accounts} accounts, {years} years.",
  "import.mapped": "Every account is mapped; the control total holds.",
  "import.unmappedTitle": "Unmapped accounts (add them on the Kontomappning sheet)",
  "import.cancelled": "Reading was cancelled. Nothing changed.",
  "import.account": "Account",
  "import.amount": "Amount",
  "split.intro": "Split the contributions: the state half, the region and the municipalities the rest by the weights on the Medlemmar sheet.",
  "split.total": "Total contributions (kr)",
  "split.unit": "Round to",
  "split.write": "Write the split to a sheet",
  "split.sum": "Total",
  "followup.intro": "Budget against actuals per area and activity, with flagged deviations and a full-year forecast.",
  "followup.month": "Actuals up to month",
  "followup.monthFromSettings": "Preset from the Inställningar sheet.",
  "followup.write": "Write the budget follow-up",
  "followup.flagged": "{count} flagged {count|deviation|deviations}",
  "close.intro": "Build the operating statement, income statement, balance sheet, cash flow, notes, goals and five-year overview on their own sheets.",
  "close.buildAll": "Build all reports",
  "close.failedChecks": "{count} {count|check does|checks do} not hold: {titles}. See Checks.",
  "close.failedMore": "{titles} and {count} more",
  "written.sheets": "Wrote {count} {count|sheet|sheets}: {sheets}.",
  "written.renamed": "The sheet {preferred} exists and is yours; the report went to {name}.",
  "checks.intro": "The auditor's cross-checks and the financial goals. Click a check to select its cells in the workbook.",
  "checks.run": "Run the checks",
  "checks.write": "Write the checks to a sheet",
  "checks.summary": "{total} {total|check|checks}: {failed} {failed|does|do} not hold, {passed} {passed|holds|hold}, {na} cannot be tested.",
  "checks.naExplained": "Cannot be tested: one of the figures to compare is not in the reports, usually the previous year. Each check gives the reason.",
  "checks.listTitle": "The checks one by one",
  "checks.selectFailed": "The cells could not be selected: {message} The report sheets are written under Year-end.",
  "checks.fail": "Does not hold",
  "checks.pass": "Holds",
  "checks.na": "Cannot be tested",
  "preview.sheets": "Sheets in the workbook",
  "preview.empty": "The workbook has no sheets yet.",
  "preview.firstRows": "Showing the first {shown} of {total} rows; the whole sheet is in the workbook.",
  "preview.flagWarning": "Warning",
  "preview.flagCritical": "Critical",
};

export type Language = "sv" | "en";
export const STRINGS: Record<Language, Record<StringKey, string>> = { sv, en };

/** The locale of each UI language, for Intl (plural rules, lists, month names). */
export const LOCALE: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };
const pluralRules = new Map<Language, Intl.PluralRules>();

/** Looks up a string, picks its {count|singular|plural} words and fills its {placeholders}. */
export function format(language: Language, key: StringKey, params: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALE[language])));
  return STRINGS[language][key]
    .replace(/\{(\w+)\|([^|}]*)\|([^|}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const n = Number(params[name]);
      return Number.isFinite(n) ? (rules.select(n) === "one" ? one : other) : whole;
    })
    .replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
