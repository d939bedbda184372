import { messages, type MessageCode, type MessageParams } from "../messages/index";
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
}

export function diagnostic(code: MessageCode, params: MessageParams): Diagnostic {
  const d: Diagnostic = { code, message: messages.sv[code](params), params };
  if (typeof params.line === "number") d.line = params.line;
  if (typeof params.cell === "string") d.cell = params.cell;
  return d;
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
