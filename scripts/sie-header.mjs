// The identification and chart-of-accounts records every generated SIE 4 file starts with (the example
// förbund's and the benchmark ledgers'), so the generators only differ in their figures.

/** A quoted SIE field; `\"` escapes a quote inside it. */
export const q = (s) => `"${s.replace(/"/g, '\\"')}"`;

export function sieHeader({ program, year, company, orgnr, accounts, insatser }) {
  return [
    "#FLAGGA 0",
    "#FORMAT PC8",
    "#SIETYP 4",
    `#PROGRAM ${q(program)} 1.0`,
    `#GEN ${year + 1}0215`,
    `#FNAMN ${q(company)}`,
    `#ORGNR ${orgnr}`,
    `#RAR 0 ${year}0101 ${year}1231`,
    `#RAR -1 ${year - 1}0101 ${year - 1}1231`,
    "#KPTYP BAS2024",
    "#VALUTA SEK",
    ...accounts.map(([n, name]) => `#KONTO ${n} ${q(name)}`),
    '#DIM 6 "Projekt"',
    ...insatser.map(([id, name]) => `#OBJEKT 6 ${q(id)} ${q(name)}`),
  ];
}
