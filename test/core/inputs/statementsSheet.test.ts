import { readFileSync } from "fs";
import { hbs2021 } from "../../fixtures/seeds/hbs2021";
import { stockholm2022 } from "../../fixtures/seeds/stockholm2022";
import { roslagen2022 } from "../../fixtures/seeds/roslagen2022";
import { cellKey, readStatementSheets, STATEMENT_SHEETS } from "../../../src/core/inputs/statementsSheet";
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

  test("Stockholm 2022 typed by its printed labels and headings gives the same findings as the typed seed fixture", () => {
    // Labels and headings as printed: "Balanserade vinst" (002:1846), "Kostnader inklusive avskrivningar och finansiella
    // kostnader", "Medlemsavgift och övriga intäkter", "Resultat", "Likvida medel" and "Bokslut helår 2021" (002:1935–1956).
    const read = readStatementSheets(sheetsOf(stockholm2022, { withIds: false }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
    const seed: StatementSet = { year: 2022, rr: stockholm2022.rr, br: stockholm2022.br, kfa: stockholm2022.kfa, drift: stockholm2022.drift };
    const findings = runChecks(read.set);
    expect(outcome(findings)).toEqual(outcome(runChecks(seed)));
    // Drift Utgående eget kapital 4 928 tkr against BR Summa eget kapital 4 927 995 kr (002:1850, 002:1954): read, and holds.
    expect(findings.find((f) => f.id === "eget-kapital:drift:current")?.status).toBe("pass");
  });

  test("Roslagen 2022: a BR printed as detail lines only (Radid br.fordringar.kund …) is checked like the typed seed fixture", () => {
    // BR 003:792–826 has no Fordringar or Kortfristiga skulder totals: the detail lines sum into them, so 2021's
    // 2 387 + 909 + 3 + 1 467 = 4 766 against the printed 4 760 is found. RR, KFA and Drift are typed by their labels.
    const sheets = sheetsOf(roslagen2022, { withIds: false });
    sheets.set("BR", sheetsOf(roslagen2022, { withIds: true }).get("BR")!);
    const read = readStatementSheets(sheets);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
    const seed: StatementSet = { year: 2022, rr: roslagen2022.rr, br: roslagen2022.br, kfa: roslagen2022.kfa, drift: roslagen2022.drift };
    const findings = runChecks(read.set);
    expect(outcome(findings)).toEqual(outcome(runChecks(seed)));
    const total = findings.find((f) => f.id === "summa:br:br.summa-ek-avs-skulder:previous")!;
    expect([total.status, total.difference!.toString()]).toEqual(["fail", "-6000"]);
  });

  test("a Radid that is no row of the statement is refused with its cell, not silently passed over", () => {
    const br = [["Belopp i tkr"], ["Radid", "Rubrik", "2022", "2021"], ["br.kasa-bank", "Kassa och bank", 510, 2762], ["br.fordringar.kund", "Kundfordran", 0, 750]];
    const read = readStatementSheets(new Map([["BR", br]]));
    expect(!read.ok && read.errors.map((e) => e.message)).toEqual([
      'cell BR!A3: Radid "br.kasa-bank" finns inte; ange en rads id (t.ex. br.tillgangar) eller <rad-id>.<namn> för en delpost till raden.',
    ]);
  });

  test("a unit heading written with a dot (\"Belopp i t.kr\", Roslagen 003:792) is tkr", () => {
    const read = readStatementSheets(new Map([["RR", [["Belopp i t.kr"], ["Rubrik", "2022-12-31", "2021-12-31"], ["Verksamhetens intäkter", 8217, 9169]]]]));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect([read.set.rr!.statedUnit, String(read.set.rr!.model.rows[0]!.values.current)]).toEqual(["tkr", "8217000"]);
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
    expect(!read.ok && read.errors[1]!.message).toBe('cell RR!A4: raden "Intäkter från gudarna" känns inte igen; ange dess Radid (t.ex. rr.intakter), eller <rad-id>.<namn> för en delpost till en rad.');
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
    // The cells it names include the insats changed, not only the area row.
    const sheet = built.sheets.find((s) => s.name === "Driftsredovisning")!;
    const rowOf = (label: string) => sheet.cells.findIndex((r) => r[0]?.value === label) + 1;
    const named = [...new Set(kostnad.refs.flatMap((ref) => read.cells.get(cellKey(ref)) ?? []))];
    expect(named).toContain(`Driftsredovisning!C${rowOf("Steg till arbete")}`);
    expect(named).toContain(`Driftsredovisning!C${rowOf("Individinriktade insatser")}`);
  });

  test("the driftsredovisning's Summa changed by hand fails against its areas, by the change", () => {
    const read = asRead((name, cells) => {
      if (name !== "Driftsredovisning") return;
      const row = cells.find((r) => r[0] === "Summa")!;
      row[2] = (row[2] as number) + 7; // kostnad, tkr
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const summa = runChecks(read.set).find((f) => f.id === "summa:drift:drift.summa:kostnad")!;
    expect([summa.status, summa.difference!.toString()]).toEqual(["fail", "7000"]);
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
