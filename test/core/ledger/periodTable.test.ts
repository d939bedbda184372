import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import type { PeriodAmount } from "../../../src/core/ledger/types";

const amount = fc.oneof(
  fc.integer({ min: -1e13, max: 1e13 }).map((n) => new Dec(n).div(100)),
  fc.constantFrom("0.001", "-12.345", "90071992547409.93", "1e20", "-0").map((s) => new Dec(s)),
);
const period = fc.record({
  year: fc.integer({ min: -2, max: 0 }),
  period: fc.constantFrom("202401", "202402", "202312"),
  account: fc.constantFrom("3010", "5010", "1930"),
  kind: fc.constantFrom("actual", "budget") as fc.Arbitrary<PeriodAmount["kind"]>,
  amount,
  object: fc.option(fc.record({ dimension: fc.constantFrom(1, 6), id: fc.constantFrom("P1", "P2", "Ä 3") }), { nil: undefined }),
});
const view = (p: PeriodAmount) => ({ ...p, amount: p.amount.toString(), object: p.object ? { ...p.object } : undefined });

describe("PeriodTable", () => {
  it("gives back every amount as it was pushed, in order, to the last digit", () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 30 }), (amounts) => {
        const table = PeriodTable.of(amounts);
        expect(table.length).toBe(amounts.length);
        expect([...table].map(view)).toEqual(amounts.map(view));
      }),
      { numRuns: 300 },
    );
  });

  it("answers whether a kind has amounts in a year", () => {
    const table = PeriodTable.of([{ year: -1, period: "202312", account: "5010", kind: "budget", amount: new Dec(5) }]);
    expect(table.has("budget", -1)).toBe(true);
    expect(table.has("budget", 0)).toBe(false);
    expect(table.has("actual", -1)).toBe(false);
  });

  it("hands out copies: changing an iterated amount's object leaves the table as it was", () => {
    const table = PeriodTable.of([{ year: 0, period: "202401", account: "5010", kind: "actual", amount: new Dec(1), object: { dimension: 6, id: "P1" } }]);
    const first = [...table][0]!;
    first.object!.id = "changed";
    expect([...table][0]!.object).toEqual({ dimension: 6, id: "P1" });
  });
});
