import { readFileSync } from "fs";
import { FinsamSession } from "../../src/app/session";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { readWorkbookInputs } from "../../src/core/inputs/workbookInputs";
import { inputTemplates, INPUT_SHEETS } from "../../src/core/inputs/templates";
import { ledgerSheet } from "../../src/core/inputs/ledgerSheet";
import { MAPPING_HEADERS } from "../../src/core/inputs/mappingSheet";
import { FLERAR } from "../../src/core/statements/lines";
import { findingCells } from "../../src/app/findingCells";
import { diagnosticIn } from "../../src/core/import/diagnostic";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { ExcelContext, ExcelRun } from "../../src/excel/api";
import { FakeExcel } from "../excel/fakeExcel";

const sieBytes = readFileSync("examples/exempelforbund.se");
const example = exampleInputs(new Uint8Array(sieBytes));
/** The example a year on: every date and period moved from 2023 and 2024 to 2024 and 2025. */
const nextYearSie = Buffer.from(sieBytes.toString("latin1").replace(/\b(202[345])(\d{2}|\d{4})\b/g, (_, y: string, rest: string) => `${Number(y) + 1}${rest}`), "latin1");

async function exampleWorkbook(userSheets: { name: string; values: (string | number)[][] }[] = []) {
  const workbook = new MemoryWorkbook(userSheets);
  const session = new FinsamSession(workbook);
  const created = await session.createInputSheets({ ledger: example.inputs.ledger });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return { workbook, session, created: created.value };
}

describe("FinsamSession over a workbook (the example förbund)", () => {
  it("Start creates the input sheets and the Huvudbok; the inputs read back give the same reports as the SIE file", async () => {
    const { workbook, created } = await exampleWorkbook();
    expect(created).toEqual(["Inställningar", "Medlemmar", "Budget", "Saldobalans", "Kontomappning", "Tidigare år", "Flerårsplan", "Insatsmål", "Huvudbok"]);
    const sheets = await workbook.readSheets(INPUT_SHEETS);
    const read = readWorkbookInputs(sheets);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    expect(read.warnings).toEqual([]);
    // Identical but for the footnote naming the budget's source: the Budget sheet instead of #PBUDGET.
    const fromSheets = JSON.stringify(buildAllReports(read.inputs).sheets).replace("Budget: bladet Budget.", "Budget: SIE-filens #PBUDGET.");
    expect(fromSheets).toBe(JSON.stringify(buildAllReports(example.inputs).sheets));
  });

  it("Bokslut writes every report, all checks hold, and a rebuild is idempotent", async () => {
    const { workbook, session } = await exampleWorkbook();
    const first = await session.buildAll();
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.value.written.map((w) => w.name)).toContain("Kassaflödesanalys");
    expect(first.value.findings.filter((f) => f.status === "fail")).toEqual([]);
    const snapshot = workbook.snapshot();
    await session.buildAll();
    expect(workbook.snapshot()).toEqual(snapshot);
  });

  it("never touches a user's sheet with a report's name, and says where the report went", async () => {
    const mine = [["Mina egna anteckningar", 42]];
    const { workbook, session } = await exampleWorkbook([{ name: "Resultaträkning", values: mine }]);
    const outcome = await session.buildAll();
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.value.written.find((w) => w.key === "resultatrakning")).toEqual({ key: "resultatrakning", name: "Resultaträkning (2)", preferredName: "Resultaträkning" });
    expect(workbook.getSheet("Resultaträkning")!.cells.map((r) => r.map((c) => c.value))).toEqual(mine);
    // A later Kontroller run (a new pane, nothing written) still finds the report where it went.
    const checks = await new FinsamSession(workbook).checks(false);
    if (!checks.ok) throw new Error(JSON.stringify(checks.errors));
    expect(checks.value.written).toEqual([]);
    expect(checks.value.sheets.find((w) => w.key === "resultatrakning")?.name).toBe("Resultaträkning (2)");
  });

  it("Kontroller in a new session finds every report by its key, on the sheet the user renamed it to", async () => {
    const { workbook, session } = await exampleWorkbook();
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    workbook.renameSheet("Not Intäkter", "Not 1");
    const checks = await new FinsamSession(workbook).checks(false);
    if (!checks.ok) throw new Error(JSON.stringify(checks.errors));
    const where = new Map(checks.value.sheets.map((w) => [w.key, w.name]));
    expect(built.value.written.map((w) => [w.key, where.get(w.key)])).toEqual(built.value.written.map((w) => [w.key, w.key === "not-intakter" ? "Not 1" : w.name]));
    const note = checks.value.findings.find((f) => f.refs.some((r) => r.table === "not:1"));
    const cells = findingCells(note!.refs, checks.value.result.models, checks.value.sheets);
    expect(cells.map((g) => g.sheet)).toContain("Not 1");
  });

  it("a bad input names sheet and cell, and nothing is written", async () => {
    const { workbook } = await exampleWorkbook();
    const settings = workbook.getSheet("Inställningar")!.cells.map((r) => r.map((c) => c.value ?? ""));
    const broken = new MemoryWorkbook([{ name: "Inställningar", values: settings.map((r) => (r[0] === "Räkenskapsår" ? [r[0], "tjugotjugofyra", r[2] ?? ""] : r)) }]);
    for (const s of workbook.snapshot().sheets.filter((x) => x.name !== "Inställningar")) {
      broken.addUserSheet(s.name, s.cells.map((r) => r.map((c) => c.value ?? "")));
    }
    const before = broken.snapshot();
    const outcome = await new FinsamSession(broken).buildAll();
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.map((e) => e.message)).toEqual(['Inställningar!B4: räkenskapsåret "tjugotjugofyra" är inte ett år (t.ex. 2025).']);
    expect(broken.snapshot()).toEqual(before);
  });

  it("Import reads an SIE file in chunks, writes the Huvudbok and reports the mapping", async () => {
    const { workbook, session } = await exampleWorkbook();
    let progress = 0;
    const outcome = await session.importSie(new Blob([sieBytes]), { onBytes: (done) => (progress = done) });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(progress).toBe(sieBytes.length);
    expect(outcome.value).toMatchObject({ company: "Samordningsförbundet Exempelbygd", years: 2, unmapped: [] });
    expect(workbook.getSheet("Huvudbok")!.cells.length).toBe(ledgerSheet(example.inputs.ledger).cells.length);
  });

  it("counts a revision for each action that changes the inputs or the statements, and a Kontroller result carries its own", async () => {
    const { session } = await exampleWorkbook();
    const revisions: number[] = [session.revision];
    const checks = await session.checks(true);
    await session.split("6 000 000", "kr", true);
    revisions.push(session.revision);
    await session.buildAll();
    revisions.push(session.revision);
    await session.importSie(new Blob([sieBytes]));
    await session.importSie(new Blob([new Uint8Array(0)]));
    revisions.push(session.revision);
    expect(revisions).toEqual([1, 1, 2, 3]);
    expect(checks.ok && checks.value.revision).toBe(1);
  });

  it("Budget writes the follow-up, the goals by its forecast and the period's RR and BR, all at the month chosen, and no other sheet", async () => {
    const { workbook, session } = await exampleWorkbook();
    const followed = await session.followUp(9);
    if (!followed.ok) throw new Error(JSON.stringify(followed.errors));
    expect(followed.value.written.map((w) => [w.key, w.name])).toEqual([
      ["budgetuppfoljning", "Budgetuppföljning"],
      ["prognos-mal", "Prognos finansiella mål"],
      ["delar-resultatrakning", "Resultaträkning delår"],
      ["delar-balansrakning", "Balansräkning delår"],
    ]);
    expect(workbook.getSheet("Resultaträkning delår")!.cells[2]!.map((c) => c?.value)).toContain("2024-01-01 – 2024-09-30");
    expect(workbook.getSheet("Prognos finansiella mål")!.cells[0]![0]!.value).toBe("Finansiella mål enligt prognos 2024, t.o.m. månad 9");
    expect(workbook.getSheet("Finansiella mål")).toBeUndefined();
  });

  it("counts the Budget pane's write as a revision when it writes another month than the Budgetuppföljning there", async () => {
    const { workbook, session } = await exampleWorkbook();
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const followUpTitle = () => workbook.getSheet("Budgetuppföljning")!.cells[0]![0]!.value;
    expect(followUpTitle()).toBe("Budgetuppföljning 2024, t.o.m. månad 12");
    const after = async (month: number) => {
      const outcome = await session.followUp(month);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      // The pane's own result is of the sheet it has just written, never out of date by its own write.
      expect(outcome.value.revision).toBe(session.revision);
      return session.revision;
    };
    // Month 12 as Bokslut wrote it: the same figures, Bokslut's result still the workbook's.
    expect(await after(12)).toBe(built.value.revision);
    // Month 6: another sheet than Bokslut listed (and than a rebuild from Inställningar would write again).
    expect(await after(6)).toBe(built.value.revision + 1);
    expect(followUpTitle()).toBe("Budgetuppföljning 2024, t.o.m. månad 6");
    expect(await after(6)).toBe(built.value.revision + 1);
    expect(await after(12)).toBe(built.value.revision + 2);
    // A refused write (the sheet edited by hand) changes nothing, and moves nothing.
    workbook.typeCell("Budgetuppföljning", "A2", "egen anteckning");
    const before = session.revision;
    expect((await session.followUp(6)).ok).toBe(false);
    expect(session.revision).toBe(before);
  });

  it("counts the Budget pane's first write in a session, when the month of the sheet there is not known", async () => {
    const { session } = await exampleWorkbook();
    const before = session.revision;
    const followed = await session.followUp(12);
    expect(followed.ok && followed.value.revision).toBe(before + 1);
  });

  it("before month 12 over a ledger of year balances, Bokslut builds on without the follow-up, and the Budget pane refuses, writing nothing", async () => {
    const { workbook, session } = await exampleWorkbook();
    // The template's Saldobalans (the year's balances) without the Huvudbok's months, at September.
    workbook.deleteSheet("Huvudbok");
    const row = workbook.getSheet("Inställningar")!.cells.findIndex((r) => r[0]?.value === "Utfall till och med månad");
    workbook.typeCell("Inställningar", `B${row + 1}`, 9);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.warnings.map((w) => w.code)).toContain("followUp.noMonthly");
    const before = workbook.snapshot();
    const followed = await session.followUp(9);
    expect(!followed.ok && followed.errors.map((e) => e.code)).toEqual(["followUp.noMonthly"]);
    expect(workbook.snapshot()).toEqual(before);
  });

  it("Import refuses an empty file and keeps the Huvudbok", async () => {
    const { workbook, session } = await exampleWorkbook();
    const before = workbook.snapshot();
    const outcome = await session.importSie(new Blob([new Uint8Array(0)]));
    expect(!outcome.ok && outcome.errors.map((e) => e.code)).toEqual(["sie.empty"]);
    expect(workbook.snapshot()).toEqual(before);
  });

  it("Import beside an unfinished Inställningar keeps the ledger and still checks the mapping; a Kontomappning with errors leaves it unchecked", async () => {
    // Räkenskapsår not yet typed, and a Kontomappning that places only the bank account: the accounts it leaves
    // out are listed as they are beside a finished Inställningar.
    const bankOnly = { name: "Kontomappning", values: [["Kontomappning"], [...MAPPING_HEADERS], ["1930", "1930", "", "", "Kassa och bank", "", "", "", "", ""]] };
    const settings = (year: string | number) => ({ name: "Inställningar", values: [["Inställning", "Värde"], ["Räkenskapsår", year]] });
    const unfinished = new MemoryWorkbook([settings("tjugotjugofyra"), bankOnly]);
    const outcome = await new FinsamSession(unfinished).importSie(new Blob([sieBytes]));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.warnings.map((w) => w.message)).toContain('Inställningar!B2: räkenskapsåret "tjugotjugofyra" är inte ett år (t.ex. 2025).');
    expect(unfinished.getSheet("Huvudbok")!.cells.length).toBe(ledgerSheet(example.inputs.ledger).cells.length);
    const finished = await new FinsamSession(new MemoryWorkbook([settings(2024), bankOnly])).importSie(new Blob([sieBytes]));
    expect(finished.ok && finished.value.unmapped!.length).toBeGreaterThan(10);
    expect(outcome.value.unmapped).toEqual(finished.ok && finished.value.unmapped);
    // With a Kontomappning row naming no line the checks know, the mapping cannot be checked: null, not an empty list.
    const badMapping = new MemoryWorkbook([
      { name: "Inställningar", values: [["Inställning", "Värde"], ["Räkenskapsår", "tjugotjugofyra"]] },
      { name: "Kontomappning", values: [["Kontomappning"], [...MAPPING_HEADERS], ["3000", "3999", "", "", "Ingen sådan rad", "", "", "", "", ""]] },
    ]);
    const unchecked = await new FinsamSession(badMapping).importSie(new Blob([sieBytes]));
    if (!unchecked.ok) throw new Error(JSON.stringify(unchecked.errors));
    expect(unchecked.value.unmapped).toBeNull();
    expect(unchecked.warnings.some((w) => w.message.startsWith("Kontomappning!"))).toBe(true);
  });

  it("Import warns when Inställningar names another year than the ledger's", async () => {
    const workbook = new MemoryWorkbook([{ name: "Inställningar", values: [["Inställning", "Värde"], ["Räkenskapsår", 2025]] }]);
    const outcome = await new FinsamSession(workbook).importSie(new Blob([sieBytes]));
    expect(outcome.warnings.map((w) => w.message)).toContain(
      "Inställningar: Räkenskapsår är 2025, men huvudbokens innevarande år är 2024; rapporterna avser 2024. Rätta räkenskapsåret eller importera rätt års huvudbok.",
    );
  });

  it("a Budget row for an insats nobody knows (a typo) is warned of by its cell", async () => {
    const { workbook, session } = await exampleWorkbook();
    const budget = workbook.getSheet("Budget")!.cells.map((r) => r.map((c) => c.value ?? ""));
    const row = budget.findIndex((r) => r[1] === "STEG");
    budget[row]![1] = "STEGG";
    workbook.deleteSheet("Budget");
    workbook.addUserSheet("Budget", budget);
    const outcome = await session.buildAll();
    expect(outcome.warnings.map((w) => w.message)).toContain(`Budget!B${row + 1}: insatsen "STEGG" finns varken i huvudboken eller i Kontomappning; raden blir en egen insats i uppföljningen. Kontrollera stavningen.`);
  });

  it("Start with the example keeps a Huvudbok that is already there", async () => {
    const { workbook, session } = await exampleWorkbook();
    // The user's own import: another förbund's ledger, which loading the example used to overwrite.
    const other = Buffer.from(sieBytes.toString("latin1").replace(/Exempelbygd/g, "Annanbygd"), "latin1");
    const imported = await session.importSie(new Blob([other]));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const before = workbook.snapshot();
    expect(JSON.stringify(before)).toContain("Annanbygd");
    const again = await session.createInputSheets({ ledger: example.inputs.ledger });
    expect(again.ok && again.value).toEqual([]);
    expect(workbook.snapshot()).toEqual(before);
  });

  it("a renamed Huvudbok is still the ledger the build reads, and Start with the example does not overwrite it", async () => {
    const { workbook, session } = await exampleWorkbook();
    const imported = await session.importSie(new Blob([nextYearSie]));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    // The economist gives the import a name of its own; the Saldobalans still holds the example's 2024.
    workbook.renameSheet("Huvudbok", "Huvudbok 2025");
    const before = JSON.stringify(workbook.getSheet("Huvudbok 2025"));
    const again = await session.createInputSheets({ ledger: example.inputs.ledger });
    expect(again.ok && again.value).toEqual([]);
    expect(JSON.stringify(workbook.getSheet("Huvudbok 2025"))).toBe(before);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(workbook.getSheet("Resultaträkning")!.cells[2]!.map((c) => c.value)).toEqual([undefined, "Not", "2025-01-01 – 2025-12-31", "2024-01-01 – 2024-12-31"]);
  });

  it("a rebuild does not write over report sheets typed in since: each is named with its cells, nothing is written, until told", async () => {
    const { workbook, session } = await exampleWorkbook();
    const first = await session.buildAll();
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    // A comment beside the Resultaträkning and a corrected figure in the Balansräkning, as typed in Excel.
    workbook.typeCell("Resultaträkning", "F4", "Avser ESF-medel");
    workbook.typeCell("Balansräkning", "C6", 1234);
    workbook.typeCell("Budget", "A1", "Budget 2024, reviderad");
    const before = workbook.snapshot();
    const refused = await session.buildAll();
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors.map((e) => e.message)).toEqual([
      'Rapportbladet "Resultaträkning" har ändrats för hand sedan tillägget skrev det (F4); inget har skrivits.',
      'Rapportbladet "Balansräkning" har ändrats för hand sedan tillägget skrev det (C6); inget har skrivits.',
    ]);
    expect(workbook.snapshot()).toEqual(before);
    // The same for the one-sheet writes: Kontroller to a sheet, a month's follow-up, the split.
    workbook.typeCell("Kontroller", "A2", "Granskad av revisorn");
    workbook.typeCell("Budgetuppföljning", "A2", "Se styrelsens beslut");
    // Kontroller's 200-odd rows are more than its digest has marks for: it names the band of two rows, A1:A2.
    expect(await session.checks(true)).toMatchObject({ ok: false, errors: [{ code: "workbook.sheetEdited", params: { value: "Kontroller", places: "A1:A2" } }] });
    expect(await session.followUp(6)).toMatchObject({ ok: false, errors: [{ code: "workbook.sheetEdited", params: { value: "Budgetuppföljning", places: "A2" } }] });
    const overwritten = await session.buildAll({ overwriteEdits: true });
    if (!overwritten.ok) throw new Error(JSON.stringify(overwritten.errors));
    expect(workbook.getSheet("Resultaträkning")!.cells[3]?.[5]).toBeUndefined();
    expect(JSON.stringify(workbook.getSheet("Budget"))).toContain("Budget 2024, reviderad");
    expect((await session.buildAll()).ok).toBe(true);
  }, 20_000); // five whole builds of the example, 1–2 s each under load

  it("next year without a budget yet: the rebuild replaces last year's Budgetuppföljning with a sheet saying why", async () => {
    const { workbook, session } = await exampleWorkbook();
    await session.buildAll();
    expect(workbook.getSheet("Budgetuppföljning")!.cells[0]![0]!.value).toBe("Budgetuppföljning 2024, t.o.m. månad 12");
    // The new year's file has no #PBUDGET, and the economist has cleared last year's rows from Budget.
    const header = workbook.getSheet("Budget")!.cells.slice(0, 2).map((r) => r.map((c) => c.value ?? ""));
    workbook.deleteSheet("Budget");
    workbook.addUserSheet("Budget", header);
    const imported = await session.importSie(new Blob([Buffer.from(nextYearSie.toString("latin1").replace(/^#PBUDGET[^\n]*\n/gm, ""), "latin1")]));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const why = "Budgetuppföljningen byggdes inte: det finns ingen budget (bladet Budget har inga rader och huvudboken ingen #PBUDGET). De andra rapporterna är byggda; för en uppföljning, skriv årets budget på bladet Budget.";
    expect(built.warnings.map((w) => w.message)).toContain(why);
    expect(built.value.written.map((w) => w.name)).toContain("Budgetuppföljning");
    expect(workbook.getSheet("Budgetuppföljning")!.cells.map((r) => r.map((c) => c.value))).toEqual([["Budgetuppföljning"], ["Belopp i tkr"], [], [], [why]]);
    expect(workbook.getSheet("Budgetuppföljning")!.charts).toEqual([]);
    const followUp = await session.followUp(12);
    expect(followUp.warnings.map((w) => w.message)).toContain(why);
  });

  it("a new year's file with its own budget beside last year's Budget sheet is warned of, naming the row that differs", async () => {
    const { workbook, session } = await exampleWorkbook();
    // The state's contribution is budgeted 5 % higher this year: 262 500 kr a month instead of 250 000.
    const raised = Buffer.from(nextYearSie.toString("latin1").replace(/^(#PBUDGET 0 2025\d\d 3010 \{\}) -250000\.00/gm, "$1 -262500.00"), "latin1");
    const imported = await session.importSie(new Blob([raised]));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const row = workbook.getSheet("Budget")!.cells.findIndex((r) => r[0]?.value === "Intäkter från huvudmännen");
    const why = `Budget!A${row + 1}: huvudboken har en egen budget (#PBUDGET) som skiljer sig från bladet Budget (Intäkter från huvudmännen: 6\u00a0000\u00a0000 kr på bladet, 6\u00a0150\u00a0000 kr i huvudboken); rapporterna följer bladet. Töm bladet Budget för att använda huvudbokens budget, eller rätta bladet.`;
    expect(imported.warnings.map((w) => w.message)).toContain(why);
    const built = await session.buildAll();
    expect(built.warnings.map((w) => w.message)).toContain(why);
  });

  it("an import that went to Huvudbok (2) beside a user's own Huvudbok is the ledger; the user's sheet stays as typed", async () => {
    const mine = [["Min huvudbok"], ["1930", 100]];
    const { workbook, session } = await exampleWorkbook([{ name: "Huvudbok", values: mine }]);
    const imported = await session.importSie(new Blob([sieBytes]));
    expect(imported.ok && imported.value.written).toEqual([{ key: "huvudbok", name: "Huvudbok (2)", preferredName: "Huvudbok" }]);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(JSON.stringify(workbook.getSheet("Resultaträkning")!.cells)).toBe(JSON.stringify(buildAllReports(example.inputs).sheets.find((d) => d.ownerKey === "resultatrakning")!.cells));
    expect(workbook.getSheet("Huvudbok")!.cells.map((r) => r.map((c) => c.value))).toEqual(mine);
  });

  it("a Saldobalans pasted beside an imported Huvudbok that disagrees with it is warned of, naming its cell", async () => {
    const { workbook, session } = await exampleWorkbook();
    // The example's Saldobalans agrees with its Huvudbok: no word.
    const same = await session.buildAll();
    expect(same.warnings).toEqual([]);
    const rows = workbook.getSheet("Saldobalans")!.cells.map((r) => r.map((c) => c.value ?? ""));
    const bank = rows.findIndex((r) => String(r[0]) === "1930");
    rows[bank]![2] = 123_456;
    workbook.deleteSheet("Saldobalans");
    workbook.addUserSheet("Saldobalans", rows);
    const built = await session.buildAll();
    expect(built.warnings.map((w) => w.message)).toEqual([
      `Saldobalans!A${bank + 1}: konto 1930 har ett annat belopp än i Huvudbok, men rapporterna byggs från Huvudbok (den importerade huvudboken) och saldobalansen används inte. Töm bladet Saldobalans om den inte behövs, eller ta bort bladet Huvudbok för att bygga från den.`,
    ]);
  });

  it("a Kontomappning that fails to read is the error, without a warning that the file's budget differs from the Budget sheet", async () => {
    const { workbook, session } = await exampleWorkbook();
    const rows = workbook.getSheet("Kontomappning")!.cells;
    const steg = rows.findIndex((r) => r[3]?.value === "STEG");
    workbook.typeCell("Kontomappning", `F${steg + 1}`, "Individ");
    const built = await session.buildAll();
    expect(built.ok ? [] : built.errors.map((e) => e.cell)).toEqual([`Kontomappning!F${steg + 1}`]);
    expect(built.warnings.map((w) => w.code)).not.toContain("budget.ledgerBudgetAside");
    // With the mapping read, the file's budget (the example's #PBUDGET) agrees with the Budget sheet.
    workbook.typeCell("Kontomappning", `F${steg + 1}`, "Individinriktade insatser");
    const again = await session.buildAll();
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.warnings.map((w) => w.code)).not.toContain("budget.ledgerBudgetAside");
  });

  it("an insats the Kontomappning leaves out is listed as unmapped, without a warning that the file's budget differs from the Budget sheet", async () => {
    const { workbook, session } = await exampleWorkbook();
    const rows = workbook.getSheet("Kontomappning")!.cells.map((r) => r.map((c) => c.value ?? ""));
    workbook.deleteSheet("Kontomappning");
    workbook.addUserSheet("Kontomappning", rows.filter((r) => r[3] !== "STEG"));
    const imported = await session.importSie(new Blob([sieBytes]));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.value.unmapped!.map((u) => `${u.account} ${u.insats} ${u.year}`)).toEqual(["4010 STEG 2024"]);
    expect(imported.warnings.map((w) => w.code)).not.toContain("budget.ledgerBudgetAside");
  });

  it("without Kontomappning, the insatser without areas are the warning, not a #PBUDGET that differs from the Budget sheet", async () => {
    const { workbook, session } = await exampleWorkbook();
    workbook.deleteSheet("Kontomappning");
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.warnings.map((w) => w.code)).toEqual(["inputs.defaultMapping", "inputs.insatserWithoutAreas"]);
  });

  it("a broken Huvudbok names the sheet it is on now", async () => {
    const { workbook, session } = await exampleWorkbook();
    workbook.renameSheet("Huvudbok", "HB");
    const cells = workbook.getSheet("HB")!;
    cells.cells.splice(0, cells.cells.length, [{ value: "tom" }]);
    await workbook.writeReports([{ ...cells, ownerKey: "huvudbok" }]);
    const built = await session.buildAll();
    expect(!built.ok && built.errors.map((e) => e.cell)).toEqual(["HB!A1"]);
  });

  it("Import stops on a cancelled read and writes nothing", async () => {
    const { workbook, session } = await exampleWorkbook();
    const before = workbook.snapshot();
    const abort = new AbortController();
    abort.abort();
    await expect(session.importSie(new Blob([sieBytes]), { signal: abort.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(workbook.snapshot()).toEqual(before);
  });

  it("Import cancelled after the file is read (Avbryt during the steps that follow) still writes nothing", async () => {
    const { workbook, session } = await exampleWorkbook();
    const before = workbook.snapshot();
    const abort = new AbortController();
    // Avbryt pressed while the inputs are read back, after the last byte was parsed.
    const readSheets = workbook.readSheets.bind(workbook);
    workbook.readSheets = (names) => (abort.abort(), readSheets(names));
    await expect(session.importSie(new Blob([sieBytes]), { signal: abort.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(workbook.snapshot()).toEqual(before);
  });

  it("Medlemsavgifter splits by the Medlemmar sheet and writes a table whose SUM is the total", async () => {
    const { workbook, session } = await exampleWorkbook();
    const outcome = await session.split("6 000 000 kr", "kr", true);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.value.parts.map((p) => p.amount)).toEqual([3_000_000, 1_500_000, 700_000, 500_000, 300_000]);
    const sheet = workbook.getSheet("Medlemsavgifter")!;
    const sum = sheet.cells.flat().find((c) => c.formula?.startsWith("=SUM(") && c.value === 6_000_000);
    expect(sum).toBeDefined();
    const texts = sheet.cells.flat().flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
    expect(texts).toContain("Fördelat med största rest-metoden i hela kr: delarna summerar exakt till 6\u00a0000\u00a0000 kr.");
    expect(texts).toContain("Revisorns kontroll (kräver tillägget): =FINSAM.MEDLEMSAVGIFTER(6000000; {7;5;3})");
    // Printed like the reports: the förbund's name in the page header.
    expect(sheet.print?.header).toBe("Samordningsförbundet Exempelbygd");
  });

  it("Medlemsavgifter in öre shows the öre, and 0,1 tkr splits into hundreds", async () => {
    const { workbook, session } = await exampleWorkbook();
    const ore = await session.split("1 000 000,01", "ore", true);
    if (!ore.ok) throw new Error(JSON.stringify(ore.errors));
    // 250 000,0025 is each quarter's exact share: the municipalities' 7/5/3 of 250 000,0025 by largest remainder.
    expect(ore.value.parts.map((p) => p.amount)).toEqual([500_000.01, 250_000, 116_666.67, 83_333.33, 50_000]);
    const cells = workbook.getSheet("Medlemsavgifter")!.cells.flat();
    expect(cells.find((c) => c.value === 116_666.67)?.numberFormat).toContain("0.00");
    expect(cells.some((c) => c.value === "Fördelat med största rest-metoden i hela öre: delarna summerar exakt till 1\u00a0000\u00a0000,01 kr.")).toBe(true);
    const tkr = await session.split("6 000 050", "tkr1", false);
    expect(!tkr.ok && tkr.errors.map((e) => e.message)).toEqual(["Totalbelopp: totalen 6\u00a0000\u00a0050 kr går inte jämnt upp i hela 0,1 tkr; avrunda totalen eller välj en mindre enhet."]);
    const hundreds = await session.split("6 000 100", "tkr1", false);
    if (!hundreds.ok) throw new Error(JSON.stringify(hundreds.errors));
    expect(hundreds.value.parts.every((p) => p.amount % 100 === 0)).toBe(true);
    expect(hundreds.value.total).toBe(6_000_100);
  });

  it("Medlemsavgifter refuses a total that is not an amount, or not above zero, naming the field and writing nothing", async () => {
    const { workbook, session } = await exampleWorkbook();
    const before = workbook.snapshot();
    const messages = async (text: string) => {
      const outcome = await session.split(text, "kr", true);
      return outcome.ok ? [] : outcome.errors.map((e) => e.message);
    };
    expect(await messages("abc")).toEqual(['Totalbelopp: "abc" är inte ett belopp.']);
    expect(await messages("")).toEqual(["Totalbelopp: beloppet saknas."]);
    expect(await messages("0")).toEqual(["Totalbelopp: totalen 0 kr måste vara större än noll."]);
    expect(await messages("(500,50)")).toEqual(["Totalbelopp: totalen −500,50 kr måste vara större än noll."]);
    expect(workbook.snapshot()).toEqual(before);
  });
  it("Medlemsavgifter over the empty Medlemmar template (the state only) says on that sheet which rows to add", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.createInputSheets(inputTemplates());
    const outcome = await new FinsamSession(workbook).split("6 000 000", "kr", true);
    expect(!outcome.ok && outcome.errors.map((e) => e.message)).toEqual([
      "Medlemmar: ingen rad har typen region, och fördelningen behöver minst en region: lägg till den med namn, typ och vikt.",
      "Medlemmar: ingen rad har typen kommun, och fördelningen behöver minst en kommun: lägg till den med namn, typ och vikt.",
    ]);
    expect(workbook.getSheet("Medlemsavgifter")).toBeUndefined();
  });

  it("the empty templates ask for what is missing, naming it", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.createInputSheets(inputTemplates());
    const outcome = await new FinsamSession(workbook).buildAll();
    expect(!outcome.ok && outcome.errors.map((e) => e.message)).toEqual([
      'Inställningar!B4: "Räkenskapsår" saknas; ange ett värde i kolumnen Värde.',
      "Saldobalans: ingen huvudbok att bygga från; importera en SIE-fil eller klistra in en saldobalans på bladet Saldobalans.",
    ]);
  });
});

describe("one action at a time", () => {
  /** The counting Office fake with each sync a real round trip (a later task), as in Excel. */
  async function excelWorkbook() {
    const fake = new FakeExcel();
    const run: ExcelRun = (options, batch) =>
      fake.run(options, (context) => {
        const remote = Object.create(context) as ExcelContext;
        remote.sync = async () => {
          await new Promise((resolve) => setTimeout(resolve, 2));
          return context.sync();
        };
        return batch(remote);
      });
    const session = new FinsamSession(new OfficeWorkbook(run, () => true));
    const created = await session.createInputSheets({ ledger: example.inputs.ledger });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    return { fake, session };
  }

  it("two builds pressed at once both write every report to its own sheet, as one build does", async () => {
    const { fake, session } = await excelWorkbook();
    const [first, second] = await Promise.all([session.buildAll(), session.buildAll()]);
    const names = (o: typeof first) => (o.ok ? o.value.written.map((w) => w.name) : o.errors);
    expect(names(second)).toEqual(names(first));
    expect(fake.sheets.filter((s) => s.name.endsWith("(2)"))).toEqual([]);
    const once = await excelWorkbook();
    await once.session.buildAll();
    expect(fake.sheets.map((s) => s.name)).toEqual(once.fake.sheets.map((s) => s.name));
  });

  it("a build pressed while an import runs builds from the imported ledger", async () => {
    const { fake, session } = await excelWorkbook();
    const [imported, built] = await Promise.all([session.importSie(new Blob([nextYearSie])), session.buildAll()]);
    expect(imported.ok && built.ok).toBe(true);
    expect(fake.cell("Resultaträkning", "C3")?.value).toBe("2025-01-01 – 2025-12-31");
  });
});

describe("pasted trial balance", () => {
  it("is read from a Saldobalans with its header at A1 and one row (no title row needed)", async () => {
    const workbook = new MemoryWorkbook([
      { name: "Inställningar", values: [["Inställning", "Värde"], ["Räkenskapsår", 2024]] },
      { name: "Saldobalans", values: [["Konto", "Benämning", "Belopp"], ["1930", "Bank", 1000], ["2010", "Eget kapital", -1000]] },
    ]);
    const outcome = await new FinsamSession(workbook).checks(false);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const br = outcome.value.result.models.find((m) => m.id === "balansrakning")!;
    const line = (id: string) => String(br.rows.find((r) => r.id === id)?.values.current);
    expect([line("br.kassa-bank"), line("br.summa-tillgangar"), line("br.summa-eget-kapital")]).toEqual(["1000", "1000", "1000"]);
  });

  it("an edit made in Excel to an input or report sheet makes earlier results stale; one in the user's own sheet does not", async () => {
    const { workbook, session } = await exampleWorkbook([{ name: "Anteckningar", values: [["Mina noter"]] }]);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    let told = 0;
    const stop = session.onEdited(() => told++);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
    workbook.typeCell("Anteckningar", "A2", "mer text");
    await settled();
    expect([session.revision, told]).toEqual([built.value.revision, 0]);
    workbook.typeCell("Budget", "A1", "Budget 2024, beslutad i styrelsen");
    await settled();
    expect([session.revision, told]).toEqual([built.value.revision + 1, 1]);
    workbook.typeCell("Resultaträkning", "B5", 1);
    await settled();
    expect([session.revision, told]).toEqual([built.value.revision + 2, 2]);
    // The session's own writes are no edits; after unsubscribing, edits still count but no longer call back.
    const rebuilt = await session.buildAll();
    await settled();
    if (!rebuilt.ok) throw new Error(JSON.stringify(rebuilt.errors));
    expect(rebuilt.value.revision).toBe(session.revision);
    stop();
    workbook.typeCell("Budget", "A1", "Budget 2024, reviderad");
    await settled();
    expect([session.revision, told]).toEqual([built.value.revision + 4, 2]);
  });

  it("a deleted sheet makes earlier results stale (Excel names none), a rename of an input sheet too, one of the user's own sheet not", async () => {
    const { workbook, session } = await exampleWorkbook([{ name: "Anteckningar", values: [["Mina noter"]] }]);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    session.onEdited(() => undefined);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
    workbook.renameSheet("Anteckningar", "Anteckningar 2024");
    await settled();
    expect(session.revision).toBe(built.value.revision);
    workbook.renameSheet("Budget", "Budget (gammal)");
    await settled();
    expect(session.revision).toBe(built.value.revision + 1);
    workbook.deleteSheet("Resultaträkning");
    await settled();
    expect(session.revision).toBe(built.value.revision + 2);
  });

  it("an edit to a Huvudbok the build reads is counted though the add-in does not own it (a copy, values only)", async () => {
    const values = ledgerSheet(example.inputs.ledger).cells.map((row) => row.map((c) => (typeof c.value === "number" || typeof c.value === "string" ? c.value : "")));
    const { workbook, session } = await exampleWorkbook([{ name: "Huvudbok", values }]);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.value.written.map((w) => w.key)).not.toContain("huvudbok");
    session.onEdited(() => undefined);
    workbook.typeCell("Huvudbok", "B2", "Annanbygd");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(session.revision).toBe(built.value.revision + 1);
  });

  it("an edit counted while an action builds leaves that action's result stale: it was built from the inputs before it", async () => {
    const { workbook, session } = await exampleWorkbook();
    session.onEdited(() => undefined);
    // The user types in Budget just after the inputs are read, before the build and write are done.
    const read = workbook.readSheets.bind(workbook);
    let typeOnce = true;
    workbook.readSheets = async (names) => {
      const sheets = await read(names);
      if (typeOnce) workbook.typeCell("Budget", "A1", "Budget 2024, reviderad");
      typeOnce = false;
      return sheets;
    };
    const checked = await session.checks(false);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.value.revision).toBeLessThan(session.revision);
    typeOnce = true;
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.value.revision).toBeLessThan(session.revision);
    typeOnce = true;
    const followed = await session.followUp(6);
    expect(followed.ok && followed.value.revision).toBeLessThan(session.revision);
    // Without an edit, a build's result is of the workbook as it now is.
    const again = await session.buildAll();
    expect(again.ok && again.value.revision).toBe(session.revision);
  });

  it("Tidigare år's years go into the flerårsöversikt as the years before the ledger's; a bad cell there stops the build, named", async () => {
    const { workbook, session } = await exampleWorkbook();
    const earlier = (rows: (string | number)[][]) => {
      workbook.deleteSheet("Tidigare år");
      workbook.addUserSheet("Tidigare år", [["År", "Intäkter", "Kostnader", "Årets resultat", "Eget kapital", "Summa tillgångar"], ...rows]);
    };
    earlier([[2022, "6 100 000", "5 900 000", "200 000", "1 050 000", "1 400 000"], [2021, 5900000, "", -150000, 850000, 1200000]]);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const fy = built.value.result.models.find((m) => m.id === "flerarsoversikt")!;
    expect(fy.columns.map((c) => c.id)).toEqual(["2024", "2023", "2022", "2021"]);
    expect(fy.rows.find((r) => r.id === FLERAR.aretsResultat.id)!.values["2021"]!.toString()).toBe("-150000");
    expect(String(fy.rows.find((r) => r.id === FLERAR.soliditet.id)!.values["2022"])).toBe("0.75");
    earlier([[2022, "6 100 000", "5 900 000", "200 000", "en miljon", "1 400 000"]]);
    const refused = await session.buildAll();
    expect(refused.ok ? [] : refused.errors.map((e) => e.cell)).toEqual(["Tidigare år!E2"]);
  });

  it("a warning about a row of Tidigare år begins with its sheet and cell, as every other message does", async () => {
    const { workbook, session } = await exampleWorkbook();
    workbook.deleteSheet("Tidigare år");
    // 2022 rolls into the ledger's 2023 (2 050 000 − 26 200), but 2021's 1 700 000 plus 2022's 200 000 is not 2 023 800.
    workbook.addUserSheet("Tidigare år", [
      ["År", "Intäkter", "Kostnader", "Årets resultat", "Eget kapital", "Summa tillgångar"],
      [2022, "6 100 000", "5 900 000", "200 000", "2 023 800", "2 400 000"],
      [2021, 5900000, "", -150000, 1700000, 2200000],
    ]);
    const built = await session.buildAll();
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const rolled = built.warnings.filter((w) => w.code === "earlierYears.rollForward");
    // In English too (the pane's language switch), on its sheet the same way.
    expect(rolled.map((w) => diagnosticIn(w, "en").slice(0, 19))).toEqual(["Tidigare år!A2: equ"]);
    expect(rolled.map((w) => w.message)).toEqual([
      "Tidigare år!A2: eget kapital 2022 (2\u00a0023\u00a0800 kr) är inte eget kapital 2021 (1\u00a0700\u00a0000 kr) plus årets resultat 2022 (200\u00a0000 kr); kontrollera raderna, om inte eget kapital ändrades på annat sätt det året.",
    ]);
  });
});
