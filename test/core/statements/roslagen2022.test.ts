import { buildAllReports } from "../../../src/core/reports/buildAll";
import { readSettings } from "../../../src/core/inputs/settings";
import { cellKey, readStatementSheets } from "../../../src/core/inputs/statementsSheet";
import { runChecks } from "../../../src/core/checks/run";
import { findingCells } from "../../../src/app/findingCells";
import type { CellValue } from "../../../src/core/import/table";
import type { SheetDescription } from "../../../src/core/sheet/description";
import { ROSLAGEN_2022, ROSLAGEN_BUDGET, ROSLAGEN_MAPPING, ROSLAGEN_SETTINGS } from "../../fixtures/statements/roslagen2022";

const settings = (() => {
  const read = readSettings(ROSLAGEN_SETTINGS);
  if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
  return read.settings;
})();
const built = buildAllReports({ settings, ledger: ROSLAGEN_2022, mapping: ROSLAGEN_MAPPING, budget: ROSLAGEN_BUDGET });

const sheet = (name: string): SheetDescription => {
  const s = built.sheets.find((d) => d.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
/** The column headings row: the first row with more than one text cell. */
const headings = (s: SheetDescription) => s.cells.find((r) => r.filter((c) => typeof c?.value === "string").length > 1)!.map((c) => c?.value);

/** What a sheet prints, row by row: the rows' labels → the values under the given headings. */
function printed(name: string, columns: string[], from = 0): Map<string, (CellValue | undefined)[]> {
  const s = sheet(name);
  const heads = headings(s);
  const at = columns.map((h) => {
    const i = heads.indexOf(h);
    if (i < 0) throw new Error(`${name}: no column ${h} in ${JSON.stringify(heads)}`);
    return i;
  });
  const out = new Map<string, (CellValue | undefined)[]>();
  for (const row of s.cells.slice(from)) {
    const label = row[0]?.value;
    if (typeof label === "string" && !out.has(label)) out.set(label, at.map((i) => row[i]?.value as CellValue | undefined));
  }
  return out;
}
/** The printed values of the named rows, in order. */
const rows = (table: Map<string, (CellValue | undefined)[]>, labels: string[]) => labels.map((l) => [l, ...(table.get(l) ?? ["saknas"])]);

describe("Roslagen 2022 (seed 003) rebuilt from a ledger: the sheets print the report's figures", () => {
  test("the ledger maps whole, and the build warns of nothing", () => {
    expect(built.mapped.unmapped).toEqual([]);
    expect(built.mapped.doubleMapped).toEqual([]);
    expect(built.mapped.control.every((c) => c.ok)).toBe(true);
    expect(built.warnings.map((w) => w.message)).toEqual([]);
  });

  test("resultaträkning as printed (003:842–857)", () => {
    const rr = printed("Resultaträkning", ["2022-01-01 – 2022-12-31", "2021-01-01 – 2021-12-31"]);
    expect(rows(rr, ["Verksamhetens intäkter", "Verksamhetens kostnader", "Verksamhetens resultat", "Årets resultat"])).toEqual([
      ["Verksamhetens intäkter", 8217, 9169],
      ["Verksamhetens kostnader", -10308, -10307],
      ["Verksamhetens resultat", -2091, -1138],
      ["Årets resultat", -2091, -1138],
    ]);
  });

  test("balansräkning as printed (003:798–826), but for Roslagen's own rounding", () => {
    const br = printed("Balansräkning", ["2022-12-31", "2021-12-31"]);
    expect(rows(br, ["Fordringar", "Kassa och bank", "Summa tillgångar", "Årets resultat", "Övrigt eget kapital", "Summa eget kapital", "Kortfristiga skulder", "Summa eget kapital, avsättningar och skulder"])).toEqual([
      // 0 + 97 + 710 and 750 + 891 + 357: Roslagen's BR prints only the lines, ours the sum and Not 3 the lines (below).
      ["Fordringar", 807, 1998],
      ["Kassa och bank", 510, 2762],
      ["Summa tillgångar", 1317, 4760],
      ["Årets resultat", -2091, -1138],
      // Printed 2 388 for 2022 (003:818), but 2021's closing equity is 3 525 − 1 138 = 2 387 (003:816–818), as the
      // drift prints it (003:920), and 2 388 − 2 091 = 297 is not the drift's 296: Roslagen rounds lines one by one.
      ["Övrigt eget kapital", 2387, 3525],
      ["Summa eget kapital", 296, 2387],
      // 387 + 0 + 633 printed for 2022 (003:820–824); the 1 tkr Övrigt eget kapital gives up is Upplupna kostnader's
      // 634 (Not 4, below), so the side sums to the 1 317 Roslagen prints. 2021: the printed lines 909 + 3 + 1 467 =
      // 2 379 make the BR 4 766 against its 4 760 (003:826) and the KFA's change −1 353 (003:872) is from 2 373.
      ["Kortfristiga skulder", 1021, 2373],
      ["Summa eget kapital, avsättningar och skulder", 1317, 4760],
    ]);
  });

  test("Not 3 Fordringar and Not 4 Kortfristiga skulder as printed, numbered on from Not 2 (003:796, 812, 1047–1103)", () => {
    // No revision note (Roslagen prints Styrelse och revision as one line of Not 2): the BR's notes are 3 and 4, as Roslagen's.
    const notCell = (label: string) => sheet("Balansräkning").cells.find((r) => r[0]?.value === label)![1]!.value;
    expect([notCell("Fordringar"), notCell("Kortfristiga skulder")]).toEqual(["3", "4"]);
    const notes = sheet("Noter balansräkning").cells.map((r) => r.slice(0, 3).map((c) => c?.value ?? null));
    expect(notes.slice(3, 13)).toEqual([
      ["Not 3 Fordringar", null, null],
      ["Kundfordran", 0, 750],
      ["Övrig fordran; moms", 710, 357],
      ["Förutbetalda kostnader upplupna intäkter", 97, 891],
      ["Summa", 807, 1998],
      ["Not 4 Kortfristiga skulder", null, null],
      ["Leverantörsskulder", 387, 909],
      // 633 printed (003:824, Not 4 003:1103); 1 467 printed for 2021: the one line the fixture moves 6 tkr (see it).
      ["Upplupna kostnader", 634, 1461],
      ["Övrig skuld", 0, 3],
      ["Summa", 1021, 2373],
    ]);
    // Clicking the check of Not 3's Summa against the BR selects both cells: Not 3 is a balance-sheet note here.
    const tie = built.findings.find((f) => f.id === "not:3:current")!;
    expect([tie.status, findingCells(tie.refs, built.models, built.sheets.map((s) => ({ key: s.ownerKey!, name: s.name })))]).toEqual([
      "pass", [{ sheet: "Noter balansräkning", range: "B8" }, { sheet: "Balansräkning", range: "C12" }],
    ]);
  });

  test("kassaflödesanalys as printed (003:862–880), but the 2021 adjustment and Roslagen's own rounding", () => {
    const kfa = printed("Kassaflödesanalys", ["2022-01-01 – 2022-12-31", "2021-01-01 – 2021-12-31"]);
    expect(rows(kfa, [
      "Årets resultat", "Justering för övriga ej likviditetspåverkande poster", "Medel från verksamheten före förändring av rörelsekapital",
      "Ökning (−)/minskning (+) kortfristiga fordringar", "Ökning (+)/minskning (−) kortfristiga skulder", "Kassaflöde från den löpande verksamheten",
      "Årets kassaflöde", "Likvida medel vid årets början", "Likvida medel vid årets slut",
    ])).toEqual([
      ["Årets resultat", -2091, -1138],
      // 2021 printed 13 (003:864) with no avskrivningar or avsättningar in the RR or BR (003:846): no non-cash item a
      // ledger could hold; 13 + the printed skulder 389 (003:872) is the BR's change of skulder, 402.
      ["Justering för övriga ej likviditetspåverkande poster", 0, 0],
      ["Medel från verksamheten före förändring av rörelsekapital", -2091, -1138],
      ["Ökning (−)/minskning (+) kortfristiga fordringar", 1191, -422],
      // Printed −1 353 (003:872): −2 091 + 1 191 − 1 353 = −2 253 is not Roslagen's own löpande −2 252 (003:874).
      ["Ökning (+)/minskning (−) kortfristiga skulder", -1352, 402],
      ["Kassaflöde från den löpande verksamheten", -2252, -1158],
      ["Årets kassaflöde", -2252, -1158],
      ["Likvida medel vid årets början", 2762, 3920],
      ["Likvida medel vid årets slut", 510, 2762],
    ]);
  });

  test("Not 1 per financier as printed (003:934–945)", () => {
    const not1 = printed("Not Intäkter", ["2022-01-01 – 2022-12-31", "2021-01-01 – 2021-12-31"]);
    const lines = [...not1.keys()].filter((l) => l.startsWith("Medlemsbidrag") || l.startsWith("Medel") || l.startsWith("Intäkt") || l === "Övriga intäkter" || l === "Summa");
    expect(rows(not1, lines)).toEqual([
      ["Medlemsbidrag från staten (AF/FK)", 3000, 3000],
      ["Medlemsbidrag från Täby kommun", 366, 366],
      ["Medlemsbidrag från Österåkers kommun", 266, 266],
      ["Medlemsbidrag från Vallentuna", 219, 219],
      ["Medlemsbidrag från Vaxholm", 126, 126],
      ["Medlemsbidrag från Danderyd", 206, 206],
      ["Medlemsbidrag från Norrtälje", 317, 317],
      ["Medlemsbidrag från Region Stockholms", 1500, 1500],
      ["Medel från europeiska socialfonden", 2160, 3169],
      ["Intäkt försäljning tjänst", 57, 0],
      ["Övriga intäkter", 0, 0],
      ["Summa", 8217, 9169],
    ]);
  });

  test("Not 2's lines as printed, utfall and 2021 (003:965–1026)", () => {
    const not2 = printed("Not Kostnader", ["2022-01-01 – 2022-12-31", "2021-01-01 – 2021-12-31"]);
    expect(rows(not2, ["Lokal", "Medlemsavgift NNS", "Kanslipersonal", "Stödja ASF + 50 % samordnare", "ESF-projekt MIA vidare", "Projekt Efter MIA vidare nov–dec", "Summa"])).toEqual([
      ["Lokal", 138, 100],
      // 2021 not printed (003:967): the 4 tkr that make the printed administration Summa 1 609 of lines that show 1 605.
      ["Medlemsavgift NNS", 12, 4],
      ["Kanslipersonal", 1413, 1039],
      ["Stödja ASF + 50 % samordnare", 739, 526],
      ["ESF-projekt MIA vidare", 6141, 7136],
      ["Projekt Efter MIA vidare nov–dec", 513, 0],
      ["Summa", 10308, 10307],
    ]);
  });

  test("driftsredovisning: Not 2's lines with budget and avvikelse, and the driftredovisning's rows (003:912–920, 965–1024)", () => {
    const drift = printed("Driftsredovisning", ["Kostnad 2022", "Netto 2022", "Budget 2022 (netto)", "Avvikelse (utfall − budget)", "Netto 2021"]);
    expect(rows(drift, [
      "Intäkter från huvudmännen", "Övriga och externa intäkter (t.ex. ESF)",
      "Lokal", "Styrelse och revision", "Medlemsavgift NNS", "Kanslipersonal", "Utvärdering", "Övrigt", "Administration (kansli, styrelse, revision)",
      "Projektlokal", "ESF-projekt MIA vidare", "Myndighetsgemensamt samverkansteam utanför projektet MIA", "Projekt Efter MIA vidare nov–dec", "Övriga operativa kostnader", "Individinriktade insatser",
      "Gemensamma forum och utbildning", "Insatskatalog + 30 % samordnare t.o.m. sept.", "Vårddialog + 10 % samordnare t.o.m. juni", "SAMSUS + 10 % samordnare", "Stödja ASF + 50 % samordnare", "Strukturinriktade insatser",
      "Summa", "Årets resultat", "Utgående eget kapital",
    ])).toEqual([
      // Medlemsavgift 6 000 / 6 000 / 0 / 6 000; Extern finansiering 2 217 / 2 300 / −83 / 3 169 (003:914–916).
      ["Intäkter från huvudmännen", 0, 6000, 6000, 0, 6000],
      ["Övriga och externa intäkter (t.ex. ESF)", 0, 2217, 2300, -83, 3169],
      // Not 2 prints avvikelse as budget − utfall of costs, which is our utfall − budget of netto: the same figures.
      ["Lokal", 138, -138, -130, -8, -100],
      ["Styrelse och revision", 261, -261, -300, 39, -355],
      ["Medlemsavgift NNS", 12, -12, -15, 3, -4],
      ["Kanslipersonal", 1413, -1413, -1395, -18, -1039],
      ["Utvärdering", 130, -130, -130, 0, -15],
      ["Övrigt", 96, -96, -100, 4, -96],
      ["Administration (kansli, styrelse, revision)", 2050, -2050, -2070, 20, -1609],
      ["Projektlokal", 350, -350, -350, 0, -388],
      ["ESF-projekt MIA vidare", 6141, -6141, -5534, -607, -7136],
      // Printed −83 (003:1019): the one line of Not 2 in utfall − budget of costs.
      ["Myndighetsgemensamt samverkansteam utanför projektet MIA", 117, -117, -200, 83, 0],
      ["Projekt Efter MIA vidare nov–dec", 513, -513, -1066, 553, 0],
      // Printed 38 (003:1022): 90 − 53 is 37; Roslagen's unrounded amounts are not printed.
      ["Övriga operativa kostnader", 53, -53, -90, 37, -143],
      // Printed −67 (003:1024): utfall − budget of costs, 7 174 − 7 240 = −66, rounded from amounts not printed.
      ["Individinriktade insatser", 7174, -7174, -7240, 66, -7667],
      ["Gemensamma forum och utbildning", 50, -50, -100, 50, -45],
      ["Insatskatalog + 30 % samordnare t.o.m. sept.", 203, -203, -300, 97, -251],
      ["Vårddialog + 10 % samordnare t.o.m. juni", 37, -37, -75, 38, -79],
      ["SAMSUS + 10 % samordnare", 55, -55, -75, 20, -130],
      ["Stödja ASF + 50 % samordnare", 739, -739, -700, -39, -526],
      // Printed 401 (003:999): its lines' avvikelser 50 + 97 + 38 + 20 − 39 sum to 166 = 1 250 − 1 084.
      ["Strukturinriktade insatser", 1084, -1084, -1250, 166, -1031],
      // Nettokostnad 10 308 / 10 490 / −183 / 10 307 (003:912). Not 2's line budgets sum to 10 560, which is neither
      // the driftredovisning's 10 490 nor Not 2's printed total 10 590 (003:1026): a ledger has one budget.
      ["Summa", 10308, -2091, -2260, 169, -1138],
      // Resultat −2 091 / −2 190 / 99 / −1 138 (003:918): the budget −2 190 is 8 300 − 10 490.
      ["Årets resultat", null, -2091, -2260, 169, -1138],
      // Utgående eget kapital 296 / 610 / −313 / 2 387 (003:920): the budget's 610 = 2 800 − 2 190 starts from an
      // equity not in the ledger (the BR's 2021 closing is 2 387); ours is 2 387 + the budget's −2 260.
      ["Utgående eget kapital", null, 296, 127, 169, 2387],
    ]);
  });

  test("the driftsredovisning's 2021 column, netto only, is tied to the RR: its Summa −1 138 is 9 169 − 10 307 (003:842–857, 912)", () => {
    const netto = built.findings.find((f) => f.id === "drift:netto:previous")!;
    expect([netto.status, netto.figures.map((f) => f.value?.toString())]).toEqual(["pass", ["-1138000", "-1138000"]]);
    // Income and costs it does not print are not also listed as untestable.
    expect(built.findings.filter((f) => /^drift:(intakter|kostnader):previous$/.test(f.id))).toEqual([]);
    // On the sheet as printed, ESF-projekt MIA vidare 2021 typed 100 tkr off, with Individinriktade insatser and Summa
    // made to agree: every sum holds, Årets resultat still prints the RR's −1 138, and only this tie finds it (at Summa, G25).
    const cells = built.sheets.map((s) => [s.name, s.cells.map((row) => row.map((c) => (c?.value ?? null) as CellValue))] as const);
    const drift = cells.find(([name]) => name === "Driftsredovisning")![1];
    const column = headings(sheet("Driftsredovisning")).indexOf("Netto 2021");
    for (const label of ["ESF-projekt MIA vidare", "Individinriktade insatser", "Summa"]) drift.find((r) => r[0] === label)![column] = (drift.find((r) => r[0] === label)![column] as number) - 100;
    const read = readStatementSheets(new Map(cells));
    if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
    const failed = runChecks(read.set).filter((f) => f.status === "fail");
    expect(failed.map((f) => [f.id, f.figures.map((x) => x.value?.toString()), read.cells.get(cellKey(f.refs[0]!))])).toEqual([["drift:netto:previous", ["-1238000", "-1138000"], "Driftsredovisning!G25"]]);
  });

  test("finansiella mål: the equity guideline and the allocation rule met, as the report says (003:315–319, 700–707, 743–754)", () => {
    const goals = printed("Finansiella mål", ["Mål", "Utfall", "Gräns", "Andel", "Måluppfyllelse"]);
    // 20 % of the members' 6 000 (003:744–745); "ligga långt under denna rekommenderade riktlinje" (003:750–751).
    // Its Andel is a formula over the two cells as printed (=C4/D4): 296 / 1 200, to Excel's 15 digits.
    expect(goals.get("Eget kapital")).toEqual(["Högst 20 % av medlemmarnas bidrag", 296, 1200, Number((296 / 1200).toPrecision(15)), "Uppfyllt"]);
    // At least 70 % of what is left after administration: 7 174 / (7 174 + 1 084) = 86,87 % (003:700–702, "Uppnår därmed
    // de interna riktlinjerna"); the limit is 70 % of 8 258, both native formulas over the printed base (=C*0.7, =C/C).
    expect(goals.get("Andel till individinriktade insatser")).toEqual(["Minst 70 % av medlen efter administration", 7174, 5780.6, Number((7174 / 8258).toPrecision(15)), "Uppfyllt"]);
    // Roslagen fixes administration at 2 mnkr (003:317) and sets no share goal ("inget mål" in Inställningar): no row
    // tests one (the default 10 % would say "Ej uppfyllt" of 2 050 / 10 308 = 19,9 %), and the base under the goals is
    // the equity cap's (the members' 6 000, "medelstilldelningen", 003:745) and the allocation rule's alone.
    expect(goals.has("Administrationens andel av kostnaderna")).toBe(false);
    const labels = [...goals.keys()];
    expect(labels.slice(labels.indexOf("Underlag för målen"), labels.indexOf("Underlag för målen") + 6)).toEqual(["Underlag för målen", "Medlemmarnas bidrag", "Individinriktade insatser", "Strukturinriktade insatser", "Individ- och strukturinriktade insatser", "Belopp i tkr. Beloppen är exakta i kronor och avrundas först vid visning."]);
    expect(goals.get("Medlemmarnas bidrag")?.[1]).toBe(6000);
    // The planned deficit (003:705): årets resultat −2 091.
    expect(goals.get("Balanskravsresultat")?.slice(1, 3)).toEqual([-2091, 0]);
  });

  test("the checks on the build, and on the workbook as printed, find nothing: the report's inconsistencies are not in a ledger", () => {
    // The typed seed's findings (test/core/checks/seeds.test.ts) are each a figure above where the sheet prints
    // what the ledger makes of it: the BR 2021's 6 tkr, the KFA's 13, Not 2's sums, signs and budget totals.
    expect(built.findings.filter((f) => f.status === "fail").map((f) => f.id)).toEqual([]);
    expect(built.findings.filter((f) => f.status === "pass").length).toBeGreaterThan(100);
    const read = readStatementSheets(new Map(built.sheets.map((s) => [s.name, s.cells.map((row) => row.map((c) => (c?.value ?? null) as CellValue))])));
    if (!read.ok) throw new Error(JSON.stringify(read.errors.map((e) => e.message)));
    const typed = runChecks(read.set);
    expect(typed.filter((f) => f.status === "fail").map((f) => `${f.id} ${f.explanation.sv}`)).toEqual([]);
    expect(typed.filter((f) => f.status === "pass").length).toBeGreaterThan(100);
  });
});
