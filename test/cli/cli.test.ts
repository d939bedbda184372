import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { copyFileSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, type ReadSheet } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { SHEET_NAMES } from "../../src/core/report/sheetNames";
import { STATEMENT_SHEETS } from "../../src/core/inputs/statementsSheet";
import { statementSheetRows } from "../helpers/statementSheetRows";
import type { StatementTable } from "../../src/core/checks/statementSet";
import type { SheetDescription } from "../../src/core/sheet/description";
import type { CellValue } from "../../src/core/import/table";
import { hbs2021 } from "../fixtures/seeds/hbs2021";
import { recalculate } from "../helpers/libreoffice";
import { exampleInputs } from "../../src/core/example/exempelforbund";
import { inputTemplates } from "../../src/core/inputs/templates";
import { ledgerSheet } from "../../src/core/inputs/ledgerSheet";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { Dec } from "../../src/core/money/decimal";
import { readStatementSheets } from "../../src/core/inputs/statementsSheet";
import { runChecks } from "../../src/core/checks/run";
import { checkCounts } from "../../src/cli/summary";
import { renameRows, rowIdsByLabel } from "../helpers/findingOutcome";

/** The built command line, run as a user would: `node dist-cli/finsam.js …`. */
const CLI = join(__dirname, "..", "..", "dist-cli", "finsam.js");
const dir = mkdtempSync(join(tmpdir(), "finsam-cli-"));
const finsam = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const sheet = (name: string, rows: CellValue[][]): SheetDescription => ({
  name, cells: rows.map((r) => r.map((value) => ({ value: value ?? null }))), columnWidths: [], conditionalFormats: [], charts: [],
});

/** HBS 2021's RR, BR, KFA and Drift typed into a workbook as printed (test/fixtures/seeds/hbs2021.ts, seed 000). */
async function hbsWorkbook(path: string): Promise<void> {
  const tables = { rr: hbs2021.rr, br: hbs2021.br, kfa: hbs2021.kfa, drift: hbs2021.drift } as Record<"rr" | "br" | "kfa" | "drift", StatementTable>;
  const sheets = Object.entries(tables).map(([key, t]) => sheet(STATEMENT_SHEETS[key as keyof typeof tables], statementSheetRows(t.model, t.model.unit)));
  writeFileSync(path, await writeWorkbook(sheets));
}

// Each test runs the CLI bundle in fresh node processes (1–3 s each unloaded), so jest's 5 s default is a race
// with the machine's load, not a bound on the code: three helpers saw single tests here time out under load.
jest.setTimeout(30_000);

/** The driftsredovisning's Summa budget cell of a build, A1, as `check` names it. */
function driftBudgetCell(result: ReturnType<typeof buildAllReports>): string {
  const drift = result.sheets.find((s) => s.name === SHEET_NAMES.driftsredovisning)!;
  const heading = drift.cells.findIndex((r) => r.some((c) => typeof c.value === "string" && /^Budget \d{4}/.test(c.value)));
  const column = drift.cells[heading]!.findIndex((c) => typeof c.value === "string" && /^Budget \d{4}/.test(c.value));
  const row = drift.cells.findIndex((r) => r[0]?.value === "Summa");
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

let demo: ReturnType<typeof finsam>;

beforeAll(() => {
  const webpack = spawnSync("npx", ["webpack", "--config", "webpack.cli.config.js"], { cwd: join(__dirname, "..", ".."), encoding: "utf8" });
  if (webpack.status !== 0) throw new Error(`building the command line failed (${webpack.status}):\n${webpack.stdout}\n${webpack.stderr}`);
  demo = finsam("demo");
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("finsam on the command line", () => {
  test("demo builds the example förbund and prints its key figures in Swedish", () => {
    expect(demo.stderr).toBe("");
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("Årets resultat: 101 590 kr");
    expect(demo.stdout).toContain("Eget kapital: 2 151 590 kr mot taket 1 200 000 kr (20 % av medlemmarnas bidrag): Ej uppfyllt");
    expect(demo.stdout).toContain("Administrationsandel: 20,2 % mot högst 10,0 %: Ej uppfyllt");
    // 2024's soliditet, Balansräkning's eget kapital 2 152 tkr over summa tillgångar 2 582 tkr (not 81,3 %, the overview's oldest column: 2020, typed on Tidigare år).
    expect(demo.stdout).toContain("Soliditet: 83,3 %");
    // At month 12 the forecast is the year's outcome: the same verdicts as Finansiella mål's two lines above.
    expect(demo.stdout).toContain("Prognos (t.o.m. månad 12): eget kapital vid årets slut 2 151 590 kr; Eget kapital: Uppfylls inte enligt prognos; Administrationens andel av kostnaderna: Uppfylls inte enligt prognos;");
    // Closing cash and the overview's result are each checked once (kfa:forandring, fy:resultat), not also as sums.
    // At month 12 the delår sheets say the year's RR and BR are on their own sheets: their four ties and each one's
    // unit heading and sums (2 × 2) cannot be tested; Prognos finansiella mål runs to the follow-up's month 12.
    // Måluppfyllelse insatser: five stated shares and four insatser with cost and deltagare hold; the strukturinriktad
    // Kompetensinsatser has a cost and no deltagare to test.
    // Budgetuppföljning adds 56 that hold: its unit, its 4 totals × 6 columns, Avvikelse and Prognos − budget on its
    // 13 rows, and at month 12 its 4 areas' and Resultat's utfall against the driftsredovisning's netto; and 5 more,
    // its 4 areas' and Resultat's Budget helår against the driftsredovisning's budget.
    expect(demo.stdout).toContain("Kontroller: 207 stämmer, 0 stämmer inte, 19 kan inte prövas");
  });

  test("demo's help names every sheet its input template holds", () => {
    const help = finsam("demo", "--help");
    expect(help.status).toBe(0);
    const names = inputTemplates().map((d) => d.name);
    expect(names.filter((n) => !help.stdout.replace(/\s+/g, " ").includes(n))).toEqual([]);
  });

  test("build from the SIE file with the demo's input sheets writes every report, exit 0", async () => {
    const r = finsam("build", join(__dirname, "..", "..", "examples", "exempelforbund.se"), "--settings", "out/indata-mall.xlsx", "-o", "rapporter.xlsx");
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^Skrev 17 blad till rapporter\.xlsx: Driftsredovisning, Resultaträkning/);
    expect(r.stdout).toContain("Omappade konton: inga.");
    const names = (await readWorkbook(readFileSync(join(dir, "rapporter.xlsx")))).map((s) => s.name);
    for (const name of Object.values(SHEET_NAMES)) expect(names).toContain(name);
  });

  test("build from the input template workbook alone gives the same key figures as the demo", () => {
    const r = finsam("build", "out/indata-mall.xlsx", "-o", "fran-mall.xlsx");
    expect(r.status).toBe(0);
    const figures = (out: string) => out.split("\n").filter((l) => /^(Årets resultat|Eget kapital|Administrationsandel|Individandel|Soliditet|Kontroller)/.test(l));
    expect(figures(r.stdout)).toEqual(figures(demo.stdout));
  });

  test("bad usage and bad input exit 2 with a Swedish message naming the problem", () => {
    const usage = finsam("build", "x.se");
    expect([usage.status, usage.stderr]).toEqual([2, 'build: ange arbetsboken som ska skrivas med -o <fil.xlsx>.\nSkriv "finsam --help" för hjälp.\n']);
    expect(finsam("nonsens").status).toBe(2);
    expect(finsam("split", "100", "--vikt", "1").stderr).toMatch(/^Felaktigt argument: okänt alternativ "--vikt"\.\n/);
    expect(finsam("split", "100", "1", "-1").stderr).toMatch(/^Felaktigt argument: okänt alternativ "-1"\. Ett tal som börjar med minus skrivs efter "--", t\.ex\. -- -1\n/);
    expect(finsam("split", "100", "1", "--unit").stderr).toMatch(/^Felaktigt argument: alternativet "--unit" saknar värde\.\n/);
    const missing = finsam("build", "saknas.se", "-o", "x.xlsx");
    expect([missing.status, missing.stderr]).toEqual([2, "Filen saknas.se gick inte att läsa: filen eller katalogen finns inte.\n"]);
    writeFileSync(join(dir, "inte-en-arbetsbok.xlsx"), "hej");
    const notXlsx = finsam("check", "inte-en-arbetsbok.xlsx");
    expect([notXlsx.status, notXlsx.stderr]).toEqual([2, "Filen inte-en-arbetsbok.xlsx gick inte att läsa: ingen giltig .xlsx-arbetsbok (den gick inte att packa upp).\n"]);
    const toFolder = finsam("demo", "--out", "inte-en-arbetsbok.xlsx");
    expect([toFolder.status, toFolder.stderr]).toEqual([2, "Filen inte-en-arbetsbok.xlsx/exempelforbund.xlsx gick inte att skriva: en fil står där en katalog behövs.\n"]);
    const weight = finsam("split", "100", "1", "tre");
    expect([weight.status, weight.stderr.trim()]).toEqual([2, 'vikt 2: "tre" är inte ett belopp.']);
  });

  test("build from the SIE file alone (default mapping) writes the reports and prints every key figure, exit 0", () => {
    const r = finsam("build", join(__dirname, "..", "..", "examples", "exempelforbund.se"), "-o", "bara-sie.xlsx");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Individandel: .*: (Uppfyllt|Ej uppfyllt|Kan inte prövas.*)$/m);
  });

  test("a first-year ledger (no opening balances) builds every report but the kassaflödesanalys, whose sheet says why", async () => {
    const sie = ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#KONTO 1930 \"Bank\"", "#KONTO 3010 \"Bidrag\"",
      "#VER A 1 20240105", "{", "#TRANS 1930 {} 1000.00", "#TRANS 3010 {} -1000.00", "}"].join("\r\n");
    writeFileSync(join(dir, "ett-ar.se"), sie + "\r\n");
    const r = finsam("build", "ett-ar.se", "-o", "ett-ar.xlsx");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Varning: Kassaflödesanalysen byggdes inte: de ingående balanserna saknas.");
    expect(r.stdout).toContain("Årets resultat: 1 000 kr");
    const kfa = (await readWorkbook(readFileSync(join(dir, "ett-ar.xlsx")))).find((s) => s.name === "Kassaflödesanalys")!;
    expect(kfa.rows.flat()).toContain("Kassaflödesanalysen byggdes inte: de ingående balanserna saknas. De andra rapporterna är byggda; för en kassaflödesanalys, ange föregående års saldon (SIE-filen: #RAR -1 med #UB -1, eller #IB 0; Saldobalans: kolumnen Föregående år).");
    // check reads the workbook as built: the sheet without a table is no kassaflödesanalys, so its checks cannot be tested, as in the build.
    const counts = (out: string) => out.split("\n").find((l) => l.startsWith("Kontroller:"));
    const check = finsam("check", "ett-ar.xlsx");
    expect([check.stderr, counts(check.stdout)]).toEqual(["", counts(r.stdout)]);
  });

  test("build refuses to write its output over an input workbook, which is left as it was", () => {
    const input = join(dir, "out", "indata-mall.xlsx");
    const before = readFileSync(input);
    for (const args of [["out/indata-mall.xlsx", "-o", "out/indata-mall.xlsx"], ["x.se", "--settings", "out/indata-mall.xlsx", "-o", "./out/../out/indata-mall.xlsx"]]) {
      const r = finsam("build", ...args);
      expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("är samma fil som indata")]);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("build rewrites its own earlier output, but refuses one holding sheets it does not write, which is left as it was", () => {
    for (let i = 0; i < 2; i++) expect(finsam("build", "out/indata-mall.xlsx", "-o", "igen.xlsx").status).toBe(0);
    // The economist's workbook, which holds the input sheets.
    copyFileSync(join(dir, "out", "indata-mall.xlsx"), join(dir, "arbetsbok.xlsx"));
    const before = readFileSync(join(dir, "arbetsbok.xlsx"));
    const r = finsam("build", "out/indata-mall.xlsx", "-o", "arbetsbok.xlsx");
    expect([r.status, r.stderr]).toEqual([2, expect.stringMatching(/^build: arbetsbok\.xlsx finns redan och har blad som bygget inte skriver \(Inställningar, Medlemmar, Budget, Saldobalans, Kontomappning, Tidigare år, Flerårsplan, Insatsmål\); de skulle försvinna när filen skrivs om\. /)]);
    expect(readFileSync(join(dir, "arbetsbok.xlsx")).equals(before)).toBe(true);
  });

  test("build does not write over report sheets typed in since its last output, naming them and their cells, unless --overwrite-edits", async () => {
    expect(finsam("build", "out/indata-mall.xlsx", "-o", "granskad.xlsx").status).toBe(0);
    // The economist opens the output and types a comment beside the Resultaträkning and a figure in Not Kostnader.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "granskad.xlsx")) as unknown as ArrayBuffer);
    book.getWorksheet("Resultaträkning")!.getCell("F4").value = "Avser ESF-medel";
    book.getWorksheet("Not Kostnader")!.getCell("B5").value = 1234;
    writeFileSync(join(dir, "granskad.xlsx"), Buffer.from(await book.xlsx.writeBuffer()));
    const before = readFileSync(join(dir, "granskad.xlsx"));
    const r = finsam("build", "out/indata-mall.xlsx", "-o", "granskad.xlsx");
    expect([r.status, r.stderr]).toEqual([2, expect.stringMatching(/^build: i granskad\.xlsx har rapportblad ändrats för hand sedan de skrevs: Resultaträkning \(F4\), Not Kostnader \(B5\); de skulle skrivas över\. /)]);
    expect(readFileSync(join(dir, "granskad.xlsx")).equals(before)).toBe(true);
    expect(finsam("build", "out/indata-mall.xlsx", "-o", "granskad.xlsx", "--overwrite-edits").status).toBe(0);
    const rebuilt = await readWorkbook(readFileSync(join(dir, "granskad.xlsx")));
    expect(rebuilt.find((x) => x.name === "Resultaträkning")!.rows[3]![5] ?? null).toBeNull();
    expect(rebuilt.filter((x) => x.edited !== undefined)).toEqual([]);
  });

  test("build from a workbook whose Huvudbok went to \"Huvudbok (2)\" beside a user's sheet of that name reads the add-in's", async () => {
    const ledger = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", "exempelforbund.se")))).inputs.ledger;
    // The input sheets without their Saldobalans rows, so that only a Huvudbok can give the ledger.
    const inputs = inputTemplates({ example: ledger }).map((d) => (d.name === "Saldobalans" ? { ...d, cells: d.cells.slice(0, 2) } : d));
    const mine: SheetDescription = { name: "Huvudbok", cells: [[{ value: "Mina anteckningar om huvudboken" }]], columnWidths: [], conditionalFormats: [], charts: [] };
    writeFileSync(join(dir, "med-egen-huvudbok.xlsx"), await writeWorkbook([...inputs, mine, { ...ledgerSheet(ledger), name: "Huvudbok (2)" }]));
    const r = finsam("build", "med-egen-huvudbok.xlsx", "-o", "fran-huvudbok-2.xlsx");
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const figures = (out: string) => out.split("\n").filter((l) => /^(Årets resultat|Eget kapital|Administrationsandel|Kontroller)/.test(l));
    expect(figures(r.stdout)).toEqual(figures(demo.stdout));
  });

  test("build refuses an output that is an input through a symbolic or hard link, and leaves the input as it was", () => {
    const input = join(dir, "out", "indata-mall.xlsx");
    const before = readFileSync(input);
    symlinkSync(input, join(dir, "lank.xlsx"));
    linkSync(input, join(dir, "hardlank.xlsx"));
    for (const output of ["lank.xlsx", "hardlank.xlsx"]) {
      const r = finsam("build", "out/indata-mall.xlsx", "-o", output);
      expect([r.status, r.stderr]).toEqual([2, expect.stringContaining(`-o ${output} är samma fil som indata (out/indata-mall.xlsx)`)]);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("build reads an SIE file written in Windows-1252 with --encoding windows-1252; without it, says so", () => {
    const pc8 = readFileSync(join(__dirname, "..", "..", "examples", "exempelforbund.se"));
    writeFileSync(join(dir, "windows.se"), iconv.encode(iconv.decode(pc8, "cp437"), "windows-1252"));
    const refused = finsam("build", "windows.se", "-o", "windows.xlsx");
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining("Läs in filen med teckenkodningen Windows-1252.")]);
    const read = finsam("build", "windows.se", "--encoding", "windows-1252", "-o", "windows.xlsx");
    expect(read.status).toBe(0);
    expect(read.stderr).not.toContain("teckenkodning");
    expect(read.stdout).toEqual(finsam("build", join(__dirname, "..", "..", "examples", "exempelforbund.se"), "-o", "pc8.xlsx").stdout.replace("pc8.xlsx", "windows.xlsx"));
  });

  test("split in öre prints the öre", () => {
    const r = finsam("split", "100,5", "1", "1", "--unit", "öre");
    expect(r.stdout.trim().split("\n").map((l) => /([−\d ,]+) kr$/.exec(l)![1]!.trim())).toEqual(["50,25", "50,25", "100,50"]);
  });

  test("--help of every command documents the exit statuses", () => {
    for (const command of ["build", "check", "split", "demo"]) {
      const r = finsam(command, "--help");
      expect([command, r.status]).toEqual([command, 0]);
      expect(r.stdout).toContain("Slutstatus: 0");
    }
    // The README's exit statuses, 3 (an internal error) included.
    expect(finsam("--help").stdout).toContain("Slutstatus: 0 klart, 1 någon kontroll stämmer inte (check), 2 fel i indata eller anrop, 3 internt fel (en bugg).");
  });

  test("build --help names every report sheet build writes (the notes as noter)", () => {
    const help = finsam("build", "--help").stdout.replace(/\s+/g, " ");
    const reports = Object.values(SHEET_NAMES).filter((name) => !name.startsWith("Not"));
    expect(reports.filter((name) => !help.includes(name.toLowerCase()))).toEqual([]);
    expect(help).toContain("noter till resultat- och balansräkningen");
  });

  test("split reproduces the HBS 2026 member contributions (seed 004) and their sum", () => {
    const r = finsam("split", "14662000", "50", "25", "11.75", "11,75", "1.5");
    expect(r.status).toBe(0);
    const amounts = r.stdout.trim().split("\n").map((l) => /([−\d ]+) kr$/.exec(l)![1]!.trim());
    expect(amounts).toEqual(["7 331 000", "3 665 500", "1 722 785", "1 722 785", "219 930", "14 662 000"]);
  });

  test("check: HBS 2021 as printed fails (exit 1, naming the check); the demo's written RR/BR/KFA pass (exit 0)", async () => {
    await hbsWorkbook(join(dir, "hbs2021.xlsx"));
    const hbs = finsam("check", "hbs2021.xlsx");
    expect(hbs.status).toBe(1);
    // Printed −930,0 against 1 753,2 + 80,9 − 1 010,9 = 823,2 tkr (seed 000:1287–1292).
    expect(hbs.stdout).toMatch(/FEL Summering: KFA Kassaflöde för den löpande verksamheten \(2021-12-31\)\n.*\(−930\s000 kr\) jämfört med summan av dess rader \(823\s200 kr\)/);
    expect(hbs.stdout).toMatch(/Kontroller: \d+ stämmer, [1-9]\d* stämmer inte/);
    // A failure names the cells it compared (the printed total, then its lines); a check that cannot be tested says why.
    expect(hbs.stdout).toContain("Stämmer inte. Raden visar bara förändringen av rörelsekapitalet; medel från verksamheten före förändring av rörelsekapital saknas i summan.\n    Celler: KFA!C9, KFA!C6, KFA!C7, KFA!C8\n");
    expect(hbs.stdout).toContain(" –  Enhet i rubriken: Driftsredovisningen\n    Driftsredovisningen är referens för enheterna (rubrik: tkr): de andra tabellernas enheter prövas mot den.\n");

    const built = await readWorkbook(readFileSync(join(dir, "out", "exempelforbund.xlsx")));
    const typed = built.filter((s) => ["Resultaträkning", "Balansräkning", "Kassaflödesanalys"].includes(s.name));
    // The report sheets as written are the layout already, once the header row's first cell says "Rubrik".
    const rows = (s: ReadSheet) => s.rows.map((r) => (r[0] === null && r.slice(1).some((v) => /^\d{4}/.test(String(v))) ? ["Rubrik", ...r.slice(1)] : r));
    const names = new Map([["Resultaträkning", "RR"], ["Balansräkning", "BR"], ["Kassaflödesanalys", "KFA"]]);
    writeFileSync(join(dir, "egen.xlsx"), await writeWorkbook(typed.map((s) => sheet(names.get(s.name)!, rows(s)))));
    const own = finsam("check", "egen.xlsx");
    expect([own.status, own.stderr]).toEqual([0, ""]);
    expect(own.stdout).toMatch(/Kontroller: \d+ stämmer, 0 stämmer inte/);
  });

  test("check on a workbook without statement sheets exits 2 and says which sheets it wants", () => {
    const r = finsam("check", "out/indata-mall.xlsx");
    expect([r.status, r.stderr.trim()]).toEqual([2, "out/indata-mall.xlsx: Arbetsboken har inget av bladen RR, BR, KFA, Drift, Flerår, RR delår, BR delår (eller Resultaträkning, Balansräkning, Kassaflödesanalys, Driftsredovisning, Flerårsöversikt, Resultaträkning delår, Balansräkning delår), Budgetuppföljning, Finansiella mål, Prognos finansiella mål, Not Intäkter, Not Kostnader, Noter balansräkning, Måluppfyllelse insatser; skriv rapporterna på blad med de namnen."]);
  });

  test("check on the workbook the demo wrote reads its reports as printed: every check holds, exit 0", () => {
    const r = finsam("check", "out/exempelforbund.xlsx");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("OK  Summering: Driftsredovisningen Individinriktade insatser (Kostnad 2024)");
    expect(r.stdout).toMatch(/Kontroller: \d+ stämmer, 0 stämmer inte/);
  });

  const example = () => exampleInputs(new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", "exempelforbund.se")))).inputs;
  /** check's findings on a written workbook against the build's: id for id (an insats paired by its printed name, not its SIE object id) and status for status. */
  const parity = async (engine: ReturnType<typeof buildAllReports>, file: string) => {
    const written = await readWorkbook(readFileSync(join(dir, file)));
    const read = readStatementSheets(new Map(written.map((s) => [s.name, s.rows])));
    if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
    const model = (id: string) => engine.models.find((m) => m.id === id)!;
    const rename = new Map([...rowIdsByLabel(read.set.drift!.model, model("driftsredovisning")), ...rowIdsByLabel(read.set.uppf!.model, model("budgetuppfoljning"))]);
    const typed = runChecks(read.set);
    expect(typed.map((f) => `${renameRows(f.id, rename)} ${f.status}`)).toEqual(engine.findings.map((f) => `${f.id} ${f.status}`));
    expect(finsam("check", file).stdout).toContain(checkCounts(engine.findings));
    return { set: read.set, typed };
  };

  test("check on the workbook the demo wrote gives the engine's own findings (ids and statuses), the notes, Flerårsöversikt, the goals forecast and the delår sheets included", async () => {
    const engine = buildAllReports(example());
    const { set, typed } = await parity(engine, "out/exempelforbund.xlsx");
    expect([set.notes?.map((n) => n.number), set.fy?.model.columns.length, set.uppf?.month]).toEqual([["1", "2", "4", "5", "6"], 5, 12]);
    expect(typed.filter((f) => /^(summa:)?(not|fy|soliditet)[:]/.test(f.id)).length).toBeGreaterThan(15);
    // Prognos finansiella mål's ties are read from its sheet and Budgetuppföljning's; at month 12 the delår sheets
    // say why they hold no tables, and their checks give that reason, as the build's do.
    expect(typed.filter((f) => /^(prognos|delar):/.test(f.id)).map((f) => `${f.id} ${f.status}`)).toEqual([
      "prognos:manad pass", "prognos:resultat pass", "prognos:ingaende-ek pass",
      "delar:enhet:delrr not-applicable", "delar:summa:delrr not-applicable", "delar:enhet:delbr not-applicable", "delar:summa:delbr not-applicable",
      "delar:balans not-applicable", "delar:resultat not-applicable", "delar:eget-kapital not-applicable", "delar:manad not-applicable", "delar:uppf not-applicable",
    ]);
    expect(set.prognos?.month).toBe(12);
    // The whole Budgetuppföljning is read back, not only its Resultat: its unit, 4 totals × 6 columns, Avvikelse and
    // Prognos − budget on its 13 rows, and the 4 areas' and Resultat's utfall and Budget helår against the
    // driftsredovisning's netto and budget.
    expect(typed.filter((f) => /^(enhet:uppf|summa:uppf:|uppf:)/.test(f.id) && f.status === "pass").length).toBe(1 + 24 + 26 + 5 + 5);
    // Its unit heading (against the BR's last-year equity), its year-end equity sum and the sums of the goals' base
    // (Samlade kostnader, individ + struktur) are read from the sheet too.
    expect(typed.filter((f) => /^(enhet|summa):prognos/.test(f.id)).map((f) => `${f.id} ${f.status}`)).toEqual([
      "enhet:prognos pass", "summa:prognos:prognos.utgaende-ek:outcome pass", "summa:prognos:mal.underlag.samlade:outcome pass", "summa:prognos:mal.underlag.individ-struktur:outcome pass",
    ]);
    const reason = typed.find((f) => f.id === "delar:uppf")!.explanation.sv;
    expect(reason).toBe(engine.findings.find((f) => f.id === "delar:uppf")!.explanation.sv);
    expect(reason).toMatch(/^Kan inte prövas: Utfall till och med månad 12 är helåret/);
  });

  test("check on a build up to September reads Resultaträkning and Balansräkning delår too, with the same findings as the build", async () => {
    const inputs = example();
    const engine = buildAllReports({ ...inputs, settings: { ...inputs.settings, month: 9 } });
    writeFileSync(join(dir, "september.xlsx"), await writeWorkbook(engine.sheets));
    const { set, typed } = await parity(engine, "september.xlsx");
    expect([set.delrr?.month, set.delbr?.model.columns.map((c) => c.heading), set.uppf?.month]).toEqual([9, ["2024-09-30", "2023-12-31"], 9]);
    // As printed in tkr: Summa tillgångar 2 561 both sides, Summa eget kapital 2 050 + 3 = 2 053, each within ±0,5 tkr a figure.
    const delar = (id: string) => typed.find((f) => f.id === id)!;
    expect(["delar:balans", "delar:resultat", "delar:eget-kapital", "delar:uppf"].map((id) => [id, delar(id).status, delar(id).figures.map((f) => f.value?.toString())])).toEqual([
      ["delar:balans", "pass", ["2561000", "2561000"]],
      ["delar:resultat", "pass", ["3000", "3000"]],
      ["delar:eget-kapital", "pass", ["2053000", "2053000"]],
      ["delar:uppf", "pass", ["3000", "3000"]],
    ]);
    expect(delar("delar:eget-kapital").tolerance?.toString()).toBe("1500");
    // The delår sheets' unit headings and sums, read from the printed sheets: each holds, as in the build.
    const structure = typed.filter((f) => /^delar:(enhet|summa):/.test(f.id));
    expect([structure.length, structure.every((f) => f.status === "pass")]).toEqual([17, true]);
    expect(delar("delar:summa:delbr:br.summa-tillgangar:current").figures.map((f) => f.value?.toString())).toEqual(["2561000", "2561000"]);
    expect([set.prognos?.month, delar("prognos:manad").status, delar("delar:manad").status]).toEqual([9, "pass", "pass"]);
  });

  test("check on the demo's workbook with one utfall on Budgetuppföljning typed over fails (exit 1), naming the cells", async () => {
    const engine = buildAllReports(example());
    const follow = SHEET_NAMES.budgetuppfoljning;
    // Hälsokoordinator's Utfall t.o.m. månad 12 (row 8, D8) from −668 to −686 tkr; its Avvikelse (E8, −8) and
    // Individinriktade insatser's utfall (D12, −4 145) are left as written.
    const edited = typedOver(engine.sheets, follow, 7, 3, -686);
    expect(edited.find((s) => s.name === follow)!.cells[7]![0]!.value).toBe("Hälsokoordinator");
    writeFileSync(join(dir, "utfall.xlsx"), await writeWorkbook(edited));
    const r = finsam("check", "utfall.xlsx");
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.flatMap((l, i) => (l.startsWith("FEL ") ? [l, lines[i + 1]!.trim(), lines[i + 2]!.trim()] : []))).toEqual([
      "FEL Summering: Budgetuppföljningen Individinriktade insatser (Utfall t.o.m. månad 12)",
      "Budgetuppföljningen Individinriktade insatser (Utfall t.o.m. månad 12) (−4 145 000 kr) jämfört med summan av dess rader (−4 163 000 kr): differens 18 000 kr, avrundningstolerans ±2 500 kr. Stämmer inte.",
      "Celler: Budgetuppföljning!D12, Budgetuppföljning!D8, Budgetuppföljning!D9, Budgetuppföljning!D10, Budgetuppföljning!D11",
      "FEL Avvikelse = utfall − budget t.o.m. månaden: Budgetuppföljningen Hälsokoordinator (Avvikelse (utfall − budget))",
      "Budgetuppföljningen Hälsokoordinator (Avvikelse (utfall − budget)) (−8 000 kr) jämfört med utfall − budget t.o.m. månaden (−26 000 kr): differens 18 000 kr, avrundningstolerans ±1 500 kr. Stämmer inte.",
      "Celler: Budgetuppföljning!E8, Budgetuppföljning!D8, Budgetuppföljning!C8",
    ]);
    expect(r.stdout).toMatch(/Kontroller: \d+ stämmer, 2 stämmer inte/);
  });

  test("check on the demo's workbook with Budgetuppföljning's Budget helår typed over names it against the driftsredovisning's budget", async () => {
    const engine = buildAllReports(example());
    const follow = SHEET_NAMES.budgetuppfoljning;
    const sheet = engine.sheets.find((s) => s.name === follow)!;
    const row = sheet.cells.findIndex((r) => r[0]?.value === "Resultat");
    const budget = Number(sheet.cells[row]![1]!.value);
    // Resultat's Budget helår 50 tkr higher than the adopted budget the driftsredovisning prints.
    const edited = typedOver(engine.sheets, follow, row, 1, budget + 50);
    writeFileSync(join(dir, "budget.xlsx"), await writeWorkbook(edited));
    const r = finsam("check", "budget.xlsx");
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith("FEL Budgetuppföljningen Resultat (Budget helår 2024) = driftsredovisningens budget"));
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(/differens 50 000 kr/);
    expect(lines[at + 2]!.trim()).toBe(`Celler: Budgetuppföljning!B${row + 1}, Driftsredovisning!${driftBudgetCell(engine)}`);
  });

  test("check on the demo's workbook with Finansiella mål's equity Gräns typed over its formula fails (exit 1), naming the Gräns and Medlemmarnas bidrag", async () => {
    const engine = buildAllReports(example());
    const goals = SHEET_NAMES["finansiella-mal"];
    const sheet = engine.sheets.find((s) => s.name === goals)!;
    const row = (label: string) => sheet.cells.findIndex((r) => r[0]?.value === label);
    // Row 4 is Eget kapital, D its Gräns (=C9*0.2, 1 200 tkr), C9 Medlemmarnas bidrag (6 000 tkr): 1 250 typed over it.
    expect([row("Eget kapital"), row("Medlemmarnas bidrag"), sheet.cells[2]![3]!.value, sheet.cells[3]![3]!.formula]).toEqual([3, 8, "Gräns", "=C9*0.2"]);
    const edited = typedOver(engine.sheets, goals, 3, 3, 1250);
    writeFileSync(join(dir, "grans.xlsx"), await writeWorkbook(edited));
    const r = finsam("check", "grans.xlsx");
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.flatMap((l, i) => (l.startsWith("FEL ") ? [l, lines[i + 1]!.trim(), lines[i + 2]!.trim()] : []))).toEqual([
      "FEL Finansiella mål: Eget kapital, Gräns = 20 % av Medlemmarnas bidrag",
      "Finansiella mål Eget kapital Gräns (1 250 000 kr) jämfört med 20 % av Medlemmarnas bidrag (Underlag för målen) (1 200 000 kr): differens 50 000 kr, avrundningstolerans ±700 kr. Stämmer inte. Gränsen följer inte målets regel (kolumnen Mål): är den inskriven för hand?",
      "Celler: Finansiella mål!D4, Finansiella mål!C9",
    ]);
    expect(r.stdout).toMatch(/Kontroller: \d+ stämmer, 1 stämmer inte/);
  });

  test("check on that build with Budgetuppföljning retitled to month 8 fails delar:manad (exit 1), naming both months", async () => {
    const inputs = example();
    const engine = buildAllReports({ ...inputs, settings: { ...inputs.settings, month: 9 } });
    const follow = SHEET_NAMES.budgetuppfoljning;
    const retitled = engine.sheets.map((s) => (s.name !== follow ? s : { ...s, cells: s.cells.map((row, r) => (r !== 0 ? row : row.map((c) => (typeof c.value === "string" ? { ...c, value: c.value.replace("månad 9", "månad 8") } : c)))) }));
    writeFileSync(join(dir, "manad.xlsx"), await writeWorkbook(retitled));
    const read = readStatementSheets(new Map((await readWorkbook(readFileSync(join(dir, "manad.xlsx")))).map((s) => [s.name, s.rows])));
    expect(read.ok && [read.set.uppf?.month, read.set.delrr?.month]).toEqual([8, 9]);
    const r = finsam("check", "manad.xlsx");
    expect(r.status).toBe(1);
    // Each failure prints its title, then its explanation. The forecast is the follow-up's too, so prognos:manad fails
    // beside delar:manad; neither the forecast's result nor the utfall is compared.
    const lines = r.stdout.split("\n");
    expect(lines.flatMap((l, i) => (l.startsWith("FEL ") ? [`${l} | ${lines[i + 1]!.trim()}`] : []))).toEqual([
      "FEL Prognos finansiella mål och Budgetuppföljningen gäller samma månad | Prognos finansiella mål gäller t.o.m. månad 9, Budgetuppföljningen t.o.m. månad 8; skriv dem för samma månad. Stämmer inte.",
      "FEL Budgetuppföljningen och Resultaträkning delår gäller samma månad | Budgetuppföljningen gäller t.o.m. månad 8, Resultaträkning delår t.o.m. månad 9; skriv dem för samma månad. Stämmer inte.",
    ]);
    expect(r.stdout).toMatch(/Kontroller: \d+ stämmer, 2 stämmer inte/);
  });

  test("check reads Måluppfyllelse insatser as built: a stated share its x av y does not give fails in both, and check names its cells", async () => {
    const inputs = example();
    // 17 av 38 is 44,7 %: a stated 47 % is off by 2,3 procentenheter.
    const insatsmal = inputs.insatsmal!.map((o) => (o.insats !== "STEG" ? o : { ...o, goals: o.goals.map((g) => (g.reached ? { ...g, stated: new Dec("0.47") } : g)) }));
    const engine = buildAllReports({ ...inputs, insatsmal });
    writeFileSync(join(dir, "insatsmal.xlsx"), await writeWorkbook(engine.sheets));
    const { typed } = await parity(engine, "insatsmal.xlsx");
    expect(typed.filter((f) => f.id.startsWith("mal:")).map((f) => f.status)).toEqual(["pass", "pass", "pass", "pass", "pass", "fail", "pass", "pass", "not-applicable", "pass"]);
    const r = finsam("check", "insatsmal.xlsx");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("FEL Insats Steg till arbete, i arbete eller studier vid avslut: angiven andel mot 17 av 38");
    expect(r.stdout).toContain("    Celler: Måluppfyllelse insatser!I11, Måluppfyllelse insatser!F11, Måluppfyllelse insatser!G11");
    // The sheet alone, as an insats's own report is sent: checked by itself, not refused as holding no report.
    writeFileSync(join(dir, "insatsmal-ensam.xlsx"), await writeWorkbook(engine.sheets.filter((s) => s.name === "Måluppfyllelse insatser")));
    const alone = finsam("check", "insatsmal-ensam.xlsx");
    expect(alone.status).toBe(1);
    expect(alone.stdout).toContain("FEL Insats Steg till arbete, i arbete eller studier vid avslut: angiven andel mot 17 av 38");
  });

  test("the written workbook recalculates in LibreOffice without errors, and a SUM total equals its lines", async () => {
    const recalculated = await recalculate(new Map([["exempelforbund", readFileSync(join(dir, "out", "exempelforbund.xlsx"))]]));
    const sheets = await readWorkbook(recalculated.get("exempelforbund")!);
    const texts = sheets.flatMap((s) => s.rows.flat()).filter((v): v is string => typeof v === "string");
    expect(texts.filter((t) => t.startsWith("#NAME?") || t.startsWith("Err:") || /^#(REF!|VALUE!|DIV\/0!)/.test(t))).toEqual([]);
    const before = new Map((await readWorkbook(readFileSync(join(dir, "out", "exempelforbund.xlsx")))).map((s) => [s.name, s.rows]));
    for (const s of sheets) expect([s.name, s.rows]).toEqual([s.name, before.get(s.name)]);
    // Resultaträkning: Verksamhetens resultat = intäkter + kostnader + avskrivningar, as LibreOffice computed it.
    const rr = sheets.find((s) => s.name === "Resultaträkning")!.rows;
    const value = (label: string) => rr.find((r) => r[0] === label)?.[2] as number;
    const lines = ["Verksamhetens intäkter", "Intäkter ESF", "Övriga intäkter", "Verksamhetens kostnader", "Avskrivningar"].map(value).filter((v) => typeof v === "number");
    expect(value("Verksamhetens resultat")).toBeCloseTo(lines.reduce((a, b) => a + b, 0), 6);
  }, 180_000);
});

/** The sheets with one cell (0-based row and column) of one sheet typed over with a number, its formula gone. */
function typedOver(sheets: SheetDescription[], name: string, row: number, column: number, value: number): SheetDescription[] {
  return sheets.map((s) => (s.name !== name ? s : { ...s, cells: s.cells.map((r, i) => (i !== row ? r : r.map((c, j) => (j === column ? { ...c, value, formula: undefined } : c)))) }));
}
