import { sum } from "../money/decimal";
import type { UnitName } from "../money/units";
import type { ReportModel } from "../report/model";
import type { ContributionPart } from "../rules/contributions";
import { RowList, amountColumn } from "./common";

/**
 * The member contribution split as a table (like HBS's "Finansiär | Andel | Medlemsavgift"): one row per
 * party with its share of the total and its amount, and a Summa that the sheet recalculates with SUM. The
 * amounts are already rounded by largest remainder, so the SUM equals the total exactly.
 */
export function buildMedlemsavgifter(parts: readonly ContributionPart[], options: { year: string; unit: UnitName; stepLabel: string; auditFormula?: string }): ReportModel {
  const rows = new RowList();
  const ids = parts.map((p, i) => {
    const id = `medlem.${i + 1}`;
    rows.line({ id, label: p.name }, 1, { andel: p.shareOfTotal, belopp: p.amount });
    return id;
  });
  rows.sum({ id: "medlem.summa", label: "Summa" }, "total", 0, ids, ["andel", "belopp"]);
  const total = sum(parts.map((p) => p.amount));
  return {
    id: "medlemsavgifter",
    title: `Medlemsavgifter ${options.year}`,
    unit: options.unit,
    columns: [{ id: "andel", heading: "Andel", kind: "percent" }, amountColumn("belopp", "Medlemsavgift")],
    rows: rows.rows,
    footnotes: [
      `Fördelat med största rest-metoden i hela ${options.stepLabel}: delarna summerar exakt till ${total.toString()} kr.`,
      "Staten betalar hälften enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser, 5 §.",
      ...(options.auditFormula ? [`Revisorns kontroll (kräver tillägget): ${options.auditFormula}`] : []),
    ],
  };
}
