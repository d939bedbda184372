import { FinsamError } from "../errors";

/** Excel's sheet name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export const MAX_SHEET_NAME = 31;

export function validateSheetName(name: string): string {
  if (name.length === 0 || name.length > MAX_SHEET_NAME || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FinsamError("sheet.name", { value: name });
  }
  return name;
}

/**
 * The preferred name, or "name (2)", "name (3)" … shortened to fit, when the workbook already has it.
 * Excel compares sheet names case-insensitively.
 */
export function uniqueSheetName(preferred: string, existing: Iterable<string>): string {
  validateSheetName(preferred);
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = preferred.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
