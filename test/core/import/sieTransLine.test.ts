import fc from "fast-check";
import { isFinsamError } from "../../../src/core/errors";
import { parseSieAmount } from "../../../src/core/import/sie/amount";
import { optionalText, sieDate, text } from "../../../src/core/import/sie/fields";
import { tokenizeLine, type SieObjectRef } from "../../../src/core/import/sie/tokenize";
import { CLOSE, OPEN } from "../../../src/core/import/sie/chars";
import { Months, Names, braceLine, readTransLine, readVerLine, type Row } from "../../../src/core/import/sie/transLine";

/** The general path for a #TRANS line: tokenizeLine, then the fields as the parser's readRow reads them. */
function general(line: string) {
  const tok = tokenizeLine(line, 7);
  if (tok.kind !== "record" || tok.label !== "#TRANS") return "not a #TRANS record";
  const f = tok.fields;
  const at = { line: 7, label: tok.label };
  const account = text(f, 0, at, "kontonr");
  const hasList = Array.isArray(f[1]);
  const objects = hasList ? (f[1] as SieObjectRef[]) : [];
  const amountIndex = hasList ? 2 : 1;
  const amount = parseSieAmount(text(f, amountIndex, at, "belopp"), 7);
  const transdat = optionalText(f, amountIndex + 1);
  return { account, objects, amount, month: transdat === undefined ? null : sieDate(transdat, at, "transdat").slice(0, 6) };
}

const outcome = (read: () => unknown) => {
  try {
    return { value: read() };
  } catch (e) {
    if (!isFinsamError(e)) throw e;
    return { error: e.code, params: e.params };
  }
};

/** The first value (the common shape) four times in five, otherwise one of the others. */
const pick = (usual: string, ...others: string[]) => fc.oneof({ arbitrary: fc.constant(usual), weight: 4 }, { arbitrary: fc.constantFrom(...others), weight: 1 });
const ws = pick(" ", "", "  ", "\t");
const item = pick('"INS01"', "6", "06", "1234567", "123456", '"6"', "x", '"INS01"', "INS01", '"A B"', '""', '"a\\"b"', '"open', "{", "}");
/** Lines near the common shape, with every part sometimes wrong. */
const transLine = fc
  .tuple(
    ws,
    pick("#TRANS", "#trans", '"#TRANS"', "#TRANSX"),
    pick(" ", "\t", ""),
    pick("1930", '"1930"', "{", "}", ""),
    ws,
    pick("{", "", '"{"'),
    fc.array(fc.tuple(ws, fc.oneof(pick("6", "06", "1234567", "123456", '"6"', "x"), item)), { maxLength: 5 }),
    ws,
    pick("}", "", "}}"),
    ws,
    pick("-100.50", "+7", "12,5", "1.234", "1e3", "100.", "", '"5"', "{6 x}", "0.00"),
    fc.array(fc.tuple(pick(" ", "\t", ""), pick("20240115", "20241301", '"20240131"', '""', '"Hyra"', '"x', "{}", "1", '"a\\"b"')), { maxLength: 3 }),
  )
  .map(([a, label, b, account, c, open, items, d, close, e, amount, rest]) =>
    [a, label, b, account, c, open, items.map(([w, x]) => w + x).join(""), d, close, e, amount, rest.map(([w, x]) => w + x).join("")].join(""),
  );

/**
 * The line as the decoder hands it over: a span of its chunk's text, between other lines. What follows would
 * change the result if a reader went past the span's end (it would close an object list, add fields).
 */
const BEFORE = '#TRANS 1930 {} 5 20240101 "x"\n';
const AFTER = '} 7 "tail"\n#TRANS 1930 {} 5';
const inChunk = (line: string) => [BEFORE + line + AFTER, BEFORE.length, BEFORE.length + line.length] as const;
/** The row read, as a copy (readTransLine fills the one row it is given), or null for the general path. */
const trans = (line: string, n: number, names = new Names(), months = new Months("#TRANS", "transdat")) => {
  const row: Row = { account: "", objects: [], amount: 0, month: null, accountNumber: -1, objectNumbers: [] };
  if (!readTransLine(...inChunk(line), n, names, months, row)) return null;
  const { account, objects, amount, month } = row;
  return { account, objects: [...objects], amount, month };
};
const ver = (line: string) => readVerLine(...inChunk(line));

describe("readTransLine", () => {
  it("reads every line it accepts exactly as the general path does, and throws the same errors", () => {
    let accepted = 0;
    fc.assert(
      fc.property(transLine, (line) => {
        const fast = outcome(() => trans(line, 7));
        if ("value" in fast && fast.value === null) return;
        accepted++;
        expect(fast).toEqual(outcome(() => general(line)));
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("takes the common shapes: objects quoted or bare, transdat and text after the amount", () => {
    expect(trans('   #TRANS 3910 {6 "INS16" 1 100} -27135.78', 1)).toEqual({
      account: "3910",
      objects: [
        { dimension: 6, id: "INS16" },
        { dimension: 1, id: "100" },
      ],
      amount: -2713578,
      month: null,
    });
    expect(trans('#TRANS 1930 {} 100.5 20240131 "Hyra" 1', 1)).toEqual({ account: "1930", objects: [], amount: 10050, month: "202401" });
    expect(trans("#TRANS 1930 100.00", 1)).toBeNull();
    expect(trans('#TRANS 1930 {6 "A\\"B"} 1', 1)).toBeNull();
  });

  it("numbers accounts and objects as the general path's rows are numbered, one number per (dimension, id)", () => {
    const names = new Names();
    const row: Row = { account: "", objects: [], amount: 0, month: null, accountNumber: -1, objectNumbers: [] };
    const read = (line: string) => {
      expect(readTransLine(...inChunk(line), 1, names, new Months("#TRANS", "transdat"), row)).toBe(true);
      return [row.accountNumber, [...row.objectNumbers]];
    };
    const first = read('#TRANS 4010 {6 "INS01"} 1');
    expect(read("#TRANS 4010 {6 INS01} 2")).toEqual(first);
    const [, [ins01]] = first as [number, number[]];
    const [other, [onDim1, again]] = read('#TRANS 5010 {1 "INS01" 6 INS01} 3') as [number, number[]];
    expect(other).not.toBe(first[0]);
    expect([onDim1 === ins01, again]).toEqual([false, ins01]);
    const general = names.numberRow({ account: "5010", objects: [{ dimension: 1, id: "INS01" }, { dimension: 6, id: "INS01" }], amount: 3, month: null });
    expect([general.accountNumber, general.objectNumbers]).toEqual([other, [onDim1, ins01]]);
    expect([names.text(other), names.refs(onDim1!)]).toEqual(["5010", [{ dimension: 1, id: "INS01" }]]);
  });

  it("numbers a field of digits by its text: leading zeros and length count, long and mixed fields agree with numberOf", () => {
    const names = new Names();
    const at = (field: string) => names.number(` ${field} `, 1, field.length + 1);
    const fields = ["1930", "0123", "123", "00123", "9999999", "12345678", "12a", "0", "00"];
    const numbers = fields.map(at);
    expect(new Set(numbers).size).toBe(fields.length);
    // Read again, in place or as a whole string, each field keeps its number and its text.
    expect(fields.map(at)).toEqual(numbers);
    expect(fields.map((f) => names.numberOf(f))).toEqual(numbers);
    expect(numbers.map((n) => names.text(n))).toEqual(fields);
    // A string the general path numbered first is found by the in-place reader.
    const general = names.numberOf("4711");
    expect(at("4711")).toBe(general);
  });

  it("reads each row's own transdat when rows follow one another (the month of the last date is reused only for the same date)", () => {
    const names = new Names();
    const months = new Months("#TRANS", "transdat");
    const month = (line: string, n: number) => trans(line, n, names, months)?.month;
    expect(month("#TRANS 1930 {} 1 20240131", 1)).toBe("202401");
    expect(month("#TRANS 1930 {} 1 20240131", 2)).toBe("202401");
    expect(month("#TRANS 1930 {} 1 20240201", 3)).toBe("202402");
    expect(() => month("#TRANS 1930 {} 1 20240230", 4)).toThrow(expect.objectContaining({ code: "sie.badDate", params: expect.objectContaining({ line: 4, value: "20240230" }) }));
    expect(month("#TRANS 1930 {} 1 20240201", 5)).toBe("202402");
  });
});

describe("Months", () => {
  it("names the record and field it reads in its errors, and validates a date again after one that failed", () => {
    const months = new Months("#VER", "verdatum");
    expect(months.of("20240115", 0, 8, 3)).toBe("202401");
    expect(() => months.of("20241315", 0, 8, 4)).toThrow(expect.objectContaining({ code: "sie.badDate", params: { line: 4, value: "20241315", field: "verdatum" } }));
    expect(() => months.of("20241315", 0, 8, 5)).toThrow(expect.objectContaining({ params: expect.objectContaining({ line: 5 }) }));
    expect(months.of("x20240115", 1, 9, 6)).toBe("202401");
  });
});

describe("braceLine", () => {
  const braceish = fc.array(fc.constantFrom(" ", "\t", "{", "}", "x", '"', "#"), { maxLength: 5 }).map((cs) => cs.join(""));
  it("takes exactly the lines tokenizeLine reads as a lone brace", () => {
    fc.assert(
      fc.property(braceish, (line) => {
        const read = outcome(() => tokenizeLine(line, 1).kind);
        const tok = "value" in read ? read.value : "error";
        expect(braceLine(...inChunk(line))).toBe(tok === "open" ? OPEN : tok === "close" ? CLOSE : 0);
      }),
      { numRuns: 2000 },
    );
    expect([braceLine(...inChunk(" {\t")), braceLine(...inChunk("}")), braceLine(...inChunk("} x")), braceLine(...inChunk(""))]).toEqual([OPEN, CLOSE, 0, 0]);
  });
});

/** The general path for a #VER line: tokenizeLine, then the fields as the parser's #VER handler reads them. */
function generalVer(line: string) {
  const tok = tokenizeLine(line, 7);
  if (tok.kind !== "record" || tok.label !== "#VER") return "not a #VER record";
  const at = { line: 7, label: tok.label };
  return { series: text(tok.fields, 0, at, "serie", true), number: text(tok.fields, 1, at, "vernr", true), date: text(tok.fields, 2, at, "verdatum") };
}

const verLine = fc
  .tuple(
    ws,
    pick("#VER", "#ver", '"#VER"', "#VERX", "#VERIFIKAT"),
    pick(" ", "\t", ""),
    fc.array(fc.tuple(pick(" ", "  ", "\t", ""), pick("A", '"A"', '""', "12", '"12"', "20240115", '"20240115"', '"Hyra januari"', "{}", "{6 x}", '"a\\"b"', '"open', 'x"y', '"a"b')), { maxLength: 6 }),
  )
  .map(([a, label, b, fields]) => a + label + b + fields.map(([w, f]) => w + f).join(""));

describe("readVerLine", () => {
  it("reads every line it accepts with the fields the general path gives, and accepts none the general path refuses", () => {
    let accepted = 0;
    fc.assert(
      fc.property(verLine, (line) => {
        const fast = ver(line);
        if (fast === null) return;
        accepted++;
        expect(outcome(() => generalVer(line))).toEqual({ value: fast });
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("takes the common shape and leaves the others to the general path", () => {
    expect(ver('#VER A 12 20240115 "Hyra januari" 20240116 "EK"')).toEqual({ series: "A", number: "12", date: "20240115" });
    expect(ver('  #VER "" "" 20240115')).toEqual({ series: "", number: "", date: "20240115" });
    expect(ver("#VER A 12")).toBeNull();
    expect(ver('#VER A 12 ""')).toBeNull();
    expect(ver('#VER A 12 20240115 "a\\"b"')).toBeNull();
    expect(ver("#ver A 12 20240115")).toBeNull();
  });
});
