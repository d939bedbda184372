import { parseSieStream, type SieParse } from "../app/sieStream";
import { abortError, throwIfAborted } from "../app/tasks";
import { ledgerFromData } from "../core/ledger/data";
import type { SieResult } from "../core/import/sie/parser";
import type { SieWorkerReply, SieWorkerRequest } from "./sieWorkerProtocol";

/**
 * The pane's SIE parse: in a Web Worker (sieWorker.ts), so that a million-row file neither holds the pane's
 * main thread nor fills its heap (whose garbage collection paused the pane for 40–50 ms at a time). Avbryt
 * stops the worker at once. Where no worker can start (no Worker, or its script does not load), the file is
 * parsed on the main thread in yielded tasks instead (parseSieStream), with the same result.
 */
export const parseSieInWorker: SieParse = (source, options = {}) => {
  if (typeof Worker === "undefined" || !(source instanceof Blob)) return parseSieStream(source, options);
  throwIfAborted(options.signal);
  return new Promise<SieResult>((resolve, reject) => {
    const { onBytes, signal, onProgress, ...settings } = options;
    let worker: Worker;
    try {
      worker = new Worker(/* webpackChunkName: "sie-worker" */ new URL("./sieWorker.ts", import.meta.url));
    } catch {
      return resolve(parseSieStream(source, options));
    }
    let heard = false;
    const failed = (message: string) => new Error(`SIE-tolkningen avbröts av ett fel: ${message}`);
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      stop();
      reject(abortError());
    };
    signal?.addEventListener("abort", abort, { once: true });
    worker.onmessage = (e: MessageEvent<SieWorkerReply>) => {
      heard = true;
      const reply = e.data;
      if (reply.kind === "progress") {
        onProgress?.(reply.done);
        return onBytes?.(reply.done, reply.total);
      }
      stop();
      if (reply.kind === "failed") return reject(failed(reply.message));
      resolve({ ledger: ledgerFromData(reply.ledger), warnings: reply.warnings, errors: reply.errors });
    };
    // An error before the worker has said anything: its script did not load (a host that refuses workers).
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      if (heard) reject(failed(e.message));
      else resolve(parseSieStream(source, options));
    };
    const request: SieWorkerRequest = { file: source, options: settings };
    worker.postMessage(request);
  });
};
