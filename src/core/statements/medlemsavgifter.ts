import { type Dec, sum } from "../money/decimal";
import { kronor } from "../money/format";
import { STEP_LABEL, type UnitName } from "../money/units";
import type { ReportModel } from "../report/model";
import { defaultFundingModel, type ContributionPart, type FundingModel, type Member } from "../rules/contributions";
import { RowList, amountColumn } from "./common";

/**
 * The member contribution split as a table (like HBS's "Finansiär | Andel | Medlemsavgift"): one row per
 * party with its share of the total and its amount, and a Summa that the sheet recalculates with SUM. The
 * amounts are already rounded by largest remainder, so the SUM equals the total exactly.
 */
export function buildMedlemsavgifter(parts: readonly ContributionPart[], options: { year: string; step: UnitName; auditFormula?: string }): ReportModel {
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
    // Parts in whole öre are shown to the öre; coarser steps are whole kronor either way.
    unit: options.step === "ore" ? "ore" : "kr",
    // Shares are agreed to the hundredth of a percent (HBS: 11,75 / 11,75 / 1,5 of the total, seed 004).
    columns: [{ id: "andel", heading: "Andel", kind: "percent", decimals: 2 }, amountColumn("belopp", "Medlemsavgift")],
    rows: rows.rows,
    footnotes: [
      `Fördelat med största rest-metoden i hela ${STEP_LABEL[options.step]}: delarna summerar exakt till ${kronor(total, options.step === "ore" ? 2 : 0)}.`,
      "Staten betalar hälften enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser, 5 §.",
      ...(options.auditFormula ? [`Revisorns kontroll (kräver tillägget): ${options.auditFormula}`] : []),
    ],
  };
}

/**
 * The custom function call that recomputes the split, in Swedish Excel's notation (semicolons between
 * arguments and array rows, decimal comma): total, the municipalities' weights, then only the optional
 * arguments that differ from the function's defaults (regions' weights when there are several, the unit,
 * the region share), so an auditor with the add-in gets the same column.
 */
export function fundingFormula(total: Dec, model: FundingModel, step: UnitName): string {
  const number = (d: Dec) => d.toFixed().replace(".", ",");
  const column = (members: readonly Member[]) => `{${members.map((m) => number(m.weight)).join(";")}}`;
  const optional = [
    model.regions.length > 1 ? column(model.regions) : "",
    step === "kr" ? "" : `"${STEP_LABEL[step]}"`,
    model.regionShare.equals(defaultFundingModel([], []).regionShare) ? "" : number(model.regionShare),
  ];
  while (optional.length > 0 && optional[optional.length - 1] === "") optional.pop();
  return `=FINSAM.MEDLEMSAVGIFTER(${[number(total), column(model.municipalities), ...optional].join("; ")})`;
}
