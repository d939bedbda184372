import { parseSie } from "../core/import/sie/index";
import type { Ledger } from "../core/ledger/types";

/** The bundled example förbund's ledger, served from the add-in's own origin (examples/ in dist). */
export async function loadExampleLedger(): Promise<Ledger> {
  const response = await fetch("examples/exempelforbund.se");
  if (!response.ok) throw new Error(`examples/exempelforbund.se: HTTP ${response.status}`);
  const result = parseSie(new Uint8Array(await response.arrayBuffer()));
  if (result.errors.length > 0) throw new Error(result.errors[0]!.message);
  return result.ledger;
}
