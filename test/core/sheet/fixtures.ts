import { Dec } from "../../../src/core/money/decimal";
import type { ReportModel, ReportRow } from "../../../src/core/report/model";
import { deviation } from "../../../src/core/rules/deviation";
import { DRIFT, RR } from "../../../src/core/statements/lines";

const d = (v: string | number) => new Dec(v);

/**
 * Samordningsförbundet Stockholms stad, resultaträkning 2022 in kronor (seed 002_7845b5fff7fd51ba.txt,
 * lines 1776–1806). The 2021 avskrivningar print as "-155" (extraction cut); −155 045 is what the printed
 * Verksamhetens resultat 2 863 048 implies (40 935 720 − 37 917 627 − 2 863 048).
 */
export function stockholmRr(): ReportModel {
  const line = (def: { id: string; label: string }, note: string | undefined, current: number, previous: number | null): ReportRow => ({
    id: def.id, label: def.label, kind: "line", level: 1, values: { current: d(current), previous: previous === null ? null : d(previous) }, ...(note ? { note } : {}),
  });
  const sum = (def: { id: string; label: string }, kind: "subtotal" | "total", sumOf: string[], current: number, previous: number): ReportRow => ({
    id: def.id, label: def.label, kind, level: 0, values: { current: d(current), previous: d(previous) }, sumOf,
  });
  return {
    id: "resultatrakning",
    title: "Resultaträkning",
    unit: "tkr",
    columns: [
      { id: "current", heading: "2022-01-01 – 2022-12-31", kind: "amount" },
      { id: "previous", heading: "2021-01-01 – 2021-12-31", kind: "amount" },
    ],
    rows: [
      line(RR.intakter, "2", 37_299_692, 40_935_720),
      line(RR.kostnader, "3, 4", -42_786_549, -37_917_627),
      line(RR.avskrivningar, "5", -169_081, -155_045),
      sum(RR.verksamhetensResultat, "subtotal", [RR.intakter.id, RR.kostnader.id, RR.avskrivningar.id], -5_655_938, 2_863_048),
      line(RR.finansiellaIntakter, undefined, 532, null),
      line(RR.finansiellaKostnader, undefined, -4_622, -4_965),
      sum(RR.resultatEfterFinansiella, "subtotal", [RR.verksamhetensResultat.id, RR.finansiellaIntakter.id, RR.finansiellaKostnader.id], -5_660_028, 2_858_083),
      sum(RR.aretsResultat, "total", [RR.resultatEfterFinansiella.id], -5_660_028, 2_858_083),
    ],
    footnotes: [],
  };
}

/**
 * A hand-made driftsredovisning (kronor, signed: costs negative) with a heading between income and cost
 * lines, so "Summa" is a non-contiguous sum, an avvikelse column (netto − budget) and flags from
 * rules/deviation.ts. Amounts carry odd kronor so that tkr rounding matters.
 */
export function driftModel(): ReportModel {
  const rows: ReportRow[] = [];
  const line = (id: string, label: string, kind: "income" | "cost", netto: string, budget: string, previous: string) => {
    const dev = deviation(d(netto), d(budget), kind);
    rows.push({
      id, label, kind: "line", level: 1,
      values: { netto: d(netto), budget: d(budget), avvikelse: dev.raw, previous: d(previous) },
      columnFormulas: { avvikelse: { plus: ["netto"], minus: ["budget"] } },
      flags: { avvikelse: dev.severity },
    });
  };
  line(DRIFT.huvudman.id, DRIFT.huvudman.label, "income", "16000000", "16000000", "15800000");
  line(DRIFT.externa.id, DRIFT.externa.label, "income", "2891400", "0", "1200300");
  rows.push({ id: "drift.kostnader", label: "Kostnader", kind: "heading", level: 0, values: {} });
  line(DRIFT.administration.id, DRIFT.administration.label, "cost", "-1812600", "-1750000", "-1690400");
  line(DRIFT.individ.id, DRIFT.individ.label, "cost", "-12400400", "-12200000", "-11500200");
  line(DRIFT.struktur.id, DRIFT.struktur.label, "cost", "-3100400", "-2900000", "-2700100");
  const lineIds = rows.filter((r) => r.kind === "line").map((r) => r.id);
  const total = (col: string) => rows.filter((r) => r.kind === "line").reduce((a, r) => a.plus(r.values[col] as Dec), d(0));
  rows.push({
    id: DRIFT.summa.id, label: DRIFT.summa.label, kind: "total", level: 0,
    values: { netto: total("netto"), budget: total("budget"), avvikelse: total("netto").minus(total("budget")), previous: total("previous") },
    sumOf: lineIds,
    columnFormulas: { avvikelse: { plus: ["netto"], minus: ["budget"] } },
  });
  return {
    id: "driftsredovisning",
    title: "Driftsredovisning 2022",
    unit: "tkr",
    columns: [
      { id: "netto", heading: "Utfall 2022", kind: "amount" },
      { id: "budget", heading: "Budget 2022", kind: "amount" },
      { id: "avvikelse", heading: "Avvikelse (utfall − budget)", kind: "amount" },
      { id: "previous", heading: "Utfall 2021", kind: "amount" },
    ],
    rows,
    footnotes: ["Avvikelse = utfall − budget; negativ avvikelse är ogynnsam."],
  };
}
