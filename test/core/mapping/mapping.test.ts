import fc from "fast-check";
import { applyMapping } from "../../../src/core/mapping/apply";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { KOMMUNBAS_DEFAULT_MAPPING } from "../../../src/core/mapping/kommunbasDefaults";
import { detectChart } from "../../../src/core/mapping/detect";
import { inRange } from "../../../src/core/mapping/range";
import { makeResolver } from "../../../src/core/mapping/resolve";
import { BR, DRIFT, RR } from "../../../src/core/statements/lines";
import { isFinsamError } from "../../../src/core/errors";
import { makeLedger } from "../../fixtures/statements/ledgerBuilder";

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
