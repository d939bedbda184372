import type { ReportId } from "./model";

/** Sheet names as the reports are called in the annual report ("Bygg alla rapporter" writes these). */
export const SHEET_NAMES: Record<Exclude<ReportId, "medlemsavgifter">, string> = {
  driftsredovisning: "Driftsredovisning",
  resultatrakning: "Resultaträkning",
  balansrakning: "Balansräkning",
  kassaflodesanalys: "Kassaflödesanalys",
  "not-intakter": "Not Intäkter",
  "not-kostnader": "Not Kostnader",
  "noter-balansrakning": "Noter balansräkning",
  "finansiella-mal": "Finansiella mål",
  kostnadsfordelning: "Kostnadsfördelning",
  flerarsoversikt: "Flerårsöversikt",
  budgetuppfoljning: "Budgetuppföljning",
  "prognos-mal": "Prognos finansiella mål",
  "delar-resultatrakning": "Resultaträkning delår",
  "delar-balansrakning": "Balansräkning delår",
  maluppfyllelse: "Måluppfyllelse insatser",
  flerarsplan: "Budget och plan",
  kontroller: "Kontroller",
};
