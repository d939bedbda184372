import { readFileSync } from "node:fs";
import { Dec } from "../../../src/core/money/decimal";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { ledgerFromData, ledgerToData } from "../../../src/core/ledger/data";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import type { Ledger } from "../../../src/core/ledger/types";

// The example förbund's ledger (examples/exempelforbund.se): vouchers on insatser, #PBUDGET, IB/UB/RES.
const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se"))).inputs;
/** As the SIE worker posts it and the pane takes it back: through a structured clone. */
const travel = (ledger: Ledger) => ledgerFromData(structuredClone(ledgerToData(ledger)));

describe("ledgerToData / ledgerFromData", () => {
  it("brings the ledger through a structured clone with every amount a Dec again, to the last digit", () => {
    const back = travel(example.ledger);
    expect(back.balances.length).toBe(example.ledger.balances.length);
    back.balances.forEach((b, i) => {
      const a = example.ledger.balances[i]!;
      expect(b.amount).toBeInstanceOf(Dec);
      expect({ ...b, amount: b.amount.toString() }).toEqual({ ...a, amount: a.amount.toString() });
    });
    expect(back.periods).toBeInstanceOf(PeriodTable);
    expect([...back.periods].map((p) => ({ ...p, amount: p.amount.toFixed() }))).toEqual([...example.ledger.periods].map((p) => ({ ...p, amount: p.amount.toFixed() })));
    expect([...back.accounts]).toEqual([...example.ledger.accounts]);
    expect([...back.objects]).toEqual([...example.ledger.objects]);
    expect([...back.dimensions]).toEqual([...example.ledger.dimensions]);
    expect(back.years).toEqual(example.ledger.years);
    expect(back.companyName).toBe("Samordningsförbundet Exempelbygd");
  });

  it("gives the same reports, cell for cell, as the ledger it came from", () => {
    const sheets = (ledger: Ledger) => JSON.stringify(buildAllReports({ ...example, ledger }).sheets);
    expect(sheets(travel(example.ledger))).toBe(sheets(example.ledger));
  });

  it("keeps amounts that are not whole öre exact, in the balances and in the month table", () => {
    const periods = PeriodTable.of([
      { year: 0, period: "202401", account: "5010", kind: "actual", amount: new Dec("0.001") },
      { year: 0, period: "202402", account: "5010", kind: "budget", amount: new Dec("-12.34"), object: { dimension: 6, id: "P1" } },
      { year: 0, period: "202401", account: "3010", kind: "actual", amount: new Dec("1e20") },
    ]);
    const ledger: Ledger = { ...example.ledger, balances: [{ year: 0, account: "5010", kind: "res", amount: new Dec("123456789012345.6789") }], periods };
    const back = travel(ledger);
    expect(back.balances[0]!.amount.equals(new Dec("123456789012345.6789"))).toBe(true);
    expect([...back.periods].map((p) => `${p.period} ${p.account} ${p.kind} ${p.amount.toFixed()} ${p.object?.id ?? "-"}`)).toEqual([
      "202401 5010 actual 0.001 -",
      "202402 5010 budget -12.34 P1",
      "202401 3010 actual 100000000000000000000 -",
    ]);
    expect([back.periods.periodAt(2), back.periods.accountAt(2), back.periods.objectAt(1)]).toEqual([periods.periodAt(2), periods.accountAt(2), periods.objectAt(1)]);
  });

  it("refuses a month table whose columns are not of one length (a message from something else)", () => {
    const data = ledgerToData(example.ledger);
    data.periods.years.pop();
    expect(() => ledgerFromData(data)).toThrow("PeriodTableData: columns of unequal length");
  });
});
