import { DRIFT, RR } from "../statements/lines";
import { BAS_DEFAULT_MAPPING } from "./basDefaults";
import type { Mapping, MappingRule } from "./types";

/** Insats objects (dimension 6) of the example förbund and the area each belongs to. */
export const EXEMPEL_INSATS_AREAS: [string, string][] = [
  ["KANSLI", DRIFT.administration.id],
  ["STEG", DRIFT.individ.id],
  ["UNGA", DRIFT.individ.id],
  ["IPS", DRIFT.individ.id],
  ["HALSA", DRIFT.individ.id],
  ["KOMP", DRIFT.struktur.id],
  ["KART", DRIFT.struktur.id],
];

const FINANCIERS: [string, string, string][] = [
  ["3010", "staten", "Medlemsbidrag från staten"],
  ["3020", "region", "Medlemsbidrag från Region Exempellän"],
  ["3031", "kommun-norrby", "Medlemsbidrag från Norrby kommun"],
  ["3032", "kommun-soderas", "Medlemsbidrag från Söderås kommun"],
  ["3033", "kommun-vasterlund", "Medlemsbidrag från Västerlunds kommun"],
  ["3910", "esf", "EU-medel och andra bidrag (ESF)"],
];

/**
 * Mapping of examples/exempelforbund.se: BAS defaults, income per financier (ESF on its own RR line and
 * area), and every insats object's result amounts to its area.
 */
export const EXEMPEL_MAPPING: Mapping = {
  ...BAS_DEFAULT_MAPPING,
  name: "Samordningsförbundet Exempelbygd",
  description: "Exempelförbundets mappning (BAS, insatser i dimension 6).",
  confirmed: true,
  incomeNoteLines: FINANCIERS.map(([, id, label]) => ({ id, label })),
  rules: [
    ...BAS_DEFAULT_MAPPING.rules,
    ...FINANCIERS.map(([account, note]): MappingRule => ({ from: account, to: account, note })),
    { from: "3910", to: "3910", line: RR.intakterEsf.id, area: DRIFT.externa.id },
    ...EXEMPEL_INSATS_AREAS.map(([id, area]): MappingRule => ({ from: "3", to: "8", object: { dimension: 6, id }, area })),
  ],
};
