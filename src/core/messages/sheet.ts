import { type Catalog, type MessageParams, num, where } from "./catalog";

/**
 * Where in a report definition a renderer error is: a row and column by their ids ("rad rr.summa, kolumn current"),
 * or the chart or the flag columns (`part`). These errors are the add-in's own bugs, never the user's input.
 */
function inReport(p: MessageParams, lang: "sv" | "en"): string {
  const sv = lang === "sv";
  if (p.row !== undefined) return `${sv ? "rad" : "row"} ${p.row}${p.column === undefined ? "" : `, ${sv ? "kolumn" : "column"} ${p.column}`}`;
  if (p.part === "chart") return sv ? "diagrammet" : "the chart";
  if (p.part === "flags") return sv ? "flaggorna" : "the flags";
  return sv ? "rapporten" : "the report";
}

/**
 * Messages of the sheet renderer and workbook adapters: rejected conversions and report structures, plus the
 * few texts the renderer itself prints on a sheet (`sheet.text.*`).
 */
export const sheetMessages = {
  sv: {
    "sheet.tooLarge": (p) => `${where(p, "sv")}: beloppet ${num(p.value, "sv")} är för stort för att lagras exakt i en Excel-cell (högst ${num(p.max, "sv")}).`,
    "sheet.imprecise": (p) => `${where(p, "sv")}: talet ${num(p.value, "sv")} har fler än 15 värdesiffror och kan inte lagras exakt i en Excel-cell; avrunda det först.`,
    "sheet.column": (p) => `"${p.value}" är ingen giltig kolumn (A–XFD).`,
    "sheet.row": (p) => `Radindex ${p.value} ligger utanför kalkylbladet (0–1048575).`,
    "sheet.address": (p) => `"${p.value}" är ingen giltig celladress.`,
    "sheet.range": (p) => `"${p.value}" är inget giltigt område (som C5 eller C5:D7).`,
    "sheet.name": (p) => `Bladnamnet "${p.value}" är ogiltigt (1–31 tecken, inte : \\ / ? * [ ] och inte inom apostrofer).`,
    "sheet.nameTaken": (p) => `Det finns redan ett blad som heter "${p.value}".`,
    "sheet.duplicateRow": (p) => `Rad-id "${p.value}" förekommer mer än en gång i rapporten.`,
    "sheet.duplicateColumn": (p) => `Kolumn-id "${p.value}" förekommer mer än en gång i rapporten.`,
    "sheet.unknownRow": (p) => `${inReport(p, "sv")}: rad-id "${p.value}" finns inte i rapporten.`,
    "sheet.unknownColumn": (p) => `${inReport(p, "sv")}: kolumn-id "${p.value}" finns inte i rapporten.`,
    "sheet.cycle": (p) => `${inReport(p, "sv")}: summeringen hänvisar tillbaka till sig själv.`,
    "sheet.roundingRange": (p) => `Kolumn ${p.column}: beloppen är sammanlagt större än ${num(p.max, "sv")} ${p.unit} och kan inte avrundas exakt så att summorna går ihop.`,
    "sheet.sumMismatch": (p) => `${inReport(p, "sv")}: rapportens belopp ${p.value} är inte summan av raderna den summerar (${p.expected}).`,
    "sheet.chartColumns": () => "Diagrammets kolumner måste vara beloppskolumner som står intill varandra.",
    "sheet.ownerKey": (p) => `"${p.value}" duger inte som nyckel för tilläggets blad (bara a–z, 0–9 och -, med en bokstav eller siffra först).`,
    "sheet.text.unit": (p) => `Belopp i ${p.unit}`,
    "sheet.text.note": () => "Not",
    "sheet.text.rounding": (p) => `Summorna räknas på de avrundade raderna, så att tabellen går ihop; därför kan ett belopp avvika med högst ${p.value} ${p.unit} från sitt eget avrundade värde.`,
    "sheet.text.chartMissing": (p) => `Diagram skapas i Excel av tillägget: ${p.title}.`,
  },
  en: {
    "sheet.tooLarge": (p) => `${where(p, "en")}: the amount ${num(p.value, "en")} is too large to be stored exactly in an Excel cell (at most ${num(p.max, "en")}).`,
    "sheet.imprecise": (p) => `${where(p, "en")}: the number ${num(p.value, "en")} has more than 15 significant digits and cannot be stored exactly in an Excel cell; round it first.`,
    "sheet.column": (p) => `"${p.value}" is not a valid column (A–XFD).`,
    "sheet.row": (p) => `Row index ${p.value} is outside the worksheet (0–1048575).`,
    "sheet.address": (p) => `"${p.value}" is not a valid cell address.`,
    "sheet.range": (p) => `"${p.value}" is not a valid range (such as C5 or C5:D7).`,
    "sheet.name": (p) => `The sheet name "${p.value}" is invalid (1–31 characters, none of : \\ / ? * [ ] and not quoted).`,
    "sheet.nameTaken": (p) => `There is already a sheet named "${p.value}".`,
    "sheet.duplicateRow": (p) => `Row id "${p.value}" occurs more than once in the report.`,
    "sheet.duplicateColumn": (p) => `Column id "${p.value}" occurs more than once in the report.`,
    "sheet.unknownRow": (p) => `${inReport(p, "en")}: row id "${p.value}" is not in the report.`,
    "sheet.unknownColumn": (p) => `${inReport(p, "en")}: column id "${p.value}" is not in the report.`,
    "sheet.cycle": (p) => `${inReport(p, "en")}: the sum refers back to itself.`,
    "sheet.roundingRange": (p) => `Column ${p.column}: the amounts add up to more than ${num(p.max, "en")} ${p.unit} and cannot be rounded exactly so that the sums hold.`,
    "sheet.sumMismatch": (p) => `${inReport(p, "en")}: the report's amount ${p.value} is not the sum of the rows it totals (${p.expected}).`,
    "sheet.chartColumns": () => "The chart's columns must be adjacent amount columns.",
    "sheet.ownerKey": (p) => `"${p.value}" cannot be used as the key of an add-in sheet (only a–z, 0–9 and -, starting with a letter or digit).`,
    "sheet.text.unit": (p) => `Amounts in ${p.unit}`,
    "sheet.text.note": () => "Note",
    "sheet.text.rounding": (p) => `Totals are computed from the rounded lines, so that the table adds up; an amount may therefore differ from its own rounded value by at most ${p.value} ${p.unit}.`,
    "sheet.text.chartMissing": (p) => `The chart is created in Excel by the add-in: ${p.title}.`,
  },
} satisfies Catalog<string>;
