import { messages, type Language, type MessageCode, type MessageParams } from "../messages/index";
import type { FinsamError } from "../errors";

/**
 * One finding of an importer. Importers collect every finding instead of stopping at the first, so the user
 * can fix a file or a pasted range in one go. `line` (SIE) or `cell` (pasted ranges) names the place; the
 * message is Swedish, built from the same catalog as FinsamError's.
 */
export interface Diagnostic {
  code: MessageCode;
  line?: number;
  cell?: string;
  message: string;
  params: MessageParams;
  /** The sheet the message was placed on (onSheet), so it can be shown in another language the same way. */
  sheet?: string;
}

export function diagnostic(code: MessageCode, params: MessageParams): Diagnostic {
  const d: Diagnostic = { code, message: messages.sv[code](params), params };
  if (typeof params.line === "number") d.line = params.line;
  if (typeof params.cell === "string") d.cell = params.cell;
  return d;
}

/**
 * A diagnostic whose cell is named with its sheet already ("Tidigare år!A3": an input row the build reads after
 * the sheet was read), placed on that sheet as onSheet places an input sheet's own: "Tidigare år!A3: …".
 */
export function diagnosticOnSheet(code: MessageCode, params: MessageParams): Diagnostic {
  const cell = typeof params.cell === "string" ? params.cell : "";
  const at = cell.lastIndexOf("!");
  if (at < 0) return diagnostic(code, params);
  const sheet = cell.slice(0, at);
  const d = diagnostic(code, { ...params, cell: cell.slice(at + 1) });
  return { ...d, cell, sheet, message: onSheetText(d.message, sheet, true) };
}

/** A message placed on a sheet: "Budget!B4: …" for one of its cells, else "Budget: …". */
export function onSheetText(message: string, sheet: string, onCell: boolean): string {
  return onCell ? `${sheet}!${message.replace(/^cell /, "")}` : `${sheet}: ${message}`;
}

/** The message in a language, placed on its sheet as the Swedish one was. */
export function diagnosticIn(d: Diagnostic, language: Language): string {
  const text = messages[language][d.code](d.params);
  return d.sheet === undefined ? text : onSheetText(text, d.sheet, d.cell !== undefined);
}

export function diagnosticOf(error: FinsamError): Diagnostic {
  return diagnostic(error.code, error.params);
}

/**
 * Errors and warnings of one import, each list capped so that a garbage file (a million bad lines) cannot
 * exhaust memory; the cap is reported once as a last entry.
 */
export class DiagnosticLog {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];

  constructor(private readonly max = 500) {}

  error(code: MessageCode, params: MessageParams): void {
    this.push(this.errors, code, params);
  }

  warn(code: MessageCode, params: MessageParams): void {
    this.push(this.warnings, code, params);
  }

  private push(list: Diagnostic[], code: MessageCode, params: MessageParams): void {
    if (list.length < this.max) list.push(diagnostic(code, params));
    else if (list.length === this.max) list.push(diagnostic("sie.tooManyDiagnostics", { line: params.line, value: this.max }));
  }
}
