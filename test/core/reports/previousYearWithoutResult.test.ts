import { readFileSync } from "fs";
import { Dec } from "../../../src/core/money/decimal";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { EXAMPLE_EARLIER_YEARS, exampleInputs } from "../../../src/core/example/exempelforbund";
import { readEarlierYearsSheet } from "../../../src/core/inputs/earlierYearsSheet";
import type { ReportModel } from "../../../src/core/report/model";
import { BR, FLERAR, KFA, RR } from "../../../src/core/statements/lines";
import { cell } from "../statements/helpers";

/**
 * The example förbund's file (invented figures) as an exporter gives it that writes the previous year's
 * balances (#UB -1) but not its result (#RES -1), and no vouchers or #PSALDO for that year. In the full file
 * 2023's result is 26 200 kr (the #RES -1 lines), which is also ΣUB -1: its #UB -1 are before closing.
 */
const full = readFileSync("examples/exempelforbund.se", "latin1");
const withoutRes = full.replace(/^#RES -1 .*\r?\n/gm, "");
const build = (text: string) => buildAllReports(exampleInputs(new Uint8Array(Buffer.from(text, "latin1"))).inputs);

describe("a previous year with #UB -1 but no #RES -1", () => {
  const result = build(withoutRes);
  const complete = build(full);
  const model = (r: typeof result, id: ReportModel["id"]) => r.models.find((m) => m.id === id)!;

  it("the fixture really lacks the year's result, and the full file has it", () => {
    expect(withoutRes).not.toContain("#RES -1");
    expect(cell(model(complete, "resultatrakning"), RR.aretsResultat.id, "previous")).toBe("26200");
  });

  it("leaves the previous year out of RR, notes, driftsredovisning and KFA instead of printing zeros, and says why", () => {
    for (const id of ["resultatrakning", "not-intakter", "not-kostnader"] as const) {
      expect(model(result, id).columns.map((c) => c.id)).toEqual(["current"]);
      expect(model(complete, id).columns.map((c) => c.id)).toEqual(["current", "previous"]);
      expect(model(result, id).footnotes).toContain(
        "Föregående år 2023 visas inte: bokföringen har inga resultatsaldon för 2023 (i SIE-filen #RES, #TRANS eller #PSALDO för det året).",
      );
    }
    expect(model(result, "driftsredovisning").columns.some((c) => c.id === "previous")).toBe(false);
    expect(model(result, "driftsredovisning").footnotes.some((f) => f.startsWith("Föregående år 2023 visas inte"))).toBe(true);
    // With 2023's opening balances too (#IB -1, after closing: 2023's cash grew by its result), the full file has
    // a KFA for 2023; without its result it does not.
    const ib = "#IB -1 1220 180000.00\r\n#IB -1 1229 -72000.00\r\n#IB -1 1790 35000.00\r\n#IB -1 1930 2388800.00\r\n#IB -1 2091 -2023800.00\r\n#IB -1 2440 -310000.00\r\n#IB -1 2710 -28000.00\r\n#IB -1 2731 -30000.00\r\n#IB -1 2990 -140000.00\r\n";
    const withOpening = (text: string) => text.replace("#IB 0 1220", `${ib}#IB 0 1220`);
    expect(model(build(withOpening(full)), "kassaflodesanalys").columns.map((c) => c.id)).toEqual(["current", "previous"]);
    const kfa = model(build(withOpening(withoutRes)), "kassaflodesanalys");
    expect(kfa.columns.map((c) => c.id)).toEqual(["current"]);
    expect(kfa.footnotes.some((f) => f.startsWith("Föregående år 2023 visas inte"))).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain("statements.resultMissing");
    expect(complete.warnings.map((w) => w.code)).not.toContain("statements.resultMissing");
  });

  it("keeps the balance sheet of 2023, its equity the full file's (ΣUB -1 is the result), årets resultat empty", () => {
    const br = model(result, "balansrakning");
    expect(cell(br, BR.ekAretsResultat.id, "previous")).toBeNull();
    expect(cell(br, BR.ekOvrigt.id, "previous")).toBe("2050000");
    expect(cell(br, BR.summaEgetKapital.id, "previous")).toBe(cell(model(complete, "balansrakning"), BR.summaEgetKapital.id, "previous"));
    expect(cell(br, BR.summaTillgangar.id, "previous")).toBe("2558000");
    expect(cell(br, BR.summaEkAvsSkulder.id, "previous")).toBe("2558000");
    expect(br.footnotes.some((f) => f.startsWith("Årets resultat 2023 visas inte") && f.endsWith("Övrigt eget kapital 2023-12-31 innehåller det årets resultat."))).toBe(true);
  });

  it("the year's own kassaflödesanalys opens from 2023's whole equity: no result of 2023 among övriga poster", () => {
    const kfa = model(result, "kassaflodesanalys");
    expect(cell(kfa, KFA.justeringOvriga.id, "current")).toBe("0");
    expect(cell(kfa, KFA.justeringOvriga.id, "current")).toBe(cell(model(complete, "kassaflodesanalys"), KFA.justeringOvriga.id, "current"));
  });

  it("prints 2023 in the flerårsöversikt with eget kapital and soliditet, and empty intäkter, kostnader and result (no SUM)", () => {
    const fy = model(result, "flerarsoversikt");
    expect([FLERAR.intakter.id, FLERAR.kostnader.id, FLERAR.aretsResultat.id].map((row) => cell(fy, row, "2023"))).toEqual([null, null, null]);
    expect(cell(fy, FLERAR.egetKapital.id, "2023")).toBe("2050000");
    expect((fy.rows.find((r) => r.id === FLERAR.soliditet.id)!.values["2023"] as Dec).equals(new Dec(2050000).div(2558000))).toBe(true);
    expect(cell(fy, FLERAR.aretsResultat.id, "2024")).toBe(cell(model(complete, "flerarsoversikt"), FLERAR.aretsResultat.id, "2024"));
    const sheet = result.sheets.find((s) => s.ownerKey === "flerarsoversikt")!;
    const column = sheet.cells.find((r) => r.some((c) => c?.value === "2023"))!.findIndex((c) => c?.value === "2023");
    const resultRow = sheet.cells.find((r) => r[0]?.value === FLERAR.aretsResultat.label)!;
    expect(resultRow[column]?.value ?? null).toBeNull();
    expect(resultRow[column]?.formula).toBeUndefined();
  });

  it("checks on 2023's result figures cannot be tested; none fails, and 2023's balance sheet checks still hold", () => {
    const status = (id: string) => result.findings.find((f) => f.id === id)?.status;
    for (const id of ["resultat:br:previous", "resultat:drift:previous", "resultat:fy:previous", "fy:intakter:previous", "fy:kostnader:previous", "fy:resultat:2023", "drift:intakter:previous"]) {
      expect([id, status(id)]).toEqual([id, "not-applicable"]);
    }
    expect(result.findings.find((f) => f.id === "fy:resultat:2023")!.explanation.sv).toMatch(/^Kan inte prövas: /);
    for (const id of ["balans:previous", "soliditet:previous", "eget-kapital:fy:previous"]) expect([id, status(id)]).toEqual([id, "pass"]);
    expect(result.findings.filter((f) => f.status === "fail").map((f) => f.id)).toEqual([]);
  });

  it("takes 2023's intäkter and result from Tidigare år when typed there, and says so; its equity stays the ledger's", () => {
    // 2023 as its annual report would print it: the full file's #RES -1 (intäkter 6 651 200, kostnader 6 625 000).
    const read = readEarlierYearsSheet([...EXAMPLE_EARLIER_YEARS, [2023, 6651200, 6625000, 26200, 2050000, 2558000]]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const inputs = exampleInputs(new Uint8Array(Buffer.from(withoutRes, "latin1"))).inputs;
    const typed = buildAllReports({ ...inputs, earlierYears: read.years });
    const fy = model(typed, "flerarsoversikt");
    expect(fy.columns.map((c) => c.id)).toEqual(["2024", "2023", "2022", "2021", "2020"]);
    expect([FLERAR.intakter.id, FLERAR.kostnader.id, FLERAR.aretsResultat.id, FLERAR.egetKapital.id].map((row) => cell(fy, row, "2023"))).toEqual(["6651200", "-6625000", "26200", "2050000"]);
    expect(fy.footnotes).toContain("Intäkter, kostnader och årets resultat 2023 är de som skrivits på bladet Tidigare år: bokföringen har inga resultatsaldon för det året.");
    expect(fy.footnotes.some((f) => f.includes("visas inte"))).toBe(false);
    expect(typed.warnings.filter((w) => w.code.startsWith("earlierYears"))).toEqual([]);
    expect(typed.findings.find((f) => f.id === "fy:resultat:2023")?.status).toBe("pass");
    expect(typed.findings.find((f) => f.id === "resultat:fy:previous")?.status).toBe("not-applicable");
    expect(typed.findings.filter((f) => f.status === "fail").map((f) => f.id)).toEqual([]);
  });

  it("still warns of a typed 2023 whose result does not roll 2022's eget kapital forward to the ledger's 2023", () => {
    const read = readEarlierYearsSheet([...EXAMPLE_EARLIER_YEARS, [2023, 6651200, 6525000, 126200, 2050000, 2558000]]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const inputs = exampleInputs(new Uint8Array(Buffer.from(withoutRes, "latin1"))).inputs;
    const codes = buildAllReports({ ...inputs, earlierYears: read.years }).warnings.map((w) => w.code);
    expect(codes).toContain("earlierYears.rollForward");
  });
});

describe("a current year with balances but no result (#UB 0 without #RES 0, #TRANS or #PSALDO)", () => {
  const noVouchers = full.replace(/^#VER[\s\S]*?^\}\r?\n/gm, "");

  it("the build refuses it, naming the year, rather than print a zero result and a balanskrav met", () => {
    // Without the year's vouchers the #RES 0 lines are what gives its result; the file still builds with them.
    expect(noVouchers).not.toContain("#VER");
    expect(cell(build(noVouchers).models.find((m) => m.id === "resultatrakning")!, RR.aretsResultat.id, "current")).toBe("101590");
    const without = noVouchers.replace(/^#RES 0 .*\r?\n/gm, "");
    // ΣUB 0 is the result the balances need: 2 581 590 of assets against 2 480 000 of equity and liabilities.
    expect(() => build(without)).toThrow(expect.objectContaining({ code: "statements.noCurrentResult", params: { value: "2024", amount: "101590" } }));
    expect(() => build(without)).toThrow(/^Bokföringen har inga resultatsaldon för 2024 .*kräver ett resultat på 101\s590 kr\./);
  });

  it("builds a year whose balances need no result (ΣUB 0: nothing booked yet), as before", () => {
    const balanced = "#UB 0 1930 1000.00\r\n#UB 0 2091 -1000.00\r\n";
    const sie = full.replace(/^#VER[\s\S]*?^\}\r?\n/gm, "").replace(/^#(RES|UB|IB) .*\r?\n/gm, "").replace("#PBUDGET", `${balanced}#PBUDGET`);
    const built = build(sie);
    const br = built.models.find((m) => m.id === "balansrakning")!;
    expect(cell(br, BR.summaEgetKapital.id, "current")).toBe("1000");
    // Its result is zero in every statement alike: the RR's 0 is the balance sheet's and the overview's, not an empty cell.
    const fy = built.models.find((m) => m.id === "flerarsoversikt")!;
    expect([cell(built.models.find((m) => m.id === "resultatrakning")!, RR.aretsResultat.id, "current"), cell(br, BR.ekAretsResultat.id, "current"), cell(fy, FLERAR.aretsResultat.id, "2024")]).toEqual(["0", "0", "0"]);
    expect(br.footnotes.some((f) => f.includes("visas inte"))).toBe(false);
  });
});
