import { zlibCrc32 } from "./crc";
import iconv from "iconv-lite";
import { Dec } from "../../../src/core/money/decimal";
import { objectKey, type Balance, type Ledger } from "../../../src/core/ledger/types";
import { parseSie, SieParser, type SieResult } from "../../../src/core/import/sie/index";
import { diagnosticIn } from "../../../src/core/import/diagnostic";
import { HEADER, SAMPLE_SIE, lineOf, pc8, without } from "../../fixtures/sie/sample";

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (...lines: string[]) => [...HEADER, ...lines].join("\n");

function balance(ledger: Ledger, year: number, kind: Balance["kind"], account: string): string | undefined {
  return ledger.balances.find((b) => b.year === year && b.kind === kind && b.account === account && !b.object)?.amount.toFixed(2);
}

const codes = (r: SieResult, list: "errors" | "warnings" = "errors") => r[list].map((d) => `${d.code}@${d.line}`);

describe("parseSie on a complete PC8 file", () => {
  const r = parseSie(pc8(SAMPLE_SIE));

  it("reads it without errors or warnings", () => {
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it("reads identification, years, accounts (CP437 å ä ö), dimensions and objects", () => {
    const l = r.ledger;
    expect(l.companyName).toBe("Samordningsförbundet Test");
    expect(l.orgNumber).toBe("222000-0000");
    expect(l.chartType).toBe("KOMMUNBAS19");
    expect(l.years).toEqual([
      { index: 0, start: "2021-01-01", end: "2021-12-31" },
      { index: -1, start: "2020-01-01", end: "2020-12-31" },
    ]);
    expect(l.accounts.get("2440")).toEqual({ number: "2440", name: "Leverantörsskulder", type: "S" });
    expect(l.accounts.get("4610")?.name).toBe("Köp av verksamhet");
    expect(l.accounts.get("5010")).toEqual({ number: "5010", name: "Löner", type: "K" });
    expect(l.dimensions.get(6)).toBe("Projekt");
    expect(l.dimensions.get(21)).toBe("Delprojekt");
    expect(l.objects.get(objectKey(6, "P2"))).toEqual({ dimension: 6, id: "P2", name: "Insats Vägen" });
  });

  it("keeps the file's balances with SIE signs (debit +, credit −)", () => {
    const l = r.ledger;
    expect(balance(l, 0, "ub", "1930")).toBe("1380000.00");
    expect(balance(l, 0, "ub", "2081")).toBe("-1000000.00");
    expect(balance(l, 0, "res", "3510")).toBe("-600000.00");
    expect(balance(l, -1, "ib", "1930")).toBe("800000.00");
    const oub = l.balances.find((b) => b.kind === "ub" && b.object?.dimension === 1 && b.object.id === "100");
    expect(oub?.amount.toFixed(2)).toBe("1380000.00");
  });

  it("sums #TRANS per month, account and object; #BTRANS never, #RTRANS once", () => {
    const actual = (period: string, account: string, obj?: [number, string]) =>
      [...r.ledger.periods]
        .filter((p) => p.kind === "actual" && p.year === 0 && p.period === period && p.account === account)
        .find((p) => (obj ? p.object?.dimension === obj[0] && p.object.id === obj[1] : !p.object))
        ?.amount.toFixed(2);
    expect(actual("202101", "1930")).toBe("900000.00");
    expect(actual("202103", "4610")).toBe("400000.00");
    expect(actual("202103", "4610", [6, "P1"])).toBe("250000.50");
    expect(actual("202106", "5010")).toBe("120000.00");
    expect(actual("202106", "5010", [1, "100"])).toBe("120000.00");
    expect(actual("202106", "5010", [6, "P1"])).toBe("120000.00");
  });

  it("keeps #PSALDO and #PBUDGET as given and adds no #TRANS months to a year with #PSALDO", () => {
    const budget = [...r.ledger.periods].filter((p) => p.kind === "budget").map((p) => `${p.period} ${p.account} ${p.object?.id ?? "-"} ${p.amount.toFixed(2)}`);
    expect(budget).toEqual(["202101 3510 - -50000.00", "202101 4610 P1 20000.00"]);
    expect([...r.ledger.periods].filter((p) => p.year === -1).map((p) => p.amount.toFixed(2))).toEqual(["-500000.00"]);
  });
});

describe("balances derived from #TRANS", () => {
  it("derives UB = IB + movements and RES = movements when the file has none, equal to the file's figures", () => {
    const full = parseSie(pc8(SAMPLE_SIE)).ledger;
    const bare = parseSie(pc8(without(SAMPLE_SIE, "#UB", "#RES"))).ledger;
    for (const [kind, account] of [["ub", "1930"], ["ub", "2081"], ["res", "3510"], ["res", "3520"], ["res", "4610"], ["res", "5010"]] as const) {
      expect(balance(bare, 0, kind, account)).toBe(balance(full, 0, kind, account));
    }
    expect(balance(bare, 0, "ub", "2440")).toBeUndefined(); // zero: nothing to report
  });

  it("warns with account and both amounts when file and transactions disagree", () => {
    const text = SAMPLE_SIE.replace("#RES 0 5010 120000.00", "#RES 0 5010 110000.00").replace("#UB 0 1930 1380000.00", "#UB 0 1930 1300000.00");
    const r = parseSie(pc8(text));
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message).sort()).toEqual([
      `rad ${lineOf(text, "#UB 0 1930")}: #UB för konto 1930 år 0 är 1\u00a0300\u00a0000 kr i filen men 1\u00a0380\u00a0000 kr enligt transaktionerna.`,
      `rad ${lineOf(text, "#RES 0 5010")}: #RES för konto 5010 år 0 är 110\u00a0000 kr i filen men 120\u00a0000 kr enligt transaktionerna.`,
    ].sort());
    expect(balance(r.ledger, 0, "res", "5010")).toBe("110000.00"); // the file's figure is kept
  });

  it("a balance the file leaves out is named as missing; amounts with more decimals print all of them", () => {
    const text = SAMPLE_SIE.replace("#RES 0 5010 120000.00\r\n", "").replace("#RES 0 4610 400000.00", "#RES 0 4610 400000.005");
    const r = parseSie(pc8(text));
    expect(r.warnings.map((w) => w.message).sort()).toEqual([
      `rad ${lineOf(text, "#RES 0 3510")}: filens #RES för år 0 börjar här men saknar konto 5010, som enligt transaktionerna ska ha 120\u00a0000 kr; kontot räknas som 0.`,
      `rad ${lineOf(text, "#RES 0 4610")}: #RES för konto 4610 år 0 är 400\u00a0000,005 kr i filen men 400\u00a0000 kr enligt transaktionerna.`,
    ].sort());
  });

  it("a year without #RES or #TRANS takes its #RES from its #PSALDO {} months, as the file's own #RES has it", () => {
    const full = parseSie(pc8(SAMPLE_SIE));
    const r = parseSie(pc8(without(SAMPLE_SIE, "#RES")));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(balance(r.ledger, -1, "res", "3510")).toBe("-500000.00");
    expect(balance(r.ledger, -1, "res", "3510")).toBe(balance(full.ledger, -1, "res", "3510"));
  });

  it("a year with balances but no #RES, #TRANS or #PSALDO is named at its first balance: its result is unknown, not zero", () => {
    const text = without(SAMPLE_SIE, "#RES", "#PSALDO");
    const r = parseSie(pc8(text));
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      `rad ${lineOf(text, "#UB -1 1930")}: år -1 (2020-01-01 – 2020-12-31) har balanser men varken #RES, #TRANS eller #PSALDO; rapporterna visar inte det årets intäkter, kostnader och resultat.`,
    ]);
    expect(r.ledger.balances.some((b) => b.year === -1 && b.kind === "res")).toBe(false);
  });

  it("classifies accounts by class 3–8 when #KTYP is missing", () => {
    const r = parseSie(pc8(without(SAMPLE_SIE, "#UB", "#RES", "#KTYP")));
    expect(balance(r.ledger, 0, "res", "4610")).toBe("400000.00");
    expect(balance(r.ledger, 0, "ub", "1930")).toBe("1380000.00");
  });
});

describe("errors and warnings name their line", () => {
  it("unbalanced voucher: error at its #VER (warning by option)", () => {
    const text = file('#VER A 1 20210105 "x"', "{", "#TRANS 1930 {} 100.00", "#TRANS 3510 {} -99.99", "}");
    expect(codes(parseSie(utf8(text)))).toEqual([`sie.unbalancedVoucher@${lineOf(text, "#VER")}`]);
    expect(parseSie(utf8(text)).errors[0]?.message).toBe(`rad ${lineOf(text, "#VER")}: verifikationen A 1 är obalanserad; raderna summerar till 0,01 kr.`);
    const lenient = parseSie(utf8(text), { unbalancedVoucher: "warning" });
    expect(lenient.errors).toEqual([]);
    expect(codes(lenient, "warnings")).toEqual([`sie.unbalancedVoucher@${lineOf(text, "#VER")}`]);
  });

  it("a balance given twice is an error naming both lines, not a sum", () => {
    const text = file("#RES 0 3010 -100.00", "#RES 0 3010 -100.00", "#OIB 0 1930 {6 \"P1\"} 5.00", "#OIB 0 1930 {6 \"P1\"} 5.00", "#OIB 0 1930 {6 \"P2\"} 5.00");
    const r = parseSie(utf8(text));
    const second = lineOf(text, "#RES") + 1;
    expect(r.errors.map((e) => e.message)).toEqual([
      `rad ${second}: #RES för konto 3010 år 0 står redan på rad ${second - 1}; ett saldo får bara anges en gång.`,
      `rad ${second + 2}: #OIB för konto 1930 år 0 står redan på rad ${second + 1}; ett saldo får bara anges en gång.`,
    ]);
  });

  it("an empty file, or one of blank lines, is not an SIE file", () => {
    for (const text of ["", "\r\n\n  \n"]) expect(parseSie(utf8(text)).errors.map((e) => e.code)).toEqual(["sie.empty"]);
  });

  it("bad dates", () => {
    const text = file('#VER A 1 20210230 "x"', "{", "#TRANS 1930 {} 1.00 2021131", "#TRANS 3510 {} -1.00", "}");
    expect(codes(parseSie(utf8(text)))).toEqual([`sie.badDate@${lineOf(text, "#VER")}`, `sie.badDate@${lineOf(text, "2021131")}`]);
  });

  it("comma amounts", () => {
    const text = file('#VER A 1 20210105 "x"', "{", "#TRANS 1930 {} 100,50", "#TRANS 3510 {} -100.50", "}");
    const r = parseSie(utf8(text));
    expect(codes(r)).toEqual([`sie.commaAmount@${lineOf(text, "100,50")}`]);
    expect(r.errors[0]?.message).toMatch(/decimalkomma/);
  });

  it("unknown labels are warnings", () => {
    const text = file("#FOO bar", "#KONTO 1930 Bank");
    const r = parseSie(utf8(text));
    expect(r.errors).toEqual([]);
    expect(codes(r, "warnings")).toEqual([`sie.unknownLabel@${lineOf(text, "#FOO")}`]);
    expect(r.ledger.accounts.get("1930")?.name).toBe("Bank");
  });

  it("a truncated file (unclosed {) names the voucher's line", () => {
    const text = file('#VER A 7 20210105 "x"', "{", "#TRANS 1930 {} 100.00");
    const r = parseSie(utf8(text));
    expect(codes(r)).toEqual([`sie.unclosedBlock@${lineOf(text, "#VER")}`]);
    expect(r.errors[0]?.message).toContain("verifikationen A 7 avslutas aldrig");
  });

  it("a missing } before the next record is reported once and reading goes on", () => {
    const text = file('#VER A 1 20210105 "x"', "{", "#TRANS 1930 {} 1.00", "#TRANS 3510 {} -1.00", "#KONTO 1930 Bank");
    const r = parseSie(utf8(text));
    expect(codes(r)).toEqual([`sie.unclosedBlock@${lineOf(text, "#VER")}`]);
    expect(r.ledger.accounts.has("1930")).toBe(true);
  });

  it("#TRANS outside a voucher, stray braces, #VER without {", () => {
    const text = file("#TRANS 1930 {} 1.00", "}", '#VER A 1 20210105 "x"', "#KONTO 1930 Bank");
    expect(codes(parseSie(utf8(text)))).toEqual([
      `sie.transOutsideVoucher@${lineOf(text, "#TRANS")}`,
      `sie.unexpectedBrace@7`,
      `sie.voucherNoBlock@${lineOf(text, "#VER")}`,
    ]);
  });

  it("a file not starting with #FLAGGA is not SIE, and its lines are not reported one by one as unknown records", () => {
    const r = parseSie(utf8("Konto;Belopp\n1930;100\n#KONTO 1930 Bank"));
    expect([codes(r), codes(r, "warnings")]).toEqual([["sie.notSie@1"], []]);
  });

  it("transactions outside every #RAR year, or without any #RAR", () => {
    const text = file('#VER A 1 20220105 "x"', "{", "#TRANS 1930 {} 1.00", "#TRANS 3510 {} -1.00", "}");
    expect(codes(parseSie(utf8(text)))).toEqual([`sie.dateOutsideYears@${lineOf(text, "#TRANS 1930")}`]);
    const noRar = text.replace("#RAR 0 20210101 20211231\n", "");
    expect(codes(parseSie(utf8(noRar)))).toEqual([`sie.noYears@${lineOf(noRar, "#TRANS 1930")}`]);
  });

  it("invalid #RAR years", () => {
    const text = [...HEADER, "#RAR 0 20210101 20211231", "#RAR -1 20200115 20201231", "#RAR 1 20220101 20221231"].join("\n");
    expect(codes(parseSie(utf8(text)))).toEqual([`sie.yearDuplicate@6`, `sie.yearMonths@7`, `sie.yearBad@8`]);
  });

  it("says why a #RAR year is invalid in the pane's language, Swedish or English", () => {
    const text = [...HEADER.filter((l) => !l.startsWith("#RAR")), "#RAR 0 20211231 20210101", "#RAR -1 20200115 20201231", "#RAR 1 20220101 20221231"].join("\n");
    const errors = parseSie(utf8(text)).errors.filter((d) => d.code.startsWith("sie.year"));
    expect(errors.map((d) => diagnosticIn(d, "sv"))).toEqual([
      "rad 5: räkenskapsår 0 är ogiltigt: slutdatum före startdatum.",
      "rad 6: räkenskapsår -1 är ogiltigt: räkenskapsåret börjar eller slutar inte vid ett månadsskifte.",
      "rad 7: räkenskapsår 1 är ogiltigt: årsnr ska vara 0 (innevarande) eller negativt.",
    ]);
    expect(errors.map((d) => diagnosticIn(d, "en"))).toEqual([
      "line 5: fiscal year 0 is invalid: its end date is before its start date.",
      "line 6: fiscal year -1 is invalid: it does not begin or end at a month boundary.",
      "line 7: fiscal year 1 is invalid: its årsnr must be 0 (the current year) or negative.",
    ]);
  });

  it("unterminated quotes and object lists, odd object lists", () => {
    const text = file('#KONTO 1930 "Bank', '#OIB 0 1930 {1 "100" 1000.00', '#OUB 0 1930 {1} 1.00');
    expect(codes(parseSie(utf8(text)))).toEqual([
      `sie.unterminatedQuote@6`,
      `sie.unterminatedList@7`,
      `sie.objectListOdd@8`,
    ]);
  });

  it("an #RTRANS without its #TRANS twin counts once, with a warning", () => {
    const text = file('#VER A 1 20210105 "x"', "{", "#RTRANS 1930 {} 5.00", "#TRANS 3510 {} -5.00", "}");
    const r = parseSie(utf8(text));
    expect(r.errors).toEqual([]);
    expect(codes(r, "warnings")).toEqual([`sie.rtransUnmatched@${lineOf(text, "#RTRANS")}`]);
    expect(balance(r.ledger, 0, "ub", "1930")).toBe("5.00");
  });
});

describe("identifiers and syntax details", () => {
  it("__proto__ and constructor work as account and object ids", () => {
    const text = file(
      '#KONTO __proto__ "Konstigt konto"',
      '#KONTO constructor "Annat"',
      '#OBJEKT 6 constructor "Insats"',
      '#VER A 1 20210105 "x"',
      "{",
      '#TRANS __proto__ {6 "constructor"} 10.00',
      "#TRANS constructor {} -10.00",
      "}",
    );
    const r = parseSie(utf8(text));
    expect(r.errors).toEqual([]);
    expect(r.ledger.accounts.get("__proto__")?.name).toBe("Konstigt konto");
    expect(r.ledger.objects.get(objectKey(6, "constructor"))?.name).toBe("Insats");
    expect(balance(r.ledger, 0, "ub", "__proto__")).toBe("10.00");
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it("escaped quotes, tabs, CRLF, blank lines, multi-word unquoted names", () => {
    const text = ["#FLAGGA 0", "", '#KONTO\t1910\t"Kassa \\"A\\""', "#KONTO 1920 Plusgiro och bank", ""].join("\r\n");
    const r = parseSie(utf8(text));
    expect(r.errors).toEqual([]);
    expect(r.ledger.accounts.get("1910")?.name).toBe('Kassa "A"');
    expect(r.ledger.accounts.get("1920")?.name).toBe("Plusgiro och bank");
  });

  it("amounts with more than two decimals stay exact", () => {
    const text = file('#VER A 1 20210105 "x"', "{", "#TRANS 4610 {} 0.125", "#TRANS 4610 {} 0.125", "#TRANS 1930 {} -0.25", "}");
    const r = parseSie(utf8(text));
    expect(r.errors).toEqual([]);
    expect(r.ledger.balances.find((b) => b.account === "4610")?.amount.equals(new Dec("0.25"))).toBe(true);
  });
});

describe("encodings", () => {
  const swedish = file('#KONTO 2440 "Leverantörsskulder"', '#KONTO 3510 "Bidrag från staten"');

  it("UTF-8 bytes in a PC8 file are an error at the first such line (strict), a warning otherwise", () => {
    expect(codes(parseSie(utf8(swedish)))).toEqual(["sie.encodingUtf8@6"]);
    const lenient = parseSie(utf8(swedish), { strictEncoding: false });
    expect(lenient.errors).toEqual([]);
    expect(codes(lenient, "warnings")).toEqual(["sie.encodingUtf8@6"]);
  });

  it("reads UTF-8 when told, or when 'auto' finds valid UTF-8 (reported)", () => {
    expect(parseSie(utf8(swedish), { encoding: "utf-8" }).ledger.accounts.get("2440")?.name).toBe("Leverantörsskulder");
    const auto = parseSie(utf8(swedish), { encoding: "auto" });
    expect(auto.errors).toEqual([]);
    expect(auto.ledger.accounts.get("3510")?.name).toBe("Bidrag från staten");
    expect(codes(auto, "warnings")).toEqual(["sie.encodingChosen@6"]);
    const autoPc8 = parseSie(pc8(swedish), { encoding: "auto" });
    expect(autoPc8.warnings).toEqual([]);
    expect(autoPc8.ledger.accounts.get("2440")?.name).toBe("Leverantörsskulder");
  });

  it("Windows-1252 bytes in a PC8 file are reported", () => {
    const r = parseSie(new Uint8Array(iconv.encode(swedish, "win1252")));
    expect(codes(r)).toEqual(["sie.encodingLatin1@6"]);
  });

  it("invalid UTF-8 when reading as UTF-8", () => {
    expect(codes(parseSie(pc8(swedish), { encoding: "utf-8" }))).toEqual(["sie.invalidUtf8@6", "sie.invalidUtf8@7"]);
  });
});

describe("#KSUMMA", () => {
  const body = ['#KONTO 1930 "Bank"', '#OIB 0 1930 {1 "100"} 5.00'];
  // Coverage as in jsisie: label + field contents, no separators, quotes or braces.
  const covered = "#KONTO" + "1930" + "Bank" + "#OIB" + "0" + "1930" + "1100" + "5.00";

  it("accepts the CRC-32 of the covered records", () => {
    const text = file("#KSUMMA", ...body, `#KSUMMA ${zlibCrc32(covered)}`);
    const r = parseSie(utf8(text));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it("warns on a wrong or missing checksum", () => {
    const wrong = file("#KSUMMA", ...body, `#KSUMMA ${zlibCrc32(covered) ^ 1}`);
    expect(codes(parseSie(utf8(wrong)), "warnings")).toEqual([`sie.checksumMismatch@${lineOf(wrong, "#KSUMMA ")}`]);
    expect(codes(parseSie(utf8(file("#KSUMMA", ...body))), "warnings")).toEqual(["sie.checksumUnclosed@6"]);
  });
});

describe("streaming", () => {
  it("gives the same result for any chunking, and reports progress", () => {
    const bytes = pc8(SAMPLE_SIE);
    const whole = parseSie(bytes);
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const progress: number[] = [];
      const p = new SieParser({ onProgress: (n) => progress.push(n) });
      for (let i = 0; i < bytes.length; i += size) p.feed(bytes.slice(i, i + size));
      const r = p.end();
      expect(r.errors).toEqual(whole.errors);
      expect(r.ledger.balances.map((b) => `${b.year}${b.kind}${b.account}${b.amount.toFixed()}`)).toEqual(
        whole.ledger.balances.map((b) => `${b.year}${b.kind}${b.account}${b.amount.toFixed()}`),
      );
      expect(r.ledger.accounts).toEqual(whole.ledger.accounts);
      expect(progress[progress.length - 1]).toBe(bytes.length);
    }
  });

  it("a chunk buffer reused by the caller does not corrupt held partial lines", () => {
    const bytes = pc8(SAMPLE_SIE);
    const buffer = new Uint8Array(5);
    const p = new SieParser();
    for (let i = 0; i < bytes.length; i += 5) {
      const piece = bytes.subarray(i, i + 5);
      buffer.set(piece);
      p.feed(buffer.subarray(0, piece.length));
      buffer.fill(0);
    }
    const r = p.end();
    expect(r.errors).toEqual([]);
    expect(balance(r.ledger, 0, "ub", "1930")).toBe("1380000.00");
  });

  it("an overlong line is skipped with an error instead of filling memory", () => {
    const text = `#FLAGGA 0\n#PROSA "${"x".repeat(70000)}"\n#KONTO 1930 Bank\n`;
    const r = parseSie(utf8(text));
    expect(codes(r)).toEqual(["sie.lineTooLong@2"]);
    expect(r.ledger.accounts.has("1930")).toBe(true);
  });
});

describe("line endings and reading time", () => {
  /** A year of `count` balanced two-row vouchers: a third of its lines are braces, read on the general path. */
  const vouchers = (count: number, eol: string) => {
    const lines = ["#FLAGGA 0", "#RAR 0 20240101 20241231"];
    for (let n = 1; n <= count; n++) lines.push(`#VER A ${n} 202401${String((n % 28) + 1).padStart(2, "0")}`, "{", "#TRANS 1930 {} 100.00", "#TRANS 3010 {} -100.00", "}");
    return utf8(lines.join(eol) + eol);
  };
  const timed = (bytes: Uint8Array) => {
    const start = performance.now();
    const result = parseSie(bytes);
    return { result, ms: performance.now() - start };
  };

  it("a file of bare LFs reads as fast as the same file with CRLF (each line scanned within itself, not to the chunk's end)", () => {
    timed(vouchers(200, "\r\n")); // warm-up: compiled code for both runs alike
    // One chunk of 2 MB (the Node reader feeds 1 MB, the pane's stream what it gets): a scan from every brace
    // line on to the next CR, the end of a bare-LF file's chunk, took that file over ten times as long.
    const crlf = timed(vouchers(30_000, "\r\n"));
    const lf = timed(vouchers(30_000, "\n"));
    expect(lf.result.errors).toEqual([]);
    expect(lf.result.ledger.balances).toEqual(crlf.result.ledger.balances);
    expect(balance(lf.result.ledger, 0, "res", "3010")).toBe("-3000000.00");
    expect(lf.ms).toBeLessThan(2 * crlf.ms + 50);
  });
});
