import * as F from "../../src/functions/functions";

/** Calls a function and returns the #VALUE! message it throws (the text the auditor sees in Excel). */
function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
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
    expect(F.runRateForecast(900, 9)).toBe(1200);
    expect(F.solidity(10_666.1, 18_086.7)).toBeCloseTo(0.58972, 5);
  });

  it("bad input gives #VALUE! naming the argument, never a number", () => {
    expect(errorOf(() => F.split("abc", [[1]]))).toEqual({ code: "#VALUE!", message: 'total: "abc" är inte ett tal.' });
    expect(errorOf(() => F.split(100, [[0], [0]])).message).toBe("vikter: vikterna summerar till noll; minst en vikt måste vara större än noll.");
    expect(errorOf(() => F.split(100, [[1], [-1]])).message).toBe("vikter[2]: −1 är negativt; värdet får inte vara negativt.");
    expect(errorOf(() => F.split(100, [[1], ["x"]])).message).toBe('vikter[2]: "x" är inte ett tal.');
    expect(errorOf(() => F.split(100, [[""], [""]])).message).toBe("vikter: det finns inga vikter att fördela på.");
    expect(errorOf(() => F.split(100.5, [[1]])).message).toMatch(/går inte jämnt upp/);
    expect(errorOf(() => F.split(100, [[1]], "dollar")).message).toBe('enhet: okänd enhet "dollar". Använd öre, kr, 0,1 tkr, tkr eller mnkr.');
    expect(errorOf(() => F.deviationFn(1, 2, "kostnad", "fel")).message).toBe('konvention: "fel" är ingen konvention; ange "gynnsam" eller "utfall-budget".');
    expect(errorOf(() => F.equityCapTiers(1, [[1], [2]], [[0.1]])).message).toBe("gränser och andelar: områdena har olika storlek (2 och 1 celler).");
    expect(errorOf(() => F.adminRatioFn(1, 0)).message).toMatch(/nämnaren är noll/);
    expect(errorOf(() => F.yearForecast(1, [[1], [2]], 3)).message).toMatch(/12/);
    expect(errorOf(() => F.deviationFn(1, 2, "moms")).message).toBe('typ: "moms" är varken intäkt eller kostnad.');
    expect(errorOf(() => F.solidity(1, "")).message).toBe('summa tillgångar: "(tom)" är inte ett tal.');
    const errorValue = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(errorOf(() => F.split(100, [[1], [errorValue]])).code).toBe("#VALUE!");
    expect(errorOf(() => F.equityCapFlat(Number.NaN)).message).toBe("bidrag: talet är inte ändligt.");
  });
});
