import { type Catalog, amount, where } from "./catalog";

/** Messages of the account mapping and the statement builders. */
export const statementMessages = {
  sv: {
    "mapping.range": (p) => `${where(p, "sv")}: kontointervallet "${p.value}" är ogiltigt; ange kontonummer med siffror, från ≤ till.`,
    "mapping.noTarget": (p) => `${where(p, "sv")}: regeln saknar mål (rad, verksamhet eller not).`,
    "mapping.unknownLine": (p) => `${where(p, "sv")}: "${p.value}" är ingen känd rad i resultat- eller balansräkningen.`,
    "mapping.unknownArea": (p) => `${where(p, "sv")}: "${p.value}" är ingen känd verksamhet i driftsredovisningen.`,
    "statements.noCurrentYear": (p) => (p.field === undefined ? "Bokföringen saknar" : `${p.field}: bokföringen saknar`) + " innevarande räkenskapsår (årsnummer 0).",
    "statements.noCurrentResult": (p) => `Bokföringen har inga resultatsaldon för ${p.value} (i SIE-filen #RES 0, eller #TRANS eller #PSALDO för året; på bladet Saldobalans resultatkontona), men dess balanser kräver ett resultat på ${amount(p.amount, "sv")}. Rapporterna skulle visa årets intäkter, kostnader och resultat som noll; exportera filen med årets resultat.`,
    "statements.noOpeningBalances": (p) => `${where(p, "sv")}: de ingående balanserna saknas; ange föregående års saldon (SIE-filen: #RAR -1 med #UB -1, eller #IB 0; Saldobalans: kolumnen Föregående år).`,
    "statements.kfaLeftOut": () => "Kassaflödesanalysen byggdes inte: de ingående balanserna saknas. De andra rapporterna är byggda; för en kassaflödesanalys, ange föregående års saldon (SIE-filen: #RAR -1 med #UB -1, eller #IB 0; Saldobalans: kolumnen Föregående år).",
    "statements.followUpLeftOut": () => "Budgetuppföljningen byggdes inte: det finns ingen budget (bladet Budget har inga rader och huvudboken ingen #PBUDGET). De andra rapporterna är byggda; för en uppföljning, skriv årets budget på bladet Budget.",
    "statements.resultMissing": (p) => `Bokföringen har inga resultatsaldon för föregående år, ${p.value} (i SIE-filen #RES -1, eller #TRANS eller #PSALDO för det året). Resultaträkningen, noterna, driftsredovisningen och kassaflödesanalysen visar därför inte det året; balansräkningen lämnar dess årets resultat tomt och flerårsöversikten dess intäkter, kostnader och årets resultat, om de inte skrivits på bladet Tidigare år. Exportera filen med föregående års resultat (#RES -1) för att få med dem.`,
    "statements.yearCount": (p) => `${where(p, "sv")}: flerårsöversikten tar 1–5 år, inte ${p.value}.`,
    "statements.period": (p) => `${where(p, "sv")}: perioden "${p.value}" är inte på formen ÅÅÅÅMM.`,
    "budget.unknownArea": (p) => `${where(p, "sv")}: budgetposten avser "${p.value}", som inte är en verksamhet i driftsredovisningen.`,
    "budget.monthly": (p) => `${where(p, "sv")}: månadsbudgeten har ${p.value} värden; den måste ha 12.`,
    "followUp.noMonthly": (p) => `${where(p, "sv")}: uppföljning till och med månad ${p.value} kräver utfall per månad, men huvudboken har bara årets saldon (t.ex. en inklistrad saldobalans). Ange 12 för helåret, eller importera en SIE-fil med verifikationer eller #PSALDO.`,
  },
  en: {
    "mapping.range": (p) => `${where(p, "en")}: the account range "${p.value}" is invalid; use digit account numbers with from ≤ to.`,
    "mapping.noTarget": (p) => `${where(p, "en")}: the rule has no target (line, area or note).`,
    "mapping.unknownLine": (p) => `${where(p, "en")}: "${p.value}" is not a known income statement or balance sheet line.`,
    "mapping.unknownArea": (p) => `${where(p, "en")}: "${p.value}" is not a known area of the operating statement.`,
    "statements.noCurrentYear": (p) => (p.field === undefined ? "The ledger has" : `${p.field}: the ledger has`) + " no current financial year (year number 0).",
    "statements.noCurrentResult": (p) => `The ledger has no result figures for ${p.value} (in the SIE file #RES 0, or #TRANS or #PSALDO for the year; on the Saldobalans sheet, the result accounts), yet its balances need a result of ${amount(p.amount, "en")}. The reports would show the year's income, costs and result as zero; export the file with the year's result.`,
    "statements.noOpeningBalances": (p) => `${where(p, "en")}: the opening balances are missing; give the previous year's balances (SIE file: #RAR -1 with #UB -1, or #IB 0; Saldobalans: the column Föregående år).`,
    "statements.kfaLeftOut": () => "The cash flow statement was not built: the opening balances are missing. The other reports are built; for a cash flow statement, give the previous year's balances (SIE file: #RAR -1 with #UB -1, or #IB 0; Saldobalans: the column Föregående år).",
    "statements.followUpLeftOut": () => "The budget follow-up was not built: there is no budget (the Budget sheet has no rows and the ledger no #PBUDGET). The other reports are built; for a follow-up, type the year's budget on the Budget sheet.",
    "statements.resultMissing": (p) => `The ledger has no result figures for the previous year, ${p.value} (in the SIE file #RES -1, or #TRANS or #PSALDO for that year). The income statement, the notes, the operating statement and the cash flow statement therefore leave that year out; the balance sheet leaves its result empty, and the multi-year overview its income, costs and result unless they are typed on the Tidigare år sheet. Export the file with the previous year's result (#RES -1) to include them.`,
    "statements.yearCount": (p) => `${where(p, "en")}: the multi-year overview takes 1–5 years, not ${p.value}.`,
    "statements.period": (p) => `${where(p, "en")}: the period "${p.value}" is not of the form YYYYMM.`,
    "budget.unknownArea": (p) => `${where(p, "en")}: the budget entry is for "${p.value}", which is not an area of the operating statement.`,
    "budget.monthly": (p) => `${where(p, "en")}: the monthly budget has ${p.value} values; it needs 12.`,
    "followUp.noMonthly": (p) => `${where(p, "en")}: a follow-up up to month ${p.value} needs monthly actuals, but the ledger has only the year's balances (e.g. a pasted trial balance). Use 12 for the whole year, or import an SIE file with vouchers or #PSALDO.`,
  },
} satisfies Catalog<string>;
