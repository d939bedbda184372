/**
 * Canonical row ids and Swedish labels of the statements (LKBR form as förbund print it). Builders emit
 * these ids, the cross-checks look rows up by them, and hand-typed statements are read into them: the ids
 * are the contract between the three, so they are defined once, here.
 *
 * Amount columns of RR/BR/KFA are "current" (årets) and "previous" (föregående år). Signs follow the printed
 * reports: RR costs negative; BR assets, equity and liabilities all positive; KFA outflows negative.
 */
export const AMOUNT_COLUMNS = { current: "current", previous: "previous" } as const;

export const RR = {
  intakter: { id: "rr.intakter", label: "Verksamhetens intäkter" },
  intakterEsf: { id: "rr.intakter.esf", label: "Intäkter ESF" },
  intakterOvriga: { id: "rr.intakter.ovriga", label: "Övriga intäkter" },
  kostnader: { id: "rr.kostnader", label: "Verksamhetens kostnader" },
  avskrivningar: { id: "rr.avskrivningar", label: "Avskrivningar" },
  verksamhetensResultat: { id: "rr.verksamhetens-resultat", label: "Verksamhetens resultat" },
  finansiellaIntakter: { id: "rr.finansiella-intakter", label: "Finansiella intäkter" },
  finansiellaKostnader: { id: "rr.finansiella-kostnader", label: "Finansiella kostnader" },
  resultatEfterFinansiella: { id: "rr.resultat-efter-finansiella", label: "Resultat efter finansiella poster" },
  extraordinara: { id: "rr.extraordinara", label: "Extraordinära poster" },
  aretsResultat: { id: "rr.arets-resultat", label: "Årets resultat" },
} as const;

export const BR = {
  tillgangar: { id: "br.tillgangar", label: "Tillgångar" },
  anlaggning: { id: "br.anlaggning", label: "Anläggningstillgångar" },
  immateriella: { id: "br.immateriella", label: "Immateriella anläggningstillgångar" },
  materiella: { id: "br.materiella", label: "Maskiner och inventarier" },
  finansiellaAnl: { id: "br.finansiella-anl", label: "Finansiella anläggningstillgångar" },
  summaAnlaggning: { id: "br.summa-anlaggning", label: "Summa anläggningstillgångar" },
  omsattning: { id: "br.omsattning", label: "Omsättningstillgångar" },
  forrad: { id: "br.forrad", label: "Förråd m.m." },
  fordringar: { id: "br.fordringar", label: "Fordringar" },
  placeringar: { id: "br.kortfristiga-placeringar", label: "Kortfristiga placeringar" },
  kassaBank: { id: "br.kassa-bank", label: "Kassa och bank" },
  summaOmsattning: { id: "br.summa-omsattning", label: "Summa omsättningstillgångar" },
  summaTillgangar: { id: "br.summa-tillgangar", label: "Summa tillgångar" },
  ekAvsSkulder: { id: "br.ek-avs-skulder", label: "Eget kapital, avsättningar och skulder" },
  egetKapital: { id: "br.eget-kapital", label: "Eget kapital" },
  ekAretsResultat: { id: "br.ek.arets-resultat", label: "Årets resultat" },
  ekOvrigt: { id: "br.ek.ovrigt", label: "Övrigt eget kapital" },
  summaEgetKapital: { id: "br.summa-eget-kapital", label: "Summa eget kapital" },
  avsattningar: { id: "br.avsattningar", label: "Avsättningar" },
  skulder: { id: "br.skulder", label: "Skulder" },
  langfristigaSkulder: { id: "br.langfristiga-skulder", label: "Långfristiga skulder" },
  kortfristigaSkulder: { id: "br.kortfristiga-skulder", label: "Kortfristiga skulder" },
  summaSkulder: { id: "br.summa-skulder", label: "Summa skulder" },
  summaEkAvsSkulder: { id: "br.summa-ek-avs-skulder", label: "Summa eget kapital, avsättningar och skulder" },
  ansvarsforbindelser: { id: "br.ansvarsforbindelser", label: "Ansvarsförbindelser" },
} as const;

export const KFA = {
  lopande: { id: "kfa.lopande", label: "Den löpande verksamheten" },
  aretsResultat: { id: "kfa.arets-resultat", label: "Årets resultat" },
  justeringAvskrivningar: { id: "kfa.justering-avskrivningar", label: "Justering för av- och nedskrivningar" },
  justeringAvsattningar: { id: "kfa.justering-avsattningar", label: "Justering för gjorda och ianspråktagna avsättningar" },
  justeringOvriga: { id: "kfa.justering-ovriga", label: "Justering för övriga ej likviditetspåverkande poster" },
  foreRorelsekapital: { id: "kfa.fore-rorelsekapital", label: "Medel från verksamheten före förändring av rörelsekapital" },
  fordringar: { id: "kfa.fordringar", label: "Ökning (−)/minskning (+) kortfristiga fordringar" },
  forrad: { id: "kfa.forrad", label: "Ökning (−)/minskning (+) förråd" },
  skulder: { id: "kfa.skulder", label: "Ökning (+)/minskning (−) kortfristiga skulder" },
  lopandeSumma: { id: "kfa.lopande-summa", label: "Kassaflöde från den löpande verksamheten" },
  investering: { id: "kfa.investering", label: "Investeringsverksamheten" },
  invImmateriella: { id: "kfa.inv-immateriella", label: "Investering i immateriella anläggningstillgångar" },
  forsImmateriella: { id: "kfa.fors-immateriella", label: "Försäljning av immateriella anläggningstillgångar" },
  invMateriella: { id: "kfa.inv-materiella", label: "Investering i materiella anläggningstillgångar" },
  forsMateriella: { id: "kfa.fors-materiella", label: "Försäljning av materiella anläggningstillgångar" },
  invFinansiella: { id: "kfa.inv-finansiella", label: "Investering i finansiella anläggningstillgångar" },
  investeringSumma: { id: "kfa.investering-summa", label: "Kassaflöde från investeringsverksamheten" },
  finansiering: { id: "kfa.finansiering", label: "Finansieringsverksamheten" },
  nyaLan: { id: "kfa.nya-lan", label: "Nyupptagna lån" },
  amortering: { id: "kfa.amortering", label: "Amortering av skuld" },
  finansieringSumma: { id: "kfa.finansiering-summa", label: "Kassaflöde från finansieringsverksamheten" },
  aretsKassaflode: { id: "kfa.arets-kassaflode", label: "Årets kassaflöde" },
  likvidaBorjan: { id: "kfa.likvida-borjan", label: "Likvida medel vid årets början" },
  likvidaSlut: { id: "kfa.likvida-slut", label: "Likvida medel vid årets slut" },
} as const;

/** Driftsredovisning areas (verksamheter); insatser get rows `drift.insats.<object id>` under their area. */
export const DRIFT = {
  huvudman: { id: "drift.huvudman", label: "Intäkter från huvudmännen" },
  externa: { id: "drift.externa", label: "Övriga och externa intäkter (t.ex. ESF)" },
  administration: { id: "drift.administration", label: "Administration (kansli, styrelse, revision)" },
  individ: { id: "drift.individ", label: "Individinriktade insatser" },
  struktur: { id: "drift.struktur", label: "Strukturinriktade insatser" },
  summa: { id: "drift.summa", label: "Summa" },
  resultat: { id: "drift.resultat", label: "Årets resultat" },
  utgaendeEk: { id: "drift.utgaende-ek", label: "Utgående eget kapital" },
} as const;
export const driftInsatsId = (objectId: string): string => `drift.insats.${objectId}`;

/** Driftsredovisning columns. */
export const DRIFT_COLUMNS = {
  intakt: "intakt",
  kostnad: "kostnad",
  netto: "netto",
  budget: "budget",
  avvikelse: "avvikelse",
  previous: "previous",
} as const;

/** Flerårsöversikt rows; its columns are the years ("2022", "2021", …). */
export const FLERAR = {
  intakter: { id: "fy.intakter", label: "Verksamhetens intäkter" },
  kostnader: { id: "fy.kostnader", label: "Verksamhetens kostnader" },
  aretsResultat: { id: "fy.arets-resultat", label: "Årets resultat" },
  egetKapital: { id: "fy.eget-kapital", label: "Eget kapital" },
  // The cells are formatted as percent ("83,3 %"), so the label does not repeat the sign.
  soliditet: { id: "fy.soliditet", label: "Soliditet" },
} as const;

export type LineDef = { id: string; label: string };

/**
 * Note rows: one row per financier, cost kind or insats (`not.intakter.<id>`, `not.kostnader.<id>`,
 * `not.kostnader.insats.<object id>`), then the remainder and the sum the checks tie to the RR.
 */
export const NOTE = {
  intakterOvriga: { id: "not.intakter.ovriga", label: "Övriga intäkter" },
  intakterSumma: { id: "not.intakter.summa", label: "Summa" },
  kostnaderOvriga: { id: "not.kostnader.ovriga", label: "Övriga kostnader" },
  kostnaderSumma: { id: "not.kostnader.summa", label: "Summa" },
} as const;
/** Not Kostnader för räkenskapsrevision, as Stockholm 2022's Not 4 prints it (seed 002, lines 2125–2130). */
export const AUDIT_NOTE = {
  heading: { id: "not.revision", label: "Kostnader för räkenskapsrevision" },
  arvode: { id: "not.revision.arvode", label: "Revisorsarvode" },
} as const;
export const noteIncomeId = (noteLine: string): string => `not.intakter.${noteLine}`;
export const noteCostId = (noteLine: string): string => `not.kostnader.${noteLine}`;
export const noteCostInsatsId = (objectId: string): string => `not.kostnader.insats.${objectId}`;

/**
 * Balance-sheet notes. Fordringar and Kortfristiga skulder have one row per note line of the mapping
 * (`not.fordringar.<id>`, `not.skulder.<id>`, mapping.balanceNoteLines), then the remainder and the sum that
 * ties to the BR line. Inventarier is a roll-forward (IB + inköp − utrangering = UB, for the anskaffningsvärde
 * and the ackumulerade avskrivningar) whose redovisat värde ties to the BR's Maskiner och inventarier.
 */
export const BR_NOTE = {
  receivablesRest: { id: "not.fordringar.ovrigt", label: "Övrigt" },
  receivablesSumma: { id: "not.fordringar.summa", label: "Summa" },
  liabilitiesRest: { id: "not.skulder.ovrigt", label: "Övrigt" },
  liabilitiesSumma: { id: "not.skulder.summa", label: "Summa" },
} as const;
export const noteReceivableId = (noteLine: string): string => `not.fordringar.${noteLine}`;
export const noteLiabilityId = (noteLine: string): string => `not.skulder.${noteLine}`;

/** The rows of a roll-forward note (anskaffningsvärde, ackumulerade avskrivningar, redovisat värde). */
export type RollForwardLines = Record<
  "ibAnskaffning" | "ibRedovisatVarde" | "inkop" | "utrangering" | "ubAnskaffning" | "ibAvskrivningar" | "avskrivningar" | "utrangeringAvskrivningar" | "ubAvskrivningar" | "redovisatVarde",
  LineDef
>;

/** A roll-forward's rows under `prefix`, labelled as Stockholm 2022's Not 5 Inventarier prints them (seed 002, lines 2137–2164). */
const rollForwardLines = (prefix: string, assets: string): RollForwardLines => ({
  ibAnskaffning: { id: `${prefix}.ib-anskaffning`, label: "Ingående anskaffningsvärde" },
  /** In place of the anskaffningsvärde rows where the ledger has no ackumulerade avskrivningar accounts. */
  ibRedovisatVarde: { id: `${prefix}.ib-redovisat-varde`, label: "Ingående redovisat värde" },
  inkop: { id: `${prefix}.inkop`, label: "Nyanskaffningar" },
  utrangering: { id: `${prefix}.utrangering`, label: "Utrangering och avyttring" },
  ubAnskaffning: { id: `${prefix}.ub-anskaffning`, label: "Utgående anskaffningsvärde" },
  ibAvskrivningar: { id: `${prefix}.ib-avskrivningar`, label: "Ackumulerade avskrivningar vid årets ingång" },
  avskrivningar: { id: `${prefix}.avskrivningar`, label: "Årets avskrivningar" },
  utrangeringAvskrivningar: { id: `${prefix}.utrangering-avskrivningar`, label: `Avskrivningar på utrangerade och avyttrade ${assets}` },
  ubAvskrivningar: { id: `${prefix}.ub-avskrivningar`, label: "Utgående avskrivningar" },
  redovisatVarde: { id: `${prefix}.redovisat-varde`, label: "Redovisat värde vid årets slut" },
});

/** Not Inventarier: Maskiner och inventarier rolled forward. */
export const INVENTARIER = rollForwardLines("not.inventarier", "inventarier");
/** Not Immateriella anläggningstillgångar, rolled forward as Not Inventarier is. */
export const IMMATERIELLA = rollForwardLines("not.immateriella", "immateriella anläggningstillgångar");
/** Every roll-forward note's rows, in the balance sheet's order. */
export const ROLL_FORWARDS: readonly RollForwardLines[] = [IMMATERIELLA, INVENTARIER];
