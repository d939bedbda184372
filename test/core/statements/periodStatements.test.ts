import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { applyMapping } from "../../../src/core/mapping/apply";
import { PeriodTable } from "../../../src/core/ledger/periodTable";
import type { Ledger } from "../../../src/core/ledger/types";
import { buildPeriodStatements } from "../../../src/core/statements/periodStatements";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";
import { buildBalansrakning } from "../../../src/core/statements/balansrakning";
import { buildBudgetuppfoljning } from "../../../src/core/statements/budgetuppfoljning";
import { budgetFromLedger } from "../../../src/core/statements/budget";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { BR, DRIFT, RR } from "../../../src/core/statements/lines";
import { Dec } from "../../../src/core/money/decimal";
import type { ReportModel } from "../../../src/core/report/model";
import { cell } from "./helpers";
import { diagnosticIn } from "../../../src/core/import/diagnostic";

// The committed example förbund: 2024 as #TRANS vouchers (months), 2023 as #RES −1 and #UB −1 only.
const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")))).inputs;
const { ledger, mapping } = example;
const table = (m: ReportModel) => [m.columns.map((c) => c.heading), ...m.rows.map((r) => [r.id, ...m.columns.map((c) => r.values[c.id]?.toString() ?? null)])];

describe("the delårsrapport's resultaträkning and balansräkning (RKR R17)", () => {
  test("up to September: the RR of January–September, whose result is the follow-up's utfall to date", () => {
    const { rr } = buildPeriodStatements(ledger, mapping, 9);
    expect(rr.columns.map((c) => c.heading)).toEqual(["2024-01-01 – 2024-09-30"]);
    const follow = buildBudgetuppfoljning(applyMapping(ledger, mapping), budgetFromLedger(ledger, mapping), { month: 9 });
    expect(cell(rr, RR.aretsResultat.id, "current")).toBe(cell(follow, DRIFT.resultat.id, "actual"));
    // Not the year's: October–December are left out.
    expect(cell(rr, RR.aretsResultat.id, "current")).not.toBe(cell(buildResultatrakning(applyMapping(ledger, mapping)), RR.aretsResultat.id, "current"));
  });

  test("the BR at 30 September is opening balances + nine months of movements, balances, and holds the period's result; its comparison is last year's closing BR", () => {
    const { rr, br } = buildPeriodStatements(ledger, mapping, 9);
    const year = buildBalansrakning(applyMapping(ledger, mapping));
    expect(br.columns.map((c) => c.heading)).toEqual(["2024-09-30", "2023-12-31"]);
    const at = (row: string, column = "current") => new Dec(cell(br, row, column)!);
    expect(at(BR.summaTillgangar.id).equals(at(BR.summaEkAvsSkulder.id))).toBe(true);
    expect(cell(br, BR.ekAretsResultat.id, "current")).toBe(cell(rr, RR.aretsResultat.id, "current"));
    expect(at(BR.summaEgetKapital.id).toString()).toBe(at(BR.summaEgetKapital.id, "previous").plus(at(BR.ekAretsResultat.id)).toString());
    expect(br.rows.map((r) => [r.id, cell(br, r.id, "previous")])).toEqual(year.rows.map((r) => [r.id, cell(year, r.id, "previous")]));
    // Kassa och bank moved: #IB 0 1930 2 415 000 (examples/exempelforbund.se line 49) is not the balance at 30 September.
    expect(cell(br, BR.kassaBank.id, "previous")).toBe("2415000");
    expect(cell(br, BR.kassaBank.id, "current")).not.toBe("2415000");
  });

  test("the printed delår sheets name their period in the title and call January–August's result Periodens resultat, not Årets resultat; the RR says why last year's months are missing", () => {
    const built = buildAllReports({ ...example, settings: { ...example.settings, month: 8 } });
    const sheet = (key: string) => built.sheets.find((s) => s.ownerKey === key)!.cells;
    const rowOf = (cells: ReturnType<typeof sheet>, label: string) => cells.find((r) => r[0]?.value === label)?.map((c) => c.value);
    const rr = sheet("delar-resultatrakning");
    const br = sheet("delar-balansrakning");
    expect([rr[0]![0]!.value, br[0]![0]!.value]).toEqual(["Resultaträkning för delåret 2024-01-01 – 2024-08-31", "Balansräkning vid delårets slut 2024-08-31"]);
    // The period's result printed in tkr, as the follow-up's utfall t.o.m. månad 8 (543 tkr); the year's is 102 tkr.
    expect([rowOf(rr, "Periodens resultat")?.slice(-1), rowOf(rr, "Årets resultat")]).toEqual([[543], undefined]);
    expect([rowOf(br, "Periodens resultat")?.slice(-2), rowOf(br, "Årets resultat")]).toEqual([[543, 26], undefined]);
    // 2023 is in the file as #RES −1 only, so no January–August 2023 to compare with: said beside the table.
    expect(rr.flat().map((c) => c.value)).toContain("Samma period föregående år (2023-01-01 – 2023-08-31) visas inte: huvudboken har inte det årets belopp per månad.");
    // The year's own RR keeps its wording.
    expect(rowOf(sheet("resultatrakning"), "Årets resultat")?.slice(-2)).toEqual([102, 26]);
  });

  test("month 12 is the year: the same RR and BR as the annual report's", () => {
    const m = applyMapping(ledger, mapping);
    const { rr, br } = buildPeriodStatements(ledger, mapping, 12);
    expect(table(rr)).toEqual(table(buildResultatrakning(m)));
    expect(table(br)).toEqual(table(buildBalansrakning(m)));
  });

  test("with last year's months in the ledger, the RR sets the same months of last year beside the period", () => {
    const lastYear = [...ledger.periods].filter((p) => p.year === 0 && p.kind === "actual").map((p) => ({ ...p, year: -1, period: String(Number(p.period) - 100) }));
    const twoYears: Ledger = { ...ledger, periods: PeriodTable.of([...ledger.periods, ...lastYear]) };
    const { rr } = buildPeriodStatements(twoYears, mapping, 9);
    expect(rr.columns.map((c) => c.heading)).toEqual(["2024-01-01 – 2024-09-30", "2023-01-01 – 2023-09-30"]);
    expect(rr.footnotes.filter((f) => f.startsWith("Samma period föregående år"))).toEqual([]);
    // The copied months are 2024's, so each line's last-year figure is its figure for the period.
    expect(rr.rows.filter((r) => r.kind !== "heading").map((r) => [r.id, cell(rr, r.id, "previous")])).toEqual(rr.rows.filter((r) => r.kind !== "heading").map((r) => [r.id, cell(rr, r.id, "current")]));
  });

  test("a ledger with only the year's balances is refused before month 12, and the build says why on both sheets", () => {
    const balancesOnly: Ledger = { ...ledger, periods: new PeriodTable() };
    expect(() => buildPeriodStatements(balancesOnly, mapping, 9)).toThrow(
      "Resultat- och balansräkningen för delåret t.o.m. månad 9 byggdes inte: huvudboken har inga utfall per månad (#TRANS eller #PSALDO) för året, bara årets saldon.",
    );
    const built = buildAllReports({ ...example, ledger: balancesOnly, budget: undefined, settings: { ...example.settings, month: 9 } });
    const warning = built.warnings.find((w) => w.code === "period.noMonths")!;
    expect(warning.message).toMatch(/^Resultat- och balansräkningen för delåret t\.o\.m\. månad 9 byggdes inte: huvudboken har inga utfall per månad/);
    // In the pane's other language, the whole sentence is English.
    expect(diagnosticIn(warning, "en")).toMatch(/^The interim income statement and balance sheet up to month 9 were not built: the ledger has no monthly actuals .* The other reports are built\.$/);
    for (const key of ["delar-resultatrakning", "delar-balansrakning"]) {
      const sheet = built.sheets.find((s) => s.ownerKey === key)!;
      expect([key, sheet.cells.flat().some((c) => c.value === warning.message), sheet.cells.flat().some((c) => typeof c.value === "number")]).toEqual([key, true, false]);
    }
    // At month 12 the year's balances are the period's: built from them.
    expect(cell(buildPeriodStatements(balancesOnly, mapping, 12).rr, RR.aretsResultat.id, "current")).toBe("101590");
  });

  test("a build at month 12 does not print the year's RR and BR a second time: the delår sheets say where they are", () => {
    const built = buildAllReports({ ...example, settings: { ...example.settings, month: 12 } });
    for (const key of ["delar-resultatrakning", "delar-balansrakning"]) {
      const cells = built.sheets.find((s) => s.ownerKey === key)!.cells.flat();
      expect([key, cells.some((c) => typeof c.value === "number"), cells.some((c) => typeof c.value === "string" && c.value.includes("står på bladen Resultaträkning och Balansräkning"))]).toEqual([key, false, true]);
    }
    expect(built.warnings.filter((w) => w.code.startsWith("period."))).toEqual([]);
  });

  test("months that are not movements (an #UB the opening balance and months do not make) are refused, naming the account", () => {
    const shifted: Ledger = { ...ledger, balances: ledger.balances.map((b) => (b.year === 0 && b.kind === "ub" && b.account === "1510" && !b.object ? { ...b, amount: b.amount.plus(1) } : b)) };
    expect(() => buildPeriodStatements(shifted, mapping, 9)).toThrow(/^Resultat- och balansräkningen för delåret t\.o\.m\. månad 9 byggdes inte: på konto 1510 är ingående balans \+ månadernas belopp \(395\s000 kr\) inte årets utgående balans \(395\s001 kr\)/);
  });

  test("an #UB on an account with no opening balance and no months is refused too: the months cannot make it", () => {
    // An exporter that writes #PSALDO for result accounts only: 1580's year-end balance has no movements behind it.
    const closingOnly: Ledger = { ...ledger, balances: [...ledger.balances, { year: 0, account: "1580", kind: "ub", amount: new Dec(500) }] };
    expect(() => buildPeriodStatements(closingOnly, mapping, 9)).toThrow(/på konto 1580 är ingående balans \+ månadernas belopp \(0 kr\) inte årets utgående balans \(500 kr\)/);
  });
});

describe("a ledger of year balances only, with a budget, built before month 12", () => {
  // As a pasted Saldobalans gives it: the year's balances, no months; the budget as the example's #PBUDGET.
  const balancesOnly: Ledger = { ...ledger, periods: new PeriodTable() };
  const built = buildAllReports({ ...example, ledger: balancesOnly, budget: budgetFromLedger(ledger, mapping), settings: { ...example.settings, month: 9 } });

  test("builds every other report, and the follow-up's and the forecast's sheets say why they are not there", () => {
    const why = built.warnings.find((w) => w.code === "followUp.noMonthly")!.message;
    expect(why).toContain("uppföljning till och med månad 9 kräver utfall per månad, men huvudboken har bara årets saldon");
    for (const key of ["budgetuppfoljning", "prognos-mal"]) {
      const cells = built.sheets.find((s) => s.ownerKey === key)!.cells.flat();
      expect([key, cells.some((c) => c.value === why), cells.some((c) => typeof c.value === "number")]).toEqual([key, true, false]);
    }
    expect(cell(built.models.find((m) => m.id === "resultatrakning")!, RR.aretsResultat.id, "current")).toBe("101590");
  });
});
