import { ZERO, type Dec } from "../money/decimal";
import { objectKey, type Ledger } from "../ledger/types";
import { toExcelNumber } from "../money/excelNumber";
import type { CellSpec, SheetDescription } from "../sheet/description";
import type { Cells, CellValue } from "../import/table";
import { DRIFT_AREAS, INCOME_AREAS } from "../mapping/targets";
import { defaultMappingFor, type ChartKind } from "../mapping/detect";
import { EXEMPEL_MAPPING } from "../mapping/exempelforbund";
import { budgetFromLedger } from "../statements/budget";
import { EXAMPLE_EARLIER_YEARS, EXAMPLE_INSATSMAL, EXAMPLE_MEMBERS, EXAMPLE_PLAN, EXAMPLE_SETTINGS } from "../example/exempelforbund";
import { PLAN_HEADERS } from "./planSheet";
import { settingsRows } from "./settings";
import { MONTHS } from "./budgetSheet";
import { MAPPING_HEADERS, mappingRows } from "./mappingSheet";
import { LEDGER_SHEET } from "./ledgerSheet";
import { EARLIER_YEARS_HEADERS } from "./earlierYearsSheet";
import { INSATSMAL_HEADERS, VERDICTS } from "./insatsmalSheet";

/**
 * The input sheets the Start pane creates: empty (headers, defaults and one line of help), or filled with the
 * example förbund. They carry no ownership name: once created they are the user's, and the add-in never
 * writes to them again.
 */
export const SHEETS = {
  settings: "Inställningar",
  members: "Medlemmar",
  budget: "Budget",
  trialBalance: "Saldobalans",
  mapping: "Kontomappning",
  earlierYears: "Tidigare år",
  plan: "Flerårsplan",
  insatsmal: "Insatsmål",
} as const;

/** Every sheet the inputs are read from, in one round-trip (the Huvudbok is written by an import). */
export const INPUT_SHEETS: readonly string[] = [...Object.values(SHEETS), LEDGER_SHEET];

export const TRIAL_BALANCE_HEADERS = ["Konto", "Benämning", "Belopp", "Föregående år", "Objekt", "Objektnamn", "Typ"] as const;
export const MEMBER_HEADERS = ["Namn", "Typ", "Vikt"] as const;
export const BUDGET_HEADERS = ["Område", "Insats", "Belopp", ...MONTHS] as const;

const SETTING_HELP: Record<string, string> = {
  "Räkenskapsår": "huvudbokens år, t.ex. 2024",
  "Enhet i rapporterna": "kr, tkr eller mnkr",
  "Regel för eget kapital": "andel, trappa (overifierad) eller fast belopp",
  "Andel av medlemmarnas bidrag": "t.ex. 20 %",
  "Trappans övre gränser (kr)": "när regeln är trappa: stegens övre gränser i stigande ordning, med semikolon emellan (standardvalet är overifierat)",
  "Trappans andelar": "en andel per steg, en fler än gränserna: den sista gäller över den högsta gränsen",
  "Fast tak för eget kapital (kr)": "förbundets eget mål, när regeln är fast belopp",
  "Högsta administrationsandel": "t.ex. 10 %, eller inget mål om förbundet inte har något",
  "Kostnader utanför administrationsandelen (kr)": "t.ex. ESF-medel som förs vidare",
  "Minsta andel till individinriktade insatser": "t.ex. 70 %, eller inget mål om förbundet inte har någon fördelningsregel",
  "Flagga även gynnsamma avvikelser": "Ja eller Nej",
  "Utfall till och med månad": "1–12; 12 för helår",
  "Kontoplan": "Automatisk, BAS eller Kommun-Bas",
};

/** `chart`: whose standard rows an empty Kontomappning gets (BAS unless told); the example has its own. */
export function inputTemplates(options: { example?: Ledger; chart?: ChartKind } = {}): SheetDescription[] {
  const example = options.example;
  const settings: Cells = example ? EXAMPLE_SETTINGS : settingsRows();
  const members: Cells = example ? EXAMPLE_MEMBERS : [[...MEMBER_HEADERS], ["Försäkringskassan", "stat", null]];
  const mapping = example ? EXEMPEL_MAPPING : defaultMappingFor(options.chart ?? "bas");
  return [
    sheet(SHEETS.settings, "Inställningar för rapporterna och kontrollerna", settings.map((row, i) => (i === 0 ? [...row, "Förklaring"] : [...row, SETTING_HELP[String(row[0])] ?? ""])), [44, 30, 44]),
    sheet(SHEETS.members, "Medlemmar och deras vikter (befolkning, försörjningsmått eller avtalad andel); staten har ingen vikt", members, [32, 10, 12]),
    sheet(SHEETS.budget, `Budget per område och insats; kostnader som positiva belopp. Områden: ${DRIFT_AREAS.map((a) => a.label).join("; ")}`, [[...BUDGET_HEADERS], ...(example ? exampleBudget(example) : [])], [34, 12, 14, ...MONTHS.map(() => 11)]),
    sheet(SHEETS.trialBalance, "Saldobalans (klistra in) när huvudboken inte importeras som SIE-fil; belopp med tecken som i bokföringen (debet +)", [[...TRIAL_BALANCE_HEADERS], ...(example ? trialBalanceRows(example) : [])], [10, 32, 16, 16, 10, 28, 6]),
    sheet(SHEETS.mapping, `Kontomappning (${mapping.description.replace(/\.$/, "")})`, [[...MAPPING_HEADERS], ...mappingRows(mapping)], [10, 10, 10, 10, 30, 34, 34, 30, 40, 40]),
    sheet(SHEETS.earlierYears, "Åren före huvudbokens, till flerårsöversikten (högst fem år i allt): belopp i kr ur de årens resultat- och balansräkningar; Kostnader kan lämnas tomt", example ? EXAMPLE_EARLIER_YEARS : [[...EARLIER_YEARS_HEADERS]], [8, 16, 16, 16, 16, 18]),
    sheet(SHEETS.plan, "Verksamhetsplan och budget: budgetåret (året efter huvudbokens) och planåren efter det, ett år per rad, i kr; kostnader som positiva belopp. Eget kapital vid planens början tas ur böckerna", example ? EXAMPLE_PLAN : [[...PLAN_HEADERS]], [8, 16, 16, 16, 16, 16]),
    sheet(SHEETS.insatsmal, `Insatsernas mål och utfall, en rad per mål: insatsens objekt-id, deltagare (en gång per insats), "39 av 138" som Nått målet och Av, andelen som årsredovisningen anger den; Bedömning: ${VERDICTS.join(", ")}`, example ? EXAMPLE_INSATSMAL : [[...INSATSMAL_HEADERS]], [10, 40, 10, 10, 11, 8, 13, 16]),
  ];
}

/** The example's #PBUDGET as Budget sheet rows: area label, insats, annual amount (costs positive), months. */
function exampleBudget(ledger: Ledger): CellValue[][] {
  const budget = budgetFromLedger(ledger, EXEMPEL_MAPPING, 0);
  const label = (area: string) => DRIFT_AREAS.find((a) => a.id === area)!.label;
  return budget.entries.map((e) => {
    const typed = (netto: Dec) => toExcelNumber(INCOME_AREAS.has(e.area) ? netto : netto.negated());
    return [label(e.area), e.insats ?? "", typed(e.amount), ...(e.monthly ?? []).map(typed)];
  });
}

/**
 * The ledger's closing balances (#UB, #RES) of year 0 and −1 as Saldobalans rows, ledger-signed: one row per
 * account and insats, and a row without insats for what the insatser leave of the account's total. Insats
 * figures are the object balances, else the sum of the object's monthly actuals (#TRANS).
 */
function trialBalanceRows(ledger: Ledger): CellValue[][] {
  const years = [0, -1];
  const totals = ledger.balances.filter((b) => b.kind !== "ib" && !b.object && years.includes(b.year));
  const objectBalances = ledger.balances.filter((b) => b.kind !== "ib" && b.object && years.includes(b.year));
  const objectFigures = objectBalances.length > 0 ? objectBalances : [...ledger.periods].filter((p) => p.kind === "actual" && p.object && years.includes(p.year));
  const rows = new Map<string, { account: string; object: string; objectName: string; amounts: Map<number, Dec> }>();
  const add = (account: string, object: string, year: number, amount: Dec, objectName = "") => {
    const key = `${account}\u0000${object}`;
    const row = rows.get(key) ?? { account, object, objectName, amounts: new Map<number, Dec>() };
    row.amounts.set(year, (row.amounts.get(year) ?? ZERO).plus(amount));
    rows.set(key, row);
  };
  for (const b of totals) add(b.account, "", b.year, b.amount);
  for (const f of objectFigures) {
    add(f.account, f.object!.id, f.year, f.amount, ledger.objects.get(objectKey(f.object!.dimension, f.object!.id))?.name ?? "");
    add(f.account, "", f.year, f.amount.negated());
  }
  const sorted = [...rows.values()].sort((a, b) => a.account.localeCompare(b.account) || a.object.localeCompare(b.object));
  return sorted
    .filter((r) => r.object !== "" || [...r.amounts.values()].some((a) => !a.isZero()))
    .map((r) => {
      const amount = (year: number) => {
        const a = r.amounts.get(year);
        return a ? toExcelNumber(a) : null;
      };
      const info = ledger.accounts.get(r.account);
      return [Number(r.account), info?.name ?? "", amount(0), amount(-1), r.object, r.objectName, info?.type ?? ""];
    });
}

/** A title row, then the table with a bold header, frozen under it. */
function sheet(name: string, title: string, rows: Cells, widths: number[]): SheetDescription {
  const cell = (value: CellValue, style?: CellSpec["style"]): CellSpec => ({ value: value ?? null, ...(style ? { style } : {}) });
  return {
    name,
    cells: [[cell(title, "note")], ...rows.map((row, i) => row.map((v) => cell(v, i === 0 ? "columnHeading" : undefined)))],
    columnWidths: widths,
    freeze: { rows: 2, columns: 0 },
    conditionalFormats: [],
    charts: [],
  };
}
