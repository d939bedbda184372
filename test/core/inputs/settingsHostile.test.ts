import { readSettings } from "../../../src/core/inputs/settings";

const table = (rows: [string, unknown][]) => [["Inställning", "Värde"], ...rows] as (string | number | null)[][];
const errors = (rows: [string, unknown][]) => {
  const r = readSettings(table([["Räkenskapsår", 2024], ...rows]));
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe("Inställningar with hostile values", () => {
  it("a share typed as a lone % is refused by its cell, not a crash", () => {
    expect(errors([["Högsta administrationsandel", "%"]])).toEqual(["cell B3: % ska vara en andel mellan 0 och 1 (t.ex. 10 % eller 0,1), eller \"inget mål\" om förbundet inte har målet."]);
  });

  it("a year or month typed as an exponent or hex number is refused, not read as 2000 or 12", () => {
    expect(readSettings(table([["Räkenskapsår", "2e3"]])).ok).toBe(false);
    expect(errors([["Utfall till och med månad", "1e1"]])).toEqual(['cell B3: Utfall till och med månad är "1e1"; ange månadens nummer, en hel månad 1–12 (12 för helåret).']);
    expect(errors([["Utfall till och med månad", "0x0C"]])).toEqual(['cell B3: Utfall till och med månad är "0x0C"; ange månadens nummer, en hel månad 1–12 (12 för helåret).']);
  });

  it("digits typed as text still count", () => {
    const r = readSettings(table([["Räkenskapsår", " 2024 "], ["Utfall till och med månad", "9"]]));
    expect(r.ok && [r.settings.year, r.settings.month]).toEqual([2024, 9]);
  });
});
