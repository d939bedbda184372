import { objectKey, type Balance, type Ledger } from "../../../src/core/ledger/types";
import { parseSie } from "../../../src/core/import/sie/index";
import { CLOSING_BALANCES_ONLY, PERIOD_BALANCES, SYNTAX_VARIANTS, VISMA_SHAPED } from "../../fixtures/sie/exporters";
import { HEADER, lineOf, pc8, without } from "../../fixtures/sie/sample";

const balance = (l: Ledger, year: number, kind: Balance["kind"], account: string) =>
  l.balances.find((b) => b.year === year && b.kind === kind && b.account === account && !b.object)?.amount.toFixed(2);

/** The year's "actual" amounts of an account (optionally one object), summed over its months. */
function actual(l: Ledger, year: number, account: string, obj?: [number, string]): string {
  const rows = [...l.periods].filter((p) => p.kind === "actual" && p.year === year && p.account === account && (obj ? p.object?.dimension === obj[0] && p.object.id === obj[1] : !p.object));
  return rows.reduce((s, p) => s.plus(p.amount), rows[0]!.amount.minus(rows[0]!.amount)).toFixed(2);
}

describe("a Visma Administration SIE 4E export (#BTRANS/#RTRANS correction, underdimension, unquoted texts)", () => {
  const r = parseSie(pc8(VISMA_SHAPED));

  it("reads without errors or warnings: its #UB and #RES agree with the rows, counting each #RTRANS once and no #BTRANS", () => {
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ledger.companyName).toBe("Samordningsförbundet Visma");
    expect(r.ledger.accounts.get("2440")?.name).toBe("Leverantörsskulder");
    expect(r.ledger.dimensions.get(61)).toBe("Delprojekt");
    expect(r.ledger.objects.get(objectKey(61, "0036"))?.name).toBe("Steget, del A");
  });

  it("derives the same closing balances from the rows when the file gives none", () => {
    const bare = parseSie(pc8(without(VISMA_SHAPED, "#UB", "#RES")));
    expect(bare.errors).toEqual([]);
    expect(balance(bare.ledger, 0, "ub", "1930")).toBe("849825.88");
    expect(balance(bare.ledger, 0, "ub", "2440")).toBeUndefined();
    expect(balance(bare.ledger, 0, "res", "7010")).toBe("174.12");
    expect(balance(bare.ledger, 0, "res", "3010")).toBe(balance(r.ledger, 0, "res", "3010"));
  });

  it("sums each row into its account and into every object it names, one dimension at a time", () => {
    expect(actual(r.ledger, 0, "3010")).toBe("-600000.00");
    expect(actual(r.ledger, 0, "3010", [1, "Nord"])).toBe("-600000.00");
    expect(actual(r.ledger, 0, "3010", [6, "0001"])).toBe("-300000.00");
    expect(actual(r.ledger, 0, "3010", [61, "0036"])).toBe("-200000.00");
    expect(actual(r.ledger, 0, "4010", [6, "0001"])).toBe("250000.00");
    expect(actual(r.ledger, 0, "1930")).toBe("349825.88");
  });

  it("gives the same ledger inside a #KSUMMA span (read on the general path), with only the checksum's warning", () => {
    const lines = VISMA_SHAPED.split("\r\n");
    const spanned = [...lines.slice(0, 3), "#KSUMMA", ...lines.slice(3), "#KSUMMA 1"].join("\r\n");
    const k = parseSie(pc8(spanned));
    expect(k.errors).toEqual([]);
    expect(k.warnings.map((w) => w.code)).toEqual(["sie.checksumMismatch"]);
    expect(k.ledger.balances).toEqual(r.ledger.balances);
    expect([...k.ledger.periods]).toEqual([...r.ledger.periods]);
  });
});

describe("a SIE 2 file of period balances (#PSALDO, #PBUDGET, no vouchers)", () => {
  const r = parseSie(pc8(PERIOD_BALANCES));

  it("takes the year's #RES from its #PSALDO {} months when the file has no #RES for it (result accounts only)", () => {
    expect(r.errors).toEqual([]);
    expect(balance(r.ledger, 0, "res", "3010")).toBe("-500000.00");
    expect(balance(r.ledger, 0, "res", "7010")).toBe("300000.00");
    expect(balance(r.ledger, 0, "res", "1930")).toBeUndefined();
    // The previous year's own #RES is kept; its #PSALDO months sum to it, as the övningsbolag's do.
    expect(balance(r.ledger, -1, "res", "3010")).toBe("-400000.00");
    expect(actual(r.ledger, -1, "3010")).toBe("-400000.00");
  });

  it("keeps #PSALDO and #PBUDGET with one object or none; rows naming several objects are skipped, warned of once", () => {
    expect(actual(r.ledger, 0, "3010", [6, "P1"])).toBe("-150000.00");
    const budget = [...r.ledger.periods].filter((p) => p.kind === "budget").map((p) => `${p.account} ${p.object?.id ?? "-"} ${p.amount.toFixed(2)}`);
    expect(budget).toEqual(["3010 - -240000.00", "3010 P1 -140000.00"]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      `rad ${lineOf(PERIOD_BALANCES, '{1 "100" 6 "P1"} -150000.00')}: #PSALDO med flera objekt stöds inte; raden hoppas över, liksom 1 rad till.`,
    ]);
  });
});

describe("a SIE 1 file of year balances whose result accounts have #UB but no #RES (SoftOne XE's shape)", () => {
  it("takes each year's #RES from its result accounts' #UB, so neither year reads as a result of zero", () => {
    const r = parseSie(pc8(CLOSING_BALANCES_ONLY));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(["3010", "4010", "7010"].map((a) => balance(r.ledger, 0, "res", a))).toEqual(["-68000.00", "9500.00", "10000.00"]);
    expect(["3010", "4010", "7010"].map((a) => balance(r.ledger, -1, "res", a))).toEqual(["-300000.00", "250000.00", undefined]);
    expect(r.ledger.years.map((y) => `${y.start} ${y.end}`)).toEqual(["2015-09-01 2016-08-31", "2013-07-01 2015-08-31"]);
  });

  it("keeps the file's own #RES where it gives them, as XE does", () => {
    const withRes = `${CLOSING_BALANCES_ONLY}\r\n#RES\t0 3010 -68000.00\r\n#RES\t0 4010 9500.00\r\n#RES\t0 7010 10000.00`;
    const r = parseSie(pc8(withRes));
    expect(r.errors).toEqual([]);
    expect(r.ledger.balances.filter((b) => b.year === 0 && b.kind === "res").map((b) => `${b.account} ${b.amount.toFixed(2)}`)).toEqual(["3010 -68000.00", "4010 9500.00", "7010 10000.00"]);
  });
});

describe("#OIB and #OUB", () => {
  it("keep a balance per object (a quantity after it ignored); one on several objects is skipped, warned of once", () => {
    const text = [...HEADER, "#IB 0 1930 100.00", '#OIB 0 1930 {6 "P1"} 60.00 3', "#OIB 0 1930 {6 P2} 40.00", '#OUB 0 1930 {1 "100" 6 "P1"} 60.00', '#OUB 0 1930 {1 "100" 6 "P2"} 40.00'].join("\r\n");
    const r = parseSie(pc8(text));
    expect(r.errors).toEqual([]);
    expect(r.ledger.balances.filter((b) => b.object).map((b) => `${b.kind} ${b.object!.dimension} ${b.object!.id} ${b.amount.toFixed(2)}`)).toEqual(["ib 6 P1 60.00", "ib 6 P2 40.00"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["sie.multiObject", "sie.resultMissing"]);
    expect(r.warnings[0]!.message).toBe(`rad ${lineOf(text, "#OUB")}: #OUB med flera objekt stöds inte; raden hoppas över, liksom 1 rad till.`);
  });
});

describe("syntax the SIE 4B text allows (tabs, CRLF, quotes, escapes, amount forms, #VER without number)", () => {
  const r = parseSie(pc8(SYNTAX_VARIANTS));

  it("reads every line without errors or warnings", () => {
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it("unquotes names and fields, `\\\"` as a quote", () => {
    expect(r.ledger.companyName).toBe('Förbundet "Syd"');
    expect(r.ledger.accounts.get("3010")?.name).toBe('Bidrag "stat"');
    expect(r.ledger.accounts.get("1930")?.name).toBe("Bank");
    expect(r.ledger.objects.get(objectKey(6, "P 1"))?.name).toBe("Insats med mellanslag");
  });

  it("reads .5, 1234, -1234.50 and -0.00 exactly, dates rows by their transdat, and derives the balances", () => {
    expect(balance(r.ledger, 0, "ub", "1930")).toBe("2034.50");
    expect(balance(r.ledger, 0, "res", "3010")).toBe("-1234.50");
    expect(balance(r.ledger, 0, "res", "4010")).toBe("200.00");
    expect(actual(r.ledger, 0, "3010", [6, "P 1"])).toBe("-1234.50");
    expect(actual(r.ledger, 0, "4010", [6, "P 1"])).toBe("200.00");
    expect([...r.ledger.periods].filter((p) => p.account === "1930").map((p) => `${p.period} ${p.amount.toFixed(2)}`)).toEqual(["202108 1234.50", "202203 -200.00"]);
  });

  it("keeps the three fiscal years of a broken year (July–June), the oldest with its own balances", () => {
    expect(r.ledger.years.map((y) => `${y.index} ${y.start} ${y.end}`)).toEqual(["0 2021-07-01 2022-06-30", "-1 2020-07-01 2021-06-30", "-2 2019-07-01 2020-06-30"]);
    expect(balance(r.ledger, -2, "res", "3010")).toBe("-100.00");
    expect(balance(r.ledger, -2, "ub", "1930")).toBe("700.00");
  });
});

describe("records the reader does not know", () => {
  it("are ignored as the spec says, and warned of once per label: an exporter's own record on every voucher cannot push other warnings past the list's cap", () => {
    const vouchers = Array.from({ length: 600 }, (_, i) => [`#VER A ${i + 1} 20210105 "x"`, "{", '#XATTEST "Anna" 20210106', "#TRANS 1930 {} 1.00", "#TRANS 3010 {} -1.00", "}"]).flat();
    const text = [...HEADER, "#FOO 1", ...vouchers, "#UB 0 1930 599.00"].join("\n");
    const r = parseSie(pc8(text));
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      `rad ${lineOf(text, "#FOO")}: okänd post #FOO hoppas över.`,
      `rad ${lineOf(text, "#XATTEST")}: okänd post #XATTEST hoppas över, liksom 599 rader till.`,
      `rad ${lineOf(text, "#UB 0 1930")}: #UB för konto 1930 år 0 är 599 kr i filen men 600 kr enligt transaktionerna.`,
    ]);
    expect(balance(r.ledger, 0, "res", "3010")).toBe("-600.00");
  });
});

describe("a #VER whose series or number cannot be read", () => {
  it("is one error naming its line and field; its block is not reported again row by row", () => {
    const text = [...HEADER, "#VER 20210105", "{", "#TRANS 1930 {} 5.00", "#TRANS 3010 {} -5.00", "}", '#VER A 2 20210106 "y"', "{", "#TRANS 1930 {} 1.00", "#TRANS 3010 {} -1.00", "}"].join("\n");
    const r = parseSie(pc8(text));
    expect(r.errors.map((e) => e.message)).toEqual([`rad ${lineOf(text, "#VER 20210105")}: posten #VER saknar fältet vernr.`]);
  });
});
