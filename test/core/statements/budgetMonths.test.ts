import { Dec, sum } from "../../../src/core/money/decimal";
import { budgetOf } from "../../../src/core/statements/budget";
import { DRIFT } from "../../../src/core/statements/lines";

describe("an annual budget spread over the months", () => {
  // Roslagen 2022's Lokal budget, 130 tkr (seed 003:965): 130 000 / 12 = 10 833,33… has no end.
  const budget = { label: "Budget", entries: [{ area: DRIFT.administration.id, insats: "101", amount: new Dec(-130_000) }, { area: DRIFT.administration.id, insats: "102", amount: new Dec(-300_000) }] };

  it("is whole öre that sum exactly to the year, the extra öre on the first months", () => {
    const { annual, monthly } = budgetOf(budget, DRIFT.administration.id, "101");
    expect(monthly.map((m) => m.toString())).toEqual([...Array(4).fill("-10833.34"), ...Array(8).fill("-10833.33")]);
    expect(sum(monthly).equals(annual)).toBe(true);
  });

  it("so an area's months are its insatser's months added, to the öre", () => {
    const area = budgetOf(budget, DRIFT.administration.id).monthly;
    const parts = ["101", "102"].map((id) => budgetOf(budget, DRIFT.administration.id, id).monthly);
    expect(area.map((m, i) => m.equals(parts[0]![i]!.plus(parts[1]![i]!)))).toEqual(Array(12).fill(true));
    expect(sum(area).toString()).toBe("-430000");
  });

  it("keeps an amount's own smaller step", () => {
    const { monthly } = budgetOf({ label: "Budget", entries: [{ area: DRIFT.struktur.id, amount: new Dec("100.005") }] }, DRIFT.struktur.id);
    expect(sum(monthly).toString()).toBe("100.005");
    expect(monthly[0]!.toString()).toBe("8.334");
  });
});
