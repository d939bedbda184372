import { type Catalog, where } from "./catalog";

/** Messages of the cross-checks (reading hand-typed statements). */
export const checkMessages = {
  sv: {
    "checks.typedValue": (p) => `${where(p, "sv")}: "${p.value}" är inte ett belopp; skriv talet med punkt som decimaltecken, utan mellanslag.`,
    "checks.duplicateRow": (p) => `${where(p, "sv")}: raden "${p.value}" förekommer mer än en gång.`,
    "checks.unknownColumn": (p) => `${where(p, "sv")}: kolumnen "${p.value}" finns inte i tabellen.`,
    "checks.decimals": (p) => `${where(p, "sv")}: antalet decimaler ${p.value} ligger utanför 0–4.`,
  },
  en: {
    "checks.typedValue": (p) => `${where(p, "en")}: "${p.value}" is not an amount; type the number with a dot as decimal separator, without spaces.`,
    "checks.duplicateRow": (p) => `${where(p, "en")}: the row "${p.value}" occurs more than once.`,
    "checks.unknownColumn": (p) => `${where(p, "en")}: the column "${p.value}" is not in the table.`,
    "checks.decimals": (p) => `${where(p, "en")}: ${p.value} decimals is outside 0–4.`,
  },
} satisfies Catalog<string>;
