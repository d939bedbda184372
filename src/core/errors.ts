import { messages, type MessageCode, type MessageParams, type Language } from "./messages/index";

/**
 * Every rejected input in the core raises a FinsamError: a stable code (for tests and translation), the
 * parameters that name the place (argument, cell, line, field) and a Swedish message built from them.
 */
export class FinsamError extends Error {
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(code: MessageCode, params: MessageParams = {}) {
    super(messages.sv[code](params));
    this.name = "FinsamError";
    this.code = code;
    this.params = params;
  }

  /** The message in another UI language. */
  messageIn(language: Language): string {
    return messages[language][this.code](this.params);
  }
}

export function isFinsamError(e: unknown): e is FinsamError {
  return e instanceof FinsamError;
}
