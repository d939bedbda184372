import { FinsamError, isFinsamError } from "../../errors";
import type { MessageCode, MessageParams } from "../../messages/index";
import { isAccountType, objectKey, type Account, type Balance, type FiscalYear, type Ledger, type LedgerObject, type PeriodAmount } from "../../ledger/types";
import { DiagnosticLog, type Diagnostic } from "../diagnostic";
import { parseSieAmount } from "./amount";
import { ExactSums, exactToDec } from "../../money/exact";
import { finishBalances, yearOfMonth, type FileBalance } from "./balances";
import { SieChecksum } from "./crc32";
import { SieLineDecoder, type SieEncoding } from "./decode";
import { daysInMonth, integer, isoDate, objectList, optionalText, restAsName, sieDate, siePeriod, text, type FieldPlace } from "./fields";
import { Movements } from "./movements";
import { PeriodTable } from "../../ledger/periodTable";
import { runSteps, type Steps } from "../../steps";
import { tokenizeLine, type SieField, type SieObjectRef } from "./tokenize";
import { Months, Names, braceLine, readTransLine, readVerLine, type Row } from "./transLine";
import { CLOSE, OPEN } from "./chars";

/**
 * Incremental SIE 4 parser: feed(chunk) as bytes arrive (File.stream() in the pane, fs streams in Node),
 * then end() for the result. Memory does not grow with the number of #TRANS rows (see Movements).
 *
 * Design: the parser never throws on file content. Every problem becomes a Diagnostic with its line number
 * in `errors` or `warnings`; parsing goes on so the user sees all problems at once. When `errors` is not
 * empty the ledger is incomplete or wrong and the caller must not build statements from it.
 *
 * #BTRANS (a removed row) never counts. #RTRANS (an added row) counts once: exporters follow it with an
 * identical #TRANS for readers that do not know #RTRANS, so that #TRANS is skipped; an #RTRANS without its
 * twin is counted itself (with a warning).
 */
export interface SieParseOptions {
  /** Default "cp437" (`#FORMAT PC8`, strict); "utf-8"; or "auto" (UTF-8 when the text is valid UTF-8). */
  encoding?: SieEncoding;
  /** Default true: text that looks mis-encoded is an error; false makes it a warning. */
  strictEncoding?: boolean;
  /** Default "error": a #VER whose rows do not sum to zero. */
  unbalancedVoucher?: "error" | "warning";
  /** Called after each chunk with the total bytes consumed so far. */
  onProgress?: (bytesConsumed: number) => void;
  /** Cap on each diagnostics list (default 500). */
  maxDiagnostics?: number;
  /** Largest file read (default MAX_SIE_BYTES); the bytes beyond it are ignored and reported once. */
  maxBytes?: number;
}

/**
 * 500 MB: about ten million #TRANS rows, far beyond a förbund's year (tens of thousands). Bigger input is a
 * wrong file or a multi-year dump; refusing it keeps the pane and the CLI from reading gigabytes.
 */
export const MAX_SIE_BYTES = 500 * 1024 * 1024;

export interface SieResult {
  ledger: Ledger;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

interface Voucher {
  series: string;
  number: string;
  /** YYYYMM of the voucher date: where rows without their own transdat are summed. */
  month: string | null;
  line: number;
  open: boolean;
  /** A row could not be read: its sum is unknown, so the balance check would only repeat that error. */
  broken: boolean;
}

type Handler = (fields: SieField[], at: FieldPlace) => void;

const ROW_LABELS = new Set(["#TRANS", "#RTRANS", "#BTRANS"]);
/** Identification records the statements do not need: accepted and skipped. */
const TOLERATED = ["#PROSA", "#FTYP", "#FNR", "#ADRESS", "#BKOD", "#TAXAR", "#SRU", "#ENHET", "#PROGRAM"];

export class SieParser {
  private readonly log: DiagnosticLog;
  private readonly decoder: SieLineDecoder;
  private readonly handlers: ReadonlyMap<string, Handler>;
  private readonly movements = new Movements();
  /** The open voucher's balance (one voucher at a time). */
  private readonly voucherSum = new ExactSums(1);
  private readonly names = new Names();
  private readonly months = new Months("#TRANS", "transdat");
  /** Vouchers follow one another by date: most share the previous one's verdatum. */
  private readonly verMonths = new Months("#VER", "verdatum");
  /** The row readTransLine fills, one per parser: count() reads it before the next line. */
  private readonly row: Row = { account: "", objects: [], amount: 0, month: null, accountNumber: -1, objectNumbers: [] };
  private readonly fileBalances: FileBalance[] = [];
  /** #PSALDO and #PBUDGET as read; end() appends the monthly #TRANS sums. */
  private readonly periods = new PeriodTable();
  private readonly psaldoYears = new Set<number>();
  /** First line of each (year, period) pair of #PSALDO/#PBUDGET, checked against #RAR at the end. */
  private readonly periodLines = new Map<string, { year: number; period: string; line: number; label: string }>();
  /** Rows whose transdat is in another month than their voucher: first line per (voucher, row) month pair. */
  private readonly otherMonthRows = new Map<string, { voucherMonth: string; rowMonth: string; line: number }>();
  /**
   * Records skipped by kind (an unknown label, a balance on several objects): warned of once per kind at its
   * first line, with a count. An exporter's own record on every voucher would otherwise fill the warning list
   * and push the warnings that matter past its cap.
   */
  private readonly skipped = new Map<string, { code: MessageCode; label: string; line: number; count: number }>();
  private readonly years = new Map<number, FiscalYear>();
  private readonly accounts = new Map<string, Account>();
  private readonly dimensions = new Map<number, string>();
  private readonly objects = new Map<string, LedgerObject>();
  private companyName = "";
  private orgNumber: string | undefined;
  private chartType: string | undefined;
  private started = false;
  /** The first record was no #FLAGGA: the rest is not SIE either, and its lines would only be noise beside that error. */
  private notSie = false;
  private voucher: Voucher | null = null;
  private pendingRtrans: { signature: string; line: number } | null = null;
  private checksum: { crc: SieChecksum; line: number; done: boolean } | null = null;
  private bytes = 0;
  private lastLine = 0;
  private ended = false;

  constructor(private readonly options: SieParseOptions = {}) {
    this.log = new DiagnosticLog(options.maxDiagnostics);
    this.decoder = new SieLineDecoder(
      options.encoding ?? "cp437",
      options.strictEncoding ?? true,
      (t, start, end, line) => this.onLine(t, start, end, line),
      (severity, code, params) => this.report(severity, code, params),
    );
    this.handlers = this.buildHandlers();
  }

  feed(chunk: Uint8Array): void {
    if (this.ended) throw new Error("SieParser.feed after end()");
    if (this.full) return;
    const max = this.options.maxBytes ?? MAX_SIE_BYTES;
    if (this.bytes + chunk.length > max) {
      this.bytes = max + 1;
      this.log.error("sie.fileTooLarge", { line: this.lastLine + 1, value: sizeText(max) });
      return;
    }
    this.decoder.feed(chunk);
    this.bytes += chunk.length;
    this.options.onProgress?.(this.bytes);
  }

  /** True once the file passed maxBytes: the caller may stop reading. */
  get full(): boolean {
    return this.bytes > (this.options.maxBytes ?? MAX_SIE_BYTES);
  }

  end(): SieResult {
    return runSteps(this.endSteps());
  }

  /** end() in steps (steps.ts), for the pane: a large file's month sums take tens of milliseconds. */
  *endSteps(): Steps<SieResult> {
    if (this.ended) throw new Error("SieParser.end called twice");
    this.ended = true;
    // Past the size limit the cut line and the voucher it was in are not the user's mistakes.
    if (!this.full) this.decoder.end();
    // Nothing but blank lines (an empty file): no record at all, and no other error to explain why.
    if (!this.started && !this.full && this.log.errors.length === 0) this.log.error("sie.empty", { line: 1 });
    this.flushRtrans();
    for (const k of this.skipped.values()) this.log.warn(k.code, { line: k.line, value: k.label, label: k.label, count: k.count });
    const v = this.voucher;
    if (v && !this.full) this.log.error(v.open ? "sie.unclosedBlock" : "sie.voucherNoBlock", { line: v.line, series: v.series, number: v.number });
    if (this.checksum && !this.checksum.done) this.log.warn("sie.checksumUnclosed", { line: this.checksum.line });
    const years = [...this.years.values()].sort((a, b) => b.index - a.index);
    this.checkYears(years);
    const balances = yield* finishBalances(
      { years, accounts: this.accounts, fileBalances: this.fileBalances, movements: this.movements, psaldoYears: this.psaldoYears, periods: this.periods },
      this.log,
    );
    const ledger: Ledger = {
      companyName: this.companyName,
      years,
      accounts: this.accounts,
      dimensions: this.dimensions,
      objects: this.objects,
      balances,
      periods: this.periods,
    };
    if (this.orgNumber !== undefined) ledger.orgNumber = this.orgNumber;
    if (this.chartType !== undefined) ledger.chartType = this.chartType;
    return { ledger, warnings: this.log.warnings, errors: this.log.errors };
  }

  private report(severity: "error" | "warning", code: MessageCode, params: MessageParams): void {
    if (severity === "error") this.log.error(code, params);
    else this.log.warn(code, params);
  }

  /**
   * FinsamErrors from field readers become line errors; anything else is a bug and propagates. A line lost
   * inside a voucher makes its sum unknown, so the balance check would only repeat that error.
   */
  private onLine(text: string, start: number, end: number, line: number): void {
    this.lastLine = line;
    try {
      this.readLine(text, start, end, line);
    } catch (e) {
      if (!isFinsamError(e)) throw e;
      if (this.voucher?.open) this.voucher.broken = true;
      // A field that runs into the next record through a lone CR is the line break's fault: say so.
      if (hasCarriageReturn(text, start, end)) this.log.error("sie.bareCarriageReturn", { line });
      else this.log.error(e.code, e.params);
    }
  }

  /** The line text[start, end): read in place on the fast paths, sliced out for the general one. */
  private readLine(text: string, start: number, end: number, line: number): void {
    // The #TRANS rows of an open voucher, nearly every line of a large file, are read in place when they
    // have the common shape; around #RTRANS and inside a #KSUMMA span the general path keeps its rules.
    const v = this.voucher;
    if (this.started && this.pendingRtrans === null && (this.checksum === null || this.checksum.done)) {
      if (v === null) {
        // A third of a large file's lines open a voucher (#VER, then "{"): read in place too.
        const ver = readVerLine(text, start, end);
        if (ver !== null) {
          this.openVoucher(ver.series, ver.number, { line, label: "#VER" }).month = this.verMonths.of(ver.date, 0, ver.date.length, line);
          return;
        }
      } else if (v.open) {
        if (readTransLine(text, start, end, line, this.names, this.months, this.row)) return this.count(v, this.row, line);
        // The voucher's closing brace, another third of the lines.
        if (braceLine(text, start, end) === CLOSE) return this.closeVoucher();
      } else if (braceLine(text, start, end) === OPEN) {
        v.open = true;
        return;
      }
    }
    // A lone CR (old Mac line breaks) hides the records after it in this line: refused, not half read.
    if (hasCarriageReturn(text, start, end)) throw new FinsamError("sie.bareCarriageReturn", { line });
    const tok = tokenizeLine(start === 0 && end === text.length ? text : text.slice(start, end), line);
    if (tok.kind === "blank") return;
    if (!this.started) {
      this.started = true;
      if (tok.kind !== "record" || tok.label !== "#FLAGGA") {
        this.log.error("sie.notSie", { line });
        this.notSie = true;
      }
    }
    if (this.notSie) return;
    if (v && !v.open) {
      if (tok.kind === "open") {
        v.open = true;
        return;
      }
      this.log.error("sie.voucherNoBlock", { line: v.line, series: v.series, number: v.number });
      this.voucher = null;
    }
    if (tok.kind === "open") this.log.error("sie.unexpectedBrace", { line, value: "{" });
    else if (tok.kind === "close") {
      if (this.voucher) this.closeVoucher();
      else this.log.error("sie.unexpectedBrace", { line, value: "}" });
    } else this.onRecord(tok.label, tok.fields, line);
  }

  private onRecord(label: string, fields: SieField[], line: number): void {
    if (this.pendingRtrans && label !== "#TRANS") this.flushRtrans();
    if (this.checksum && !this.checksum.done && label !== "#KSUMMA") this.checksum.crc.addRecord(label, fields);
    const handler = this.handlers.get(label);
    // The spec has readers ignore records they do not know.
    if (!handler) return this.skip("sie.unknownLabel", label, line);
    const v = this.voucher;
    if (v?.open && !ROW_LABELS.has(label)) {
      // A record that cannot be inside a voucher: the closing } is missing. Report once, then read on.
      this.log.error("sie.unclosedBlock", { line: v.line, series: v.series, number: v.number });
      this.voucher = null;
    }
    handler(fields, { line, label });
  }

  private buildHandlers(): Map<string, Handler> {
    const h = new Map<string, Handler>();
    for (const label of TOLERATED) h.set(label, () => undefined);
    h.set("#FLAGGA", (f, at) => void integer(f, 0, at, "flagga"));
    h.set("#SIETYP", (f, at) => {
      const type = integer(f, 0, at, "typ");
      if (type < 1 || type > 4) this.log.warn("sie.typeUnknown", { line: at.line, value: type });
    });
    h.set("#FORMAT", (f, at) => {
      const value = text(f, 0, at, "format");
      if (value.toUpperCase() !== "PC8") this.log.warn("sie.formatUnknown", { line: at.line, value });
    });
    h.set("#GEN", (f, at) => void sieDate(text(f, 0, at, "datum"), at, "datum"));
    h.set("#OMFATTN", (f, at) => void sieDate(text(f, 0, at, "datum"), at, "datum"));
    h.set("#VALUTA", (f, at) => {
      const value = text(f, 0, at, "valuta");
      if (value.toUpperCase() !== "SEK") this.log.warn("sie.currency", { line: at.line, value });
    });
    h.set("#FNAMN", (f) => void (this.companyName = restAsName(f, 0)));
    h.set("#ORGNR", (f, at) => void (this.orgNumber = text(f, 0, at, "orgnr")));
    h.set("#KPTYP", (f, at) => void (this.chartType = text(f, 0, at, "typ")));
    h.set("#RAR", (f, at) => this.onYear(f, at));
    h.set("#KONTO", (f, at) => {
      const number = text(f, 0, at, "kontonr");
      const known = this.accounts.get(number);
      const name = restAsName(f, 1);
      // #KTYP may come first and create the account without a name; a second #KONTO is the exporter's error.
      if (known?.name) this.log.warn("sie.duplicateAccount", { line: at.line, value: number, name });
      this.accounts.set(number, known?.type ? { number, name, type: known.type } : { number, name });
    });
    h.set("#KTYP", (f, at) => {
      const number = text(f, 0, at, "kontonr");
      const type = text(f, 1, at, "kontotyp").toUpperCase();
      if (!isAccountType(type)) return this.log.warn("sie.ktypBad", { line: at.line, value: type });
      this.accounts.set(number, { number, name: this.accounts.get(number)?.name ?? "", type });
    });
    h.set("#DIM", (f, at) => void this.dimensions.set(integer(f, 0, at, "dimensionsnr"), restAsName(f, 1)));
    h.set("#UNDERDIM", (f, at) => {
      const dim = integer(f, 0, at, "dimensionsnr");
      integer(f, 2, at, "superdimension");
      this.dimensions.set(dim, text(f, 1, at, "namn", true));
    });
    h.set("#OBJEKT", (f, at) => {
      const dimension = integer(f, 0, at, "dimensionsnr");
      const id = text(f, 1, at, "objektnr");
      this.objects.set(objectKey(dimension, id), { dimension, id, name: restAsName(f, 2) });
    });
    h.set("#IB", (f, at) => this.onBalance("ib", f, at));
    h.set("#UB", (f, at) => this.onBalance("ub", f, at));
    h.set("#RES", (f, at) => this.onBalance("res", f, at));
    h.set("#OIB", (f, at) => this.onObjectBalance("ib", f, at));
    h.set("#OUB", (f, at) => this.onObjectBalance("ub", f, at));
    h.set("#PSALDO", (f, at) => this.onPeriod("actual", f, at));
    h.set("#PBUDGET", (f, at) => this.onPeriod("budget", f, at));
    h.set("#VER", (f, at) => this.onVoucher(f, at));
    h.set("#TRANS", (f, at) => this.onRow("trans", f, at));
    h.set("#RTRANS", (f, at) => this.onRow("rtrans", f, at));
    h.set("#BTRANS", (f, at) => this.onRow("btrans", f, at));
    h.set("#KSUMMA", (f, at) => this.onChecksum(f, at));
    return h;
  }

  private onYear(f: SieField[], at: FieldPlace): void {
    const index = integer(f, 0, at, "årsnr");
    const start = sieDate(text(f, 1, at, "start"), at, "start");
    const end = sieDate(text(f, 2, at, "slut"), at, "slut");
    const bad = (code: "sie.yearBad" | "sie.yearOrder" | "sie.yearMonths") => this.log.error(code, { line: at.line, value: index });
    if (index > 0) return bad("sie.yearBad");
    if (this.years.has(index)) return this.log.error("sie.yearDuplicate", { line: at.line, value: index });
    if (end < start) return bad("sie.yearOrder");
    const endDay = daysInMonth(Number(end.slice(0, 4)), Number(end.slice(4, 6)));
    if (!start.endsWith("01") || Number(end.slice(6, 8)) !== endDay) return bad("sie.yearMonths");
    this.years.set(index, { index, start: isoDate(start), end: isoDate(end) });
  }

  private onBalance(kind: Balance["kind"], f: SieField[], at: FieldPlace): void {
    const year = yearIndex(f, at);
    const account = text(f, 1, at, "kontonr");
    const amount = exactToDec(parseSieAmount(text(f, 2, at, "saldo"), at.line));
    this.fileBalances.push({ balance: { year, account, kind, amount }, line: at.line });
  }

  private onObjectBalance(kind: "ib" | "ub", f: SieField[], at: FieldPlace): void {
    const year = yearIndex(f, at);
    const account = text(f, 1, at, "kontonr");
    const objects = objectList(f, 2, at);
    const amount = exactToDec(parseSieAmount(text(f, 3, at, "saldo"), at.line));
    const object = this.singleObject(objects, at);
    if (object === undefined) return;
    const balance: Balance = { year, account, kind, amount };
    if (object) balance.object = object;
    this.fileBalances.push({ balance, line: at.line });
  }

  private onPeriod(kind: PeriodAmount["kind"], f: SieField[], at: FieldPlace): void {
    const year = yearIndex(f, at);
    const period = siePeriod(text(f, 1, at, "period"), at);
    const key = `${year} ${period}`;
    if (!this.periodLines.has(key)) this.periodLines.set(key, { year, period, line: at.line, label: at.label });
    const account = text(f, 2, at, "kontonr");
    const objects = objectList(f, 3, at);
    const amount = parseSieAmount(text(f, 4, at, "saldo"), at.line);
    const object = this.singleObject(objects, at);
    if (object === undefined) return;
    if (!object && kind === "actual") this.psaldoYears.add(year);
    this.periods.add(year, period, account, kind, object ?? undefined, amount);
  }

  /** `{}` → null (the account total); one pair → that object; several → undefined (skipped, warned). */
  private singleObject(objects: SieObjectRef[], at: FieldPlace): SieObjectRef | null | undefined {
    if (objects.length === 0) return null;
    if (objects.length === 1) return objects[0];
    this.skip("sie.multiObject", at.label, at.line);
    return undefined;
  }

  private skip(code: MessageCode, label: string, line: number): void {
    const key = `${code}\u0000${label}`;
    const known = this.skipped.get(key);
    if (known) known.count++;
    else this.skipped.set(key, { code, label, line, count: 1 });
  }

  private onVoucher(f: SieField[], at: FieldPlace): void {
    const prev = this.voucher;
    if (prev) this.log.error("sie.unclosedBlock", { line: prev.line, series: prev.series, number: prev.number });
    // Opened before its fields are read, broken until they are: a #VER that cannot be read still owns its
    // block, so its one error is not followed by one per row and brace.
    const v = this.openVoucher("", "", at);
    v.broken = true;
    v.series = text(f, 0, at, "serie", true);
    v.number = text(f, 1, at, "vernr", true);
    const verdatum = text(f, 2, at, "verdatum");
    v.month = this.verMonths.of(verdatum, 0, verdatum.length, at.line);
    v.broken = false;
  }

  /** The voucher a #VER opens (its block follows); its month is set from verdatum once that has been read. */
  private openVoucher(series: string, number: string, at: FieldPlace): Voucher {
    this.voucher = { series, number, month: null, line: at.line, open: false, broken: false };
    this.voucherSum.reset(0);
    return this.voucher;
  }

  private onRow(kind: "trans" | "rtrans" | "btrans", f: SieField[], at: FieldPlace): void {
    const v = this.voucher;
    if (!v?.open) return this.log.error("sie.transOutsideVoucher", { line: at.line, label: at.label });
    const row = this.names.numberRow(readRow(f, at));
    if (kind === "btrans") return;
    if (kind === "trans" && this.pendingRtrans) {
      const twin = this.pendingRtrans.signature === signature(row);
      this.flushRtrans(twin);
      if (twin) return;
    }
    if (kind === "rtrans") this.pendingRtrans = { signature: signature(row), line: at.line };
    this.count(v, row, at.line);
  }

  /** A row that counts: into its voucher's balance and the month's movements. */
  private count(v: Voucher, row: Row, line: number): void {
    this.voucherSum.add(0, row.amount);
    if (row.month !== null && v.month !== null && row.month !== v.month) {
      const key = `${v.month}${row.month}`;
      if (!this.otherMonthRows.has(key)) this.otherMonthRows.set(key, { voucherMonth: v.month, rowMonth: row.month, line });
    }
    const month = row.month ?? v.month;
    if (month !== null) this.movements.add(month, row, line);
  }

  /** Ends the wait for an #RTRANS's twin; without the twin the #RTRANS (already counted) is reported. */
  private flushRtrans(matched = false): void {
    if (this.pendingRtrans && !matched) this.log.warn("sie.rtransUnmatched", { line: this.pendingRtrans.line });
    this.pendingRtrans = null;
  }

  private closeVoucher(): void {
    this.flushRtrans();
    const v = this.voucher as Voucher;
    this.voucher = null;
    if (v.broken || this.voucherSum.isZero(0)) return;
    const params = { line: v.line, series: v.series, number: v.number, value: this.voucherSum.toDec(0).toFixed() };
    if (this.options.unbalancedVoucher === "warning") this.log.warn("sie.unbalancedVoucher", params);
    else this.log.error("sie.unbalancedVoucher", params);
  }

  /**
   * Dates against the years, once #RAR is known wherever it stands. A #PSALDO/#PBUDGET period must lie in
   * the year it names, or that year's annual figure takes in a month it does not have. A voucher belongs
   * to the year of its verdatum: a row dated (transdat) in another year would move its amount there and
   * leave both years unbalanced.
   */
  private checkYears(years: readonly FiscalYear[]): void {
    for (const p of this.periodLines.values()) {
      const year = years.find((y) => y.index === p.year);
      if (year && yearOfMonth([year], p.period) === undefined) this.log.error("sie.periodOutsideYear", { line: p.line, label: p.label, value: p.period, year: p.year, start: year.start, end: year.end });
    }
    for (const r of this.otherMonthRows.values()) {
      if (yearOfMonth(years, r.voucherMonth) !== yearOfMonth(years, r.rowMonth)) this.log.error("sie.transdatOtherYear", { line: r.line, value: r.rowMonth, period: r.voucherMonth });
    }
  }

  private onChecksum(f: SieField[], at: FieldPlace): void {
    if (!this.checksum) {
      this.checksum = { crc: new SieChecksum(), line: at.line, done: false };
      return;
    }
    if (this.checksum.done) return;
    this.checksum.done = true;
    const given = text(f, 0, at, "kontrollsumma");
    if (!/^-?[0-9]{1,10}$/.test(given)) throw new FinsamError("sie.badInteger", { line: at.line, label: at.label, field: "kontrollsumma", value: given });
    const expected = this.checksum.crc.value();
    if (Number(given) >>> 0 !== expected) this.log.warn("sie.checksumMismatch", { line: at.line, value: given, expected });
  }
}

/** The årsnr of a balance record: 0 (current) or negative (earlier), as #RAR numbers years. */
function yearIndex(f: SieField[], at: FieldPlace): number {
  const year = integer(f, 0, at, "årsnr");
  if (year > 0) throw new FinsamError("sie.yearBad", { line: at.line, value: year });
  return year;
}

/**
 * Whether text[start, end) holds a CR (the decoder has already removed the one before each LF). Scanned within
 * the line: indexOf from start would run on to the next CR, which in a file of bare LFs is the end of the whole
 * chunk, for every line read on the general path.
 */
function hasCarriageReturn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 13) return true;
  return false;
}

function sizeText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb && bytes % mb === 0 ? `${bytes / mb} MB` : `${bytes} byte`;
}

/** #TRANS kontonr {objektlista} belopp [transdat] …; some exporters omit the empty object list. */
function readRow(f: SieField[], at: FieldPlace): Omit<Row, "accountNumber" | "objectNumbers"> {
  const account = text(f, 0, at, "kontonr");
  const hasList = Array.isArray(f[1]);
  const objects = hasList ? (f[1] as SieObjectRef[]) : [];
  const amountIndex = hasList ? 2 : 1;
  const amount = parseSieAmount(text(f, amountIndex, at, "belopp"), at.line);
  const transdat = optionalText(f, amountIndex + 1);
  const month = transdat === undefined ? null : sieDate(transdat, at, "transdat").slice(0, 6);
  return { account, objects, amount, month };
}

/** What makes an #RTRANS and its #TRANS twin the same row; only built around #RTRANS, not per row. */
function signature(row: Pick<Row, "account" | "amount" | "objects">): string {
  let s = `${row.account}\u0000${typeof row.amount === "number" ? row.amount : row.amount.toString()}`;
  for (const o of row.objects) s += `\u0000${o.dimension}\u0000${o.id}`;
  return s;
}
