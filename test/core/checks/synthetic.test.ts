import fc from "fast-check";
import { runChecks } from "../../../src/core/checks/run";
import { checksReport } from "../../../src/core/checks/report";
import type { StatementSet } from "../../../src/core/checks/statementSet";
import { type TypedTable, typedTable } from "../../../src/core/checks/typed";
import { typedNote } from "../../helpers/typedNote";
import { Dec } from "../../../src/core/money/decimal";
import { isFinsamError } from "../../../src/core/errors";
import { r, rc, yearColumns } from "../../fixtures/seeds/helpers";

/** A consistent set (tkr, year 2023): every check that applies passes. Specs are plain data so tests can mutate one figure. */
function specs() {
  const cols = yearColumns("2023", "2022");
  const base = { statedUnit: "tkr" as const, decimals: 0, columns: cols };
  return {
    rr: { ...base, id: "resultatrakning", title: "RR", rows: [
      r("rr.intakter", "Verksamhetens intäkter", "10000", "9000"),
      r("rr.kostnader", "Verksamhetens kostnader", "-9500", "-9200"),
      r("rr.verksamhetens-resultat", "Verksamhetens resultat", "500", "-200"),
      r("rr.arets-resultat", "Årets resultat", "500", "-200"),
    ] } as TypedTable,
    br: { ...base, id: "balansrakning", title: "BR", rows: [
      r("br.fordringar", "Fordringar", "300", "200"),
      r("br.kassa-bank", "Kassa och bank", "2700", "2300"),
      r("br.summa-omsattning", "Summa omsättningstillgångar", "3000", "2500"),
      r("br.summa-tillgangar", "Summa tillgångar", "3000", "2500"),
      r("br.ek.ovrigt", "Övrigt eget kapital", "1800", "2000"),
      r("br.ek.arets-resultat", "Årets resultat", "500", "-200"),
      r("br.summa-eget-kapital", "Summa eget kapital", "2300", "1800"),
      r("br.kortfristiga-skulder", "Kortfristiga skulder", "700", "700"),
      r("br.summa-ek-avs-skulder", "Summa eget kapital och skulder", "3000", "2500"),
    ] } as TypedTable,
    kfa: { ...base, id: "kassaflodesanalys", title: "KFA", rows: [
      r("kfa.arets-resultat", "Årets resultat", "500", "-200"),
      r("kfa.fore-rorelsekapital", "Medel före förändring av rörelsekapital", "500", "-200"),
      r("kfa.fordringar", "Ökning/minskning fordringar", "-100", "50"),
      r("kfa.skulder", "Ökning/minskning skulder", "0", "0"),
      r("kfa.lopande-summa", "Kassaflöde från den löpande verksamheten", "400", "-150"),
      r("kfa.arets-kassaflode", "Årets kassaflöde", "400", "-150"),
      r("kfa.likvida-borjan", "Likvida medel vid årets början", "2300", "2450"),
      r("kfa.likvida-slut", "Likvida medel vid årets slut", "2700", "2300"),
    ] } as TypedTable,
    drift: { ...base, id: "driftsredovisning", title: "Drift", deviation: { basis: "netto", direction: "utfall-budget" }, columns: [
      { id: "netto", heading: "Utfall", kind: "amount" }, { id: "budget", heading: "Budget", kind: "amount" },
      { id: "avvikelse", heading: "Avvikelse", kind: "amount" }, { id: "previous", heading: "Utfall fg år", kind: "amount" },
    ], rows: [
      rc("drift.kostnader", "Kostnader", { netto: "9500", budget: "9400", avvikelse: "100", previous: "9200" }),
      rc("drift.huvudman", "Medlemsavgifter", { netto: "8000", budget: "8000", avvikelse: "0", previous: "8000" }),
      rc("drift.externa", "Externa intäkter", { netto: "2000", budget: "1900", avvikelse: "100", previous: "1000" }),
      rc("drift.resultat", "Resultat", { netto: "500", budget: "500", avvikelse: "0", previous: "-200" }),
      rc("drift.utgaende-ek", "Utgående eget kapital", { netto: "2300", budget: "2000", avvikelse: "300", previous: "1800" }),
    ] } as TypedTable,
    fy: { ...base, id: "flerarsoversikt", title: "Flerårsöversikt", columns: [
      { id: "2023", heading: "2023", kind: "amount" }, { id: "2022", heading: "2022", kind: "amount" },
    ], rows: [
      rc("fy.intakter", "Intäkter", { 2023: "10000", 2022: "9000" }),
      rc("fy.kostnader", "Kostnader", { 2023: "9500", 2022: "9200" }),
      rc("fy.arets-resultat", "Årets resultat", { 2023: "500", 2022: "-200" }),
      rc("fy.eget-kapital", "Eget kapital", { 2023: "2300", 2022: "1800" }),
      rc("fy.soliditet", "Soliditet (%)", { 2023: "76.67", 2022: "72.00" }, { percent: true }),
    ] } as TypedTable,
    not1: { ...base, id: "not-intakter", title: "Not 1", rows: [
      r("not.intakter.medlemmar", "Medlemsbidrag", "8000", "8000"),
      r("not.intakter.esf", "ESF", "2000", "1000"),
      r("not.intakter.summa", "Summa", "10000", "9000", { sumOf: ["not.intakter.medlemmar", "not.intakter.esf"] }),
    ] } as TypedTable,
    not2: { ...base, id: "not-kostnader", title: "Not 2", rows: [
      r("not.kostnader.admin", "Administration", "1000", "900"),
      r("not.kostnader.insatser", "Insatser", "8500", "8300"),
      r("not.kostnader.summa", "Summa", "9500", "9200", { sumOf: ["not.kostnader.admin", "not.kostnader.insatser"] }),
    ] } as TypedTable,
    adminShare: "10.5",
  };
}
type Specs = ReturnType<typeof specs>;

function build(mutate: (s: Specs) => void = () => {}): StatementSet {
  const s = specs();
  mutate(s);
  return {
    year: 2023,
    rr: typedTable(s.rr), br: typedTable(s.br), kfa: typedTable(s.kfa), drift: typedTable(s.drift), fy: typedTable(s.fy),
    notes: [
      typedNote({ ...s.not1, number: "1", totalRow: "not.intakter.summa", explains: { table: "rr", rows: ["rr.intakter"], sign: 1 } }),
      typedNote({ ...s.not2, number: "2", totalRow: "not.kostnader.summa", explains: { table: "rr", rows: ["rr.kostnader"], sign: -1 } }),
    ],
    stated: [{
      id: "admin", text: "Administrationen utgör 10,5 procent av kostnaderna", value: new Dec(s.adminShare), unit: "procent", decimals: 1, claim: "administration / kostnader",
      numerator: [{ table: "not:2", row: "not.kostnader.admin", column: "current" }], denominator: [{ table: "rr", row: "rr.kostnader", column: "current", sign: -1 }],
    }],
  };
}

/** Sets one printed figure of a typed table. */
function set(table: TypedTable, row: string, column: string, value: string): void {
  const found = table.rows.find((x) => x.id === row);
  if (!found) throw new Error(`no row ${row}`);
  found.values[column] = value;
}

const failing = (s: StatementSet) => runChecks(s).filter((f) => f.status === "fail").map((f) => f.id);

test("a consistent set passes every check that applies", () => {
  const findings = runChecks(build());
  expect(findings.filter((f) => f.status === "fail")).toEqual([]);
  expect(findings.filter((f) => f.status === "pass").length).toBeGreaterThan(50);
  for (const id of ["balans:current", "eget-kapital:rullning", "kfa:fordringar", "kfa:ingaende-br", "soliditet:current", "not:2:current", "text:admin", "avvikelse-konvention:drift", "enhet:rr"]) {
    expect([id, findings.find((f) => f.id === id)?.status]).toEqual([id, "pass"]);
  }
});

describe("mutations: one changed figure fails the check that covers it", () => {
  const cases: [string, (s: Specs) => void, string[]][] = [
    ["BR kassa och bank", (s) => set(s.br, "br.kassa-bank", "current", "2710"), ["summa:br:br.summa-omsattning:current", "kfa:likvida-br:current"]],
    ["BR summa eget kapital", (s) => set(s.br, "br.summa-eget-kapital", "current", "2400"), [
      "eget-kapital:rullning", "summa:br:br.summa-eget-kapital:current", "summa:br:br.summa-ek-avs-skulder:current",
      "eget-kapital:drift:current", "eget-kapital:fy:current", "soliditet:current",
    ]],
    ["KFA skulder", (s) => set(s.kfa, "kfa.skulder", "current", "50"), ["kfa:skulder", "summa:kfa:kfa.lopande-summa:current"]],
    ["KFA ingående likvida medel", (s) => set(s.kfa, "kfa.likvida-borjan", "current", "2400"), ["kfa:ingaende-br", "kfa:ingaende-fg", "kfa:forandring:current"]],
    ["RR årets resultat", (s) => set(s.rr, "rr.arets-resultat", "previous", "-300"), ["summa:rr:rr.arets-resultat:previous", "resultat:br:previous", "resultat:kfa:previous", "resultat:drift:previous", "resultat:fy:previous"]],
    ["driftsredovisningens avvikelse", (s) => set(s.drift, "drift.huvudman", "avvikelse", "50"), ["avvikelse:drift:drift.huvudman"]],
    ["driftsredovisningens kostnader", (s) => set(s.drift, "drift.kostnader", "previous", "9300"), ["drift:kostnader:previous"]],
    ["soliditet", (s) => set(s.fy, "fy.soliditet", "2023", "80.00"), ["soliditet:current"]],
    ["flerårsöversiktens resultat", (s) => set(s.fy, "fy.arets-resultat", "2022", "-250"), ["fy:resultat:2022", "resultat:fy:previous"]],
    ["Not 1 summa", (s) => set(s.not1, "not.intakter.summa", "current", "10100"), ["not:1:current", "summa:not:1:not.intakter.summa:current"]],
    ["stated percentage", (s) => { s.adminShare = "13"; }, ["text:admin"]],
  ];
  test.each(cases)("%s", (_name, mutate, expected) => {
    expect(failing(build(mutate)).sort()).toEqual([...expected].sort());
  });

  test("a unit heading off by 1000 is one finding, not a cascade", () => {
    const s = build((x) => { x.rr.statedUnit = "kr"; });
    expect(failing(s)).toEqual(["enhet:rr"]);
  });

  test("mixed avvikelse conventions fail the convention check", () => {
    const s = build((x) => set(x.drift, "drift.externa", "avvikelse", "-100"));
    expect(failing(s).sort()).toEqual(["avvikelse-konvention:drift", "avvikelse:drift:drift.externa"]);
  });
});

describe("KFA adjustments for non-cash items against the RR and BR", () => {
  const status = (s: StatementSet, id: string) => runChecks(s).find((f) => f.id === id)?.status;
  /** The förbund form: one line for all non-cash items; 100 tkr of avsättningar made in 2023 (skulder 100 lower). */
  const combined = (kfaAdjustment: string) => (s: Specs) => {
    s.br.rows.splice(7, 0, r("br.avsattningar", "Avsättningar", "100", "0"));
    set(s.br, "br.kortfristiga-skulder", "current", "600");
    s.kfa.rows.splice(1, 0, r("kfa.justering-ovriga", "Justering för ej likviditetspåverkande poster", kfaAdjustment, "0"));
    set(s.kfa, "kfa.fore-rorelsekapital", "current", String(500 + Number(kfaAdjustment)));
    set(s.kfa, "kfa.skulder", "current", "-100");
    set(s.kfa, "kfa.lopande-summa", "current", String(300 + Number(kfaAdjustment)));
  };

  test("one line for all non-cash items holds when it is the avskrivningar (none here) plus the change in avsättningar", () => {
    const s = build(combined("100"));
    expect(failing(s)).toEqual([]);
    expect([status(s, "kfa:justeringar:current"), status(s, "kfa:justeringar:previous")]).toEqual(["pass", "pass"]);
  });

  test("an adjustment neither explains fails (Roslagen 2021: 13 tkr without avskrivningar or avsättningar)", () => {
    const s = build(combined("113"));
    const finding = runChecks(s).find((f) => f.id === "kfa:justeringar:current")!;
    expect([finding.status, finding.difference?.toString()]).toEqual(["fail", "13000"]);
    expect(finding.explanation.sv).toContain("kan rymma en annan ej likviditetspåverkande post");
  });

  test("a KFA's own avskrivningar line is compared with the RR's avskrivningar", () => {
    const withLine = (value: string) => (s: Specs) => s.kfa.rows.splice(1, 0, r("kfa.justering-avskrivningar", "Justering för av- och nedskrivningar", value, "0"));
    expect(status(build(withLine("0")), "kfa:justeringar:current")).toBe("pass");
    const off = runChecks(build(withLine("20"))).find((f) => f.id === "kfa:justeringar:current")!;
    expect([off.status, off.difference?.toString(), off.explanation.sv]).toEqual(["fail", "20000", expect.stringContaining("olika avskrivningar")]);
  });
});

test("KFA investments against the balance sheet's anläggningstillgångar and the RR's avskrivningar", () => {
  // Inventarier 400 → 450 tkr with 50 tkr avskrivningar: 100 tkr invested, paid from the bank (2 300 + 450 − 100).
  const cols = yearColumns("2023", "2022");
  const table = (id: TypedTable["id"], rows: TypedTable["rows"]) => typedTable({ id, title: id, statedUnit: "tkr", decimals: 0, columns: cols, rows });
  const statements = (invested: string): StatementSet => ({
    year: 2023,
    rr: table("resultatrakning", [
      r("rr.intakter", "Verksamhetens intäkter", "10000", null),
      r("rr.kostnader", "Verksamhetens kostnader", "-9450", null),
      r("rr.avskrivningar", "Avskrivningar", "-50", null),
      r("rr.arets-resultat", "Årets resultat", "500", null),
    ]),
    br: table("balansrakning", [
      r("br.materiella", "Maskiner och inventarier", "450", "400"),
      r("br.fordringar", "Fordringar", "300", "200"),
      r("br.kassa-bank", "Kassa och bank", "2650", "2300"),
      r("br.summa-tillgangar", "Summa tillgångar", "3400", "2900"),
      r("br.summa-eget-kapital", "Summa eget kapital", "2700", "2200"),
      r("br.kortfristiga-skulder", "Kortfristiga skulder", "700", "700"),
      r("br.summa-ek-avs-skulder", "Summa eget kapital och skulder", "3400", "2900"),
    ]),
    kfa: table("kassaflodesanalys", [
      r("kfa.arets-resultat", "Årets resultat", "500", null),
      r("kfa.justering-avskrivningar", "Justering för av- och nedskrivningar", "50", null),
      r("kfa.fordringar", "Ökning/minskning fordringar", "-100", null),
      r("kfa.skulder", "Ökning/minskning skulder", "0", null),
      r("kfa.investering-summa", "Kassaflöde från investeringsverksamheten", invested, null),
      r("kfa.likvida-borjan", "Likvida medel vid årets början", "2300", null),
      r("kfa.likvida-slut", "Likvida medel vid årets slut", String(2300 + 450 + Number(invested)), null),
    ]),
  });
  const invest = (s: StatementSet) => runChecks(s).find((f) => f.id === "kfa:investeringar")!;
  expect(failing(statements("-100"))).toEqual([]);
  expect(invest(statements("-100")).status).toBe("pass");
  // −150: more invested than the inventarier and avskrivningar account for; the closing cash is then off too.
  const off = invest(statements("-150"));
  expect([off.status, off.difference?.toString(), off.explanation.sv]).toEqual(["fail", "-50000", expect.stringContaining("nedskrivning, en försäljning")]);
  expect(failing(statements("-150")).sort()).toEqual(["kfa:investeringar", "kfa:likvida-br:current"]);
});

test("property: a printed total within the rounding tolerance of its lines passes, beyond it fails", () => {
  fc.assert(
    fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -4, max: 4 }), (income, cost, off) => {
      const rr = typedTable({
        id: "resultatrakning", title: "RR", statedUnit: "tkr", decimals: 0, columns: yearColumns("2023", "2022"),
        rows: [r("rr.intakter", "Intäkter", String(income), null), r("rr.kostnader", "Kostnader", String(-cost), null), r("rr.verksamhetens-resultat", "Resultat", String(income - cost + off), null)],
      });
      const f = runChecks({ year: 2023, rr }).find((x) => x.id === "summa:rr:rr.verksamhetens-resultat:current");
      // Three printed tkr figures: ±1,5 tkr.
      expect(f?.status).toBe(Math.abs(off) <= 1 ? "pass" : "fail");
      expect(f?.difference?.toNumber()).toBe(off * 1000);
    }),
  );
});

test("the unit reference is named as a table is in English: \"Note 1\", without an article", () => {
  const reference = runChecks(build()).filter((f) => f.id.startsWith("enhet:") && f.explanation.sv.includes("är referens för enheterna"));
  expect(reference.map((f) => [f.id, f.explanation.en])).toEqual([["enhet:not:1", "Note 1 is the reference for the units (heading: tkr): the other tables' units are tested against it."]]);
});

test("absent rows make checks not applicable", () => {
  const findings = runChecks({ year: 2023, rr: build().rr, kfa: build().kfa });
  expect(findings.find((f) => f.id === "kfa:forandring:current")?.status).toBe("pass");
  expect(findings.some((f) => f.status === "fail")).toBe(false);
  const s = build();
  const noKassa: StatementSet = { ...s, br: typedTable({ ...specs().br, rows: specs().br.rows.filter((x) => x.id !== "br.kassa-bank" && x.id !== "br.summa-omsattning") }) };
  const noCash = runChecks(noKassa).find((f) => f.id === "kfa:likvida-br:current");
  expect(noCash?.status).toBe("not-applicable");
  // In the words of the status it explains (the pane's badge "Kan inte prövas" / "Cannot be tested").
  expect([noCash?.explanation.sv, noCash?.explanation.en]).toEqual([expect.stringMatching(/^Kan inte prövas: /), expect.stringMatching(/^Cannot be tested: /)]);
});

describe("typed statements reject bad input naming the cell", () => {
  const base = { id: "resultatrakning" as const, title: "RR", statedUnit: "tkr" as const, decimals: 0, columns: yearColumns("2023", "2022") };
  const code = (fn: () => unknown): string[] | undefined => {
    try { fn(); } catch (e) { return isFinsamError(e) ? [e.code, e.message] : ["other"]; }
    return undefined;
  };
  test("not a number", () => {
    expect(code(() => typedTable({ ...base, rows: [r("rr.intakter", "Intäkter", "14 600,0", null)] }))).toEqual(["checks.typedValue", 'RR, Intäkter, current: "14 600,0" är inte ett belopp; skriv talet med punkt som decimaltecken, utan mellanslag.']);
  });
  test("duplicate row and unknown column", () => {
    expect(code(() => typedTable({ ...base, rows: [r("rr.intakter", "A", "1", null), r("rr.intakter", "B", "2", null)] }))?.[0]).toBe("checks.duplicateRow");
    expect(code(() => typedTable({ ...base, rows: [rc("rr.intakter", "A", { budget: "1" })] }))?.[0]).toBe("checks.unknownColumn");
    expect(code(() => typedTable({ ...base, decimals: 7, rows: [] }))?.[0]).toBe("checks.decimals");
  });
  test("standard totals get their sumOf", () => {
    const t = typedTable({ ...base, rows: [r("rr.arets-resultat", "Årets resultat", "1", null)] });
    expect(t.model.rows[0]?.sumOf).toEqual(["rr.resultat-efter-finansiella", "rr.extraordinara"]);
    expect(t.step.toString()).toBe("1000");
  });
});

test("Kontroller report: failures first, cells for selection, Swedish status", () => {
  const findings = runChecks(build((s) => set(s.kfa, "kfa.skulder", "current", "50")));
  const model = checksReport(findings);
  expect(model.id).toBe("kontroller");
  // The check's title is the row's label, once (no second Kontroll column).
  expect(model.columns.map((c) => c.heading)).toEqual(["Jämfört", "Differens", "Tolerans", "Status"]);
  expect(model.rows[0]?.values.status).toBe("Stämmer inte");
  const skulder = model.rows.find((x) => x.id === "kfa:skulder");
  expect(skulder?.values.differens?.toString()).toBe("50000");
  expect(skulder?.values.tolerans?.toString()).toBe("1500");
  // Jämfört names the figures compared (and the likely cause), not again the difference, tolerance and status.
  expect(String(skulder?.values.jamfort).replace(/\u00a0/g, " ")).toBe("KFA Ökning/minskning skulder 2023 (50 000 kr) jämfört med ökning av BR Kortfristiga skulder 2022→2023 (0 kr). Skillnaden tyder på en post som nettats mellan fordringar och skulder, eller en omklassificering mellan åren.");
  expect(findings.find((f) => f.id === "kfa:skulder")?.explanation.sv.replace(/\u00a0/g, " ")).toMatch(/differens 50 000 kr, avrundningstolerans ±1 500 kr\. Stämmer inte\./);
  expect(skulder?.sources).toEqual(["kfa|kfa.skulder|current", "br|br.kortfristiga-skulder|current", "br|br.kortfristiga-skulder|previous"]);
  expect(model.rows.filter((x) => x.values.status === "Stämmer inte").length).toBe(findings.filter((f) => f.status === "fail").length);
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  expect(model.footnotes[0]).toBe(`${findings.length} kontroller: 2 stämmer inte, ${count("pass")} stämmer, ${count("not-applicable")} kan inte prövas.`);
});
