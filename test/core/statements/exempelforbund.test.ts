import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSie } from "../../../src/core/import/sie";
import { applyMapping } from "../../../src/core/mapping/apply";
import { detectChart } from "../../../src/core/mapping/detect";
import { EXEMPEL_MAPPING } from "../../../src/core/mapping/exempelforbund";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";
import { buildBalansrakning } from "../../../src/core/statements/balansrakning";
import { buildKassaflodesanalys } from "../../../src/core/statements/kassaflodesanalys";
import { buildCostNote, buildIncomeNote } from "../../../src/core/statements/notes";
import { buildFlerarsoversikt, yearFiguresFromLedger } from "../../../src/core/statements/flerarsoversikt";
import { buildDriftsredovisning } from "../../../src/core/statements/driftsredovisning";
import { buildBudgetuppfoljning } from "../../../src/core/statements/budgetuppfoljning";
import { budgetFromLedger } from "../../../src/core/statements/budget";
import { buildFinansiellaMal, goalInputsFromLedger } from "../../../src/core/statements/finansiellaMal";
import { DEFAULT_EQUITY_RULE } from "../../../src/core/rules/equityCap";
import { BR, DRIFT, KFA, NOTE, RR, driftInsatsId } from "../../../src/core/statements/lines";
import { Dec } from "../../../src/core/money/decimal";
import { cell } from "./helpers";
import { renderReport } from "../../../src/core/sheet/render";
import { PeriodTable } from "../../../src/core/ledger/periodTable";

// The committed example file (scripts/generate-example-sie.mjs), read through the real SIE parser.
const bytes = new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")));
const parsed = parseSie(bytes);
const m = applyMapping(parsed.ledger, EXEMPEL_MAPPING);

describe("example förbund (examples/exempelforbund.se)", () => {
  test("parses cleanly, is BAS, and maps with zero unmapped or doubly mapped accounts", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.ledger.companyName).toBe("Samordningsförbundet Exempelbygd");
    expect(detectChart(parsed.ledger).chart).toBe("bas");
    expect(m.unmapped).toEqual([]);
    expect(m.doubleMapped).toEqual([]);
    expect(m.control.length).toBeGreaterThanOrEqual(4);
    expect(m.control.every((c) => c.ok)).toBe(true);
  });

  test("every table builds, and the statements tie together", () => {
    const rr = buildResultatrakning(m);
    const br = buildBalansrakning(m);
    const kfa = buildKassaflodesanalys(m);
    const income = buildIncomeNote(m);
    const costs = buildCostNote(m, { by: "insats" });
    const budget = budgetFromLedger(parsed.ledger, EXEMPEL_MAPPING);
    const drift = buildDriftsredovisning(m, budget);
    const follow = buildBudgetuppfoljning(m, budget, { month: 6 });
    const goals = buildFinansiellaMal(goalInputsFromLedger(m, DEFAULT_EQUITY_RULE, new Dec("0.7")));
    const fy = buildFlerarsoversikt(yearFiguresFromLedger(m));

    expect(cell(rr, RR.intakter.id, "current")).toBe("6000000");
    expect(cell(rr, RR.intakterEsf.id, "current")).toBe("805000");
    expect(cell(rr, RR.avskrivningar.id, "current")).toBe("-48000");
    const result = cell(rr, RR.aretsResultat.id, "current");
    expect(cell(br, BR.ekAretsResultat.id, "current")).toBe(result);
    expect(cell(br, BR.summaTillgangar.id, "current")).toBe(cell(br, BR.summaEkAvsSkulder.id, "current"));
    expect(cell(br, BR.summaTillgangar.id, "previous")).toBe(cell(br, BR.summaEkAvsSkulder.id, "previous"));
    expect(cell(br, BR.summaEgetKapital.id, "previous")).toBe("2050000");
    // Inventarier bought for 60 000 and depreciated by 48 000: gross investment 60 000.
    expect(cell(kfa, KFA.invMateriella.id, "current")).toBe("-60000");
    expect(cell(kfa, KFA.likvidaBorjan.id, "current")).toBe("2415000");
    const flow = new Dec(cell(kfa, KFA.aretsKassaflode.id, "current")!);
    expect(flow.toString()).toBe(new Dec(cell(kfa, KFA.likvidaSlut.id, "current")!).minus(2415000).toString());
    expect(cell(income, NOTE.intakterSumma.id, "current")).toBe("6805000");
    expect(cell(income, NOTE.intakterOvriga.id, "current")).toBe("0");
    expect(cell(costs, NOTE.kostnaderSumma.id, "current")).toBe(new Dec(cell(rr, RR.kostnader.id, "current")!).negated().toString());
    expect(cell(costs, NOTE.kostnaderOvriga.id, "current")).toBe("0");
    expect(cell(drift, DRIFT.summa.id, "netto")).toBe(result);
    expect(cell(drift, driftInsatsId("STEG"), "kostnad")).toBe("1687500");
    expect(cell(drift, driftInsatsId("STEG"), "budget")).toBe("-1800000");
    expect(cell(drift, driftInsatsId("IPS"), "intakt")).toBe("805000");
    // The previous year has no insats split (no vouchers): its column is left out rather than all on one area.
    expect(cell(drift, DRIFT.externa.id, "netto")).toBe("0");
    expect(drift.columns.map((c) => c.id)).not.toContain("previous");
    expect(cell(drift, DRIFT.huvudman.id, "avvikelse")).toBe("0");
    expect(cell(follow, driftInsatsId("STEG"), "actual")).toBe("-840000");
    expect(cell(follow, driftInsatsId("STEG"), "budgetToDate")).toBe("-900000");
    expect(cell(follow, driftInsatsId("STEG"), "forecast")).toBe("-1740000");
    expect(follow.rows.find((r) => r.id === DRIFT.huvudman.id)?.flags?.deviation).toBe("ok");
    // Netto amounts: a row at or above its budget (e.g. interest income on a cost area with no budget) is never
    // an overrun, as the sheet's conditional formats (avvikelse < 0) read it.
    for (const month of [6, 12]) {
      const rows = buildBudgetuppfoljning(m, budget, { month }).rows.filter((r) => r.flags?.deviation !== undefined);
      const favourable = rows.filter((r) => !(r.values.actual as Dec).lessThan(r.values.budgetToDate as Dec));
      expect(favourable.length).toBeGreaterThan(0);
      expect(favourable.filter((r) => r.flags?.deviation !== "ok").map((r) => `${month}: ${r.label}`)).toEqual([]);
    }
    expect(goals.rows.map((r) => r.id)).toEqual([
      "mal.eget-kapital", "mal.administration", "mal.fordelning", "mal.balanskrav",
      // The members' contributions the cap is of, and the costs the shares are of: every cost is on one of the
      // three areas, so no Övriga kostnader.
      "mal.underlag", "mal.underlag.bidrag", "mal.underlag.administration", "mal.underlag.individ", "mal.underlag.struktur", "mal.underlag.samlade", "mal.underlag.individ-struktur",
    ]);
    expect(cell(goals, "mal.eget-kapital", "limit")).toBe("1200000");
    expect(fy.columns.map((c) => c.id)).toEqual(["2024", "2023"]);
    expect(cell(fy, "fy.arets-resultat", "2023")).toBe("26200");
  });
});

describe("Budgetuppföljning's Flagga column", () => {
  const m = applyMapping(parsed.ledger, EXEMPEL_MAPPING);
  const follow = buildBudgetuppfoljning(m, budgetFromLedger(parsed.ledger, EXEMPEL_MAPPING), { month: 9, unit: "tkr" });
  const sheet = renderReport(follow, { sheetName: "Budgetuppföljning" });

  test("names each flagged deviation in words on its row, and the flags are counted once per row", () => {
    const flaggedCells = sheet.cells.flat().filter((c) => c?.flag === "warning" || c?.flag === "critical");
    const flaggedRows = follow.rows.filter((r) => r.flags?.deviation === "warning" || r.flags?.deviation === "critical");
    // IPS Exempelbygd (ESF) 175 tkr over its budget to date (Kritisk), Individinriktade insatser 85 tkr (Varning).
    expect(flaggedRows.map((r) => [r.label, r.flags?.deviation])).toEqual([["IPS Exempelbygd (ESF)", "critical"], ["Individinriktade insatser", "warning"]]);
    expect(flaggedCells.length).toBe(flaggedRows.length);
    const col = sheet.cells[2]!.findIndex((c) => c?.value === "Flagga");
    const words = (label: string) => sheet.cells.find((r) => r[0]?.value === label)![col]!.value;
    expect([words("IPS Exempelbygd (ESF)"), words("Individinriktade insatser"), words("Steg till arbete")]).toEqual(["Kritisk", "Varning", "OK"]);
  });
});

describe("budget follow-up of a ledger without monthly figures (a pasted trial balance)", () => {
  const annualOnly = applyMapping({ ...parsed.ledger, periods: new PeriodTable() }, EXEMPEL_MAPPING);
  const budget = budgetFromLedger(parsed.ledger, EXEMPEL_MAPPING);

  test("is refused before month 12, naming the setting, instead of an utfall of 0", () => {
    expect(() => buildBudgetuppfoljning(annualOnly, budget, { month: 9 })).toThrow("Utfall till och med månad: uppföljning till och med månad 9 kräver utfall per månad");
  });

  test("for the whole year reads the year's result amounts (without an insats split: a trial balance has none)", () => {
    const follow = buildBudgetuppfoljning(annualOnly, budget, { month: 12 });
    expect(cell(follow, DRIFT.resultat.id, "actual")).toBe(cell(buildResultatrakning(annualOnly), RR.aretsResultat.id, "current"));
    expect(cell(follow, DRIFT.resultat.id, "actual")).toBe("101590");
  });
});
