import { diagnosticIn } from "../../../src/core/import/diagnostic";
import { readSettings, SETTING_LABELS } from "../../../src/core/inputs/settings";
import { Dec } from "../../../src/core/money/decimal";
import { equityCap } from "../../../src/core/rules/equityCap";

const table = (rows: [string, unknown][]) => [["Inställning", "Värde"], ...rows] as (string | number | null)[][];

describe("Inställningar sheet", () => {
  it("reads the settings, with defaults for what is left blank", () => {
    const r = readSettings(table([["Förbundets namn", "Samordningsförbundet Roslagen"], ["Räkenskapsår", 2022], ["Andel av medlemmarnas bidrag", "20 %"]]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.settings.year).toBe(2022);
    expect(r.settings.unit).toBe("tkr");
    expect(r.settings.equityRule).toMatchObject({ kind: "flat" });
    expect(r.settings.adminLimit!.toNumber()).toBe(0.1);
    expect(r.settings.minIndividualShare!.toNumber()).toBe(0.7);
    expect(r.settings.thresholds.warning.amount!.toNumber()).toBe(50_000);
    expect(r.settings.month).toBe(12);
  });

  it("takes a förbund's own fixed equity goal (HBS: 2,5 mnkr)", () => {
    const r = readSettings(table([["Räkenskapsår", 2021], ["Regel för eget kapital", "Fast belopp"], ["Fast tak för eget kapital (kr)", "2 500 000"]]));
    expect(r.ok && r.settings.equityRule).toMatchObject({ kind: "fixed" });
    expect(r.ok && r.settings.equityRule.kind === "fixed" && r.settings.equityRule.amount.toNumber()).toBe(2_500_000);
  });

  it("the tier preset stays labelled unverified", () => {
    const r = readSettings(table([["Räkenskapsår", 2022], ["Regel för eget kapital", "Trappa"]]));
    expect(r.ok && r.settings.equityRule.verified).toBe(false);
    // Stockholm 2022's 32 mnkr of contributions (002:2034): 20 % of 10 mnkr + 10 % of 22 mnkr.
    expect(r.ok && equityCap(r.settings.equityRule, new Dec(32_000_000)).toString()).toBe("4200000");
  });

  it("the tiers are data: a förbund types its own brackets and rates, and they set the cap", () => {
    // The 3-step candidate of domain research (20 % of the first 5 mnkr, 15 % of 5–15, 10 % above), HBS 2021's 14,6 mnkr (000:1311).
    const r = readSettings(table([["Räkenskapsår", 2021], ["Regel för eget kapital", "trappa"], ["Trappans övre gränser (kr)", "5 000 000; 15 000 000"], ["Trappans andelar", "20 %; 15 %; 0,1"]]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(equityCap(r.settings.equityRule, new Dec(14_600_000)).toString()).toBe("2440000");
    expect(r.settings.equityRule).toMatchObject({ kind: "tiers", verified: true, label: "trappa (20 % upp till 5\u00a0000\u00a0000 kr, 15 % upp till 15\u00a0000\u00a0000 kr, därefter 10 %)" });
    // One bracket only (a number cell): the rate applies to all of the contributions above nothing.
    const one = readSettings(table([["Räkenskapsår", 2021], ["Regel för eget kapital", "trappa"], ["Trappans övre gränser (kr)", 5_000_000], ["Trappans andelar", "20 %; 0 %"]]));
    expect(one.ok && equityCap(one.settings.equityRule, new Dec(14_600_000)).toString()).toBe("1000000");
  });

  it("a tier table with a rate too few or too many is named in the pane's language, Swedish or English", () => {
    const r = readSettings(table([["Räkenskapsår", 2021], ["Regel för eget kapital", "trappa"], ["Trappans övre gränser (kr)", "5 000 000; 15 000 000"], ["Trappans andelar", "20 %; 10 %"]]));
    if (r.ok) throw new Error("read");
    expect(r.errors.map((e) => diagnosticIn(e, "sv"))).toEqual([
      "cell B5: regeln för eget kapital är ogiltig: 2 andelar för 2 gränser; ange en andel fler än gränserna (den sista gäller över den högsta gränsen).",
    ]);
    expect(r.errors.map((e) => diagnosticIn(e, "en"))).toEqual([
      "cell B5: the equity rule is invalid: 2 rates for 2 limits; give one rate more than there are limits (the last applies above the highest limit).",
    ]);
  });

  it("reports every bad value with its cell, and returns nothing", () => {
    const r = readSettings([
      ["Finsam – inställningar", null],
      ["Inställning", "Värde"],
      ["Räkenskapsår", "tjugotjugo"],
      ["Högsta administrationsandel", 12],
      ["Regel för eget kapital", "ungefär"],
      ["Varning vid avvikelse (kr)", -5],
      ["Okänd sak", 1],
      ["Utfall till och med månad", 13],
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      'cell A7: okänd inställning "Okänd sak".',
      'cell B3: räkenskapsåret "tjugotjugo" är inte ett år (t.ex. 2025).',
      'cell B5: "ungefär" är inte ett av valen andel, trappa, fast belopp.',
      "cell B6: −5 är negativt; värdet får inte vara negativt.",
      'cell B4: 12 ska vara en andel mellan 0 och 1 (t.ex. 10 % eller 0,1), eller "inget mål" om förbundet inte har målet.',
      'cell B8: Utfall till och med månad är "13"; ange månadens nummer, en hel månad 1–12 (12 för helåret).',
    ]);
  });

  it("a förbund without an administration share or an allocation rule types \"inget mål\": no goal, not the default's", () => {
    // Roslagen fixes administration at 2 mnkr and sets no share (seed 003:317); HBS has no allocation rule (000 §2.2).
    const r = readSettings(table([["Räkenskapsår", 2022], ["Högsta administrationsandel", "Inget mål"], ["Minsta andel till individinriktade insatser", "inget"]]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.settings.adminLimit).toBeNull();
    expect(r.settings.minIndividualShare).toBeNull();
    // Blank keeps the default; a share still reads as one.
    const blank = readSettings(table([["Räkenskapsår", 2022], ["Högsta administrationsandel", null], ["Minsta andel till individinriktade insatser", "75 %"]]));
    expect(blank.ok && [blank.settings.adminLimit!.toString(), blank.settings.minIndividualShare!.toString()]).toEqual(["0.1", "0.75"]);
    // Other text is refused by its cell, saying both what a share is and that "inget mål" is the way to have none.
    const bad = readSettings(table([["Räkenskapsår", 2022], ["Minsta andel till individinriktade insatser", "sjuttio"]]));
    expect(!bad.ok && bad.errors.map((e) => diagnosticIn(e, "en"))).toEqual(['cell B3: sjuttio must be a share between 0 and 1 (e.g. 10 % or 0.1), or "inget mål" where the förbund has no such goal.']);
  });

  it("a missing year is named", () => {
    const r = readSettings(table([["Förbundets namn", "X"]]));
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual(['Inställningar: "Räkenskapsår" saknas; ange ett värde i kolumnen Värde.']);
  });

  it("a fixed rule without an amount is named", () => {
    const r = readSettings(table([["Räkenskapsår", 2022], ["Regel för eget kapital", "fast belopp"]]));
    expect(!r.ok && r.errors[0]!.message).toMatch(/Fast tak för eget kapital/);
  });

  it("every label is unique", () => {
    expect(new Set(SETTING_LABELS.map(([, l]) => l.toLowerCase())).size).toBe(SETTING_LABELS.length);
  });
});
