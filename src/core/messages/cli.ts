import { type Catalog, where } from "./catalog";

/** Messages of the command line and of statements typed into a workbook for `finsam check`. */
export const cliMessages = {
  sv: {
    "statements.noSheets": (p) => `Arbetsboken har inget av bladen ${p.choices}; skriv rapporterna på blad med de namnen.`,
    "statements.noHeader": (p) => `${where(p, "sv")}: rubrikraden saknas (en cell "Rubrik", eller en tom första cell, och kolumner med årtal).`,
    "statements.unit": (p) => `${where(p, "sv")}: "${p.value}" är ingen känd enhet; skriv "Belopp i kr", "Belopp i tkr" eller "Belopp i mnkr".`,
    "statements.column": (p) => `${where(p, "sv")}: kolumnen "${p.value}" är okänd; använd ${p.choices}.`,
    "statements.unknownRow": (p) => `${where(p, "sv")}: raden "${p.value}" känns inte igen; ange dess Radid (t.ex. ${p.choices}), eller <rad-id>.<namn> för en delpost till en rad.`,
    "statements.unknownId": (p) => `${where(p, "sv")}: Radid "${p.value}" finns inte; ange en rads id (t.ex. ${p.choices}) eller <rad-id>.<namn> för en delpost till raden.`,
    "statements.duplicateRow": (p) => `${where(p, "sv")}: raden ${p.value} förekommer redan ovanför.`,
    "statements.noYear": (p) => `${where(p, "sv")}: kolumnrubriken "${p.value}" anger inget år (t.ex. 2024).`,
    "statements.noteTotal": (p) => `${where(p, "sv")}: noten har ingen summarad; avsluta den med raden ${p.value}.`,
    "statements.belowTotal": (p) => `${where(p, "sv")}: raden "${p.value}" står under notens summarad; summan ska stå sist.`,
    "statements.unknownNote": (p) => `${where(p, "sv")}: noten "${p.value}" är ingen av dem kontrollerna läser (${p.choices}); flytta den till ett annat blad.`,
    "statements.noteNumber": (p) => `${where(p, "sv")}: Not ${p.value} finns redan; ge noterna olika nummer i rubriken (t.ex. "Not 2 Verksamhetens kostnader").`,
    "cli.fileRead": (p) => `Filen ${p.field} gick inte att läsa: ${p.value}.`,
    "cli.fileWrite": (p) => `Filen ${p.field} gick inte att skriva: ${p.value}.`,
    "cli.fileType": (p) => `${p.field}: okänd filtyp; ange en SIE-fil (.se, .si, .sie) eller en arbetsbok (.xlsx).`,
  },
  en: {
    "statements.noSheets": (p) => `The workbook has none of the sheets ${p.choices}; type the statements on sheets with those names.`,
    "statements.noHeader": (p) => `${where(p, "en")}: the header row is missing (a cell "Rubrik", or an empty first cell, and columns headed by years).`,
    "statements.unit": (p) => `${where(p, "en")}: "${p.value}" is not a known unit; write "Belopp i kr", "Belopp i tkr" or "Belopp i mnkr".`,
    "statements.column": (p) => `${where(p, "en")}: the column "${p.value}" is unknown; use ${p.choices}.`,
    "statements.unknownRow": (p) => `${where(p, "en")}: the row "${p.value}" is not recognised; give its Radid (e.g. ${p.choices}), or <row id>.<name> for a detail line of a row.`,
    "statements.unknownId": (p) => `${where(p, "en")}: Radid "${p.value}" does not exist; give a row's id (e.g. ${p.choices}) or <row id>.<name> for a detail line of that row.`,
    "statements.duplicateRow": (p) => `${where(p, "en")}: the row ${p.value} occurs above already.`,
    "statements.noYear": (p) => `${where(p, "en")}: the column heading "${p.value}" names no year (e.g. 2024).`,
    "statements.noteTotal": (p) => `${where(p, "en")}: the note has no total row; end it with the row ${p.value}.`,
    "statements.belowTotal": (p) => `${where(p, "en")}: the row "${p.value}" stands below the note's total; the total must come last.`,
    "statements.unknownNote": (p) => `${where(p, "en")}: the note "${p.value}" is none of those the checks read (${p.choices}); move it to another sheet.`,
    "statements.noteNumber": (p) => `${where(p, "en")}: Note ${p.value} exists already; give the notes different numbers in their titles (e.g. "Not 2 Verksamhetens kostnader").`,
    "cli.fileRead": (p) => `The file ${p.field} could not be read: ${p.value}.`,
    "cli.fileWrite": (p) => `The file ${p.field} could not be written: ${p.value}.`,
    "cli.fileType": (p) => `${p.field}: unknown file type; give an SIE file (.se, .si, .sie) or a workbook (.xlsx).`,
  },
} satisfies Catalog<string>;
