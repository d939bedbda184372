import { applyMapping } from "../../../src/core/mapping/apply";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { IMMATERIAL_DEPRECIATION_NOTE } from "../../../src/core/mapping/defaultNotes";
import { KOMMUNBAS_DEFAULT_MAPPING } from "../../../src/core/mapping/kommunbasDefaults";
import { buildBalanceNotes } from "../../../src/core/statements/balanceNotes";
import { buildBalansrakning } from "../../../src/core/statements/balansrakning";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";
import { BR, BR_NOTE, IMMATERIELLA, INVENTARIER, noteLiabilityId, noteReceivableId } from "../../../src/core/statements/lines";
import { FIRST_BALANCE_NOTE, balanceNoteTables, brNoteNumbers } from "../../../src/core/reports/engineStatementSet";
import { UNITS } from "../../../src/core/money/units";
import { runChecks } from "../../../src/core/checks/run";
import { STOCKHOLM_2022_NOTES, STOCKHOLM_NOTES_MAPPING } from "../../fixtures/statements/stockholm2022";
import { makeLedger } from "../../fixtures/statements/ledgerBuilder";
import { cell, rowIds } from "./helpers";

const firstNumber = FIRST_BALANCE_NOTE;
const both = (model: Parameters<typeof cell>[0], id: string) => [cell(model, id, "current"), cell(model, id, "previous")];

describe("Stockholm 2022 (seed 002) Not 5–7 rebuilt from a ledger of their rows", () => {
  const m = applyMapping(STOCKHOLM_2022_NOTES, STOCKHOLM_NOTES_MAPPING);
  const notes = buildBalanceNotes(m, { unit: "kr", firstNumber });
  const [inventarier, fordringar, skulder] = notes.notes.map((n) => n.model);

  test("every account is mapped; the notes come in the balance sheet's order, numbered", () => {
    expect(m.unmapped).toEqual([]);
    expect(notes.notes.map((n) => [n.number, n.model.rows[0]!.label, n.brLine])).toEqual([
      ["4", "Not 4 Inventarier", BR.materiella.id],
      ["5", "Not 5 Fordringar", BR.fordringar.id],
      ["6", "Not 6 Kortfristiga skulder", BR.kortfristigaSkulder.id],
    ]);
  });

  test("Not 5 Inventarier as printed (002:2137–2164), ackumulerade avskrivningar with minus signs", () => {
    expect(both(inventarier!, INVENTARIER.ibAnskaffning.id)).toEqual(["1081796", "1081796"]);
    expect(both(inventarier!, INVENTARIER.inkop.id)).toEqual(["326267", "0"]);
    expect(both(inventarier!, INVENTARIER.ubAnskaffning.id)).toEqual(["1408063", "1081796"]);
    expect(both(inventarier!, INVENTARIER.ibAvskrivningar.id)).toEqual(["-679119", "-524074"]);
    expect(both(inventarier!, INVENTARIER.avskrivningar.id)).toEqual(["-169081", "-155045"]);
    expect(both(inventarier!, INVENTARIER.ubAvskrivningar.id)).toEqual(["-848200", "-679119"]);
    // The seed prints 559 862 for 2022, 1 kr off its own rows (1 408 063 − 848 200); the engine prints the rows' sum.
    expect(both(inventarier!, INVENTARIER.redovisatVarde.id)).toEqual(["559863", "402677"]);
    // No disposals: neither utrangering row is printed.
    expect(rowIds(inventarier!)).not.toContain(INVENTARIER.utrangering.id);
    expect(rowIds(inventarier!)).not.toContain(INVENTARIER.utrangeringAvskrivningar.id);
  });

  test("Not 6 Fordringar and Not 7 as printed (002:2166–2225), in the mapping's order", () => {
    expect(fordringar!.rows.slice(1).map((r) => [r.label, r.values.current?.toString() ?? null, r.values.previous?.toString() ?? null])).toEqual([
      ["Kundfordringar", "0", "2000000"],
      ["Momsersättning", "856883", "1019122"],
      ["Skattekonto", "297946", "163297"],
      ["Upplupna intäkter och förutbetalda kostnader", "660280", "1155007"],
      ["Övriga fordringar (Samarbetsparter Rätt stöd för mig)", "0", "95118"],
      ["Summa", "1815109", "4432544"],
    ]);
    expect(both(skulder!, noteLiabilityId("leverantorer"))).toEqual(["3677990", "5461101"]);
    expect(both(skulder!, noteLiabilityId("loneskatt"))).toEqual(["310393", "606213"]);
    expect(both(skulder!, noteLiabilityId("samarbetsparter-skuld"))).toEqual(["196446", "0"]);
    expect(both(skulder!, BR_NOTE.liabilitiesSumma.id)).toEqual(["11431901", "12187170"]);
    // Every account has its row: no Övrigt.
    expect(rowIds(skulder!)).not.toContain(BR_NOTE.liabilitiesRest.id);
  });

  test("each note's total is its BR line, both years, and the roll-forward holds: every check on them passes", () => {
    const br = buildBalansrakning(m, { unit: "kr" });
    expect(both(br, BR.materiella.id)).toEqual(["559863", "402677"]);
    expect(both(br, BR.kortfristigaSkulder.id)).toEqual(["11431901", "12187170"]);
    const rr = buildResultatrakning(m, { unit: "kr" });
    const table = (model: typeof rr) => ({ model, statedUnit: "kr" as const, step: UNITS.ore });
    const findings = runChecks({ year: 2022, rr: table(rr), br: table(br), notes: balanceNoteTables(notes.notes, "kr") });
    const ours = findings.filter((f) => /^(not:[456]|inventarier:4|avskrivningar:noter|summa:not:[456])/.test(f.id));
    expect(ours.map((f) => f.id).sort()).toEqual([
      "avskrivningar:noter:current", "avskrivningar:noter:previous", "inventarier:4:ingaende:anskaffning", "inventarier:4:ingaende:avskrivningar",
      "inventarier:4:rullning:current", "inventarier:4:rullning:previous",
      "not:4:current", "not:4:previous", "not:5:current", "not:5:previous", "not:6:current", "not:6:previous",
      "summa:not:4:not.inventarier.redovisat-varde:current", "summa:not:4:not.inventarier.redovisat-varde:previous",
      "summa:not:4:not.inventarier.ub-anskaffning:current", "summa:not:4:not.inventarier.ub-anskaffning:previous",
      "summa:not:4:not.inventarier.ub-avskrivningar:current", "summa:not:4:not.inventarier.ub-avskrivningar:previous",
      "summa:not:5:not.fordringar.summa:current", "summa:not:5:not.fordringar.summa:previous", "summa:not:6:not.skulder.summa:current", "summa:not:6:not.skulder.summa:previous",
    ]);
    expect(ours.filter((f) => f.status !== "pass").map((f) => f.id)).toEqual([]);
  });

  test("the sheet holds each note under its heading, with one footnote on what balances cannot tell", () => {
    expect(notes.sheet.rows.filter((r) => r.kind === "heading").map((r) => r.label)).toEqual(["Not 4 Inventarier", "Not 5 Fordringar", "Not 6 Kortfristiga skulder"]);
    expect(notes.sheet.rows.length).toBe(notes.notes.reduce((n, note) => n + note.model.rows.length, 0));
    expect(notes.sheet.footnotes.filter((f) => /saldon/.test(f))).toHaveLength(1);
  });
});

describe("balance-sheet notes from the default mappings", () => {
  const ledger = makeLedger({
    name: "Test",
    year: 2024,
    accounts: [["1220", "Inventarier"], ["1229", "Ack. avskrivningar"], ["1510", "Kundfordringar"], ["1650", "Momsfordran"], ["1710", "Förutbetald hyra"], ["2440", "Leverantörsskulder"], ["2710", "Personalskatt"], ["2920", "Semesterlöneskuld"], ["2990", "Övriga upplupna kostnader"], ["2610", "Utgående moms"], ["7832", "Avskrivningar"]],
    // Inventarier 100 000 → 80 000 while ackumulerade avskrivningar go −60 000 → −50 000 with 30 000 of avskrivningar:
    // an asset of 40 000, written off in full, was scrapped and one of 20 000 bought (kr).
    ib: [[0, "1220", 100000], [0, "1229", -60000]],
    ub: [[0, "1220", 80000], [0, "1229", -50000], [0, "1510", 1000], [0, "1650", 2000], [0, "1710", 3000], [0, "2440", -4000], [0, "2710", -500], [0, "2920", -600], [0, "2990", -700], [0, "2610", -50]],
    res: [[0, "7832", 30000]],
  });

  test("BAS: each group its row; a net decrease in anskaffningsvärde is utrangering, and the footnote says balances cannot tell more", () => {
    const notes = buildBalanceNotes(applyMapping(ledger, BAS_DEFAULT_MAPPING), { unit: "kr", firstNumber });
    const [inventarier, fordringar, skulder] = notes.notes.map((n) => n.model);
    const now = (model: typeof inventarier, id: string) => cell(model!, id, "current");
    expect([INVENTARIER.inkop, INVENTARIER.utrangering, INVENTARIER.ubAnskaffning, INVENTARIER.avskrivningar, INVENTARIER.utrangeringAvskrivningar, INVENTARIER.ubAvskrivningar, INVENTARIER.redovisatVarde].map((d) => now(inventarier, d.id))).toEqual([
      "0", "-20000", "80000", "-30000", "40000", "-50000", "30000",
    ]);
    expect(notes.sheet.footnotes.join(" ")).toMatch(/nyanskaffningar och utrangeringar samma år går inte att skilja åt\. Avskrivningarna på utrangerade/);
    expect(["kundfordringar", "ovriga-fordringar", "forutbetalda-upplupna"].map((id) => now(fordringar, noteReceivableId(id)))).toEqual(["1000", "2000", "3000"]);
    expect(now(fordringar, BR_NOTE.receivablesSumma.id)).toBe("6000");
    // 2610 utgående moms (group 26) is an övrig kortfristig skuld.
    expect(["leverantorsskulder", "personalens-skatter", "upplupna-forutbetalda", "ovriga-skulder"].map((id) => now(skulder, noteLiabilityId(id)))).toEqual(["4000", "500", "1300", "50"]);
    expect(now(skulder, BR_NOTE.liabilitiesSumma.id)).toBe("5850");
    // The #IB of 2024 is 2023's close, so the BR and the notes print 2023; without an #IB −1, 2023's roll-forward is empty.
    expect(notes.sheet.columns.map((c) => c.id)).toEqual(["current", "previous"]);
    expect(inventarier!.rows.map((r) => r.values.previous ?? null).every((v) => v === null)).toBe(true);
    expect(notes.sheet.footnotes).toContain("Inventarier 2023: bokföringen har inga ingående balanser för året, så årets förändring kan inte visas.");
    expect(cell(skulder!, BR_NOTE.liabilitiesSumma.id, "previous")).toBe("0");
    // 100 000 − 20 000 − 60 000 − 30 000 + 40 000 = 30 000: the roll-forward holds with the disposal's avskrivningar.
    const m = applyMapping(ledger, BAS_DEFAULT_MAPPING);
    const table = (model: typeof inventarier) => ({ model: model!, statedUnit: "kr" as const, step: UNITS.ore });
    const findings = runChecks({ year: 2024, rr: table(buildResultatrakning(m, { unit: "kr" })), br: table(buildBalansrakning(m, { unit: "kr" })), notes: balanceNoteTables(notes.notes, "kr") });
    expect(findings.find((f) => f.id === "inventarier:4:rullning:current")?.status).toBe("pass");
  });

  test("Kommun-Bas (groups to confirm): 15 is förråd, so 1510 is not in Not Fordringar; leverantörsskulder stay in övriga", () => {
    const m = applyMapping(ledger, KOMMUNBAS_DEFAULT_MAPPING);
    const notes = buildBalanceNotes(m, { unit: "kr", firstNumber });
    const [, fordringar, skulder] = notes.notes.map((n) => n.model);
    expect(fordringar!.rows.slice(1).map((r) => [r.label, r.values.current?.toString()])).toEqual([
      ["Övriga kortfristiga fordringar", "2000"],
      ["Förutbetalda kostnader och upplupna intäkter", "3000"],
      ["Summa", "5000"],
    ]);
    expect(skulder!.rows.slice(1).map((r) => [r.label, r.values.current?.toString()])).toEqual([
      ["Upplupna kostnader och förutbetalda intäkter", "1300"],
      ["Övriga kortfristiga skulder", "4550"],
      ["Summa", "5850"],
    ]);
  });

  test("an account on the line with no note line of its own is printed as Övrigt, so the Summa is still the BR line", () => {
    const mapping = { ...BAS_DEFAULT_MAPPING, rules: BAS_DEFAULT_MAPPING.rules.filter((r) => r.note !== "forutbetalda-upplupna") };
    const [, fordringar] = buildBalanceNotes(applyMapping(ledger, mapping), { unit: "kr", firstNumber }).notes.map((n) => n.model);
    expect(fordringar!.rows.slice(1).map((r) => [r.label, r.values.current?.toString()])).toEqual([
      ["Kundfordringar", "1000"],
      ["Övriga kortfristiga fordringar", "2000"],
      ["Övrigt", "3000"],
      ["Summa", "6000"],
    ]);
  });

  test("a mapping that names no ackumulerade avskrivningar (a Kontomappning from before the column): the note rolls redovisat värde forward", () => {
    const mapping = { ...BAS_DEFAULT_MAPPING, rules: BAS_DEFAULT_MAPPING.rules.filter((r) => r.note !== "ackumulerade-avskrivningar") };
    const m = applyMapping(ledger, mapping);
    const notes = buildBalanceNotes(m, { unit: "kr", firstNumber });
    const inventarier = notes.notes[0]!.model;
    // 40 000 (100 000 − 60 000) + 20 000 − 30 000 = 30 000, the BR's Maskiner och inventarier.
    expect(inventarier.rows.slice(1).map((r) => [r.label, r.values.current?.toString()])).toEqual([
      ["Ingående redovisat värde", "40000"],
      ["Nyanskaffningar", "20000"],
      ["Årets avskrivningar", "-30000"],
      ["Redovisat värde vid årets slut", "30000"],
    ]);
    expect(notes.sheet.footnotes.some((f) => f.includes("bokförda direkt mot inventarierna"))).toBe(true);
    const table = (model: typeof inventarier) => ({ model, statedUnit: "kr" as const, step: UNITS.ore });
    const findings = runChecks({ year: 2024, rr: table(buildResultatrakning(m, { unit: "kr" })), br: table(buildBalansrakning(m, { unit: "kr" })), notes: balanceNoteTables(notes.notes, "kr") });
    expect(findings.filter((f) => /^(inventarier|avskrivningar:noter|not:4)/.test(f.id)).map((f) => [f.id, f.status])).toEqual([
      ["not:4:current", "pass"], ["not:4:previous", "not-applicable"], ["inventarier:4:rullning:current", "pass"], ["avskrivningar:noter:current", "pass"],
    ]);
  });

  test("BAS: the ackumulerade avskrivningar of group 11 (1129 on förbättringsutgifter på annans fastighet) are not anskaffningsvärde", () => {
    // An office refit (1120) of 50 000 kr written down 10 000 a year beside the inventarier: 40 000 of avskrivningar in all, nothing bought or scrapped.
    const refit = makeLedger({
      name: "Test",
      year: 2024,
      accounts: [["1120", "Förbättringsutgifter på annans fastighet"], ["1129", "Ack. avskrivningar förbättringsutgifter"], ["1220", "Inventarier"], ["1229", "Ack. avskrivningar"], ["7832", "Avskrivningar"]],
      ib: [[0, "1120", 50000], [0, "1129", -10000], [0, "1220", 100000], [0, "1229", -60000]],
      ub: [[0, "1120", 50000], [0, "1129", -20000], [0, "1220", 100000], [0, "1229", -90000]],
      res: [[0, "7832", 40000]],
    });
    const inventarier = buildBalanceNotes(applyMapping(refit, BAS_DEFAULT_MAPPING), { unit: "kr", firstNumber }).notes[0]!.model;
    expect(inventarier.rows.slice(1).map((r) => [r.label, r.values.current?.toString()])).toEqual([
      ["Ingående anskaffningsvärde", "150000"],
      ["Nyanskaffningar", "0"],
      ["Utgående anskaffningsvärde", "150000"],
      ["Ackumulerade avskrivningar vid årets ingång", "-70000"],
      ["Årets avskrivningar", "-40000"],
      ["Utgående avskrivningar", "-110000"],
      ["Redovisat värde vid årets slut", "40000"],
    ]);
  });

  test("a nedskrivning (1228, booked on 7730) grows the ackumulerade avskrivningar past the RR's avskrivningar: the roll-forward still holds", () => {
    const written = makeLedger({
      name: "Test",
      year: 2024,
      accounts: [["1220", "Inventarier"], ["1228", "Ack. nedskrivningar"], ["1229", "Ack. avskrivningar"], ["7730", "Nedskrivningar"], ["7832", "Avskrivningar"]],
      ib: [[0, "1220", 100000], [0, "1229", -60000]],
      ub: [[0, "1220", 100000], [0, "1228", -10000], [0, "1229", -90000]],
      res: [[0, "7730", 10000], [0, "7832", 30000]],
    });
    const m = applyMapping(written, BAS_DEFAULT_MAPPING);
    const notes = buildBalanceNotes(m, { unit: "kr", firstNumber });
    const inventarier = notes.notes[0]!.model;
    // −60 000 − 30 000 − 10 000 = −100 000: the 10 000 the avskrivningar do not explain is printed with its minus sign.
    expect([INVENTARIER.ibAvskrivningar, INVENTARIER.avskrivningar, INVENTARIER.utrangeringAvskrivningar, INVENTARIER.ubAvskrivningar, INVENTARIER.redovisatVarde].map((d) => cell(inventarier, d.id, "current"))).toEqual([
      "-60000", "-30000", "-10000", "-100000", "0",
    ]);
    const table = (model: typeof inventarier) => ({ model, statedUnit: "kr" as const, step: UNITS.ore });
    const findings = runChecks({ year: 2024, rr: table(buildResultatrakning(m, { unit: "kr" })), br: table(buildBalansrakning(m, { unit: "kr" })), notes: balanceNoteTables(notes.notes, "kr") });
    expect(findings.filter((f) => /^(inventarier:4:|avskrivningar:noter)/.test(f.id)).map((f) => [f.id, f.status])).toEqual([
      ["inventarier:4:rullning:current", "pass"], ["avskrivningar:noter:current", "pass"],
    ]);
  });

  test("a line that is zero in every year has no note", () => {
    const empty = makeLedger({ name: "Test", year: 2024, accounts: [["1930", "Bank"]], ub: [[0, "1930", 100]] });
    expect(buildBalanceNotes(applyMapping(empty, BAS_DEFAULT_MAPPING), { unit: "kr", firstNumber }).notes).toEqual([]);
  });
});

describe("immateriella anläggningstillgångar (BAS 10): a note of their own, numbered before Not Inventarier", () => {
  // Balanserade utgifter 50 000 written off by 10 000 a year (7810), inventarier 100 000 by 20 000 (7832), in kr.
  const ledger = makeLedger({
    name: "Test",
    year: 2024,
    accounts: [["1010", "Balanserade utgifter"], ["1019", "Ack. avskrivningar"], ["1220", "Inventarier"], ["1229", "Ack. avskrivningar"], ["1510", "Kundfordringar"], ["1930", "Bank"], ["2091", "Balanserat"], ["7810", "Avskrivningar immateriella"], ["7832", "Avskrivningar inventarier"]],
    ib: [[0, "1010", 50000], [0, "1019", -10000], [0, "1220", 100000], [0, "1229", -20000]],
    ub: [[0, "1010", 50000], [0, "1019", -20000], [0, "1220", 100000], [0, "1229", -40000], [0, "1510", 1000], [0, "1930", 59000], [0, "2091", -120000]],
    res: [[0, "7810", 10000], [0, "7832", 20000]],
  });
  const m = applyMapping(ledger, BAS_DEFAULT_MAPPING);
  const notes = buildBalanceNotes(m, { unit: "kr", firstNumber });

  test("each note takes its own assets' share of the RR's avskrivningar, and the BR's Not column names both", () => {
    expect(m.unmapped).toEqual([]);
    expect(notes.notes.map((n) => [n.model.rows[0]!.label, n.brLine])).toEqual([
      ["Not 4 Immateriella anläggningstillgångar", BR.immateriella.id],
      ["Not 5 Inventarier", BR.materiella.id],
      ["Not 6 Fordringar", BR.fordringar.id],
    ]);
    const [immateriella, inventarier] = notes.notes.map((n) => n.model);
    const now = (model: typeof immateriella, ids: string[]) => ids.map((id) => cell(model!, id, "current"));
    expect(now(immateriella, [IMMATERIELLA.ibAnskaffning.id, IMMATERIELLA.ibAvskrivningar.id, IMMATERIELLA.avskrivningar.id, IMMATERIELLA.redovisatVarde.id])).toEqual(["50000", "-10000", "-10000", "30000"]);
    expect(now(inventarier, [INVENTARIER.ibAnskaffning.id, INVENTARIER.ibAvskrivningar.id, INVENTARIER.avskrivningar.id, INVENTARIER.redovisatVarde.id])).toEqual(["100000", "-20000", "-20000", "60000"]);
    // Neither note needs a line for avskrivningar its own year does not explain.
    expect(rowIds(inventarier!)).not.toContain(INVENTARIER.utrangeringAvskrivningar.id);
    expect(notes.sheet.footnotes).toContain("Inventarier: ackumulerade avskrivningar och årets avskrivningar (resultaträkningens, utom avskrivningarna på immateriella anläggningstillgångar) med minustecken.");
    const br = buildBalansrakning(m, { unit: "kr", notes: brNoteNumbers(notes.notes) });
    expect([BR.immateriella.id, BR.materiella.id, BR.fordringar.id].map((id) => br.rows.find((r) => r.id === id)!.note)).toEqual(["4", "5", "6"]);
  });

  test("the printed sheet says a footnote both notes share once, naming both; each note's own model keeps its own", () => {
    const saldon = "bokföringen ger anläggningskontona som saldon, så nyanskaffningarna är förändringen av anskaffningsvärdet, netto: nyanskaffningar och utrangeringar samma år går inte att skilja åt.";
    expect(notes.sheet.footnotes).toEqual([
      "Belopp i kr. Beloppen är exakta i kronor och avrundas först vid visning.",
      "Immateriella anläggningstillgångar: ackumulerade avskrivningar och årets avskrivningar (resultaträkningens på kontona med Not (balansräkning) ”Avskrivningar på immateriella anläggningstillgångar” i Kontomappning) med minustecken.",
      `Immateriella anläggningstillgångar och Inventarier: ${saldon}`,
      "Immateriella anläggningstillgångar och Inventarier 2023: bokföringen har inga ingående balanser för året, så årets förändring kan inte visas.",
      "Inventarier: ackumulerade avskrivningar och årets avskrivningar (resultaträkningens, utom avskrivningarna på immateriella anläggningstillgångar) med minustecken.",
    ]);
    expect(notes.notes.slice(0, 2).map((n) => n.model.footnotes.filter((f) => f.endsWith(saldon)))).toEqual([[`Immateriella anläggningstillgångar: ${saldon}`], [`Inventarier: ${saldon}`]]);
  });

  test("the RR's avskrivningar tie to the two notes' together, and each roll-forward holds", () => {
    const rr = buildResultatrakning(m, { unit: "kr" });
    expect(cell(rr, "rr.avskrivningar", "current")).toBe("-30000");
    const table = (model: typeof rr) => ({ model, statedUnit: "kr" as const, step: UNITS.ore });
    const run = (set: readonly ReturnType<typeof balanceNoteTables>[number][]) => runChecks({ year: 2024, rr: table(rr), br: table(buildBalansrakning(m, { unit: "kr" })), notes: [...set] });
    const findings = run(balanceNoteTables(notes.notes, "kr"));
    const depreciation = findings.find((f) => f.id === "avskrivningar:noter:current")!;
    expect([depreciation.title.sv, depreciation.status, depreciation.difference?.toString()]).toEqual(["Not 4 + Not 5 årets avskrivningar 2024 = RR", "pass", "0"]);
    expect(["inventarier:4:rullning:current", "inventarier:5:rullning:current", "not:4:current", "not:5:current"].map((id) => findings.find((f) => f.id === id)?.status)).toEqual(["pass", "pass", "pass", "pass"]);
    // Not Inventarier alone (as the build printed it before this note): 20 000 against the RR's 30 000.
    const alone = run(balanceNoteTables(notes.notes.slice(1), "kr")).find((f) => f.id === "avskrivningar:noter:current")!;
    expect([alone.status, alone.difference?.toString()]).toEqual(["fail", "-10000"]);
  });
});

describe("immateriella anläggningstillgångar under a Kontomappning that marks none of the avskrivningar", () => {
  test("Not Inventarier has all the RR's avskrivningar, and Not Immateriella anläggningstillgångar's footnote says why it has none", () => {
    const ledger = makeLedger({
      name: "Test",
      year: 2024,
      accounts: [["1010", "Balanserade utgifter"], ["1019", "Ack. avskrivningar"], ["1220", "Inventarier"], ["1229", "Ack. avskrivningar"], ["7810", "Avskrivningar immateriella"], ["7832", "Avskrivningar inventarier"]],
      ib: [[0, "1010", 50000], [0, "1019", -10000], [0, "1220", 100000], [0, "1229", -20000]],
      ub: [[0, "1010", 50000], [0, "1019", -20000], [0, "1220", 100000], [0, "1229", -40000]],
      res: [[0, "7810", 10000], [0, "7832", 20000]],
    });
    const unmarked = { ...BAS_DEFAULT_MAPPING, rules: BAS_DEFAULT_MAPPING.rules.filter((r) => r.note !== IMMATERIAL_DEPRECIATION_NOTE) };
    const notes = buildBalanceNotes(applyMapping(ledger, unmarked), { unit: "kr", firstNumber });
    const [immateriella, inventarier] = notes.notes.map((n) => n.model);
    expect([cell(immateriella!, IMMATERIELLA.avskrivningar.id, "current"), cell(inventarier!, INVENTARIER.avskrivningar.id, "current")]).toEqual(["0", "-30000"]);
    expect(notes.sheet.footnotes).toContain("Immateriella anläggningstillgångar: inget avskrivningskonto i Kontomappning har Not (balansräkning) ”Avskrivningar på immateriella anläggningstillgångar”, så noten har inga årets avskrivningar och Not Inventarier har alla resultaträkningens.");
    // Marked (the default), the footnote is not printed.
    expect(buildBalanceNotes(applyMapping(ledger, BAS_DEFAULT_MAPPING), { unit: "kr", firstNumber }).sheet.footnotes.some((f) => f.includes("inget avskrivningskonto"))).toBe(false);
  });
});
