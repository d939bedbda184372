import { BR, DRIFT, RR } from "../statements/lines";

/** RR lines an account can be mapped to (the others are subtotals). Amounts print as −(ledger sum). */
export const RR_LEAF_LINES = [
  RR.intakter, RR.intakterEsf, RR.intakterOvriga, RR.kostnader, RR.avskrivningar,
  RR.finansiellaIntakter, RR.finansiellaKostnader, RR.extraordinara,
] as const;

/** BR asset lines (print as the ledger sum). */
export const BR_ASSET_LINES = [
  BR.immateriella, BR.materiella, BR.finansiellaAnl, BR.forrad, BR.fordringar, BR.placeringar, BR.kassaBank,
] as const;

/** BR equity and liability lines (print as −(ledger sum)). */
export const BR_CLAIM_LINES = [BR.egetKapital, BR.avsattningar, BR.langfristigaSkulder, BR.kortfristigaSkulder] as const;

/** Driftsredovisning areas in print order; income areas first. */
export const DRIFT_AREAS = [DRIFT.huvudman, DRIFT.externa, DRIFT.administration, DRIFT.individ, DRIFT.struktur] as const;
export const INCOME_AREAS: ReadonlySet<string> = new Set([DRIFT.huvudman.id, DRIFT.externa.id]);

export const MAPPABLE_LINES: ReadonlySet<string> = new Set([...RR_LEAF_LINES, ...BR_ASSET_LINES, ...BR_CLAIM_LINES].map((l) => l.id));
export const AREA_IDS: ReadonlySet<string> = new Set(DRIFT_AREAS.map((a) => a.id));
