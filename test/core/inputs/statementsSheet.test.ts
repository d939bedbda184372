import { readFileSync } from "fs";
import { hbs2021 } from "../../fixtures/seeds/hbs2021";
import { readStatementSheets, STATEMENT_SHEETS } from "../../../src/core/inputs/statementsSheet";
import { statementSheetRows } from "../../helpers/statementSheetRows";
import { runChecks } from "../../../src/core/checks/run";
import type { StatementSet, StatementTable } from "../../../src/core/checks/statementSet";
import type { Finding } from "../../../src/core/checks/finding";
import { UNITS } from "../../../src/core/money/units";
import type { CellValue } from "../../../src/core/import/table";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";

type Tables = Pick<StatementSet, "rr" | "br" | "kfa" | "drift">;
const keys = ["rr", "br", "kfa", "drift"] as const;

/** The set as typed sheets; without Radid the rows are found by their printed labels. */
function sheetsOf(set: Tables, options: { withIds: boolean }): Map<string, CellValue[][]> {
  const sheets = new Map<string, CellValue[][]>();
  for (const key of keys) {
    const table = set[key] as StatementTable;
    const rows = statementSheetRows(table.model, table.model.unit);
    sheets.set(STATEMENT_SHEETS[key], options.withIds ? rows : rows.map((r, i) => (i < 2 ? r : r.slice(1))));
  }
  return sheets;
}

const outcome = (findings: Finding[]) => findings.map((f) => `${f.id} ${f.status} ${f.difference?.toString() ?? ""}`);

describe("statements typed into a workbook (finsam check)", () => {
  test("HBS 2021 typed by its printed labels gives the same findings as the typed seed fixture", () => {
    const read = readStatementSheets(sheetsOf(hbs2021, { withIds: false }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.year).toBe(2021);
    const seed: StatementSet = { year: 2021, rr: hbs2021.rr, br: hbs2021.br, kfa: hbs2021.kfa, drift: hbs2021.drift };
    const findings = runChecks(read.set);
    expect(outcome(findings)).toEqual(outcome(runChecks(seed)));
    // Kassaflöde för den löpande verksamheten: 1 753,2 + 80,9 − 1 010,9 = 823,2 tkr, printed −930,0 (000:1292);
    // the heading's "Belopp i kr" is found to be tkr, so the difference is in kronor.
    const lopande = findings.find((f) => f.id === "summa:kfa:kfa.lopande-summa:current")!;
    expect([lopande.status, lopande.difference!.toString()]).toEqual(["fail", "-1753200"]);
    expect(read.set.drift!.deviation).toEqual({ basis: "netto", direction: "utfall-budget" });
  });

  test("the example förbund's own statements, typed in kr with row ids, pass every check", () => {
    const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se")));
    const built = buildAllReports(example.inputs).models;
    const model = (id: string): StatementTable => ({ model: { ...built.find((m) => m.id === id)!, unit: "kr" }, statedUnit: "kr", step: UNITS.ore });
    const tables: Tables = { rr: model("resultatrakning"), br: model("balansrakning"), kfa: model("kassaflodesanalys"), drift: model("driftsredovisning") };
    const read = readStatementSheets(sheetsOf(tables, { withIds: true }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.year).toBe(2024);
    const findings = runChecks(read.set);
    expect(findings.filter((f) => f.status === "fail")).toEqual([]);
    expect(findings.filter((f) => f.status === "pass").length).toBeGreaterThan(10);
  });

  test("a printed statement's Not column is not read as amounts", () => {
    // Amounts are held in kronor: 100 tkr reads as 100000.
    const rr = [["Belopp i tkr"], ["Rubrik", "Not", "2024", "2023"], ["Verksamhetens intäkter", 1, 100, 90], ["Verksamhetens kostnader", 2, -80, -70]];
    const read = readStatementSheets(new Map([["RR", rr]]));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.rr!.model.rows.map((r) => [r.id, String(r.values.current), String(r.values.previous)])).toEqual([
      ["rr.intakter", "100000", "90000"],
      ["rr.kostnader", "-80000", "-70000"],
    ]);
  });

  test("bad input names the sheet and cell, and nothing is returned", () => {
    const sheets = new Map<string, CellValue[][]>([
      ["RR", [["Belopp i tusen"], ["Rubrik", "2024", "2023"], ["Verksamhetens intäkter", 100, 90], ["Intäkter från gudarna", 5, 4], ["Årets resultat", "tio", 1]]],
      ["BR", [["Rubrik", "Tillgångar"], ["Kassa och bank", 1]]],
    ]);
    const read = readStatementSheets(sheets);
    expect(!read.ok && read.errors.map((e) => e.cell)).toEqual(["RR!A1", "RR!A4", "RR!B5", "BR!B1"]);
    expect(!read.ok && read.errors[1]!.message).toBe('cell RR!A4: raden "Intäkter från gudarna" känns inte igen; ange dess Radid (t.ex. rr.intakter).');
    const none = readStatementSheets(new Map([["Blad1", [["x"]]]]));
    expect(!none.ok && none.errors.map((e) => e.code)).toEqual(["statements.noSheets"]);
  });
});

describe("a workbook as Bygg alla rapporter writes it, checked as printed", () => {
  const example = exampleInputs(new Uint8Array(readFileSync("examples/exempelforbund.se")));
  const built = buildAllReports({ ...example.inputs, settings: { ...example.inputs.settings, unit: "tkr" } });
  const asRead = (edit?: (name: string, cells: CellValue[][]) => void) => {
    const sheets = new Map<string, CellValue[][]>();
    for (const s of built.sheets) {
      const cells = s.cells.map((row) => row.map((c) => (c?.value ?? null) as CellValue));
      edit?.(s.name, cells);
      sheets.set(s.name, cells);
    }
    return readStatementSheets(sheets);
  };

  test("the example in tkr: the four statements are read under their own sheet names and every check holds", () => {
    const read = asRead();
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.year).toBe(2024);
    expect(read.set.rr!.statedUnit).toBe("tkr");
    const findings = runChecks(read.set);
    expect(findings.filter((f) => f.status === "fail").map((f) => f.title.sv)).toEqual([]);
    // The insatser above Individinriktade insatser are read as its detail rows, and the area is checked as their sum.
    const individ = findings.filter((f) => f.id.startsWith("summa:drift:drift.individ:"));
    expect(individ.length).toBeGreaterThan(0);
    expect(individ.every((f) => f.status === "pass")).toBe(true);
  });

  test("an insats figure changed by hand makes its area's sum fail, by the change", () => {
    const read = asRead((name, cells) => {
      if (name !== "Driftsredovisning") return;
      const row = cells.find((r) => r[0] === "Steg till arbete")!;
      row[2] = (row[2] as number) + 5; // kostnad, tkr
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const failed = runChecks(read.set).filter((f) => f.status === "fail");
    const kostnad = failed.find((f) => f.id === "summa:drift:drift.individ:kostnad")!;
    expect(kostnad.difference!.abs().toString()).toBe("5000");
  });

  test("a Drift row nobody knows that no area row follows is named by its cell", () => {
    const read = asRead((name, cells) => {
      if (name === "Driftsredovisning") cells.splice(cells.findIndex((r) => r[0] === "Summa"), 0, ["Okänd rad", 1, 0, 1]);
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^cell Driftsredovisning!A\d+: raden "Okänd rad" känns inte igen/)]);
  });
});
