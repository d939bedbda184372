import { readTrialBalance, trialBalanceToLedger } from "../../../src/core/import/trialBalance";
import type { Cells } from "../../../src/core/import/table";

const pasted: Cells = [
  ["Saldobalans 2021", null, null, null],
  ["Samordningsförbundet Test", "", "", ""],
  [null, null, null, null],
  ["Konto", "Benämning", "Belopp", "Föregående år", "Objekt"],
  [1930, "Bank", "1 380 000,00", 1000000, null],
  ["2081", "Eget kapital", "\u22121 000 000", "-1000000", ""],
  [null, null, null, null],
  ["Intäkter", null, null, null],
  [3510, "Bidrag från staten", "(600 000)", -500000, ""],
  [4610, "Köp av verksamhet", "250 000,50", null, "P1"],
  [4610, "Köp av verksamhet", "149 999,50", null, "P2"],
  ["", "Summa", "-2 380 000", null, null],
];

describe("readTrialBalance", () => {
  it("finds the header under the titles, skips blank and title rows, reads amounts with the ledger sign", () => {
    const r = readTrialBalance(pasted, { topLeft: "B2" });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
    expect(r.rows.map((x) => `${x.account} ${x.object ?? "-"} ${x.amount.toFixed(2)} ${x.previous?.toFixed(2) ?? "-"} ${x.cell}`)).toEqual([
      "1930 - 1380000.00 1000000.00 B6",
      "2081 - -1000000.00 -1000000.00 B7",
      "3510 - -600000.00 -500000.00 B10",
      "4610 P1 250000.50 - B11",
      "4610 P2 149999.50 - B12",
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'cell B9: raden "Intäkter" har inget kontonummer och hoppas över.',
      'cell B13: raden "Summa" har inget kontonummer och hoppas över.',
      // A part of a trial balance (no 2099, no costs beyond 4610): each amount column is told off by its sum.
      "cell D5: kolumnens belopp summerar till 180\u00a0000 kr, inte 0; en hel saldobalans (tillgångar, eget kapital och skulder, intäkter och kostnader) går jämnt upp. Kontrollera att alla konton finns med och att tecknen stämmer.",
      "cell E5: kolumnens belopp summerar till −500\u00a0000 kr, inte 0; en hel saldobalans (tillgångar, eget kapital och skulder, intäkter och kostnader) går jämnt upp. Kontrollera att alla konton finns med och att tecknen stämmer.",
    ]);
  });

  it("a whole trial balance that sums to zero gives no warning", () => {
    const r = readTrialBalance([["Konto", "Belopp"], ["1930", "1 000,50"], ["2099", -400], ["3010", "−600,50"]]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it("report style: income and liabilities/equity typed positive are negated; class 8 needs a typ", () => {
    const cells: Cells = [
      ["Konto", "Belopp", "Typ"],
      [3510, 600000, ""],
      [2081, "1 000 000", null],
      [4610, 400000, null],
      [8300, 120, "I"],
      [8400, 30, null],
    ];
    const r = readTrialBalance(cells, { sign: "report" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual(["cell A6: konto 8400 kan vara intäkt eller kostnad; ange kontotyp (I eller K) i kolumnen typ."]);
    const fixed = readTrialBalance([...cells.slice(0, 5)], { sign: "report" });
    if (!fixed.ok) throw new Error("expected ok");
    expect(fixed.rows.map((x) => `${x.account} ${x.amount.toString()}`)).toEqual(["3510 -600000", "2081 -1000000", "4610 400000", "8300 -120"]);
  });

  it("reports every rejected cell with its address and returns nothing", () => {
    const cells: Cells = [
      ["Konto", "Benämning", "Belopp", "Budget"],
      [1930, "Bank", "#N/A", 5],
      ["19x0", "Kassa", 5, "1,234,567"],
      [3010, "Intäkt", true, "12 tkr"],
      [3010, "Intäkt igen", 1, null],
    ];
    const r = readTrialBalance(cells, { topLeft: "Blad1!C3" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.code} ${e.cell}`)).toEqual([
      "amount.excelError E4",
      "tb.badAccount C5",
      "table.boolean E6",
      "amount.scaledUnit F6",
      "tb.duplicateAccount C7",
    ]);
  });

  it("no header row, or a header without rows", () => {
    const none = readTrialBalance([["a", "b"], [1, 2]], { topLeft: "D4" });
    expect(none.ok ? [] : none.errors.map((e) => e.message)).toEqual(["cell D4: hittar ingen rubrikrad med kolumnerna konto, belopp; skriv rubrikerna i en rad ovanför tabellen."]);
    const empty = readTrialBalance([["Kontonr", "Saldo"]]);
    expect(empty.ok ? [] : empty.errors.map((e) => e.code)).toEqual(["table.empty"]);
  });
});

describe("trialBalanceToLedger", () => {
  it("gives #UB for balance accounts, #RES for result accounts, totals per account plus object rows", () => {
    const r = readTrialBalance(pasted);
    if (!r.ok) throw new Error("expected ok");
    const ledger = trialBalanceToLedger(r.rows, { companyName: "Test", years: [{ index: 0, start: "2021-01-01", end: "2021-12-31" }] });
    const b = ledger.balances.map((x) => `${x.year} ${x.kind} ${x.account} ${x.object?.id ?? "-"} ${x.amount.toFixed(2)}`);
    expect(b).toEqual([
      "0 ub 1930 - 1380000.00",
      "-1 ub 1930 - 1000000.00",
      "0 ub 2081 - -1000000.00",
      "-1 ub 2081 - -1000000.00",
      "0 res 3510 - -600000.00",
      "-1 res 3510 - -500000.00",
      "0 res 4610 - 400000.00",
      "0 res 4610 P1 250000.50",
      "0 res 4610 P2 149999.50",
    ]);
    expect(ledger.accounts.get("4610")?.name).toBe("Köp av verksamhet");
    expect(ledger.objects.get("6\u0000P1")?.id).toBe("P1");
  });
});
