import { parseSieStream } from "../app/sieStream";
import { ledgerToData } from "../core/ledger/data";
import type { SieWorkerReply, SieWorkerRequest } from "./sieWorkerProtocol";

/*
 * A Web Worker's entry (sieWorkerClient.ts starts it): parses the SIE file it is sent, posting progress as it
 * goes, and posts the result back as plain data. Its heap is its own, so a large file's garbage is collected
 * here and never pauses the pane.
 */
const post = (reply: SieWorkerReply) => postMessage(reply);

onmessage = async (e: MessageEvent<SieWorkerRequest>) => {
  try {
    const { ledger, warnings, errors } = await parseSieStream(e.data.file, { ...e.data.options, onBytes: (done, total) => post({ kind: "progress", done, total }) });
    post({ kind: "done", ledger: ledgerToData(ledger), warnings, errors });
  } catch (error) {
    // The pane shows the message, as for a failure on its main thread; the stack goes to the worker's console.
    console.error(error);
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
