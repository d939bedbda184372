import { type Catalog, where } from "./catalog";

/** Messages of the workbook adapters (Office.js, in memory): descriptions rejected before anything is written. */
export const workbookMessages = {
  sv: {
    "workbook.ownerMissing": (p) => `${where(p, "sv")}: rapportbladet saknar ägarnyckel; tillägget skriver bara blad det äger.`,
    "workbook.ownerDuplicate": (p) => `${where(p, "sv")}: ägarnyckeln "${p.value}" förekommer på mer än ett blad.`,
    "workbook.tooLarge": (p) => `${where(p, "sv")}: bladet har ${p.value} rader eller kolumner; Excel rymmer högst ${p.max}.`,
    "workbook.value": (p) => `${where(p, "sv")}: värdet "${p.value}" kan inte skrivas till en cell.`,
    "workbook.formula": (p) => `${where(p, "sv")}: formeln "${p.value}" måste börja med = och vara högst ${p.max} tecken.`,
    "workbook.customFunction": (p) => `${where(p, "sv")}: formeln "${p.value}" anropar en FINSAM-funktion; rapportblad får bara innehålla Excels egna funktioner.`,
    "workbook.numberFormat": (p) => `${where(p, "sv")}: talformatet "${p.value}" är ogiltigt (1–255 tecken).`,
    "workbook.columnWidth": (p) => `${where(p, "sv")}: kolumnbredden ${p.value} ligger utanför 0–255.`,
    "workbook.rowHeight": (p) => `${where(p, "sv")}: radhöjden ${p.value} ligger utanför 0–409 punkter.`,
    "workbook.freeze": (p) => `${where(p, "sv")}: låsta rader/kolumner "${p.value}" är ogiltiga.`,
    "workbook.printRows": (p) => `${where(p, "sv")}: antalet rubrikrader som skrivs ut på varje sida ("${p.value}") är ogiltigt.`,
    "workbook.color": (p) => `${where(p, "sv")}: färgen "${p.value}" ska skrivas #RRGGBB.`,
    "workbook.chartTitle": (p) => `${where(p, "sv")}: diagramrubriken är tom eller längre än ${p.max} tecken.`,
    "workbook.sheetMissing": (p) => `Bladet "${p.value}" finns inte i arbetsboken.`,
  },
  en: {
    "workbook.ownerMissing": (p) => `${where(p, "en")}: the report sheet has no owner key; the add-in only writes sheets it owns.`,
    "workbook.ownerDuplicate": (p) => `${where(p, "en")}: the owner key "${p.value}" occurs on more than one sheet.`,
    "workbook.tooLarge": (p) => `${where(p, "en")}: the sheet has ${p.value} rows or columns; Excel holds at most ${p.max}.`,
    "workbook.value": (p) => `${where(p, "en")}: the value "${p.value}" cannot be written to a cell.`,
    "workbook.formula": (p) => `${where(p, "en")}: the formula "${p.value}" must start with = and be at most ${p.max} characters.`,
    "workbook.customFunction": (p) => `${where(p, "en")}: the formula "${p.value}" calls a FINSAM function; report sheets may only use Excel's own functions.`,
    "workbook.numberFormat": (p) => `${where(p, "en")}: the number format "${p.value}" is invalid (1–255 characters).`,
    "workbook.columnWidth": (p) => `${where(p, "en")}: the column width ${p.value} is outside 0–255.`,
    "workbook.rowHeight": (p) => `${where(p, "en")}: the row height ${p.value} is outside 0–409 points.`,
    "workbook.freeze": (p) => `${where(p, "en")}: the frozen rows/columns "${p.value}" are invalid.`,
    "workbook.printRows": (p) => `${where(p, "en")}: the number of heading rows printed on every page ("${p.value}") is invalid.`,
    "workbook.color": (p) => `${where(p, "en")}: the colour "${p.value}" must be written #RRGGBB.`,
    "workbook.chartTitle": (p) => `${where(p, "en")}: the chart title is empty or longer than ${p.max} characters.`,
    "workbook.sheetMissing": (p) => `The sheet "${p.value}" is not in the workbook.`,
  },
} satisfies Catalog<string>;
