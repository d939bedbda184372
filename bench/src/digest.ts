import { createHash } from "node:crypto";
import { buildAllReports } from "../../src/core/reports/buildAll";
import { benchInputs } from "./lib/inputs";

/**
 * `node digest.js <file.se>` prints a SHA-256 of everything "Bygg alla rapporter" produces from a ledger
 * (sheet descriptions, findings, unmapped amounts): a speed change must leave it unchanged on every size.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node digest.js <file.se>");
  const r = buildAllReports(await benchInputs(file));
  const text = JSON.stringify({ sheets: r.sheets, findings: r.findings, unmapped: r.mapped.unmapped, control: r.mapped.control });
  process.stdout.write(JSON.stringify({ sha256: createHash("sha256").update(text).digest("hex"), bytes: text.length }) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
