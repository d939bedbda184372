import type { Diagnostic } from "../core/import/diagnostic";
import type { SieParseOptions } from "../core/import/sie/parser";
import type { LedgerData } from "../core/ledger/data";

/** What the pane sends the SIE worker (sieWorker.ts): the file and the parse's settings (no callbacks: they do not clone). */
export interface SieWorkerRequest {
  file: Blob;
  options: Omit<SieParseOptions, "onProgress">;
}

/** What the worker posts back: progress while it reads, then the parse's result, or the bug that stopped it. */
export type SieWorkerReply =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; ledger: LedgerData; warnings: Diagnostic[]; errors: Diagnostic[] }
  | { kind: "failed"; message: string };
