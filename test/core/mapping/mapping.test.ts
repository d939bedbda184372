import fc from "fast-check";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { KOMMUNBAS_DEFAULT_MAPPING } from "../../../src/core/mapping/kommunbasDefaults";
import { detectChart } from "../../../src/core/mapping/detect";
import { inRange } from "../../../src/core/mapping/range";
import { makeResolver } from "../../../src/core/mapping/resolve";
import { BR, DRIFT, RR } from "../../../src/core/statements/lines";
import { isFinsamError } from "../../../src/core/errors";
import { makeLedger } from "../../fixtures/statements/ledgerBuilder";
import { applyMapping, kindSum, lineSum } from "../../../src/core/mapping/apply";
import { Dec, ZERO } from "../../../src/core/money/decimal";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import type { Balance, Ledger, PeriodAmount } from "../../../src/core/ledger/types";
import { groupBy, splitByInsats } from "./reference";

describe("account ranges", () => {
  test("padding: a short bound covers the whole group, in four- and five-digit charts", () => {
    expect(inRange("1930", { from: "19", to: "19" })).toBe(true);
    expect(inRange("19301", { from: "19", to: "19" })).toBe(true);
    expect(inRange("2000", { from: "19", to: "19" })).toBe(false);
    expect(inRange("7999", { from: "4", to: "7" })).toBe(true);
    expect(inRange("8000", { from: "4", to: "7" })).toBe(false);
  });

  test("the narrower rule wins: 7832 is avskrivningar, 7010 a cost", () => {
    const resolve = makeResolver(BAS_DEFAULT_MAPPING);
    expect(resolve("7832").line).toBe(RR.avskrivningar.id);
    expect(resolve("7010").line).toBe(RR.kostnader.id);
    expect(resolve("8999").line).toBe("excluded");
    expect(resolve("1930").line).toBe(BR.kassaBank.id);
  });

  test("an object rule beats an account rule", () => {
    const mapping = { ...BAS_DEFAULT_MAPPING, rules: [...BAS_DEFAULT_MAPPING.rules, { from: "4", to: "7", object: { dimension: 6, id: "P1" }, area: DRIFT.individ.id }] };
    const resolve = makeResolver(mapping);
    expect(resolve("4010", { dimension: 6, id: "P1" }).area).toBe(DRIFT.individ.id);
    // An insats the mapping does not name (a new project) gets no area: not silently the account's own
    // (Administration), which would move its costs into the admin share. Its line still comes from the account.
    expect(resolve("4010", { dimension: 6, id: "P2" })).toEqual({ line: RR.kostnader.id, note: "kop-av-verksamhet", conflicts: [] });
    expect(resolve("4010").area).toBe(DRIFT.administration.id);
    // Objects on a dimension without insats rules (e.g. a cost centre) keep the account's area.
    expect(resolve("4010", { dimension: 1, id: "K1" }).area).toBe(DRIFT.administration.id);
  });

  test("an amount on an insats the mapping does not name is listed as unmapped, naming the insats", () => {
    const mapping = { ...BAS_DEFAULT_MAPPING, rules: [...BAS_DEFAULT_MAPPING.rules, { from: "4", to: "7", object: { dimension: 6, id: "P1" }, area: DRIFT.individ.id }] };
    const ledger = makeLedger({ name: "T", year: 2024, accounts: [["4010", "Insats"]], res: [[0, "4010", 1000], [0, "4010", 300, "P1"], [0, "4010", 200, "NYTT"]] });
    const m = applyMapping(ledger, mapping);
    expect(m.unmapped.map((u) => [u.account, u.insats, u.facet, u.amount.toString()])).toEqual([["4010", "NYTT", "area", "200"]]);
  });

  test("bad rules are rejected with a message naming the rule", () => {
    const bad = { ...BAS_DEFAULT_MAPPING, rules: [{ from: "40", to: "3", line: RR.kostnader.id }] };
    expect(() => makeResolver(bad)).toThrow(/mappningsregel 1/);
    const unknown = { ...BAS_DEFAULT_MAPPING, rules: [{ from: "4", to: "4", line: "rr.nope" }] };
    try {
      makeResolver(unknown);
      throw new Error("no error");
    } catch (e) {
      expect(isFinsamError(e) && e.code).toBe("mapping.unknownLine");
    }
  });
});

describe("applyMapping report", () => {
  const ledger = makeLedger({
    name: "Test",
    year: 2024,
    accounts: [["1930", "Bank"], ["3010", "Bidrag"], ["9100", "Konstigt konto"], ["4010", "Insats"]],
    ub: [[0, "1930", 500], [0, "9100", -100]],
    res: [[0, "3010", -1000], [0, "4010", 600]],
  });

  test("unmapped accounts are listed and the control total shows the gap", () => {
    const m = applyMapping(ledger, BAS_DEFAULT_MAPPING);
    expect(m.unmapped.map((u) => [u.account, u.facet, u.amount.toString()])).toEqual([["9100", "line", "-100"]]);
    const ub = m.control.find((c) => c.kind === "ub" && c.year === 0)!;
    expect([ub.ledgerTotal.toString(), ub.mappedTotal.toString(), ub.difference.toString(), ub.ok]).toEqual(["400", "500", "-100", false]);
    expect(m.control.find((c) => c.kind === "res")!.ok).toBe(true);
  });

  test("the unmapped list is in account order, the current year first, as a user looks accounts up", () => {
    const odd = makeLedger({
      name: "Test", year: 2024, accounts: [],
      ub: [[0, "9300", -1], [-1, "9100", -2], [0, "9100", -3], [0, "930", -4]],
    });
    expect(applyMapping(odd, BAS_DEFAULT_MAPPING).unmapped.map((u) => [u.account, u.year])).toEqual([["930", 0], ["9100", 0], ["9100", -1], ["9300", 0]]);
  });

  test("equally specific rules with different targets are reported as double mappings", () => {
    const mapping = { ...BAS_DEFAULT_MAPPING, rules: [...BAS_DEFAULT_MAPPING.rules, { from: "3", to: "3", line: RR.intakterOvriga.id }] };
    const m = applyMapping(ledger, mapping);
    expect(m.doubleMapped).toEqual([{ account: "3010", insats: null, facet: "line", targets: [RR.intakter.id, RR.intakterOvriga.id] }]);
  });

  test("result amounts are split by insats; the parts add up to the account", () => {
    const l = makeLedger({ name: "T", year: 2024, accounts: [["4010", "Insats"]], res: [[0, "4010", 1000], [0, "4010", 300, "P1"], [0, "4010", 200, "P2"]] });
    const m = applyMapping(l, BAS_DEFAULT_MAPPING);
    expect(m.cells.map((c) => [c.insats, c.amount.toString()])).toEqual([["P1", "300"], ["P2", "200"], [null, "500"]]);
  });

  test("property: mapped total + unmapped total = ledger total, per year and kind", () => {
    const entry = fc.tuple(fc.constantFrom(0, -1), fc.stringMatching(/^[1-9][0-9]{3}$/), fc.integer({ min: -1e9, max: 1e9 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.array(entry, { maxLength: 30 }), (ub, res) => {
        const l = makeLedger({ name: "P", year: 2024, accounts: [], ub: ub.filter(([, a]) => a < "3"), res: res.filter(([, a]) => a >= "3") });
        const m = applyMapping(l, BAS_DEFAULT_MAPPING);
        return m.control.every((c) => c.mappedTotal.plus(c.unmappedTotal).eq(c.ledgerTotal) && c.ok === c.unmappedTotal.isZero());
      }),
    );
  });
});

describe("applyMapping against the rule as stated", () => {
  const MAPPING = { ...BAS_DEFAULT_MAPPING, rules: [...BAS_DEFAULT_MAPPING.rules, { from: "3", to: "8", object: { dimension: 6, id: "P1" }, area: DRIFT.individ.id }] };
  const amount = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => new Dec(n).div(100)),
    fc.constantFrom("0", "0.005", "-1e18").map((s) => new Dec(s)),
  );
  const object = fc.option(fc.record({ dimension: fc.constantFrom(6, 1), id: fc.constantFrom("P1", "P2") }), { nil: undefined });
  const account = fc.constantFrom("1930", "2440", "3010", "4010", "7010", "9100");
  const balance: fc.Arbitrary<Balance> = fc
    .record({ year: fc.constantFrom(0, -1), kind: fc.constantFrom("ib", "ub", "res") as fc.Arbitrary<Balance["kind"]>, account, amount, object })
    .map(({ object: o, ...b }) => (o ? { ...b, object: o } : b));
  const period: fc.Arbitrary<PeriodAmount> = fc
    .record({ year: fc.constantFrom(0, -1), period: fc.constantFrom("202401", "202312"), account, kind: fc.constantFrom("actual", "budget") as fc.Arbitrary<PeriodAmount["kind"]>, amount, object })
    .map(({ object: o, ...p }) => (o ? { ...p, object: o } : p));

  /** Cells one Dec at a time: per balance group, the split of its entries (plus the year's actuals per insats when none has an object). */
  function reference(ledger: Ledger, periods: PeriodAmount[]) {
    const resolve = makeResolver(MAPPING);
    const actual = periods.filter((p) => p.kind === "actual" && p.object?.dimension === 6);
    const out: [number, string, string, string | null, string, string | undefined, string | undefined][] = [];
    for (const entries of groupBy(ledger.balances, (b) => `${b.year}|${b.kind}|${b.account}`).values()) {
      const { year, kind, account: a } = entries[0]!;
      const parts = actual.filter((p) => p.year === year && p.account === a);
      const withParts = entries.some((e) => e.object) ? entries : [...entries, ...parts];
      const split = kind === "res" ? splitByInsats(withParts, 6) : [{ insats: null, amount: entries.filter((e) => !e.object).reduce((s, e) => s.plus(e.amount), ZERO) }];
      for (const { insats, amount: v } of split) {
        const r = resolve(a, insats === null ? undefined : { dimension: 6, id: insats });
        out.push([year, kind, a, insats, v.toFixed(), r.line, r.area]);
      }
    }
    return out;
  }

  test("property: the cells, and each line's and kind's sum over them, equal the rule worked one Dec at a time", () => {
    fc.assert(
      fc.property(fc.array(balance, { maxLength: 25 }), fc.array(period, { maxLength: 25 }), (balances, periods) => {
        const ledger: Ledger = { companyName: "", years: [], accounts: new Map(), dimensions: new Map(), objects: new Map(), balances, periods: PeriodTable.of(periods) };
        const m = applyMapping(ledger, MAPPING);
        expect(m.cells.map((c) => [c.year, c.kind, c.account, c.insats, c.amount.toFixed(), c.line, c.area])).toEqual(reference(ledger, periods));
        for (const c of m.cells) {
          const same = m.cells.filter((d) => d.kind === c.kind && d.year === c.year);
          const onLine = same.filter((d) => d.line === c.line);
          if (c.line !== undefined) expect(lineSum(m, c.line, c.kind, c.year).toFixed()).toBe(onLine.reduce((s, d) => s.plus(d.amount), ZERO).toFixed());
          expect(kindSum(m, c.kind, c.year).toFixed()).toBe(same.reduce((s, d) => s.plus(d.amount), ZERO).toFixed());
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("chart detection", () => {
  const base = { name: "T", year: 2024 };
  test("#KPTYP decides", () => {
    expect(detectChart(makeLedger({ ...base, chartType: "BAS2024", accounts: [] })).chart).toBe("bas");
    expect(detectChart(makeLedger({ ...base, chartType: "KOMMUNBAS", accounts: [] })).chart).toBe("kommunbas");
  });
  test("without #KPTYP, salaries in class 5 mean Kommun-Bas", () => {
    expect(detectChart(makeLedger({ ...base, accounts: [["5110", "Löner månadsanställda"]] })).chart).toBe("kommunbas");
    expect(detectChart(makeLedger({ ...base, accounts: [["7010", "Löner till kollektivanställda"]] })).chart).toBe("bas");
    expect(detectChart(makeLedger({ ...base, accounts: [] })).certain).toBe(false);
  });
  test("defaults are labelled as to be confirmed", () => {
    expect(KOMMUNBAS_DEFAULT_MAPPING.confirmed).toBe(false);
    expect(KOMMUNBAS_DEFAULT_MAPPING.description).toMatch(/standardval att bekräfta/i);
    expect(makeResolver(KOMMUNBAS_DEFAULT_MAPPING)("5110").line).toBe(RR.kostnader.id);
  });
});
