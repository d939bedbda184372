import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSie } from "../../src/core/import/sie/index";
import { readSieFile } from "../../src/node/readSieFile";
import type { SieResult } from "../../src/core/import/sie/parser";
import { HEADER, pc8 } from "../fixtures/sie/sample";

/** Everything the parse gives, comparable: diagnostics, balances and every monthly amount. */
const summary = (r: SieResult) => ({
  errors: r.errors,
  warnings: r.warnings,
  balances: r.ledger.balances.map((b) => [b.year, b.kind, b.account, b.amount.toString(), b.object?.id]),
  periods: [...r.ledger.periods].map((p) => [p.year, p.period, p.account, p.kind, p.amount.toString(), p.object?.id]),
  names: [...r.ledger.accounts.values()].map((a) => a.name),
});

describe("readSieFile", () => {
  it("reads a file of several chunks (the buffer reused, lines and CP437 text across its edges) as parseSie reads its bytes", () => {
    const lines = [...HEADER, '#DIM 6 "Projekt"', '#KONTO 1930 "Bank"', '#KONTO 4010 "Köp av tjänster åäö"'];
    // About 3 MB: past two 1 MB chunk edges, with non-ASCII lines throughout.
    for (let v = 1; v <= 30000; v++) {
      const ore = (v * 7919) % 1000000;
      const amount = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, "0")}`;
      lines.push(`#VER A ${v} 2021${String((v % 12) + 1).padStart(2, "0")}15 "Verifikat ${v} – Överföring"`, "{");
      lines.push(`   #TRANS 4010 {6 "P${v % 20}"} ${amount} "" "Köp för insats ${v % 20}"`, `   #TRANS 1930 {} -${amount}`, "}");
    }
    const bytes = pc8(lines.join("\r\n") + "\r\n");
    expect(bytes.length).toBeGreaterThan(2.5 * 2 ** 20);
    const path = join(mkdtempSync(join(tmpdir(), "finsam-sie-")), "stor.se");
    writeFileSync(path, bytes);
    return readSieFile(path).then((fromFile) => {
      const fromBytes = parseSie(bytes);
      expect(fromBytes.errors).toEqual([]);
      // 12 months × (two account totals + the 5 of the 20 insatser each month meets: v mod 12 and v mod 20).
      expect(fromBytes.ledger.periods.length).toBe(12 * (2 + 5));
      expect(summary(fromFile)).toEqual(summary(fromBytes));
    });
  });
});
