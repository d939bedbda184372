import fc from "fast-check";
import { Dec, ZERO } from "../../../src/core/money/decimal";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import type { Ledger, PeriodAmount } from "../../../src/core/ledger/types";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { insatsActuals, mappedPeriodSums } from "../../../src/core/mapping/periodSums";
import { makeResolver } from "../../../src/core/mapping/resolve";
import type { Mapping } from "../../../src/core/mapping/types";
import { DRIFT } from "../../../src/core/statements/lines";
import { ExactSums } from "../../../src/core/money/exact";
import { groupBy, splitByInsats } from "./reference";

const MAPPING: Mapping = {
  ...BAS_DEFAULT_MAPPING,
  rules: [...BAS_DEFAULT_MAPPING.rules, { from: "3", to: "8", object: { dimension: 6, id: "P1" }, area: DRIFT.individ.id }, { from: "3", to: "8", object: { dimension: 6, id: "P2" }, area: DRIFT.struktur.id }],
};

const amount = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => new Dec(n).div(100)),
  fc.constantFrom("0", "0.005", "-1e18").map((s) => new Dec(s)),
);
const period: fc.Arbitrary<PeriodAmount> = fc
  .record({
    year: fc.constantFrom(0, -1),
    period: fc.constantFrom("202401", "202402", "202312"),
    account: fc.constantFrom("3010", "4010", "5010", "7010", "1930", "8999"),
    kind: fc.constantFrom("actual", "budget") as fc.Arbitrary<PeriodAmount["kind"]>,
    amount,
    object: fc.option(fc.record({ dimension: fc.constantFrom(6, 1), id: fc.constantFrom("P1", "P2", "P3") }), { nil: undefined }),
  })
  .map(({ object, ...p }) => (object ? { ...p, object } : p));

const ledgerOf = (periods: PeriodAmount[]): Ledger => ({ companyName: "", years: [], accounts: new Map(), dimensions: new Map(), objects: new Map(), balances: [], periods: PeriodTable.of(periods) });

/** The rule as stated, on PeriodAmounts: group by year, period and account, split by insats, resolve, add up. */
function reference(periods: PeriodAmount[], kind: PeriodAmount["kind"], year: number | undefined) {
  const resolve = makeResolver(MAPPING);
  const mine = periods.filter((p) => p.kind === kind && (year === undefined || p.year === year));
  const out = new Map<string, { year: number; period: string; insats: string | null; amount: Dec; area?: string; line?: string }>();
  for (const entries of groupBy(mine, (p) => `${p.year}|${p.period}|${p.account}`).values()) {
    const { year, period, account } = entries[0]!;
    for (const { insats, amount } of splitByInsats(entries, 6)) {
      const r = resolve(account, insats === null ? undefined : { dimension: 6, id: insats });
      const key = `${year}|${period}|${r.line}|${r.area}|${insats}`;
      const sum = out.get(key);
      if (sum) sum.amount = sum.amount.plus(amount);
      else out.set(key, { year, period, insats, amount: ZERO.plus(amount), ...(r.area !== undefined ? { area: r.area } : {}), ...(r.line !== undefined ? { line: r.line } : {}) });
    }
  }
  return [...out.values()].map((p) => ({ ...p, amount: p.amount.toString() }));
}

describe("mappedPeriodSums", () => {
  it("equals grouping, splitting by insats and resolving the PeriodAmounts one by one, in the same order", () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 40 }), fc.constantFrom("actual", "budget") as fc.Arbitrary<PeriodAmount["kind"]>, fc.constantFrom(0, -1, undefined), (periods, kind, year) => {
        const got = mappedPeriodSums(ledgerOf(periods), MAPPING, kind, year).map((p) => ({ ...p, amount: p.amount.toString() }));
        expect(got).toEqual(reference(periods, kind, year));
      }),
      { numRuns: 1000 },
    );
  });

  it("sums a period's insats parts over accounts and keeps the rest of the account total on no insats", () => {
    const ledger = ledgerOf([
      { year: 0, period: "202401", account: "4010", kind: "actual", amount: new Dec("100.50") },
      { year: 0, period: "202401", account: "4010", kind: "actual", amount: new Dec(60), object: { dimension: 6, id: "P1" } },
      { year: 0, period: "202401", account: "4020", kind: "actual", amount: new Dec(40), object: { dimension: 6, id: "P1" } },
      { year: 0, period: "202401", account: "4020", kind: "actual", amount: new Dec(40) },
      { year: 0, period: "202401", account: "4010", kind: "actual", amount: new Dec(999), object: { dimension: 1, id: "K1" } },
    ]);
    const sums = mappedPeriodSums(ledger, MAPPING, "actual", 0).map((p) => [p.insats, p.area, p.amount.toFixed(2)]);
    expect(sums).toEqual([
      ["P1", DRIFT.individ.id, "100.00"],
      [null, DRIFT.administration.id, "40.50"],
    ]);
  });
});

describe("insatsActuals", () => {
  it("gives each year's and account's actuals per insats, other dimensions and budget left out", () => {
    const sums = new ExactSums();
    const parts = insatsActuals(
      PeriodTable.of([
        { year: 0, period: "202401", account: "4010", kind: "actual", amount: new Dec(60), object: { dimension: 6, id: "P1" } },
        { year: 0, period: "202402", account: "4010", kind: "actual", amount: new Dec("0.25"), object: { dimension: 6, id: "P1" } },
        { year: 0, period: "202402", account: "4010", kind: "budget", amount: new Dec(7), object: { dimension: 6, id: "P1" } },
        { year: 0, period: "202402", account: "4010", kind: "actual", amount: new Dec(5), object: { dimension: 1, id: "K1" } },
        { year: -1, period: "202312", account: "4010", kind: "actual", amount: new Dec(3), object: { dimension: 6, id: "P2" } },
      ]),
      6,
      sums,
    );
    const view = (year: number) => parts.get(year)?.get("4010")?.map((p) => [p.insats, sums.toDec(p.slot).toFixed(2)]);
    expect(view(0)).toEqual([["P1", "60.25"]]);
    expect(view(-1)).toEqual([["P2", "3.00"]]);
  });
});
