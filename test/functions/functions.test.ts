import * as F from "../../src/functions/functions";

/** Calls a function and returns the #VALUE! message it throws (the text the auditor sees in Excel; thousands spaces, U+00A0 there, as plain spaces). */
function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message.replace(/\u00a0/g, " ") };
  }
  throw new Error("expected the function to fail");
}

describe("FINSAM custom functions", () => {
  it("SPLIT reproduces HBS's 2026 municipal split and keeps the input's shape, blanks included", () => {
    // Seed 004_abfc50fa8b441702.txt lines 257–259: the municipalities' 3 665 500 kr as 11,75/11,75/1,5.
    expect(F.split(3_665_500, [[11.75], [""], [11.75], [1.5]])).toEqual([[1_722_785], [""], [1_722_785], [219_930]]);
    expect(F.split(100, [[1, 1, 1]])).toEqual([[34, 33, 33]]);
    expect(F.split(1, [[1], [1], [1]], "öre")).toEqual([[0.34], [0.33], [0.33]]);
    // A total computed as =0,1+0,2 holds 0,30000000000000004: not whole öre, so refused rather than rounded.
    expect(errorOf(() => F.split(0.1 + 0.2, [[1], [1], [1]], "öre")).message).toMatch(/^total: totalen 0,30000000000000004 kr går inte jämnt upp i hela öre/);
  });

  it("FUNDING spills staten, region and municipalities summing to the total (seed 004, 2026)", () => {
    const column = F.funding(14_662_000, [[11.75], [11.75], [1.5]]);
    expect(column).toEqual([[7_331_000], [3_665_500], [1_722_785], [1_722_785], [219_930]]);
  });

  it("FUNDING keeps a row per weight cell, a blank weight's row blank, so the column lines up with the names beside it", () => {
    // Seed 004 lines 255–259 with an empty row between Region Stockholm's and Huddinge's weights: Botkyrka's
    // 1 722 785 must stay on Botkyrka's row, not move up one.
    expect(F.funding(14_662_000, [[11.75], [""], [11.75], [1.5]])).toEqual([[7_331_000], [3_665_500], [1_722_785], [""], [1_722_785], [219_930]]);
    expect(F.funding(1000, [[1]], [[2], [null], [1]])).toEqual([[500], [167], [""], [83], [250]]);
  });

  it("FUNDING reads a blank region range as the one default region (an empty argument may arrive as a blank cell)", () => {
    const expected = [[7_331_000], [3_665_500], [1_722_785], [1_722_785], [219_930]];
    expect(F.funding(14_662_000, [[11.75], [11.75], [1.5]], [[null]])).toEqual(expected);
    expect(F.funding(14_662_000, [[11.75], [11.75], [1.5]], [[""], [""]])).toEqual(expected);
  });

  it("a part that a cell cannot hold exactly is refused, never rounded away from the total", () => {
    // 12 345 678 901 234,56 kr has 16 significant digits: rounded to 15 the one part would be ,6 — not the total.
    expect(errorOf(() => F.split(12_345_678_901_234.56, [[1]], "öre")).message).toMatch(/^total: talet 12 345 678 901 234,56 har fler än 15 värdesiffror/);
    expect(errorOf(() => F.funding(60_000_000_000_000.02, [[1]], null as never, "öre")).message).toMatch(/^total: talet 30 000 000 000 000,01 har fler än 15 värdesiffror/);
    expect(F.split(12_345_678_901_234.56, [[1], [1]], "öre")).toEqual([[6_172_839_450_617.28], [6_172_839_450_617.28]]);
  });

  it("FUNDING in tkr steps of 0,1: HBS 2021 note 1 (seed 000 lines 1304–1308)", () => {
    expect(F.funding(14_600_000, [[47], [47], [6]], undefined, "0,1 tkr")).toEqual([[7_300_000], [3_650_000], [1_715_500], [1_715_500], [219_000]]);
  });

  it("PARTS gives staten / region / kommuner", () => {
    expect(F.parts(6_000_000)).toEqual([[3_000_000], [1_500_000], [1_500_000]]);
    expect(F.parts(6_000_000, "kr", 0.3)).toEqual([[3_000_000], [1_800_000], [1_200_000]]);
  });

  it("equity cap functions reproduce Roslagen 2022 and HBS 2021", () => {
    expect(F.equityCapFlat(6_000_000)).toBe(1_200_000);
    expect(F.equityExcess(10_666_100, 2_500_000)).toBe(8_166_100);
    expect(F.equityCapTiers(32_000_000, [[10_000_000], [""]], [[0.2], [0.1]])).toBe(4_200_000);
  });

  it("EQUITYCAPTIERS refuses contributions above a table that ends in a bound (the part above had no rate)", () => {
    expect(F.equityCapTiers(20_000_000, [[10_000_000], [20_000_000]], [[0.2], [0.1]])).toBe(3_000_000);
    expect(errorOf(() => F.equityCapTiers(32_000_000, [[10_000_000], [20_000_000]], [[0.2], [0.1]])).message).toBe(
      'trappa: bidragen 32 000 000 kr ligger över trappans sista gräns 20 000 000 kr; lämna sista gränsen tom för "och däröver".',
    );
  });

  it("admin ratio and check: HBS 2021 13,3 % not met; Stockholm 2022 17,8 % with ESF excluded", () => {
    expect(F.adminRatioFn(2322, -17423)).toBeCloseTo(0.13327, 5);
    expect(F.adminCheck(2322, 17423)).toBe("Ej uppfyllt");
    expect(F.adminCheck(2322, 17423, 0.15)).toBe("Uppfyllt");
    expect(F.adminRatioFn(7.3, 42.9, [[1.8]])).toBeCloseTo(0.17762, 5);
  });

  it("admin ratio: the exact quotient rounded half-up to 15 digits (Python decimal, prec 15), not the double's", () => {
    expect(F.adminRatioFn(2322, 17423)).toBe(0.133272111576652);
    expect(F.adminRatioFn(7.3, 42.9, [[1.8]])).toBe(0.177615571776156);
    // 612 346 / 5 432 100 is 0.11272730619833950…: doubles print …3395, the 15-digit rounding is …834.
    expect(F.adminRatioFn(612_346, 5_432_100)).toBe(0.11272730619834);
    expect(612_346 / 5_432_100).not.toBe(0.11272730619834);
  });

  it("allocation: Roslagen 2022 individ 7,2 / struktur 1,1 mnkr", () => {
    expect(F.allocationShare(7.2, 1.1)).toBeCloseTo(0.86747, 5);
    expect(F.allocationCheckFn(7.2, 1.1)).toBe("Uppfyllt");
    expect(F.allocationCheckFn(5, 5)).toBe("Ej uppfyllt");
  });

  it("deviation: positive = favourable by default, raw with the utfall-budget convention", () => {
    expect(F.deviationFn(2322, 2260)).toBe(-62);
    expect(F.deviationFn(2322, 2260, "kostnad", "utfall-budget")).toBe(62);
    expect(F.deviationFn(110, 100, "intäkt")).toBe(10);
    expect(F.deviationFlag(2_322_000, 2_260_000)).toBe("Varning");
    expect(F.deviationFlag(2_322_000, 2_260_000, "kostnad", 0.01)).toBe("Varning");
    expect(F.deviationFlag(2_322_000, 2_260_000, "kostnad", 0.5, 1_000_000, 0.02, 1_000_000)).toBe("Kritisk");
  });

  it("forecasts and soliditet", () => {
    expect(F.yearForecast(8_000_000, [[12_000_000]], 8)).toBe(12_000_000);
    expect(F.yearForecast(5000, [[100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]], 10)).toBe(7300);
    expect(F.yearForecast(5000, [[100], [200], [300], [400], [500], [600], [700], [800], [900], [1000], [1100], [1200]], 10)).toBe(7300);
    // Jan–Jun down one column and Jul–Dec down the next would be read Jan, Jul, Feb, …: a block is refused.
    const block = [100, 200, 300, 400, 500, 600].map((m) => [m, m + 600]);
    expect(errorOf(() => F.yearForecast(5000, block, 10)).message).toBe(
      "budget: månadsbudgeten är ett block på 6 × 2 celler, som kan läsas både radvis och kolumnvis; ange de 12 månaderna i en rad eller en kolumn.",
    );
    expect(F.runRateForecast(900, 9)).toBe(1200);
    expect(F.solidity(10_666.1, 18_086.7)).toBeCloseTo(0.58972, 5);
    // A deficit gives a negative soliditet; negative assets are a sign mistake (SIE's credit side), refused.
    expect(F.solidity(-1_000, 18_086.7)).toBeCloseTo(-0.05529, 5);
    expect(errorOf(() => F.solidity(10_666.1, -18_086.7)).message).toBe("summa tillgångar: summan −18 086,70 kr är negativ; tillgångarna anges med positivt tecken (i SIE har skulder och eget kapital minustecken).");
  });

  it("bad input gives #VALUE! naming the argument, never a number", () => {
    expect(errorOf(() => F.split("abc", [[1]]))).toEqual({ code: "#VALUE!", message: 'total: "abc" är inte ett tal.' });
    expect(errorOf(() => F.split(100, [[0], [0]])).message).toBe("vikter: vikterna summerar till noll; minst en vikt måste vara större än noll.");
    expect(errorOf(() => F.split(100, [[1], [-1]])).message).toBe("vikter[2]: −1 är negativt; värdet får inte vara negativt.");
    expect(errorOf(() => F.split(100, [[1], ["x"]])).message).toBe('vikter[2]: "x" är inte ett tal.');
    expect(errorOf(() => F.split(100, [[""], [""]])).message).toBe("vikter: det finns inga vikter att fördela på.");
    expect(errorOf(() => F.split(100.5, [[1]])).message).toMatch(/går inte jämnt upp/);
    expect(errorOf(() => F.split(100, [[1]], "dollar")).message).toBe('enhet: okänd enhet "dollar". Använd öre, kr, 0,1 tkr, tkr eller mnkr.');
    expect(errorOf(() => F.deviationFn(1, 2, "kostnad", "fel")).message).toBe('konvention: okänd konvention "fel". Använd "gynnsam" eller "utfall-budget".');
    expect(errorOf(() => F.equityCapTiers(1, [[1], [2]], [[0.1]])).message).toBe("gränser och andelar: områdena har olika storlek (2 och 1 celler).");
    expect(errorOf(() => F.adminRatioFn(1, 0)).message).toMatch(/nämnaren är noll/);
    expect(errorOf(() => F.yearForecast(1, [[1], [2]], 3)).message).toMatch(/12/);
    expect(errorOf(() => F.deviationFn(1, 2, "moms")).message).toBe('typ: "moms" är varken intäkt eller kostnad.');
    expect(errorOf(() => F.solidity(1, "")).message).toBe('summa tillgångar: "(tom)" är inte ett tal.');
    // A negative weight is named by its cell, also after a blank one (the core counts only the weights present).
    expect(errorOf(() => F.split(100, [[""], [-1]])).message).toBe("vikter[2]: −1 är negativt; värdet får inte vara negativt.");
    expect(errorOf(() => F.funding(100, [[""], [1], [-1]])).message).toBe("kommunvikter[3]: −1 är negativt; värdet får inte vara negativt.");
    expect(errorOf(() => F.funding(100, [[1]], null as never, null, 0.6)).message).toBe("regionandel: 0,6 ligger utanför tillåtet intervall 0–0,5.");
    expect(errorOf(() => F.deviationFn(1, 2, "kostnad", "x")).message).toBe('konvention: okänd konvention "x". Använd "gynnsam" eller "utfall-budget".');
    // A negative threshold would flag every overrun; it is refused as the core's thresholds are.
    expect(errorOf(() => F.deviationFlag(1001, 1000, "kostnad", -1)).message).toBe("tröskel varning (procent): −1 ligger utanför tillåtet intervall 0–10.");
    // A result too large for a cell names what it came from, not "indata".
    expect(errorOf(() => F.equityExcess(1e20, 1)).message).toMatch(/^eget kapital − tak: beloppet 100 000 000 000 000 000 000 är för stort/);
    // Swedish number text is refused too (never read as some number), and said to be text.
    const text = (v: string) => `"${v}" är text, inte ett tal; skriv in det som ett tal (cellen får inte vara formaterad som text).`;
    expect(errorOf(() => F.split("1 234,50", [[1]], "öre")).message).toBe(`total: ${text("1 234,50")}`);
    expect(errorOf(() => F.split(100, [["11,75 %"]])).message).toBe(`vikter[1]: ${text("11,75 %")}`);
    expect(errorOf(() => F.equityExcess("−500", 0)).message).toBe(`eget kapital: ${text("−500")}`);
    expect(errorOf(() => F.equityExcess(0, "(500)")).message).toBe(`tak: ${text("(500)")}`);
    expect(errorOf(() => F.equityCapFlat(100, "12 %")).message).toBe(`andel: ${text("12 %")}`);
    const errorValue = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(errorOf(() => F.split(100, [[1], [errorValue]])).code).toBe("#VALUE!");
    expect(errorOf(() => F.equityCapFlat(Number.NaN)).message).toBe("bidrag: talet är inte ändligt.");
  });
});
