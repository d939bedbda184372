import { type Catalog, num, where } from "./catalog";

/**
 * Messages of the sheet renderer and workbook adapters: rejected conversions and report structures, plus the
 * few texts the renderer itself prints on a sheet (`sheet.text.*`).
 */
export const sheetMessages = {
  sv: {
    "sheet.tooLarge": (p) => `${where(p, "sv")}: beloppet ${num(p.value, "sv")} är för stort för att lagras exakt i en Excel-cell (högst ${num(p.max, "sv")}).`,
    "sheet.imprecise": (p) => `${where(p, "sv")}: talet ${num(p.value, "sv")} har fler än 15 värdesiffror och kan inte lagras exakt i en Excel-cell; avrunda det först.`,
    "sheet.column": (p) => `${where(p, "sv")}: "${p.value}" är ingen giltig kolumn (A–XFD).`,
    "sheet.address": (p) => `${where(p, "sv")}: "${p.value}" är ingen giltig celladress.`,
    "sheet.name": (p) => `Bladnamnet "${p.value}" är ogiltigt (1–31 tecken, inte : \\ / ? * [ ] och inte inom apostrofer).`,
    "sheet.nameTaken": (p) => `Det finns redan ett blad som heter "${p.value}".`,
    "sheet.duplicateId": (p) => `${where(p, "sv")}: id "${p.value}" förekommer mer än en gång i rapporten.`,
    "sheet.unknownRow": (p) => `${where(p, "sv")}: rad-id "${p.value}" finns inte i rapporten.`,
    "sheet.unknownColumn": (p) => `${where(p, "sv")}: kolumn-id "${p.value}" finns inte i rapporten.`,
    "sheet.cycle": (p) => `${where(p, "sv")}: summeringen hänvisar tillbaka till sig själv.`,
    "sheet.sumMismatch": (p) => `${where(p, "sv")}: rapportens belopp ${p.value} är inte summan av raderna den summerar (${p.expected}).`,
    "sheet.chartColumns": (p) => `${where(p, "sv")}: diagrammets kolumner måste vara beloppskolumner som står intill varandra.`,
    "sheet.ownerKey": (p) => `${where(p, "sv")}: "${p.value}" duger inte som nyckel för tilläggets blad (bara a–z, 0–9, - och _).`,
    "sheet.text.unit": (p) => `Belopp i ${p.unit}`,
    "sheet.text.note": () => "Not",
    "sheet.text.rounding": (p) => `Summorna räknas på de avrundade raderna, så att tabellen går ihop; därför kan ett belopp avvika med högst ${p.value} ${p.unit} från sitt eget avrundade värde.`,
    "sheet.text.chartMissing": (p) => `Diagram skapas i Excel av tillägget: ${p.title}.`,
  },
  en: {
    "sheet.tooLarge": (p) => `${where(p, "en")}: the amount ${num(p.value, "en")} is too large to be stored exactly in an Excel cell (at most ${num(p.max, "en")}).`,
    "sheet.imprecise": (p) => `${where(p, "en")}: the number ${num(p.value, "en")} has more than 15 significant digits and cannot be stored exactly in an Excel cell; round it first.`,
    "sheet.column": (p) => `${where(p, "en")}: "${p.value}" is not a valid column (A–XFD).`,
    "sheet.address": (p) => `${where(p, "en")}: "${p.value}" is not a valid cell address.`,
    "sheet.name": (p) => `The sheet name "${p.value}" is invalid (1–31 characters, none of : \\ / ? * [ ] and not quoted).`,
    "sheet.nameTaken": (p) => `There is already a sheet named "${p.value}".`,
    "sheet.duplicateId": (p) => `${where(p, "en")}: id "${p.value}" occurs more than once in the report.`,
    "sheet.unknownRow": (p) => `${where(p, "en")}: row id "${p.value}" is not in the report.`,
    "sheet.unknownColumn": (p) => `${where(p, "en")}: column id "${p.value}" is not in the report.`,
    "sheet.cycle": (p) => `${where(p, "en")}: the sum refers back to itself.`,
    "sheet.sumMismatch": (p) => `${where(p, "en")}: the report's amount ${p.value} is not the sum of the rows it totals (${p.expected}).`,
    "sheet.chartColumns": (p) => `${where(p, "en")}: the chart's columns must be adjacent amount columns.`,
    "sheet.ownerKey": (p) => `${where(p, "en")}: "${p.value}" cannot be used as the key of an add-in sheet (only a–z, 0–9, - and _).`,
    "sheet.text.unit": (p) => `Amounts in ${p.unit}`,
    "sheet.text.note": () => "Note",
    "sheet.text.rounding": (p) => `Totals are computed from the rounded lines, so that the table adds up; an amount may therefore differ from its own rounded value by at most ${p.value} ${p.unit}.`,
    "sheet.text.chartMissing": (p) => `The chart is created in Excel by the add-in: ${p.title}.`,
  },
} satisfies Catalog<string>;
