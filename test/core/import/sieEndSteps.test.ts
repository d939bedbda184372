import { SieParser } from "../../../src/core/import/sie/parser";
import { applyMapping, applyMappingSteps } from "../../../src/core/mapping/apply";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";

/**
 * A year of vouchers booking 60 cost accounts on 25 objects each month: 12 × 60 × 26 = 18 720 month sums, more
 * than one step of the parser's end (16 384), so the pane gets a task between them.
 */
function largeFile(): Uint8Array {
  const lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231", "#DIM 6 Projekt"];
  let n = 0;
  for (let m = 1; m <= 12; m++) {
    const date = `2024${String(m).padStart(2, "0")}15`;
    for (let a = 0; a < 60; a++) {
      lines.push(`#VER A ${++n} ${date}`, "{");
      for (let o = 1; o <= 25; o++) lines.push(`#TRANS ${4010 + a * 10} {6 "P${o}"} ${o}.25`);
      lines.push(`#TRANS 1930 {} -${(25 * 26) / 2 + 25 * 0.25}`, "}");
    }
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

const parser = () => {
  const p = new SieParser();
  p.feed(largeFile());
  return p;
};

describe("the parser's end and the mapping in steps", () => {
  it("yield between steps and give what end() and applyMapping give", () => {
    const steps = parser().endSteps();
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    const whole = parser().end();
    expect(yields).toBe(1);
    expect(step.value.errors).toEqual([]);
    expect(step.value.ledger.periods.length).toBe(whole.ledger.periods.length);
    expect(step.value.ledger.periods.length).toBeGreaterThan(16384);
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(whole));

    const mapping = applyMappingSteps(whole.ledger, BAS_DEFAULT_MAPPING);
    let mapped = mapping.next();
    let mappingYields = 0;
    for (; !mapped.done; mapped = mapping.next()) mappingYields++;
    expect(mappingYields).toBe(2);
    expect(JSON.stringify(mapped.value.cells)).toBe(JSON.stringify(applyMapping(whole.ledger, BAS_DEFAULT_MAPPING).cells));
  });

  it("map a ledger of many accounts in steps of 64 accounts, and give what applyMapping gives", () => {
    // 200 cost accounts, one voucher each: 201 accounts with a year's result or closing balance.
    const lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"];
    for (let a = 0; a < 200; a++) lines.push(`#VER A ${a + 1} 20240315`, "{", `#TRANS ${5000 + a} {} ${a + 1}.50`, `#TRANS 1930 {} -${a + 1}.50`, "}");
    const p = new SieParser();
    p.feed(new TextEncoder().encode(lines.join("\n") + "\n"));
    const { ledger, errors } = p.end();
    expect(errors).toEqual([]);
    const accounts = new Set(ledger.balances.map((b) => `${b.year} ${b.kind} ${b.account}`)).size;
    expect(accounts).toBeGreaterThan(200);
    const mapping = applyMappingSteps(ledger, BAS_DEFAULT_MAPPING);
    let mapped = mapping.next();
    let yields = 0;
    for (; !mapped.done; mapped = mapping.next()) yields++;
    // One before the accounts, one after every 64th of them, one before the totals.
    expect(yields).toBe(2 + Math.floor(accounts / 64));
    expect(JSON.stringify(mapped.value)).toBe(JSON.stringify(applyMapping(ledger, BAS_DEFAULT_MAPPING)));
  });
});
