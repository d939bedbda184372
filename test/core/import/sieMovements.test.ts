import fc from "fast-check";
import { Movements } from "../../../src/core/import/sie/movements";
import type { Row } from "../../../src/core/import/sie/transLine";
import { exactToDec, type Exact } from "../../../src/core/money/exact";
import { Dec } from "../../../src/core/money/decimal";

/** A row as the parser numbers it: account a, the objects given (dimension 6, ids O<n>), one Exact amount. */
function row(a: number, objects: readonly number[], amount: Exact): Row {
  return {
    account: `A${a}`,
    accountNumber: a,
    objects: objects.map((o) => ({ dimension: 6, id: `O${o}` })),
    objectNumbers: objects,
    amount,
    month: null,
  };
}

/** What Movements must give: per (month, account) and per (month, account, object), first-seen order, exact sums. */
function reference(rows: readonly { month: string; r: Row }[]): { key: string; sum: string }[] {
  const sums = new Map<string, Dec>();
  const add = (key: string, amount: Exact) => sums.set(key, (sums.get(key) ?? new Dec(0)).plus(exactToDec(amount)));
  for (const { month, r } of rows) {
    add(`${month}|${r.account}|`, r.amount);
    r.objects.forEach((o) => add(`${month}|${r.account}|${o.id}`, r.amount));
  }
  return [...sums].map(([key, sum]) => ({ key, sum: sum.toFixed() }));
}

function actual(m: Movements): { key: string; sum: string }[] {
  return m.cells.map((c) => ({ key: `${c.month}|${c.account}|${c.object?.id ?? ""}`, sum: exactToDec(m.exactOf(c)).toFixed() }));
}

const amount = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  // Amounts that are not whole öre, and öre sums that pass 2^52: the Dec part of ExactSums.
  fc.constantFrom(new Dec("0.125"), new Dec("-3.333"), 4503599627370000),
);

describe("Movements", () => {
  it("sums every month, account and object as a Map of exact sums would, in first-seen order, through block widening and overflow", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            month: fc.constantFrom("202401", "202402", "202312"),
            a: fc.nat({ max: 12 }),
            // Object numbers past 62 take the overflow; a row may name two objects.
            objects: fc.array(fc.oneof(fc.nat({ max: 9 }), fc.nat({ max: 150 })), { maxLength: 2 }).map((o) => [...new Set(o)]),
            amount,
          }),
          { maxLength: 200 },
        ),
        (specs) => {
          const rows = specs.map((s) => ({ month: s.month, r: row(s.a, s.objects, s.amount) }));
          const m = new Movements();
          rows.forEach(({ month, r }, i) => m.add(month, r, i + 1));
          expect(actual(m)).toEqual(reference(rows));
          for (const c of m.cells) expect(m.isZero(c)).toBe(exactToDec(m.exactOf(c)).isZero());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a cell's sum when its block widens after it was made", () => {
    const m = new Movements();
    m.add("202401", row(0, [0], 100), 1);
    m.add("202401", row(1, [], 7), 2);
    // Object 40 widens every block from 8 to 64 slots; object 70 goes to the overflow.
    m.add("202402", row(0, [40], 250), 3);
    m.add("202401", row(0, [0, 70], 5), 4);
    expect(actual(m)).toEqual([
      { key: "202401|A0|", sum: "1.05" },
      { key: "202401|A0|O0", sum: "1.05" },
      { key: "202401|A1|", sum: "0.07" },
      { key: "202402|A0|", sum: "2.5" },
      { key: "202402|A0|O40", sum: "2.5" },
      { key: "202401|A0|O70", sum: "0.05" },
    ]);
    expect([...m.firstLineOfMonth]).toEqual([["202401", 1], ["202402", 3]]);
  });
});
