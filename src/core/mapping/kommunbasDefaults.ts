import { BR, RR, DRIFT } from "../statements/lines";
import { AUDIT_COST_NOTE, DEFAULT_BALANCE_NOTE_LINES, IMMATERIAL_DEPRECIATION_NOTE, DEFAULT_COST_NOTE_LINES, DEFAULT_INCOME_NOTE_LINES } from "./defaultNotes";
import { KOMMUNBAS_DEPRECIATION_RANGES, depreciationRules } from "./balanceNoteRules";
import { EXCLUDED_LINE, type Mapping } from "./types";

/**
 * Default mapping for Kommun-Bas, at class level only (domain.md §4): 3 intäkter (35 bidrag),
 * 4 kostnader och utgifter, 5 kostnader för arbetskraft, 6–7 övriga verksamhetskostnader, 8 övriga
 * intäkter och kostnader. The group numbers of förbund lines were not readable in Kommun-Bas itself, so the
 * group-level rules here (68 avskrivningar, 84/85 finansiella poster, 89 årets resultat) are guesses
 * that the user must confirm. So are the balance-sheet notes' groups (16 övriga fordringar, 17 förutbetalda kostnader
 * och upplupna intäkter, 29 upplupna kostnader och förutbetalda intäkter, the rest of 24–28 övriga skulder, 681
 * avskrivningar på immateriella anläggningstillgångar), taken
 * from BAS, which Kommun-Bas follows "till en del" (domain.md §4); only the x9 ackumulerade avskrivningar of 12 are
 * seen in charts built on Kommun-Bas.
 */
export const KOMMUNBAS_DEFAULT_MAPPING: Mapping = {
  name: "Kommun-Bas (standardval att bekräfta)",
  description: "Standardval att bekräfta: Kommun-Bas på klassnivå; kontrollera särskilt avskrivningar och finansiella poster.",
  confirmed: false,
  insatsDimension: 6,
  incomeNoteLines: DEFAULT_INCOME_NOTE_LINES,
  // Kommun-Bas's account for revision is not known: a rule with Not (kostnader) "Revision" adds the row and the note.
  costNoteLines: DEFAULT_COST_NOTE_LINES.filter((l) => l.id !== AUDIT_COST_NOTE),
  balanceNoteLines: DEFAULT_BALANCE_NOTE_LINES,
  rules: [
    { from: "10", to: "10", line: BR.immateriella.id },
    { from: "11", to: "12", line: BR.materiella.id },
    { from: "13", to: "13", line: BR.finansiellaAnl.id },
    { from: "14", to: "15", line: BR.forrad.id },
    { from: "16", to: "17", line: BR.fordringar.id },
    { from: "18", to: "18", line: BR.placeringar.id },
    { from: "19", to: "19", line: BR.kassaBank.id },
    { from: "20", to: "20", line: BR.egetKapital.id },
    { from: "21", to: "22", line: BR.avsattningar.id },
    { from: "23", to: "23", line: BR.langfristigaSkulder.id },
    { from: "24", to: "29", line: BR.kortfristigaSkulder.id },
    { from: "16", to: "16", note: "ovriga-fordringar", comment: "Att bekräfta." },
    { from: "17", to: "17", note: "forutbetalda-upplupna", comment: "Att bekräfta." },
    { from: "29", to: "29", note: "upplupna-forutbetalda", comment: "Att bekräfta." },
    { from: "24", to: "28", note: "ovriga-skulder", comment: "Att bekräfta: ge leverantörsskulder och personalens skatter egna rader." },
    ...depreciationRules(KOMMUNBAS_DEPRECIATION_RANGES, "Ackumulerade avskrivningar: att bekräfta."),
    { from: "3", to: "3", line: RR.intakter.id, area: DRIFT.huvudman.id, comment: "35 bidrag: dela på finansiärer i noten." },
    { from: "4", to: "7", line: RR.kostnader.id, area: DRIFT.administration.id },
    { from: "4", to: "4", note: "kop-av-verksamhet" },
    { from: "5", to: "5", note: "personal" },
    { from: "6", to: "7", note: "ovriga-verksamhetskostnader" },
    { from: "68", to: "68", line: RR.avskrivningar.id, area: DRIFT.administration.id, comment: "Att bekräfta." },
    { from: "681", to: "681", note: IMMATERIAL_DEPRECIATION_NOTE, comment: "Avskrivningar på immateriella anläggningstillgångar: att bekräfta." },
    { from: "80", to: "84", line: RR.finansiellaIntakter.id, area: DRIFT.administration.id, comment: "Att bekräfta." },
    { from: "85", to: "88", line: RR.finansiellaKostnader.id, area: DRIFT.administration.id, comment: "Att bekräfta." },
    { from: "89", to: "89", line: EXCLUDED_LINE, comment: "Årets resultat (bokslutskonto), att bekräfta." },
  ],
};
