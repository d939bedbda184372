import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import type { ReportModel, ReportRow } from "../../../src/core/report/model";
import type { CellSpec, SheetDescription } from "../../../src/core/sheet/description";
import { parseAddress } from "../../../src/core/sheet/a1";
import { renderReport } from "../../../src/core/sheet/render";
import { printedKey } from "../../../src/core/sheet/printed";
import { toDisplay, displayUnit } from "../../../src/core/sheet/displayUnit";
import { isFinsamError } from "../../../src/core/errors";
import { RR } from "../../../src/core/statements/lines";
import { driftModel, stockholmRr } from "./fixtures";

const at = (sheet: SheetDescription, a1: string): CellSpec => {
  const { row, col } = parseAddress(a1);
  return sheet.cells[row]?.[col] ?? {};
};
const code = (f: () => unknown) => {
  try { f(); } catch (e) { return isFinsamError(e) ? e.code : "other"; }
  return "none";
};

describe("renderReport: Stockholm RR 2022 (seed 002) in tkr", () => {
  const sheet = renderReport(stockholmRr(), { sheetName: "Resultaträkning" });

  test("title, unit line, headings with a Not column", () => {
    expect(at(sheet, "A1")).toEqual({ value: "Resultaträkning", style: "title" });
    expect(at(sheet, "A2").value).toBe("Belopp i tkr");
    expect(sheet.cells[2]!.map((c) => c?.value ?? null)).toEqual([null, "Not", "2022-01-01 – 2022-12-31", "2021-01-01 – 2021-12-31"]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.ownerKey).toBe("resultatrakning");
  });

  test("row labels are text-formatted, so Excel keeps an insats named \"1 000\" or \"50 %\" as typed (and the digest sees no edit)", () => {
    const model = driftModel();
    model.rows[1] = { ...model.rows[1]!, label: "1 000" };
    const drift = renderReport(model, { sheetName: "Drift" });
    expect(at(drift, "A5")).toMatchObject({ value: "1 000", numberFormat: "@" });
    expect(sheet.cells.slice(3).filter((row) => row[0]?.value).map((row) => row[0]!.numberFormat)).toEqual(Array(8).fill("@"));
  });

  test("prints portrait with title, unit line and headings on every page; a wide table prints landscape", () => {
    expect(sheet.print).toEqual({ orientation: "portrait", repeatRows: 3 });
    // The label and four figure columns as wide as their figures ("−12 400"), not their headings: 88 units, which
    // an A4 portrait page holds at 100 %; two more columns do not fit it, and the table prints landscape.
    const drift = driftModel();
    expect(renderReport(drift, { sheetName: "Drift" }).print).toEqual({ orientation: "portrait", repeatRows: 3 });
    const wider = { ...drift, columns: [...drift.columns, { id: "prognos", heading: "Helårsprognos", kind: "amount" as const }, { id: "mal", heading: "Prognos − budget", kind: "amount" as const }] };
    expect(renderReport(wider, { sheetName: "Drift" }).print).toEqual({ orientation: "landscape", repeatRows: 3 });
  });

  test("lines are rounded per line to whole tkr as the seed's driftsredovisning prints them", () => {
    expect([at(sheet, "C4").value, at(sheet, "C5").value, at(sheet, "C6").value]).toEqual([37_300, -42_787, -169]);
    expect(at(sheet, "C4")).toMatchObject({ numberFormat: "#,##0;-#,##0", style: "line" });
    expect(at(sheet, "B5")).toMatchObject({ value: "3, 4", numberFormat: "@" });
    expect(at(sheet, "A4")).toMatchObject({ value: "Verksamhetens intäkter", indent: 1, style: "label" });
    expect(at(sheet, "D8").value).toBeNull();
  });

  test("subtotals are native SUM formulas with cached results; the seed prints −5 660 and 2 858", () => {
    expect(at(sheet, "C7")).toMatchObject({ formula: "=SUM(C4:C6)", value: -5_656, style: "subtotal" });
    expect(at(sheet, "C10")).toMatchObject({ formula: "=SUM(C7:C9)", value: -5_660 });
    expect(at(sheet, "D10")).toMatchObject({ formula: "=SUM(D7:D9)", value: 2_858 });
    expect(at(sheet, "C11")).toMatchObject({ formula: "=C10", value: -5_660, style: "total" });
    // Every line rounds so that the sums agree with the exactly rounded totals: no rounding footnote.
    expect(sheet.cells.flat().some((c) => typeof c?.value === "string" && c.value.includes("avrundade"))).toBe(false);
  });

  test("tkr with one decimal and whole kronor", () => {
    const tkr1 = renderReport(stockholmRr(), { sheetName: "RR", decimals: 1 });
    expect([at(tkr1, "C4").value, at(tkr1, "C6").value, at(tkr1, "C7").value]).toEqual([37_299.7, -169.1, -5_655.9]);
    expect(at(tkr1, "C7").numberFormat).toBe("#,##0.0;-#,##0.0");
    expect(renderReport(stockholmRr(), { sheetName: "RR", unit: "tkr1" })).toEqual(tkr1);
    // mnkr with one decimal, as Stockholm's report text prints its intäkter: "37,3 mnkr" (fixtures/seeds/stockholm2022.ts).
    const mnkr = renderReport(stockholmRr(), { sheetName: "RR", unit: "mnkr" });
    expect([at(mnkr, "A2").value, at(mnkr, "C4").value, at(mnkr, "C4").numberFormat]).toEqual(["Belopp i mnkr", 37.3, "#,##0.0;-#,##0.0"]);
    const kr = renderReport(stockholmRr(), { sheetName: "RR", unit: "kr" });
    expect(at(kr, "A2").value).toBe("Belopp i kr");
    expect(at(kr, "C10").value).toBe(-5_660_028);
    expect(at(renderReport(stockholmRr(), { sheetName: "RR", language: "en" }), "A2").value).toBe("Amounts in tkr");
  });

  test("no formula anywhere calls anything but SUM", () => {
    for (const s of [sheet, renderReport(driftModel(), { sheetName: "Drift" })]) {
      const functions = s.cells.flat().flatMap((c) => c?.formula?.match(/[A-Z.]+(?=\()/g) ?? []);
      expect(new Set(functions)).toEqual(new Set(s === sheet ? ["SUM"] : []));
      for (const cf of s.conditionalFormats) expect(cf.formula.match(/[A-Z.]+(?=\()/g)!.every((f) => ["AND", "OR", "NOT", "ABS"].includes(f))).toBe(true);
    }
  });
});

describe("renderReport: driftsredovisning with avvikelse and flags", () => {
  const sheet = renderReport(driftModel(), { sheetName: "Drift", chart: { kind: "columnClustered", columns: ["budget", "netto"], lastRowId: "drift.struktur" } });

  test("a sum over rows split by a heading is written term by term", () => {
    expect(at(sheet, "B10")).toMatchObject({ formula: "=B4+B5+B7+B8+B9", value: 1_578, style: "total" });
    expect(at(sheet, "E10")).toMatchObject({ formula: "=E4+E5+E7+E8+E9", value: 1_110 });
  });

  test("avvikelse is utfall − budget on every row, the total row included", () => {
    expect(at(sheet, "D7")).toMatchObject({ formula: "=B7-C7", value: -63 });
    expect(at(sheet, "C10")).toMatchObject({ formula: "=C4+C5+C7+C8+C9", value: -850 });
    expect(at(sheet, "D10")).toMatchObject({ formula: "=B10-C10", value: 2_428 });
  });

  test("flags from rules/deviation.ts are on the cells and as native conditional formats", () => {
    expect(["D4", "D5", "D7", "D8", "D9"].map((a) => at(sheet, a).flag)).toEqual(["ok", "ok", "warning", "critical", "critical"]);
    expect(at(sheet, "D10").flag).toBeUndefined();
    expect(sheet.conditionalFormats.map((c) => c.range)).toEqual(["D4:D5", "D4:D5", "D7:D9", "D7:D9"]);
    expect(sheet.conditionalFormats[2]).toEqual({ range: "D7:D9", formula: "=AND(D7<0,OR(ABS(D7)>100,ABS(D7)>0.1*ABS(C7)))", fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sheet.conditionalFormats[3]!.formula).toBe("=AND(D7<0,AND(OR(ABS(D7)>50,ABS(D7)>0.05*ABS(C7)),NOT(OR(ABS(D7)>100,ABS(D7)>0.1*ABS(C7)))))");
  });

  test("a flag column says each flag in words, as a native formula with the colours' rule and its result cached", () => {
    const model = driftModel();
    model.columns.splice(3, 0, { id: "flagga", heading: "Flagga", kind: "text", flagOf: "avvikelse" });
    const flagged = renderReport(model, { sheetName: "Drift" });
    // Administration −63 tkr against a budget of −1 750 (3,6 %, over 50 tkr): Varning; individ −200 tkr: Kritisk; struktur −200 (6,9 %): Kritisk.
    expect(["E4", "E5", "E7", "E8", "E9"].map((a) => at(flagged, a).value)).toEqual(["OK", "OK", "Varning", "Kritisk", "Kritisk"]);
    expect(at(flagged, "E7").formula).toBe('=IF(AND(D7<0,OR(ABS(D7)>100,ABS(D7)>0.1*ABS(C7))),"Kritisk",IF(AND(D7<0,OR(ABS(D7)>50,ABS(D7)>0.05*ABS(C7))),"Varning","OK"))');
    // The total row carries no flag, so no formula either.
    expect(at(flagged, "E10")).toMatchObject({ value: null });
    // Each cached word is what the colour rules give on the printed figures, whatever the thresholds: administration's
    // −62 600 kr is exactly at a 62 600 kr threshold, not over it; individ's and struktur's −200 400 kr are over 200 000.
    const kr = renderReport(model, { sheetName: "Drift", unit: "kr", thresholds: { warning: { percent: null, amount: new Dec(62_600) }, critical: { percent: null, amount: new Dec(200_000) }, flagFavourable: false } });
    expect(["E7", "E8", "E9"].map((a) => at(kr, a).value)).toEqual(["OK", "Kritisk", "Kritisk"]);
    expect(at(kr, "E7").formula).toBe('=IF(AND(D7<0,ABS(D7)>200000),"Kritisk",IF(AND(D7<0,ABS(D7)>62600),"Varning","OK"))');
  });

  test("thresholds follow the unit and the options", () => {
    const kr = renderReport(driftModel(), { sheetName: "Drift", unit: "kr", thresholds: { warning: { percent: null, amount: new Dec(10_000) }, critical: { percent: null, amount: null }, flagFavourable: true } });
    expect(kr.conditionalFormats.map((c) => c.formula)).toEqual(["=ABS(D4)>10000", "=ABS(D7)>10000"]);
  });

  test("chart over adjacent amount columns, labels as categories, anchored right of the table", () => {
    expect(sheet.charts).toEqual([{ kind: "columnClustered", title: "Driftsredovisning 2022", dataRange: "B3:C9", categoryRange: "A4:A9", seriesBy: "columns", anchor: "G3" }]);
    expect(code(() => renderReport(driftModel(), { sheetName: "D", chart: { kind: "pie", columns: ["netto", "avvikelse"] } }))).toBe("sheet.chartColumns");
  });

  test("footnotes follow the table after a blank row, each merged across the table (A to E) to wrap in its width", () => {
    expect(sheet.cells[10]).toEqual([]);
    expect(sheet.merges).toEqual(["A12:E12"]);
    expect(sheet.cells[11]).toEqual([{ value: "Avvikelse = utfall − budget; negativ avvikelse är ogynnsam.", style: "note", wrap: true }]);
  });

  test("deterministic: same model, byte-identical JSON", () => {
    const again = renderReport(driftModel(), { sheetName: "Drift", chart: { kind: "columnClustered", columns: ["budget", "netto"], lastRowId: "drift.struktur" } });
    expect(JSON.stringify(again)).toBe(JSON.stringify(sheet));
  });
});

/** Three lines of 400 kr: 0 tkr each when rounded, but 1 tkr in total. */
function roundingModel(lines: Dec[]): ReportModel {
  const rows: ReportRow[] = lines.map((v, i) => ({ id: `l${i}`, label: `Rad ${i + 1}`, kind: "line", level: 1, values: { a: v } }));
  rows.push({ id: "sum", label: "Summa", kind: "total", level: 0, values: { a: lines.reduce((x, y) => x.plus(y), new Dec(0)) }, sumOf: rows.map((r) => r.id) });
  return { id: "not-kostnader", title: "Not", unit: "tkr", columns: [{ id: "a", heading: "2022", kind: "amount" }], rows, footnotes: [] };
}

describe("rounding: sums hold over the printed lines, totals print their own rounding", () => {
  const footnote = (sheet: SheetDescription) => sheet.cells.flat().map((c) => c?.value).find((v): v is string => typeof v === "string" && v.startsWith("Summorna räknas"));

  test("three lines of 400 kr: one prints 1 tkr so that the total prints the exact 1 tkr (1 200 kr)", () => {
    const sheet = renderReport(roundingModel([new Dec(400), new Dec(400), new Dec(400)]), { sheetName: "Not" });
    expect(["B4", "B5", "B6"].map((a) => at(sheet, a).value)).toEqual([1, 0, 0]);
    expect(at(sheet, "B7")).toMatchObject({ formula: "=SUM(B4:B6)", value: 1 });
    expect(footnote(sheet)).toBe("Summorna räknas på de avrundade raderna, så att tabellen går ihop; därför kan ett belopp avvika med högst 1 tkr från sitt eget avrundade värde.");
  });

  test("property: the total is its own half-up rounding and the sum of the shown lines; each line is its floor or ceiling; footnote iff a line left half-up", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), { minLength: 1, maxLength: 12 }), (amounts) => {
      const lines = amounts.map((a) => new Dec(a));
      const sheet = renderReport(roundingModel(lines), { sheetName: "Not" });
      const unit = displayUnit("tkr");
      const shown = amounts.map((_, i) => at(sheet, `B${4 + i}`).value as number);
      const total = at(sheet, `B${4 + amounts.length}`).value as number;
      const exactTotal = lines.reduce((x, y) => x.plus(y), new Dec(0));
      const withinStep = lines.every((l, i) => l.div(1000).minus(shown[i]!).abs().lessThan(1));
      const moved = lines.some((l, i) => !toDisplay(l, unit).equals(shown[i]!));
      return total === shown.reduce((x, y) => x + y, 0) && toDisplay(exactTotal, unit).equals(total) && withinStep && (footnote(sheet) !== undefined) === moved;
    }));
  });

  test("a pinned line keeps its half-up value and the others absorb; with nothing free the sum is its terms' and the footnote says so", () => {
    const m = roundingModel([new Dec(400), new Dec(400), new Dec(400)]);
    m.rows[0]!.pin = "firm";
    const sheet = renderReport(m, { sheetName: "Not" });
    expect(["B4", "B5", "B6", "B7"].map((a) => at(sheet, a).value)).toEqual([0, 1, 0, 1]);
    for (const r of m.rows.slice(0, 3)) r.pin = "firm";
    const stuck = renderReport(m, { sheetName: "Not" });
    expect(["B4", "B5", "B6", "B7"].map((a) => at(stuck, a).value)).toEqual([0, 0, 0, 0]);
    expect(footnote(stuck)).toContain("högst 1 tkr");
  });

  test("soft pins (a note, kassa och bank) give way where the total could not print its own rounding; firm pins do not", () => {
    // 450 + 450 kr: 0 tkr each half-up, but 1 tkr in total.
    const m = roundingModel([new Dec(450), new Dec(450)]);
    m.rows[0]!.pin = "soft";
    m.rows[1]!.note = "2";
    const soft = renderReport(m, { sheetName: "Not" });
    expect(["C4", "C5", "C6"].map((a) => at(soft, a).value)).toEqual([1, 0, 1]); // B is the Not column
    // One soft pin next to a free line holds.
    m.rows[1]!.note = undefined;
    expect(["B4", "B5", "B6"].map((a) => at(renderReport(m, { sheetName: "Not" }), a).value)).toEqual([0, 1, 1]);
    m.rows[0]!.pin = "firm";
    m.rows[1]!.pin = "firm";
    expect(["B4", "B5", "B6"].map((a) => at(renderReport(m, { sheetName: "Not" }), a).value)).toEqual([0, 0, 0]);
  });

  test("Stockholm RR (seed 002) in 0,1 tkr: a subtotal over an empty cell still prints its own rounding", () => {
    // Previous year: finansiella intäkter is empty; resultat efter finansiella poster is 2 858 083 kr → 2 858,1.
    const sheet = renderReport(stockholmRr(), { sheetName: "RR", decimals: 1 });
    expect(at(sheet, "D10")).toMatchObject({ formula: "=SUM(D7:D9)", value: 2_858.1 });
    // Verksamhetens resultat (2 863 048 kr) takes the step up (2 863,1), being nearer a half step than −4 965 kr is.
    expect([at(sheet, "D7").value, at(sheet, "D9").value]).toEqual([2_863.1, -5.0]);
    expect(at(sheet, "D7")).toMatchObject({ formula: "=SUM(D4:D6)" });
  });

  test("a figure another sheet printed (RenderOptions.printed) prints alike, and the table's other lines absorb", () => {
    const m = roundingModel([new Dec(400), new Dec(400), new Dec(400)]);
    const sheet = renderReport(m, { sheetName: "Not", printed: new Map([[printedKey("l2", "a"), new Dec(1)]]) });
    expect(["B4", "B5", "B6", "B7"].map((a) => at(sheet, a).value)).toEqual([0, 0, 1, 1]);
  });

  test("soft pins are kept where firm pins alone would not balance the column either", () => {
    // A: two firm 450 kr lines cannot print their 1 tkr total either way. B: a soft 400 and a free 400 kr line
    // print 0 and 1, so B's 1 tkr holds and the soft line keeps its own rounding.
    const line = (id: string, v: number, pin?: "firm" | "soft"): ReportRow => ({ id, label: id, kind: "line", level: 1, values: { a: new Dec(v) }, ...(pin ? { pin } : {}) });
    const sum = (id: string, of: string[], v: number): ReportRow => ({ id, label: id, kind: "total", level: 0, values: { a: new Dec(v) }, sumOf: of });
    const model: ReportModel = {
      id: "not-kostnader", title: "Not", unit: "tkr", footnotes: [], columns: [{ id: "a", heading: "2022", kind: "amount" }],
      rows: [line("a1", 450, "firm"), line("a2", 450, "firm"), sum("A", ["a1", "a2"], 900), line("b1", 400, "soft"), line("b2", 400), sum("B", ["b1", "b2"], 800)],
    };
    const sheet = renderReport(model, { sheetName: "Not" });
    expect(["B4", "B5", "B6", "B7", "B8", "B9"].map((a) => at(sheet, a).value)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  test("a root row a − b (netto = intäkt − kostnad) prints the half-up netto", () => {
    // Total intäkt 1 400 kr (1 tkr), kostnad 600 kr (1): 1 − 1 would print 0, but 1 400 − 600 = 800 → 1 tkr. Intäkt 1 and
    // kostnad 0 print it too, at the price of three cells off their own rounding (a line 700 at 0, the 600 and its total
    // at 0); intäkt 2 (its lines 1 + 1) and kostnad 1 leave only the intäkt total off.
    const row = (id: string, intakt: number, kostnad: number, extra: Partial<ReportRow> = {}): ReportRow => ({
      id, label: id, kind: "line", level: 1, values: { i: new Dec(intakt), k: new Dec(kostnad), n: new Dec(intakt - kostnad) },
      columnFormulas: { n: { plus: ["i"], minus: ["k"] } }, ...extra,
    });
    const model: ReportModel = {
      id: "driftsredovisning", title: "Drift", unit: "tkr", footnotes: [],
      columns: [{ id: "i", heading: "Intäkt", kind: "amount" }, { id: "k", heading: "Kostnad", kind: "amount" }, { id: "n", heading: "Netto", kind: "amount" }],
      rows: [row("a", 700, 0), row("b", 700, 600), { ...row("s", 1_400, 600), kind: "total", level: 0, sumOf: ["a", "b"] }],
    };
    const sheet = renderReport(model, { sheetName: "Drift" });
    expect(["B4", "B5", "B6", "C5", "C6", "D6"].map((a) => at(sheet, a).value)).toEqual([1, 1, 2, 1, 1, 1]);
    expect(at(sheet, "D6")).toMatchObject({ formula: "=B6-C6" });
    expect(at(sheet, "B6")).toMatchObject({ formula: "=SUM(B4:B5)" });
  });
});

describe("renderReport rejects inconsistent models", () => {
  const base = () => stockholmRr();
  test("an amount no cell can hold is named by sheet and cell", () => {
    const m = roundingModel([new Dec("1e20")]);
    let text = "";
    try { renderReport({ ...m, unit: "kr" }, { sheetName: "Not Kostnader" }); } catch (e) { text = (e as Error).message.replace(/\u00a0/g, " "); }
    expect(text).toBe("cell Not Kostnader!B4: beloppet 100 000 000 000 000 000 000 är för stort för att lagras exakt i en Excel-cell (högst 90 071 992 547 409,92).");
  });
  test("amounts each a cell can hold, but together too large to round exactly in öre, are refused naming the column", () => {
    // 3 × 5·10^12 kr = 1,5·10^15 öre: over 2^50 steps, where the rounding's sums in doubles would stop being exact.
    const m = roundingModel([new Dec("5e12"), new Dec("5e12"), new Dec("5e12")]);
    let text = "";
    try { renderReport({ ...m, unit: "ore" }, { sheetName: "Not" }); } catch (e) { text = (e as Error).message.replace(/\u00a0/g, " "); }
    expect(text).toBe("Kolumn a: beloppen är sammanlagt större än 11 258 999 068 426,24 kr och kan inte avrundas exakt så att summorna går ihop.");
    // In kr the same amounts are 1,5·10^13 steps, and round.
    expect(renderReport({ ...m, unit: "kr" }, { sheetName: "Not" }).cells.flat().some((c) => c?.value === 1.5e13)).toBe(true);
  });
  test("a subtotal that is not the sum of its rows", () => {
    const m = base();
    m.rows[3]!.values.current = new Dec(-5_655_937);
    expect(() => renderReport(m, { sheetName: "RR" })).toThrow(/rad rr.verksamhetens-resultat, kolumn current: rapportens belopp -5655937 är inte summan/);
  });
  test("unknown, duplicate and cyclic references; bad sheet name", () => {
    const unknown = base();
    unknown.rows[3]!.sumOf = [RR.intakter.id, "rr.finns-inte"];
    expect(code(() => renderReport(unknown, { sheetName: "RR" }))).toBe("sheet.unknownRow");
    const dup = base();
    dup.rows.push({ ...dup.rows[0]! });
    expect(code(() => renderReport(dup, { sheetName: "RR" }))).toBe("sheet.duplicateRow");
    const cyclic = roundingModel([new Dec(0)]);
    cyclic.rows[0] = { ...cyclic.rows[1]!, id: "l0", sumOf: ["sum"] };
    expect(code(() => renderReport(cyclic, { sheetName: "RR" }))).toBe("sheet.cycle");
    const badColumn = driftModel();
    badColumn.rows[0]!.columnFormulas = { avvikelse: { plus: ["utfall"], minus: ["budget"] } };
    expect(code(() => renderReport(badColumn, { sheetName: "D" }))).toBe("sheet.unknownColumn");
    expect(code(() => renderReport(base(), { sheetName: "RR/2022" }))).toBe("sheet.name");
  });
});
