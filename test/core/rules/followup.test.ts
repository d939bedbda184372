import { Dec } from "../../../src/core/money/decimal";
import { deviation, parseLineKind, DEFAULT_THRESHOLDS, validateThresholds } from "../../../src/core/rules/deviation";
import { forecastByBudget, forecastByRunRate } from "../../../src/core/rules/forecast";

const d = (v: string | number) => new Dec(v);

describe("budget deviation", () => {
  it("HBS 2021 administration: utfall 2 322, budget 2 260 tkr → raw +62, unfavourable −62", () => {
    // Seed 000 line 2439: "Summa administration 2 322 2 260 -62" (the detail table prints budget − utfall).
    const dev = deviation(d(2_322_000), d(2_260_000), "cost");
    expect(dev.raw.toNumber()).toBe(62_000);
    expect(dev.favourable.toNumber()).toBe(-62_000);
    expect(dev.percent!.times(100).toFixed(2)).toBe("2.74");
    expect(dev.severity).toBe("warning"); // 62 tkr > the 50 tkr warning amount
  });

  it("costs typed negative (RR style) give the same favourable sign", () => {
    expect(deviation(d(-2_322_000), d(-2_260_000), "cost").favourable.toNumber()).toBe(-62_000);
  });

  it("income above budget is favourable and not flagged by default", () => {
    const dev = deviation(d(1_100_000), d(1_000_000), "income");
    expect(dev.favourable.toNumber()).toBe(100_000);
    expect(dev.severity).toBe("ok");
    expect(deviation(d(1_100_000), d(1_000_000), "income", { ...DEFAULT_THRESHOLDS, flagFavourable: true }).severity).toBe("warning"); // exactly at the critical limits: not above them
    expect(deviation(d(1_150_000), d(1_000_000), "income", { ...DEFAULT_THRESHOLDS, flagFavourable: true }).severity).toBe("critical");
  });

  it("escalates by percent or amount", () => {
    expect(deviation(d(104), d(100), "cost").severity).toBe("ok");
    expect(deviation(d(107), d(100), "cost").severity).toBe("warning");
    expect(deviation(d(111), d(100), "cost").severity).toBe("critical");
    expect(deviation(d(5), d(0), "cost").severity).toBe("critical");
  });

  it("reads Swedish line kinds and rejects others with the argument named", () => {
    expect(parseLineKind("Intäkt")).toBe("income");
    expect(parseLineKind(undefined)).toBe("cost");
    expect(() => parseLineKind("skatt", "typ")).toThrow('typ: "skatt" är varken intäkt eller kostnad.');
  });

  it("rejects thresholds out of range", () => {
    expect(() => validateThresholds({ ...DEFAULT_THRESHOLDS, warning: { percent: d(-1), amount: null } })).toThrow(/utanför tillåtet intervall/);
  });
});

describe("forecast", () => {
  it("by budget: actual to date plus the remaining months of an even budget", () => {
    expect(forecastByBudget(d(8_000_000), d(12_000_000), 8).toNumber()).toBe(12_000_000);
  });

  it("by a periodised monthly budget", () => {
    const monthly = Array.from({ length: 12 }, (_, i) => d((i + 1) * 100));
    expect(forecastByBudget(d(5000), monthly, 10).toNumber()).toBe(5000 + 1100 + 1200);
    expect(() => forecastByBudget(d(0), monthly.slice(1), 3)).toThrow(/11 värden/);
  });

  it("by run-rate", () => {
    expect(forecastByRunRate(d(900), 9).toNumber()).toBe(1200);
    expect(() => forecastByRunRate(d(900), 13)).toThrow(/månad 13/);
  });
});
