import { FinsamError } from "../errors";
import { quoteSheetName } from "./a1";

/**
 * How a workbook records which sheets the add-in owns (and may overwrite on the next "skapa rapport"):
 * one workbook-scoped defined name per owned sheet, `FinsamOwned_<key>`, referring to `'<sheet>'!$A$1`.
 *
 * Why a defined name: Excel keeps its reference pointing at the sheet when the user renames or moves it, it
 * survives save/open in Excel, LibreOffice and exceljs, and it needs no hidden sheet. A user's own sheet never
 * carries such a name, so the add-in never overwrites it. Adapters:
 *  - exceljs: `workbook.definedNames.add(ownershipReference(sheet), ownershipName(key))`.
 *  - Office.js: `context.workbook.names.add(ownershipName(key), "=" + ownershipReference(sheet))`; to find the
 *    sheets, every name is loaded with its formula, which Excel rewrites on a rename, and the sheet is read from
 *    it (referencedSheet in src/excel/officeWorkbook.ts).
 * The key is the report id ("resultatrakning", "not-intakter"); names are case-insensitive in Excel. Beside it,
 * a digest name records what was last written to the sheet, so a rebuild can tell a user's edits (digest.ts).
 */
export const OWNERSHIP_PREFIX = "FinsamOwned_";

/**
 * Defined name for an owned sheet; "-" in report ids becomes "_" (not allowed in names). A key holds no "_"
 * itself, so ownershipKey can give the key back as the report has it ("not-intakter").
 */
export function ownershipName(key: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,199}$/.test(key)) throw new FinsamError("sheet.ownerKey", { value: key });
  return OWNERSHIP_PREFIX + key.replace(/-/g, "_");
}

/** The key an ownership name marks, or null for any other defined name. */
export function ownershipKey(definedName: string): string | null {
  return definedName.toLowerCase().startsWith(OWNERSHIP_PREFIX.toLowerCase()) ? definedName.slice(OWNERSHIP_PREFIX.length).toLowerCase().replace(/_/g, "-") : null;
}

/** What the name refers to: the sheet's A1, absolute. */
export function ownershipReference(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!$A$1`;
}
