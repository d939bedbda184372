import fc from "fast-check";
import { digestName, editedPlaces, parseDigestName, type Content } from "../../../src/core/sheet/digest";
import { ownershipName } from "../../../src/core/sheet/ownership";

/** A small report as Range.formulas gives it back: a title, headings, lines and a SUM (hand-made figures). */
const REPORT: Content[][] = [
  ["Resultaträkning"],
  ["Belopp i tkr"],
  ["", "Not", "2024-12-31", "2023"],
  ["Verksamhetens intäkter", "1", 1200, 1100],
  ["Verksamhetens kostnader", "2", -1150.5, -1000],
  ["Årets resultat", "", "=SUM(C4:C5)", "=SUM(D4:D5)"],
];

const OWNER = ownershipName("resultatrakning");
const recorded = (grid: readonly (readonly Content[])[]) => parseDigestName(digestName(OWNER, grid))!.digest;
const copy = (): Content[][] => REPORT.map((row) => [...row]);
const edit = (r: number, c: number, content: Content): Content[][] => {
  const grid = copy();
  while (grid.length <= r) grid.push([]);
  grid[r]![c] = content;
  return grid;
};

describe("digestName / parseDigestName", () => {
  it("names the key and the written rectangle, and reads back as written", () => {
    const name = digestName(ownershipName("not-intakter"), REPORT);
    expect(name).toMatch(/^FinsamDigest_not_intakter_6x4_[0-9a-v]{11}_[0-9a-v]{4}_[0-9a-v]{6}$/);
    expect(parseDigestName(name)).toEqual({ key: "not_intakter", digest: expect.objectContaining({ rows: 6, columns: 4 }) });
    // Excel compares names case-insensitively and may hand one back in other case.
    expect(parseDigestName(name.toUpperCase())).toEqual(parseDigestName(name));
  });

  it("is no digest for the ownership name or a user's name", () => {
    expect(parseDigestName(OWNER)).toBeNull();
    expect(parseDigestName("FinsamDigest_rr")).toBeNull();
    expect(parseDigestName("Budget_2024")).toBeNull();
  });

  it("stays within Excel's 255 characters for a long key and a large sheet, whose marks then cover bands", () => {
    const wide = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 60 }, (_, c) => r * 60 + c));
    const name = digestName(ownershipName("not-materiella-anlaggningstillgangar-och-avskrivningar"), wide);
    expect(name.length).toBeLessThanOrEqual(255);
    const digest = parseDigestName(name)!.digest;
    expect([digest.rows, digest.columns, digest.columnMarks.length]).toEqual([2000, 60, 30]);
    // One cell changed: the band of rows and columns it is in is named, and it holds the cell.
    const changed = wide.map((row) => [...row]);
    changed[1500]![59] = -1;
    const [place] = editedPlaces(digest, changed)!;
    const band = /^BG(\d+):BH(\d+)$/.exec(place!)!;
    expect(Number(band[1])).toBeLessThanOrEqual(1501);
    expect(Number(band[2])).toBeGreaterThanOrEqual(1501);
  });
});

describe("editedPlaces", () => {
  it("finds nothing where the sheet holds what was written", () => {
    expect(editedPlaces(recorded(REPORT), copy())).toBeNull();
  });

  it("takes content as Excel stores it typed: text it reads as a number or date, a formula's case and spaces", () => {
    const asExcelHolds = copy();
    asExcelHolds[2] = ["", "Not", 45657, 2023];
    asExcelHolds[3]![1] = 1;
    asExcelHolds[5] = ["Årets resultat", "", "=sum( C4:C5 )", "=SUM(D4:D5)"];
    expect(editedPlaces(recorded(REPORT), asExcelHolds)).toBeNull();
  });

  it("names a corrected figure's cell and a comment beside the table", () => {
    expect(editedPlaces(recorded(REPORT), edit(4, 2, -1150))).toEqual(["C5"]);
    expect(editedPlaces(recorded(REPORT), edit(3, 6, "Avser ESF-medel"))).toEqual(["G4"]);
    expect(editedPlaces(recorded(REPORT), edit(9, 0, "Kommentar under"))).toEqual(["A10"]);
  });

  it("counts a formula typed over with its value, and a cleared cell, as edits", () => {
    expect(editedPlaces(recorded(REPORT), edit(5, 2, 49.5))).toEqual(["C6"]);
    expect(editedPlaces(recorded(REPORT), edit(5, 3, ""))).not.toBeNull();
    expect(editedPlaces(recorded(REPORT), edit(0, 0, ""))).not.toBeNull();
  });

  it("names at most five places, the bands first", () => {
    const grid = copy();
    for (let r = 0; r < 8; r++) (grid[r] ??= [])[5] = `kommentar ${r}`;
    expect(editedPlaces(recorded(REPORT), grid)).toEqual(["F1", "F2", "F3", "F4", "F5"]);
  });

  it("detects any single change of any cell, and a place it names holds that cell", () => {
    const cell = fc.oneof(fc.constant(""), fc.integer({ min: -1e9, max: 1e9 }), fc.string({ maxLength: 6 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.nat(13), fc.nat(7), fc.string({ minLength: 1, maxLength: 4 }), (grid, r, c, typed) => {
        const before = recorded(grid);
        const after = grid.map((row) => [...row]);
        while (after.length <= r) after.push([]);
        const was = after[r]![c] ?? "";
        // Typed text that is not what the cell held (text starting "x" is no number, date or formula to Excel).
        fc.pre(was !== "x" + typed);
        after[r]![c] = "x" + typed;
        const places = editedPlaces(before, after);
        expect(places).not.toBeNull();
        if (places!.length > 0) expect(places!.some((p) => holds(p, r, c))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** Whether an A1 cell or range holds the (0-based) cell. */
function holds(place: string, row: number, col: number): boolean {
  const [first, last = first] = place.split(":") as [string, string?];
  const at = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return { col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
  };
  const a = at(first);
  const b = at(last!);
  return a.row <= row && row <= b.row && a.col <= col && col <= b.col;
}
