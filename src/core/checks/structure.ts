import { BR, DRIFT, KFA, RR } from "../statements/lines";
import { OUTLOOK_ROWS } from "../statements/prognosMal";
import { GOAL_BASE_SUMS } from "../statements/goalBase";

/**
 * The standard total structure of RR, BR and KFA (which rows sum to which), from the canonical ids. A typed
 * statement gets its `sumOf` from here, and a total a report does not print is derived from its lines.
 */
const ids = (...lines: { id: string }[]): string[] => lines.map((l) => l.id);

/** The areas whose intäkt/kostnad columns add up to the driftsredovisning's totals. */
export const DRIFT_AREAS = ids(DRIFT.huvudman, DRIFT.externa, DRIFT.administration, DRIFT.individ, DRIFT.struktur);

export const STANDARD_SUMS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [RR.verksamhetensResultat.id, ids(RR.intakter, RR.intakterEsf, RR.intakterOvriga, RR.kostnader, RR.avskrivningar)],
  [RR.resultatEfterFinansiella.id, ids(RR.verksamhetensResultat, RR.finansiellaIntakter, RR.finansiellaKostnader)],
  [RR.aretsResultat.id, ids(RR.resultatEfterFinansiella, RR.extraordinara)],
  [BR.summaAnlaggning.id, ids(BR.immateriella, BR.materiella, BR.finansiellaAnl)],
  [BR.summaOmsattning.id, ids(BR.forrad, BR.fordringar, BR.placeringar, BR.kassaBank)],
  [BR.summaTillgangar.id, ids(BR.summaAnlaggning, BR.summaOmsattning)],
  // A printed "Eget kapital" line with an amount (HBS) is the equity brought forward.
  [BR.summaEgetKapital.id, ids(BR.egetKapital, BR.ekOvrigt, BR.ekAretsResultat)],
  [BR.summaSkulder.id, ids(BR.langfristigaSkulder, BR.kortfristigaSkulder)],
  [BR.summaEkAvsSkulder.id, ids(BR.summaEgetKapital, BR.avsattningar, BR.summaSkulder)],
  [KFA.foreRorelsekapital.id, ids(KFA.aretsResultat, KFA.justeringAvskrivningar, KFA.justeringAvsattningar, KFA.justeringOvriga)],
  [KFA.lopandeSumma.id, ids(KFA.foreRorelsekapital, KFA.fordringar, KFA.forrad, KFA.skulder)],
  [KFA.investeringSumma.id, ids(KFA.invImmateriella, KFA.forsImmateriella, KFA.invMateriella, KFA.forsMateriella, KFA.invFinansiella)],
  [KFA.finansieringSumma.id, ids(KFA.nyaLan, KFA.amortering)],
  [KFA.aretsKassaflode.id, ids(KFA.lopandeSumma, KFA.investeringSumma, KFA.finansieringSumma)],
  // The driftsredovisning's Summa: its areas (those a table prints; a typed area row sums its insatser).
  [DRIFT.summa.id, DRIFT_AREAS],
  // Prognos finansiella mål: eget kapital vid årets slut = ingående eget kapital + resultat enligt helårsprognos.
  [OUTLOOK_ROWS.utgaendeEk, [OUTLOOK_ROWS.ingaendeEk, OUTLOOK_ROWS.resultat]],
  // Its base of the goals' shares (goalBase.ts).
  ...GOAL_BASE_SUMS,
]);

/**
 * Driftsredovisning total rows that printed tables use but lines.ts does not define yet (Stockholm and
 * Roslagen print totals per row, not per area). Their amounts sit in the `netto` column ("Utfall").
 */
export const DRIFT_TOTALS = {
  intakter: { id: "drift.intakter", label: "Intäkter" },
  kostnader: { id: "drift.kostnader", label: "Kostnader" },
  likvida: { id: "drift.likvida-medel", label: "Likvida medel" },
} as const;

/** Total income when the table has no intäkt column: member contributions + external income. */
export const DRIFT_INCOME_PARTS = ids(DRIFT.huvudman, DRIFT.externa);

/** Previous-year columns of a driftsredovisning that prints intäkt/kostnad/netto for both years (HBS). */
export const DRIFT_PREVIOUS = { intakt: "previous-intakt", kostnad: "previous-kostnad", netto: "previous" } as const;
