import { BR, RR, DRIFT } from "../statements/lines";
import { AUDIT_COST_NOTE, DEFAULT_BALANCE_NOTE_LINES, IMMATERIAL_DEPRECIATION_NOTE, DEFAULT_COST_NOTE_LINES, DEFAULT_INCOME_NOTE_LINES } from "./defaultNotes";
import { BAS_DEPRECIATION_RANGES, depreciationRules } from "./balanceNoteRules";
import { EXCLUDED_LINE, type Mapping } from "./types";

/**
 * Default mapping for a ledger on BAS (the companies' chart): 1 tillgångar, 2 eget kapital och skulder,
 * 3 intäkter, 4–7 kostnader (78 avskrivningar), 8 finansiella poster, 8999 årets resultat.
 * Standardval att bekräfta: the financier split of the income note needs the förbund's own accounts. The
 * balance-sheet notes follow BAS's groups (15 kundfordringar … 29 upplupna kostnader, 244 leverantörsskulder).
 */
export const BAS_DEFAULT_MAPPING: Mapping = {
  name: "BAS (standardval att bekräfta)",
  description: "Standardval att bekräfta: BAS-kontoplanen på klass- och gruppnivå.",
  confirmed: false,
  insatsDimension: 6,
  incomeNoteLines: DEFAULT_INCOME_NOTE_LINES,
  costNoteLines: DEFAULT_COST_NOTE_LINES,
  balanceNoteLines: DEFAULT_BALANCE_NOTE_LINES,
  rules: [
    { from: "10", to: "10", line: BR.immateriella.id },
    { from: "11", to: "12", line: BR.materiella.id },
    { from: "13", to: "13", line: BR.finansiellaAnl.id },
    { from: "14", to: "14", line: BR.forrad.id },
    { from: "15", to: "17", line: BR.fordringar.id },
    { from: "18", to: "18", line: BR.placeringar.id },
    { from: "19", to: "19", line: BR.kassaBank.id },
    { from: "20", to: "20", line: BR.egetKapital.id },
    { from: "21", to: "22", line: BR.avsattningar.id },
    { from: "23", to: "23", line: BR.langfristigaSkulder.id },
    { from: "24", to: "29", line: BR.kortfristigaSkulder.id },
    // Balance-sheet note rows, in print order (the sheet keeps the order in which rules name them).
    { from: "15", to: "15", note: "kundfordringar" },
    { from: "16", to: "16", note: "ovriga-fordringar" },
    { from: "17", to: "17", note: "forutbetalda-upplupna" },
    { from: "244", to: "244", note: "leverantorsskulder" },
    { from: "27", to: "27", note: "personalens-skatter" },
    { from: "29", to: "29", note: "upplupna-forutbetalda" },
    { from: "24", to: "28", note: "ovriga-skulder" },
    ...depreciationRules(BAS_DEPRECIATION_RANGES),
    { from: "3", to: "3", line: RR.intakter.id, area: DRIFT.huvudman.id },
    { from: "4", to: "7", line: RR.kostnader.id, area: DRIFT.administration.id },
    { from: "4", to: "4", note: "kop-av-verksamhet" },
    { from: "50", to: "50", note: "lokal" },
    { from: "51", to: "69", note: "ovriga-verksamhetskostnader" },
    { from: "642", to: "642", note: AUDIT_COST_NOTE, comment: "Ersättningar till revisor: Not Kostnader för räkenskapsrevision." },
    { from: "70", to: "76", note: "personal" },
    { from: "77", to: "79", note: "ovriga-verksamhetskostnader" },
    { from: "78", to: "78", line: RR.avskrivningar.id, area: DRIFT.administration.id },
    { from: "781", to: "781", note: IMMATERIAL_DEPRECIATION_NOTE, comment: "Avskrivningar på immateriella anläggningstillgångar: Not Immateriella anläggningstillgångar." },
    { from: "80", to: "83", line: RR.finansiellaIntakter.id, area: DRIFT.administration.id },
    { from: "84", to: "87", line: RR.finansiellaKostnader.id, area: DRIFT.administration.id },
    { from: "88", to: "89", line: RR.extraordinara.id, area: DRIFT.administration.id },
    { from: "8999", to: "8999", line: EXCLUDED_LINE, comment: "Årets resultat (bokslutskonto): motbokas mot 2099." },
  ],
};
