import type { NoteLineDef } from "./types";

/**
 * Default rows of the income note, as the seeds print them (HBS 2021 Not 1, Stockholm 2022 Not 2):
 * one row per financier. A förbund adds one row per member municipality ("kommun-<namn>").
 */
export const DEFAULT_INCOME_NOTE_LINES: NoteLineDef[] = [
  { id: "staten", label: "Driftbidrag från staten" },
  { id: "region", label: "Driftbidrag från regionen" },
  { id: "kommuner", label: "Driftbidrag från kommunerna" },
  { id: "esf", label: "EU-medel och andra bidrag (ESF)" },
];

/** Default rows of the cost note per kind, in the order of the accounts they take (as the mapping sheet lists them). */
export const DEFAULT_COST_NOTE_LINES: NoteLineDef[] = [
  { id: "kop-av-verksamhet", label: "Köp av verksamhet" },
  { id: "lokal", label: "Lokalkostnader" },
  { id: "ovriga-verksamhetskostnader", label: "Övriga verksamhetskostnader" },
  { id: "revision", label: "Revision" },
  { id: "personal", label: "Personalkostnader" },
];

/**
 * The cost note line whose accounts are the förbund's räkenskapsrevision: Not Kostnader för räkenskapsrevision
 * (Stockholm 2022 Not 4) prints their sum, as Not 2 prints them on their own row (HBS 2021 Not 2 "Revision").
 */
export const AUDIT_COST_NOTE = "revision";

/** The note line of the ackumulerade avskrivningar accounts in Not Inventarier (the rest is anskaffningsvärde). */
export const ACCUMULATED_DEPRECIATION_NOTE = "ackumulerade-avskrivningar";

/**
 * The note line of the RR's avskrivningar that are on immateriella anläggningstillgångar: Not Immateriella
 * anläggningstillgångar prints them as its årets avskrivningar, and Not Inventarier the rest of the RR's.
 */
export const IMMATERIAL_DEPRECIATION_NOTE = "avskrivningar-immateriella";

/**
 * Default rows of the balance-sheet notes, as BAS names its account groups (15, 16, 17; 244, 27, 29, the rest of
 * 24–28) and as the seeds print them (Stockholm 2022 Not 6 and 7, Roslagen 2022 Not 3 and 4).
 */
export const DEFAULT_BALANCE_NOTE_LINES: NoteLineDef[] = [
  { id: "kundfordringar", label: "Kundfordringar" },
  { id: "ovriga-fordringar", label: "Övriga kortfristiga fordringar" },
  { id: "forutbetalda-upplupna", label: "Förutbetalda kostnader och upplupna intäkter" },
  { id: "leverantorsskulder", label: "Leverantörsskulder" },
  { id: "personalens-skatter", label: "Personalens skatter, avgifter och löneavdrag" },
  { id: "upplupna-forutbetalda", label: "Upplupna kostnader och förutbetalda intäkter" },
  { id: "ovriga-skulder", label: "Övriga kortfristiga skulder" },
  { id: ACCUMULATED_DEPRECIATION_NOTE, label: "Ackumulerade avskrivningar" },
  { id: IMMATERIAL_DEPRECIATION_NOTE, label: "Avskrivningar på immateriella anläggningstillgångar" },
];
