import iconv from "iconv-lite";
import { parseSie } from "../../src/core/import/sie/index";
import { readTrialBalance, trialBalanceToLedger } from "../../src/core/import/trialBalance";
import { readMembers } from "../../src/core/import/members";
import { objectKey, type Ledger } from "../../src/core/ledger/types";
import { applyMapping } from "../../src/core/mapping/apply";
import { EXEMPEL_MAPPING } from "../../src/core/mapping/exempelforbund";
import type { Mapping } from "../../src/core/mapping/types";
import { DRIFT } from "../../src/core/statements/lines";
import { readSettings } from "../../src/core/inputs/settings";
import { ledgerSheet, readLedgerSheet } from "../../src/core/inputs/ledgerSheet";
import { mappingRows, readMappingSheet, MAPPING_HEADERS } from "../../src/core/inputs/mappingSheet";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { EXAMPLE_SETTINGS } from "../../src/core/example/exempelforbund";
import { Dec, sum } from "../../src/core/money/decimal";

/**
 * Identifiers from files (accounts, objects, names) must never become plain-object keys: `__proto__` as a key
 * of {} rewires the prototype, `constructor` / `toString` / `hasOwnProperty` shadow or hit inherited members.
 * Every importer and every step after it keeps them in Maps; these tests feed exactly those names through.
 */
const NASTY = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;

function prototypeState() {
  const p = Object.prototype as unknown as Record<string, unknown>;
  return {
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    members: ["toString", "hasOwnProperty", "constructor", "valueOf"].map((k) => p[k]),
    prototypeOfPlain: Object.getPrototypeOf({}) === Object.prototype,
  };
}

const before = prototypeState();
afterEach(() => {
  expect(prototypeState()).toEqual(before);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).name).toBeUndefined();
});

/** One voucher: 4010 costs on the four nasty insats objects, and the nasty names as accounts. */
const SIE = [
  "#FLAGGA 0",
  "#FORMAT PC8",
  "#SIETYP 4",
  '#FNAMN "Samordningsförbundet Prototyp"',
  "#RAR 0 20240101 20241231",
  "#RAR -1 20230101 20231231",
  '#KONTO 1930 "Företagskonto"',
  '#KONTO 4010 "Köp av insatser"',
  '#KONTO 2091 "Balanserat resultat"',
  "#IB 0 1930 5000.00",
  "#IB 0 2091 -5000.00",
  "#UB -1 1930 5000.00",
  "#UB -1 2091 -5000.00",
  ...NASTY.map((n) => `#KONTO ${n} "Konto ${n}"`),
  '#DIM 6 "Projekt"',
  ...NASTY.map((n) => `#OBJEKT 6 ${n} "Insats ${n}"`),
  '#OBJEKT 6 polluted "Insats polluted"',
  "#VER A 1 20240115",
  "{",
  "#TRANS 1930 {} -1040.00",
  '#TRANS 4010 {6 "__proto__"} 100.00',
  '#TRANS 4010 {6 "constructor"} 200.00',
  '#TRANS 4010 {6 "toString"} 300.00',
  '#TRANS 4010 {6 "hasOwnProperty"} 400.00',
  "#TRANS __proto__ {} 10.00",
  "#TRANS constructor {} 10.00",
  "#TRANS toString {} 10.00",
  "#TRANS hasOwnProperty {} 10.00",
  "}",
].join("\r\n");

/** The example's mapping plus each nasty insats on an area: __proto__ and constructor to individ, the rest to struktur. */
const MAPPING: Mapping = {
  ...EXEMPEL_MAPPING,
  rules: [
    ...EXEMPEL_MAPPING.rules,
    ...NASTY.map((id, i) => ({ from: "3", to: "8", object: { dimension: 6, id }, area: i < 2 ? DRIFT.individ.id : DRIFT.struktur.id })),
  ],
};

const settings = (() => {
  const r = readSettings(EXAMPLE_SETTINGS);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.settings;
})();

/** Year-0 result amounts per insats on account 4010, from whatever the mapping produced. */
function insatsAmounts(ledger: Ledger): Map<string | null, string> {
  const mapped = applyMapping(ledger, MAPPING);
  const out = new Map<string | null, Dec>();
  for (const c of mapped.cells) if (c.account === "4010" && c.year === 0) out.set(c.insats, (out.get(c.insats) ?? new Dec(0)).plus(c.amount));
  return new Map([...out].map(([k, v]) => [k, v.toString()]));
}

describe("identifiers named like Object.prototype members", () => {
  const sie = parseSie(new Uint8Array(iconv.encode(SIE, "cp437")));

  it("the SIE import keeps accounts and objects by name, with their amounts", () => {
    expect(sie.errors.map((e) => e.message)).toEqual([]);
    for (const n of NASTY) {
      expect(sie.ledger.accounts.get(n)).toEqual({ number: n, name: `Konto ${n}` });
      expect(sie.ledger.objects.get(objectKey(6, n))).toEqual({ dimension: 6, id: n, name: `Insats ${n}` });
      const own = sie.ledger.balances.filter((b) => b.account === n && b.year === 0 && !b.object);
      expect(own.map((b) => b.amount.toString())).toEqual(["10"]);
    }
    expect(insatsAmounts(sie.ledger)).toEqual(new Map([["__proto__", "100"], ["constructor", "200"], ["toString", "300"], ["hasOwnProperty", "400"]]));
  });

  it("the mapping puts each insats on its area and reports the odd accounts as unmapped, amounts intact", () => {
    const mapped = applyMapping(sie.ledger, MAPPING);
    const byArea = new Map<string, Dec>();
    for (const c of mapped.cells) if (c.year === 0 && c.area && c.account === "4010") byArea.set(c.area, (byArea.get(c.area) ?? new Dec(0)).plus(c.amount));
    expect(byArea.get(DRIFT.individ.id)?.toString()).toBe("300");
    expect(byArea.get(DRIFT.struktur.id)?.toString()).toBe("700");
    const unmapped = mapped.unmapped.filter((u) => (NASTY as readonly string[]).includes(u.account) && u.year === 0 && u.facet === "line");
    expect(unmapped.map((u) => [u.account, u.amount.toString()]).sort()).toEqual(NASTY.map((n) => [n, "10"]).sort());
  });

  it("the statements and their sheet descriptions are built, and the Huvudbok sheet round-trips the insats objects", () => {
    const result = buildAllReports({ settings, ledger: sie.ledger, mapping: MAPPING });
    expect(result.sheets.length).toBeGreaterThan(5);
    // Total costs of the driftsredovisning's areas include the 1 000 kr booked on the four insatser.
    const cells = result.mapped.cells.filter((c) => c.year === 0 && c.account === "4010");
    expect(sum(cells.map((c) => c.amount)).toString()).toBe("1000");

    const sheet = ledgerSheet(sie.ledger);
    const values = sheet.cells.map((r) => r.map((c) => c.value ?? null));
    for (const n of NASTY) expect(values.some((r) => r[6] === n && r[7] === `Insats ${n}`)).toBe(true);
    // Accounts must be numbers on the sheet: the odd ones are refused by cell, the rest reads back.
    const nastyRow = (r: unknown[]) => (NASTY as readonly string[]).includes(String(r[3]));
    // Without those rows the row count no longer holds, so it goes too (a Huvudbok from before the control).
    const read = readLedgerSheet(values.filter((r) => !nastyRow(r) && r[0] !== "Rader"));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    for (const n of NASTY) expect(read.ledger.objects.get(objectKey(6, n))?.name).toBe(`Insats ${n}`);
    expect(insatsAmounts(read.ledger)).toEqual(insatsAmounts(sie.ledger));
    const refused = readLedgerSheet(values);
    expect(!refused.ok && refused.errors.map((e) => e.code)).toEqual(values.filter(nastyRow).map(() => "ledgerSheet.cell"));
  });

  it("a pasted trial balance with such objects and names keeps every amount", () => {
    const cells = [
      ["Konto", "Benämning", "Belopp", "Objekt"],
      ...NASTY.map((n, i) => ["4010", n, (i + 1) * 1000, n]),
      ["1930", "__proto__", -10_000, ""],
    ];
    const read = readTrialBalance(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const ledger = trialBalanceToLedger(read.rows, { years: [{ index: 0, start: "2024-01-01", end: "2024-12-31" }] });
    expect(ledger.balances.find((b) => b.account === "4010" && !b.object)?.amount.toString()).toBe("10000");
    expect(insatsAmounts(ledger)).toEqual(new Map([["__proto__", "1000"], ["constructor", "2000"], ["toString", "3000"], ["hasOwnProperty", "4000"]]));
    expect(ledger.accounts.get("1930")?.name).toBe("__proto__");
  });

  it("the Kontomappning sheet reads rules for such objects, and members may carry such names", () => {
    const rows = [[...MAPPING_HEADERS], ...mappingRows(MAPPING)];
    const read = readMappingSheet(rows, EXEMPEL_MAPPING);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.mapping.rules.filter((r) => r.object && (NASTY as readonly string[]).includes(r.object.id ?? "")).length).toBe(4);

    const members = readMembers([["Namn", "Typ", "Vikt"], ...NASTY.map((n) => [n, "kommun", 1]), ["hasownproperty", "region", 1]]);
    expect(!members.ok && members.errors.map((e) => e.message)).toEqual(['cell A6: namnet "hasownproperty" förekommer mer än en gång.']);
    const ok = readMembers([["Namn", "Typ", "Vikt"], ...NASTY.map((n) => [n, "kommun", 1]), ["Region", "region", 1]]);
    expect(ok.ok && ok.members.municipalities.map((m) => m.name)).toEqual([...NASTY]);
  });
});
