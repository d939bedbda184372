import fc from "fast-check";
import { applyMapping } from "../../../src/core/mapping/apply";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { buildBalansrakning } from "../../../src/core/statements/balansrakning";
import { buildKassaflodesanalys } from "../../../src/core/statements/kassaflodesanalys";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";
import { buildDriftsredovisning } from "../../../src/core/statements/driftsredovisning";
import { BR, DRIFT, KFA, RR } from "../../../src/core/statements/lines";
import { makeLedger, type Entry } from "../../fixtures/statements/ledgerBuilder";
import { cell } from "./helpers";
import { Dec } from "../../../src/core/money/decimal";
import { renderReport } from "../../../src/core/sheet/render";
import { layoutOf } from "../../../src/core/sheet/layout";
import type { ReportModel } from "../../../src/core/report/model";

/** Balance accounts covering every BR line, and result accounts covering every RR line. */
const BALANCE = ["1010", "1220", "1310", "1460", "1510", "1810", "1930", "2110", "2350", "2440", "2990"];
const RESULT = ["3010", "3900", "4010", "5010", "7010", "7832", "8310", "8410"];

/** A random ledger whose balances sum to zero each year (2091 takes the difference), closed or not. */
const ledgerArb = fc
  .record({
    ub0: fc.array(fc.integer({ min: -5e8, max: 5e8 }), { minLength: BALANCE.length, maxLength: BALANCE.length }),
    ub1: fc.array(fc.integer({ min: -5e8, max: 5e8 }), { minLength: BALANCE.length, maxLength: BALANCE.length }),
    res0: fc.array(fc.integer({ min: -5e8, max: 5e8 }), { minLength: RESULT.length, maxLength: RESULT.length }),
    res1: fc.array(fc.integer({ min: -5e8, max: 5e8 }), { minLength: RESULT.length, maxLength: RESULT.length }),
    closed: fc.boolean(),
  })
  .map(({ ub0, ub1, res0, res1, closed }) => {
    const year = (y: number, ub: number[], res: number[]) => {
      const ubE: Entry[] = BALANCE.map((a, i) => [y, a, ub[i]!]);
      const resE: Entry[] = RESULT.map((a, i) => [y, a, res[i]!]);
      const resSum = res.reduce((s, x) => s + x, 0);
      const ubSum = ub.reduce((s, x) => s + x, 0);
      if (closed) {
        // Closing voucher: 8999 takes the result off the result accounts, 2099 puts it in equity.
        resE.push([y, "8999", -resSum]);
        ubE.push([y, "2099", resSum]);
        ubE.push([y, "2091", -ubSum - resSum]);
      } else ubE.push([y, "2091", -ubSum - resSum]);
      return { ubE, resE };
    };
    const y0 = year(0, ub0, res0);
    const y1 = year(-1, ub1, res1);
    return makeLedger({ name: "P", year: 2024, accounts: [], ub: [...y0.ubE, ...y1.ubE], res: [...y0.resE, ...y1.resE] });
  });

describe("statement invariants on random balanced ledgers", () => {
  test("BR balances, KFA årets kassaflöde = Δ likvida medel, RR result = BR result, mapped = ledger", () => {
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const m = applyMapping(ledger, BAS_DEFAULT_MAPPING);
        expect(m.control.every((c) => c.ok)).toBe(true);
        const br = buildBalansrakning(m);
        for (const col of ["current", "previous"]) {
          expect(cell(br, BR.summaTillgangar.id, col)).toBe(cell(br, BR.summaEkAvsSkulder.id, col));
        }
        const rr = buildResultatrakning(m);
        expect(cell(rr, RR.aretsResultat.id, "current")).toBe(cell(br, BR.ekAretsResultat.id, "current"));
        const kfa = buildKassaflodesanalys(m);
        const delta = Number(cell(kfa, KFA.likvidaSlut.id, "current")) - Number(cell(kfa, KFA.likvidaBorjan.id, "current"));
        expect(Number(cell(kfa, KFA.aretsKassaflode.id, "current"))).toBe(delta);
        const drift = buildDriftsredovisning(m);
        expect(cell(drift, DRIFT.summa.id, "netto")).toBe(cell(rr, RR.aretsResultat.id, "current"));
      }),
      { numRuns: 60 },
    );
  });
});

/** A figure as the rendered sheet shows it (display units), by the model's row and column ids. */
function shownIn(model: ReportModel, unit: "tkr" | "mnkr", rowId: string, columnId: string): number {
  const sheet = renderReport(model, { sheetName: "S", unit });
  const layout = layoutOf(model);
  const value = sheet.cells[layout.rowOf.get(rowId)!]![layout.columnOf.get(columnId)!]!.value;
  return typeof value === "number" ? value : 0;
}

describe("printed in tkr and mnkr, the same figure prints alike on every statement (sheet/rounding.ts)", () => {
  test("årets resultat, likvida medel and the balance sheet's two sides agree as printed", () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom<"tkr" | "mnkr">("tkr", "mnkr"), (ledger, unit) => {
        const m = applyMapping(ledger, BAS_DEFAULT_MAPPING);
        const [rr, br, kfa, drift] = [buildResultatrakning(m), buildBalansrakning(m), buildKassaflodesanalys(m), buildDriftsredovisning(m)];
        const result = shownIn(rr, unit, RR.aretsResultat.id, "current");
        expect(shownIn(br, unit, BR.ekAretsResultat.id, "current")).toBe(result);
        expect(shownIn(kfa, unit, KFA.aretsResultat.id, "current")).toBe(result);
        expect(shownIn(drift, unit, DRIFT.summa.id, "netto")).toBe(result);
        expect(shownIn(drift, unit, DRIFT.resultat.id, "netto")).toBe(result);
        for (const col of ["current", "previous"]) {
          expect(shownIn(br, unit, BR.summaTillgangar.id, col)).toBe(shownIn(br, unit, BR.summaEkAvsSkulder.id, col));
        }
        // Likvida medel is kassa och bank + kortfristiga placeringar: two pinned BR lines whose roundings can sum
        // one step away from the KFA's rounding of their sum. A förbund rarely has placeringar; then they agree.
        const lines = [BR.kassaBank.id, BR.placeringar.id].filter((id) => br.rows.some((r) => r.id === id));
        const liquid = (col: string) => lines.reduce((s, id) => s + shownIn(br, unit, id, col), 0);
        const step = unit === "tkr" ? 1 : 0.1;
        for (const [row, col] of [[KFA.likvidaSlut.id, "current"], [KFA.likvidaBorjan.id, "previous"]] as const) {
          const difference = Math.abs(shownIn(kfa, unit, row, "current") - liquid(col));
          const placeringar = br.rows.find((r) => r.id === BR.placeringar.id)?.values[col];
          const none = placeringar === undefined || (Dec.isDecimal(placeringar) && placeringar.isZero());
          expect(difference).toBeLessThanOrEqual(none ? 1e-9 : step + 1e-9);
        }
        // The printed KFA adds up: början + årets kassaflöde = slut.
        expect(shownIn(kfa, unit, KFA.likvidaBorjan.id, "current") + shownIn(kfa, unit, KFA.aretsKassaflode.id, "current")).toBeCloseTo(shownIn(kfa, unit, KFA.likvidaSlut.id, "current"), 6);
      }),
      { numRuns: 60 },
    );
  });
});
