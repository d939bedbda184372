import { parseSie } from "../../../src/core/import/sie";
import { buildAllReports, type BuildResult } from "../../../src/core/reports/buildAll";
import { readSettings } from "../../../src/core/inputs/settings";
import { EXAMPLE_SETTINGS } from "../../../src/core/example/exempelforbund";
import { EXEMPEL_MAPPING } from "../../../src/core/mapping/exempelforbund";
import { layoutOf } from "../../../src/core/sheet/layout";
import type { ReportId } from "../../../src/core/report/model";

/**
 * An auditor ticking one figure from table to table, on small hand-written ledgers whose amounts sit near half
 * steps (the counterexamples the audit's random ledgers found).
 */
const KONTON = ['#KONTO 1930 "Bank"', '#KONTO 2091 "Balanserat"', '#KONTO 3010 "Medlemsbidrag staten"', '#KONTO 3910 "ESF"', '#KONTO 4010 "Kop av insatser"', '#KONTO 7010 "Loner"'];

export function build(lines: readonly string[], unit: "tkr" | "mnkr" = "tkr"): BuildResult {
  const text = ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#RAR -1 20230101 20231231", ...KONTON, '#DIM 6 "Projekt"', '#OBJEKT 6 "KANSLI" "Kansli"', '#OBJEKT 6 "STEG" "Steg"', '#OBJEKT 6 "IPS" "IPS"', ...lines].join("\n");
  const parsed = parseSie(new TextEncoder().encode(text));
  expect(parsed.errors).toEqual([]);
  const settings = readSettings(EXAMPLE_SETTINGS);
  if (!settings.ok) throw new Error("example settings");
  return buildAllReports({ settings: { ...settings.settings, unit }, ledger: parsed.ledger, mapping: EXEMPEL_MAPPING });
}

/** The number a built sheet prints for a model cell (a formula's cached value). */
export function printed(result: BuildResult, report: ReportId, row: string, column: string): number | null {
  const i = result.models.findIndex((m) => m.id === report);
  const layout = layoutOf(result.models[i]!);
  const r = layout.rowOf.get(row);
  const c = layout.columnOf.get(column);
  if (r === undefined || c === undefined) return null;
  const v = result.sheets[i]!.cells[r]?.[c]?.value;
  return typeof v === "number" ? v : null;
}

describe("årets resultat prints alike on every sheet", () => {
  it("the driftsredovisning's Årets resultat row keeps the RR's figure where its avvikelse would rather move it", () => {
    // Result 1 600 kr (2 tkr), budget −1 600 kr (−2 tkr): avvikelse 3 200 kr would print 3 only with netto 1 or budget −1.
    const r = build([
      "#UB -1 1930 0", "#IB 0 1930 0",
      '#VER A 1 20240115 ""', "{", "#TRANS 1930 {} 10000", "#TRANS 3010 {} -10000", "}",
      '#VER A 2 20240215 ""', "{", '#TRANS 4010 {6 "STEG"} 8400', "#TRANS 1930 {} -8400", "}",
      '#PBUDGET 0 202412 4010 {6 "STEG"} 1600',
    ]);
    expect(printed(r, "resultatrakning", "rr.arets-resultat", "current")).toBe(2);
    expect(printed(r, "driftsredovisning", "drift.summa", "netto")).toBe(2);
    expect(printed(r, "driftsredovisning", "drift.resultat", "netto")).toBe(2);
    expect(printed(r, "budgetuppfoljning", "drift.resultat", "actual")).toBe(2);
    expect(printed(r, "driftsredovisning", "drift.utgaende-ek", "netto")).toBe(printed(r, "balansrakning", "br.summa-eget-kapital", "current"));
  });
});

describe("notes print the RR's figures", () => {
  it("Not 1's Summa is the sum of the RR's income lines as printed (1 400 + 1 400 kr: 1 + 1 tkr, so 2, not its own 3)", () => {
    const r = build([
      "#UB -1 1930 0", "#IB 0 1930 0",
      '#VER A 1 20240115 ""', "{", "#TRANS 1930 {} 2800", "#TRANS 3010 {} -1400", '#TRANS 3910 {6 "IPS"} -1400', "}",
      '#VER A 2 20240215 ""', "{", '#TRANS 4010 {6 "STEG"} 2400', "#TRANS 1930 {} -2400", "}",
    ]);
    const rr = ["rr.intakter", "rr.intakter.esf", "rr.intakter.ovriga"].map((id) => printed(r, "resultatrakning", id, "current") ?? 0);
    expect(rr.slice(0, 2)).toEqual([1, 1]);
    expect(printed(r, "not-intakter", "not.intakter.summa", "current")).toBe(2);
    const note = r.sheets.find((s) => s.name === "Not Intäkter")!;
    expect(note.cells.flat().some((c) => typeof c?.value === "string" && c.value.startsWith("Summorna räknas"))).toBe(true);
  });
});
