import { Dec } from "../../src/core/money/decimal";
import type { ReportId, ReportModel, ReportRow } from "../../src/core/report/model";
import type { SheetDescription } from "../../src/core/sheet/description";
import { renderReport } from "../../src/core/sheet/render";

/**
 * Hand-made report models (not seed figures): n cost lines with utfall, budget and avvikelse = utfall − budget,
 * a total row summing them, a deviation flag on every seventh line and a chart of utfall/budget.
 */
export function model(id: ReportId, title: string, lines: number, scale = 1): ReportModel {
  const rows: ReportRow[] = [];
  let utfall = new Dec(0);
  let budget = new Dec(0);
  for (let i = 1; i <= lines; i++) {
    const u = new Dec(-(1000 * i + 250) * scale);
    const b = new Dec(-1000 * i * scale);
    utfall = utfall.plus(u);
    budget = budget.plus(b);
    const row: ReportRow = {
      id: `r${i}`,
      label: `Kostnad ${i}`,
      kind: "line",
      level: 1,
      values: { utfall: u, budget: b, avvikelse: u.minus(b) },
      columnFormulas: { avvikelse: { plus: ["utfall"], minus: ["budget"] } },
    };
    if (i % 7 === 0) row.flags = { avvikelse: "critical" };
    rows.push(row);
  }
  rows.push({
    id: "summa",
    label: "Summa kostnader",
    kind: "total",
    level: 0,
    values: { utfall, budget, avvikelse: utfall.minus(budget) },
    sumOf: rows.map((r) => r.id),
    columnFormulas: { avvikelse: { plus: ["utfall"], minus: ["budget"] } },
  });
  return {
    id,
    title,
    unit: "kr",
    columns: [
      { id: "utfall", heading: "Utfall 2022", kind: "amount" },
      { id: "budget", heading: "Budget 2022", kind: "amount" },
      { id: "avvikelse", heading: "Avvikelse", kind: "amount" },
    ],
    rows,
    footnotes: ["Negativa belopp är kostnader."],
  };
}

/** Three report sheets of `lines` rows each (Resultaträkning carries a chart). */
export function reports(lines: number, scale = 1): SheetDescription[] {
  return [
    renderReport(model("resultatrakning", "Resultaträkning", lines, scale), {
      sheetName: "Resultaträkning",
      chart: { kind: "columnClustered", columns: ["utfall", "budget"], lastRowId: `r${lines}` },
    }),
    renderReport(model("driftsredovisning", "Driftsredovisning", lines, scale), { sheetName: "Driftsredovisning" }),
    renderReport(model("not-kostnader", "Not 2 Kostnader", lines, scale), { sheetName: "Not 2" }),
  ];
}
