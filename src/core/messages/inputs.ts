import { type Catalog, where } from "./catalog";

/** Messages of the workbook input sheets (Inställningar, Budget, Kontomappning). */
export const inputMessages = {
  sv: {
    "settings.missing": (p) => `Inställningar: "${p.field}" saknas; ange ett värde i kolumnen Värde.`,
    "settings.unknownKey": (p) => `${where(p, "sv")}: okänd inställning "${p.value}".`,
    "settings.year": (p) => `${where(p, "sv")}: räkenskapsåret "${p.value}" är inte ett år (t.ex. 2025).`,
    "settings.choice": (p) => `${where(p, "sv")}: "${p.value}" är inte ett av valen ${p.choices}.`,
    "settings.fraction": (p) => `${where(p, "sv")}: ${p.value} ska vara en andel mellan 0 och 1 (t.ex. 10 % eller 0,1).`,
    "settings.duplicate": (p) => `${where(p, "sv")}: inställningen "${p.value}" förekommer två gånger.`,
    "budget.row": (p) => `${where(p, "sv")}: okänt område "${p.value}". Använd ett av ${p.choices}.`,
    "budget.monthlySum": (p) => `${where(p, "sv")}: månaderna summerar till ${p.value} men årsbeloppet är ${p.annual}.`,
    "mapping.row": (p) => `${where(p, "sv")}: ${p.reason}.`,
    "inputs.sheetMissing": (p) => `Bladet "${p.value}" saknas; skapa indatabladen från Start.`,
    "example.broken": (p) => `Exempelförbundet gick inte att läsa: ${p.value}`,
    "ledgerSheet.year": (p) => `${where(p, "sv")}: "${p.value}" är inte ett räkenskapsår (Räkenskapsår 0 | ÅÅÅÅ-MM-DD | ÅÅÅÅ-MM-DD).`,
    "ledgerSheet.cell": (p) => `${where(p, "sv")}: "${p.value}" är inte ett giltigt värde i huvudboken.`,
    "ledgerSheet.noYears": (p) => `${where(p, "sv")}: huvudboken saknar räkenskapsår; importera SIE-filen igen.`,
  },
  en: {
    "settings.missing": (p) => `Settings: "${p.field}" is missing; enter a value in the Value column.`,
    "settings.unknownKey": (p) => `${where(p, "en")}: unknown setting "${p.value}".`,
    "settings.year": (p) => `${where(p, "en")}: the financial year "${p.value}" is not a year (e.g. 2025).`,
    "settings.choice": (p) => `${where(p, "en")}: "${p.value}" is not one of ${p.choices}.`,
    "settings.fraction": (p) => `${where(p, "en")}: ${p.value} must be a share between 0 and 1 (e.g. 10 % or 0.1).`,
    "settings.duplicate": (p) => `${where(p, "en")}: the setting "${p.value}" occurs twice.`,
    "budget.row": (p) => `${where(p, "en")}: unknown area "${p.value}". Use one of ${p.choices}.`,
    "budget.monthlySum": (p) => `${where(p, "en")}: the months sum to ${p.value} but the annual amount is ${p.annual}.`,
    "mapping.row": (p) => `${where(p, "en")}: ${p.reason}.`,
    "inputs.sheetMissing": (p) => `The sheet "${p.value}" is missing; create the input sheets from Start.`,
    "example.broken": (p) => `The example förbund could not be read: ${p.value}`,
    "ledgerSheet.year": (p) => `${where(p, "en")}: "${p.value}" is not a financial year (Räkenskapsår 0 | YYYY-MM-DD | YYYY-MM-DD).`,
    "ledgerSheet.cell": (p) => `${where(p, "en")}: "${p.value}" is not a valid ledger value.`,
    "ledgerSheet.noYears": (p) => `${where(p, "en")}: the ledger has no financial years; import the SIE file again.`,
  },
} satisfies Catalog<string>;
