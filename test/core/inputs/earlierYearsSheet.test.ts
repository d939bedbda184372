import { readEarlierYearsSheet } from "../../../src/core/inputs/earlierYearsSheet";
import { overviewYears } from "../../../src/core/reports/overviewYears";
import { yearFiguresFromLedger } from "../../../src/core/statements/flerarsoversikt";
import { applyMapping } from "../../../src/core/mapping/apply";
import { STOCKHOLM_2022, STOCKHOLM_MAPPING } from "../../fixtures/statements/stockholm2022";
import type { Cells } from "../../../src/core/import/table";
import { Dec } from "../../../src/core/money/decimal";

/**
 * Stockholm 2022 (seed 002), Tabell 1 "Översikt över förbundets resultat de senaste fem åren" (lines 109–135):
 * intäkter, kostnader and årets resultat of 2018–2020 as printed. The table prints soliditet, not eget kapital
 * and summa tillgångar. Eget kapital is rolled back from the ledger's 2021 (10 588 023 kr) by each year's printed
 * result; summa tillgångar is eget kapital over the printed soliditet: 50,96 % (2020), 22,89 % (2019), 35,51 % (2018).
 */
const STOCKHOLM_EARLIER: Cells = [
  ["Åren före huvudbokens, till flerårsöversikten"],
  ["År", "Intäkter", "Kostnader", "Årets resultat", "Eget kapital", "Summa tillgångar"],
  [2020, 39160496, 35364753, 3795743, 7729940, 15168642],
  ["2019", "35 655 165", "37 938 661", "-2 283 496", 3934197, 17187405],
  [2018, 25942444, -30819000, -4876556, 6217693, 17509696],
];

const stockholm = applyMapping(STOCKHOLM_2022, STOCKHOLM_MAPPING);

describe("Tidigare år (the flerårsöversikt's earlier years)", () => {
  test("reads Stockholm's printed Tabell 1 rows; kostnader as a magnitude or with its minus sign", () => {
    const read = readEarlierYearsSheet(STOCKHOLM_EARLIER);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.years.map((y) => [y.year, y.cell, y.intakter.toString(), y.aretsResultat.toString(), y.egetKapital.toString()])).toEqual([
      ["2020", "A3", "39160496", "3795743", "7729940"],
      ["2019", "A4", "35655165", "-2283496", "3934197"],
      ["2018", "A5", "25942444", "-4876556", "6217693"],
    ]);
  });

  test("a typing slip in kostnader (30 891 000 for 30 819 000) is found: the row does not add up", () => {
    const slip = STOCKHOLM_EARLIER.map((r) => (r[0] === 2018 ? [2018, 25942444, 30891000, -4876556, 6217693, 17509696] : r));
    const read = readEarlierYearsSheet(slip);
    expect(read.ok ? [] : read.errors.map((e) => spaced(e.message))).toEqual([
      "cell D5: för 2018 är intäkter 25 942 444 kr minus kostnader 30 891 000 kr lika med −4 948 556 kr, inte årets resultat −4 876 556 kr; rätta beloppet som är fel, eller lämna Kostnader tomt.",
    ]);
  });

  test("names the cell of a bad year, a second row for a year, a missing figure and text in an amount", () => {
    const read = readEarlierYearsSheet([
      ["År", "Intäkter", "Årets resultat", "Eget kapital", "Summa tillgångar"],
      ["20x1", 1, 1, 1, 1],
      [2020, 100, 10, 50, 100],
      [2020, 100, 10, 50, 100],
      [2019, 100, 10, null, 100],
      [2018, "hundra", 10, 50, 100],
      [null, null, null, null, null],
    ]);
    expect(read.ok ? [] : read.errors.map((e) => e.cell)).toEqual(["A2", "A4", "D5", "B6"]);
    expect(read.ok ? [] : read.errors[2]!.message).toBe("cell D5: Eget kapital för 2019 saknas; flerårsöversikten behöver det (se det årets balans- och resultaträkning).");
  });

  test("with Stockholm's ledger (2022, 2021): five years newest first, as its Tabell 1; a typed 2021 is checked against the ledger", () => {
    const ledgerYears = yearFiguresFromLedger(stockholm);
    const read = readEarlierYearsSheet([
      ...STOCKHOLM_EARLIER,
      // 2021 as the seed prints it (intäkter 40 935 720, årets resultat 2 858 083), eget kapital typed 1 kr off.
      [2021, 40935720, null, 2858083, ledgerYears[1]!.egetKapital.plus(1).toNumber(), ledgerYears[1]!.summaTillgangar.toNumber()],
      [2017, 1, null, 1, 1, 1],
    ]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const inKr = overviewYears(stockholm, read.years, "kr");
    expect(inKr.years.map((y) => y.year)).toEqual(["2022", "2021", "2020", "2019", "2018"]);
    expect(inKr.years[1]).toEqual(ledgerYears[1]);
    expect(inKr.warnings.map((w) => spaced(w.message))).toEqual([
      `cell A6: Eget kapital för 2021 är ${kr(ledgerYears[1]!.egetKapital.plus(1).toNumber())} här men ${kr(ledgerYears[1]!.egetKapital.toNumber())} i huvudboken; flerårsöversikten tar huvudbokens belopp.`,
    ]);
    // In tkr the krona does not show: no warning.
    expect(overviewYears(stockholm, read.years, "tkr").warnings).toEqual([]);
  });

  test("a gap between the typed years and the ledger's is said; a year after the ledger's is left out", () => {
    const read = readEarlierYearsSheet([STOCKHOLM_EARLIER[1]!, STOCKHOLM_EARLIER[4]!, [2023, 1, null, 1, 1, 1]]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const { years, warnings } = overviewYears(stockholm, read.years, "tkr");
    expect(years.map((y) => y.year)).toEqual(["2022", "2021", "2018"]);
    expect(warnings.map((w) => spaced(w.message))).toEqual([
      "cell A3: 2023 är inte ett år före huvudbokens 2022; raden används inte.",
      "Tidigare år: flerårsöversikten saknar 2019, 2020; den visar bara de år som finns.",
    ]);
  });

  test("a year typed in tkr (Stockholm's 2020 as 39 160 tkr) is warned of, naming its row; the same year in kronor is not", () => {
    const typed = (intakter: number, kostnader: number, resultat: number) => {
      const read = readEarlierYearsSheet([STOCKHOLM_EARLIER[1]!, [2020, intakter, kostnader, resultat, 7729940, 15168642]]);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      return read.years;
    };
    expect(overviewYears(stockholm, typed(39160496, 35364753, 3795743), "tkr").warnings).toEqual([]);
    const inTkr = overviewYears(stockholm, typed(39160, 35365, 3795), "tkr").warnings;
    const largest = yearFiguresFromLedger(stockholm).reduce((a, b) => (b.intakter!.greaterThan(a.intakter!) ? b : a));
    expect(inTkr.map((w) => [w.cell, spaced(w.message)])).toEqual([
      ["A2", `cell A2: intäkterna för 2020 är 39 160 kr, under en hundradel av huvudbokens ${kr(largest.intakter!.toNumber())} (${largest.year}); bladet tar belopp i kronor. Är raden skriven i tkr eller mnkr?`],
    ]);
  });

  test("the year just before the ledger's: its typed eget kapital is checked against the ledger's opening balance", () => {
    // Stockholm's 2021 opening balance (#IB −1): balanserad vinst 7 729 940 kr, as its 2021 closing less that year's result.
    const ledger = { ...STOCKHOLM_2022, balances: [...STOCKHOLM_2022.balances, { year: -1, account: "2091", kind: "ib" as const, amount: new Dec(-7729940) }] };
    const m = applyMapping(ledger, STOCKHOLM_MAPPING);
    const typed = (egetKapital: number) => {
      const read = readEarlierYearsSheet([STOCKHOLM_EARLIER[1]!, [2020, 39160496, 35364753, 3795743, egetKapital, 15000000]]);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      return read.years;
    };
    expect(overviewYears(m, typed(7729940), "kr").warnings).toEqual([]);
    expect(overviewYears(m, typed(7730000), "tkr").warnings).toEqual([]);
    expect(overviewYears(m, typed(7730000), "kr").warnings.map((w) => spaced(w.message))).toEqual([
      "cell A2: eget kapital vid slutet av 2020 är 7 730 000 kr här men 7 729 940 kr i huvudbokens ingående balans 2021; ett av dem är fel.",
    ]);
  });

  test("eget kapital rolls forward by each year's result: one mistyped year is named by both its neighbours", () => {
    // 2019's eget kapital typed 10 000 kr too high.
    const slip = STOCKHOLM_EARLIER.map((r) => (r[0] === "2019" ? ["2019", "35 655 165", "37 938 661", "-2 283 496", 3944197, 17187405] : r));
    const read = readEarlierYearsSheet(slip);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(overviewYears(stockholm, read.years, "kr").warnings.map((w) => spaced(w.message))).toEqual([
      "cell A3: eget kapital 2020 (7 729 940 kr) är inte eget kapital 2019 (3 944 197 kr) plus årets resultat 2020 (3 795 743 kr); kontrollera raderna, om inte eget kapital ändrades på annat sätt det året.",
      "cell A4: eget kapital 2019 (3 944 197 kr) är inte eget kapital 2018 (6 217 693 kr) plus årets resultat 2019 (−2 283 496 kr); kontrollera raderna, om inte eget kapital ändrades på annat sätt det året.",
    ]);
    // Copied from a report in tkr (each figure rounded to 1 000 kr), the years still roll forward within a step.
    const inTkr = readEarlierYearsSheet([STOCKHOLM_EARLIER[1]!, [2020, 39160000, null, 3796000, 7730000, 15169000], [2019, 35655000, null, -2283000, 3934000, 17187000]]);
    if (!inTkr.ok) throw new Error(JSON.stringify(inTkr.errors));
    expect(overviewYears(stockholm, inTkr.years, "tkr").warnings).toEqual([]);
  });
});

/** Messages group thousands with no-break spaces; the expected texts here use plain ones. */
const spaced = (message: string) => message.replace(/\u00a0/g, " ");
const kr = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} kr`;
