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
  { id: "personal", label: "Personalkostnader" },
];
