import { readBudgetSheet, MONTHS } from "../../../src/core/inputs/budgetSheet";

describe("Budget sheet", () => {
  it("reads areas and insatser, costs typed positive become negative netto", () => {
    // HBS 2021 budget (seed 000, driftsredovisning line 1215 and detail line 2439): administration 2 260 tkr.
    const r = readBudgetSheet([
      ["Budget 2021", null, null],
      ["Område", "Insats", "Belopp"],
      ["Huvudmän", "", 14_600_000],
      ["Administration", "", 2_260_000],
      ["Individinriktade", "P10", "-1 750 000"],
      [null, null, null],
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.budget.entries.map((e) => [e.area, e.insats, e.amount.toNumber()])).toEqual([
      ["drift.huvudman", null, 14_600_000],
      ["drift.administration", null, -2_260_000],
      ["drift.individ", "P10", -1_750_000],
    ]);
  });

  it("reads a periodised budget and checks months against the annual amount", () => {
    const months = MONTHS.map((_, i) => (i < 6 ? 100 : 200));
    const r = readBudgetSheet([["Område", "Belopp", ...MONTHS], ["Administration", "", ...months], ["Struktur", 1000, ...months]]);
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual(["cell B3: månaderna summerar till 1\u00a0800 kr men årsbeloppet är 1\u00a0000 kr."]);
    const ok = readBudgetSheet([["Område", "Belopp", ...MONTHS], ["Administration", "", ...months]]);
    expect(ok.ok && ok.budget.entries[0]!.amount.toNumber()).toBe(-1800);
    expect(ok.ok && ok.budget.entries[0]!.monthly!.map(Number)).toEqual(months.map((m) => -m));
  });

  it("names every bad cell and returns nothing", () => {
    const r = readBudgetSheet([["Område", "Belopp"], ["Kaffe", 10], ["Administration", "tio"], ["Struktur", "(500)"]]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.cell)).toEqual(["A2", "B3"]);
  });
});
