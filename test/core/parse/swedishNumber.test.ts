import fc from "fast-check";
import { Dec } from "../../../src/core/money/decimal";
import { FinsamError } from "../../../src/core/errors";
import { parseSwedishAmount, tryParseSwedishAmount } from "../../../src/core/parse/swedishNumber";

const parsed = (text: string) => parseSwedishAmount(text, { cell: "B2" }).toString();
const code = (text: string) => {
  const r = tryParseSwedishAmount(text, { cell: "B2" });
  if (r.ok) throw new Error(`expected rejection of ${JSON.stringify(text)}, got ${String(r.value)}`);
  expect(r.error.params.cell).toBe("B2");
  return r.error.code;
};

describe("parseSwedishAmount", () => {
  it.each([
    ["1 234,50", "1234.5"],
    ["1\u00a0234,50", "1234.5"],
    ["1\u202f234\u202f567,25", "1234567.25"],
    ["\u2212500", "-500"],
    ["\u2013500", "-500"],
    ["-500", "-500"],
    ["(500)", "-500"],
    ["(1 234,50)", "-1234.5"],
    ["1.234,50", "1234.5"],
    ["1,234.50", "1234.5"],
    ["1.234.567", "1234567"],
    ["1,234", "1.234"],
    ["0.125", "0.125"],
    ["1234.567", "1234.567"],
    ["1234.5", "1234.5"],
    ["500 kr", "500"],
    ["SEK 12", "12"],
    ["1 200:-", "1200"],
    ["+12", "12"],
    ["1 234.50", "1234.5"],
    ["-", "0"],
    ["\u2013", "0"],
    ["1e-7", "1e-7"],
    ["  42  ", "42"],
  ])("%j → %s", (text, expected) => {
    expect(parsed(text)).toBe(new Dec(expected).toString());
  });

  it.each([
    ["#N/A", "amount.excelError"],
    ["#VALUE!", "amount.excelError"],
    ["1,234,567", "amount.ambiguous"],
    ["1.234", "amount.ambiguous"],
    ["12 tkr", "amount.scaledUnit"],
    ["3,5 mnkr", "amount.scaledUnit"],
    ["abc", "amount.notNumber"],
    ["12,", "amount.notNumber"],
    ["1 23", "amount.notNumber"],
    ["1,23.45", "amount.notNumber"],
    ["(-5)", "amount.notNumber"],
    ["1 234.567.8", "amount.notNumber"],
    ["1.234 567", "amount.notNumber"],
  ])("rejects %j with %s naming the cell", (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it("separates blank from bad: blank is null for try, an error for parse", () => {
    expect(tryParseSwedishAmount("  \u00a0")).toEqual({ ok: true, value: null });
    expect(() => parseSwedishAmount("", { line: 7 })).toThrow(/rad 7: beloppet saknas/);
  });

  it("names the place in the Swedish message", () => {
    expect(() => parseSwedishAmount("#N/A", { cell: "C9" })).toThrow("cell C9: cellen innehåller felvärdet #N/A, inte ett belopp.");
  });
});

/** Formats a Dec as a Swedish sheet would: grouped thousands, decimal comma, one of the minus spellings. */
function formatSwedish(value: Dec, style: { sep: string; minus: string; parens: boolean; dotGrouping: boolean; unit: boolean }): string {
  const [int, frac] = value.abs().toFixed().split(".") as [string, string | undefined];
  const sep = style.dotGrouping && frac !== undefined ? "." : style.sep;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  let text = frac === undefined ? grouped : `${grouped},${frac}`;
  if (value.isNegative() && !value.isZero()) text = style.parens ? `(${text})` : `${style.minus}${text}`;
  return style.unit ? `${text} kr` : text;
}

describe("parseSwedishAmount properties", () => {
  const decimals = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
    .map(([n, scale]) => new Dec(n.toString()).div(new Dec(10).pow(scale)));
  const styles = fc.record({
    sep: fc.constantFrom(" ", "\u00a0", "\u202f"),
    minus: fc.constantFrom("-", "\u2212", "\u2013"),
    parens: fc.boolean(),
    dotGrouping: fc.boolean(),
    unit: fc.boolean(),
  });

  it("parses back every Swedish-formatted amount exactly", () => {
    fc.assert(
      fc.property(decimals, styles, (value, style) => {
        expect(parseSwedishAmount(formatSwedish(value, style)).equals(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never crashes on arbitrary text: a Dec, null or a FinsamError", () => {
    const alphabet = fc.constantFrom(..."0123456789 ,.-+()−–#kKrRsSeEtT\u00a0\u202f:".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 20 })), (text) => {
        const r = tryParseSwedishAmount(text, { cell: "A1" });
        if (r.ok) expect(r.value === null || r.value instanceof Dec).toBe(true);
        else expect(r.error).toBeInstanceOf(FinsamError);
      }),
      { numRuns: 5000 },
    );
  });
});
