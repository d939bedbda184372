import { Dec } from "../../../src/core/money/decimal";
import { checkEquity, equityCap, DEFAULT_EQUITY_RULE, TIERED_EQUITY_PRESET, type EquityCapRule } from "../../../src/core/rules/equityCap";
import { adminRatio, allocationCheck, soliditet } from "../../../src/core/rules/ratios";

const d = (v: string | number) => new Dec(v);
const tkr = (v: string | number) => d(v).times(1000);

describe("equity cap", () => {
  it("Roslagen 2022: flat 20 % of 6 000 tkr = 1 200 tkr; equity 296 tkr is under the cap", () => {
    // Seed 003_059d9f817711b0c9.txt: "maximalt 20 % av medelstilldelningen" (domain.md §1.2), medlemsavgift
    // 6 000 tkr and utgående eget kapital 296 tkr (driftredovisning, lines 914 and 920).
    const result = checkEquity(DEFAULT_EQUITY_RULE, tkr(6000), tkr(296));
    expect(result.cap.equals(tkr(1200))).toBe(true);
    expect(result.within).toBe(true);
    expect(result.excess.equals(tkr(-904))).toBe(true);
    expect(result.ratio!.toFixed(4)).toBe("0.2467");
  });

  it("HBS 2021: own goal 2 500 tkr; equity 10 666,1 tkr exceeds it by ca 8 mnkr", () => {
    // Seed 000_5bf9f3f1ff3a1b86.txt line 1133 (goal 2,5 mnkr), BR lines 1269–1270 (8 912,9 + årets
    // resultat 1 753,2 = 10 666,1 tkr), line 1117 ("överstiger … med totalt ca 8 miljoner").
    const rule: EquityCapRule = { kind: "fixed", amount: tkr(2500), label: "Förbundets mål: högst 2,5 mnkr", verified: true };
    const result = checkEquity(rule, tkr(14600), tkr("8912.9").plus(tkr("1753.2")));
    expect(result.excess.equals(tkr("8166.1"))).toBe(true);
    expect(result.excess.div(1_000_000).toDecimalPlaces(0).toNumber()).toBe(8);
    expect(result.within).toBe(false);
  });

  it("the unverified tier preset approximates the seeds' three statements", () => {
    // 6,0 → 1,2 (Roslagen), 14,6 → ≈ 2,5 (HBS), 32,0 → 4,3 mnkr stated by Stockholm (seed 002 line 2033);
    // the preset gives 4,2 there: the 0,1 mnkr gap is why it is labelled unverified.
    expect(TIERED_EQUITY_PRESET.verified).toBe(false);
    expect(equityCap(TIERED_EQUITY_PRESET, tkr(6000)).equals(tkr(1200))).toBe(true);
    expect(equityCap(TIERED_EQUITY_PRESET, tkr(14600)).equals(tkr(2460))).toBe(true);
    expect(equityCap(TIERED_EQUITY_PRESET, tkr(32000)).equals(tkr(4200))).toBe(true);
  });

  it("marginal tiers apply each rate only inside its bracket", () => {
    const rule: EquityCapRule = {
      kind: "tiers",
      tiers: [
        { upTo: d(5_000_000), rate: d("0.2") },
        { upTo: d(15_000_000), rate: d("0.15") },
        { upTo: null, rate: d("0.1") },
      ],
      label: "test",
      verified: false,
    };
    expect(equityCap(rule, d(4_000_000)).toNumber()).toBe(800_000);
    expect(equityCap(rule, d(14_600_000)).toNumber()).toBe(1_000_000 + 1_440_000);
    expect(equityCap(rule, d(32_000_000)).toNumber()).toBe(1_000_000 + 1_500_000 + 1_700_000);
  });

  it("refuses contributions above a table that ends in a bound instead of giving the part above it 0 %", () => {
    const rule: EquityCapRule = { kind: "tiers", tiers: [{ upTo: d(10_000_000), rate: d("0.2") }, { upTo: d(20_000_000), rate: d("0.1") }], label: "x", verified: false };
    expect(equityCap(rule, d(20_000_000)).toNumber()).toBe(3_000_000);
    expect(() => equityCap(rule, d(32_000_000), "trappa")).toThrow(/^trappa: bidragen 32\u00a0000\u00a0000 kr ligger över trappans sista gräns 20\u00a0000\u00a0000 kr; lämna sista gränsen tom för "och däröver"\.$/);
  });

  it("rejects malformed rules with the reason", () => {
    const bad: EquityCapRule = { kind: "tiers", tiers: [{ upTo: d(10), rate: d("0.2") }, { upTo: d(5), rate: d("0.1") }], label: "x", verified: false };
    expect(() => equityCap(bad, d(100))).toThrow("regel: regeln för eget kapital är ogiltig: steg 2: gränserna måste vara stigande.");
    expect(() => equityCap({ kind: "flat", rate: d(2), label: "x", verified: true }, d(1))).toThrow(/mellan 0 och 1/);
  });
});

describe("admin ratio", () => {
  it("HBS 2021: 2 322 / 17 423 tkr = 13,3 % — goal (≤ 10 %) not met, as the report says", () => {
    // Seed 000 line 2439 (Summa administration 2 322), RR line 1236 (kostnader −17 423,0), line 1124 ("13 procent").
    const r = adminRatio(tkr(2322), tkr(-17423));
    expect(r.ratio.times(100).toFixed(1)).toBe("13.3");
    expect(r.met).toBe(false);
  });

  it("Stockholm 2022: 7,3 / 41,1 mnkr = 17,8 % with the ESF pass-through excluded from the denominator", () => {
    // Seed 002_7845b5fff7fd51ba.txt lines 105 and 1980–1984: kostnader 42,9 mnkr, 41,1 exklusive
    // "Rätt stöd för mig!" (1,8 mnkr), kansli/styrelse 7,3 mnkr "(17,8 procent av totala kostnader)".
    const r = adminRatio(d("7.3e6"), d("42.9e6"), [d("1.8e6")]);
    expect(r.denominator.toNumber()).toBe(41_100_000);
    expect(r.ratio.times(100).toFixed(1)).toBe("17.8");
  });

  it("a zero denominator is an error, never Infinity", () => {
    expect(() => adminRatio(d(1), d(0))).toThrow(/nämnaren är noll/);
  });
});

describe("allocation rule", () => {
  it("Roslagen 2022: individ 7,2 and struktur 1,1 mnkr → 86,7 % individ ≥ 70 %", () => {
    // Seed 003 lines 700–701: "individinriktade insatser till 7,2 m.kr … strukturinriktade … 1,1 m.kr";
    // rule at line 319: "minst 70% till operativa individinsatser och 30% till strukturella".
    const r = allocationCheck(d("7.2e6"), d("1.1e6"));
    expect(r.individualShare.times(100).toFixed(1)).toBe("86.7");
    expect(r.met).toBe(true);
    expect(r.shortfall.isZero()).toBe(true);
  });

  it("reports the shortfall when individual activities get too little", () => {
    const r = allocationCheck(d(600), d(400));
    expect(r.met).toBe(false);
    expect(r.shortfall.toNumber()).toBe(100);
  });
});

describe("soliditet", () => {
  it("HBS 2021: 10 666,1 / 18 086,7 tkr = 59,0 %", () => {
    // Seed 000 BR lines 1264 and 1269–1270.
    expect(soliditet(tkr("10666.1"), tkr("18086.7")).times(100).toFixed(1)).toBe("59.0");
  });
});
