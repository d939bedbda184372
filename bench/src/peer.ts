import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { buildAllReports } from "../../src/core/reports/buildAll";
import type { ReportModel, ReportRow } from "../../src/core/report/model";
import { RR } from "../../src/core/statements/lines";
import { Dec } from "../../src/core/money/decimal";
import { recalculate } from "../../test/helpers/libreoffice";
import { benchInputs } from "./lib/inputs";
import { peerReports } from "./lib/peerReports";

/**
 * The peer a user would otherwise build: a formula template. Sheet "Huvudbok" has ONE ROW PER #TRANS row
 * (year, account, insats, RR line, area, intäkt/kostnad, amount; the mapping columns typed in as values —
 * the peer's most favourable form), sheet "Rapport" has the driftsredovisning (intäkt, kostnad, netto,
 * previous year's netto; budget columns left out: they come from #PBUDGET, not the ledger) and the RR
 * (current and previous year), one SUMIFS per line and column, subtotals as sums of their lines. LibreOffice
 * headless opens it with recalculation forced and saves it (timed: the whole convert call); then every amount
 * is compared with ours to the öre: the driftsredovisning and RR of lib/peerReports.ts (what ledger.js
 * --peer-reports times), each of whose amounts is first checked equal to the whole build's. For scale, the
 * same call on a one-cell workbook gives LibreOffice's own start-up. Prints JSON { loMs, startupMs,
 * xlsxBytes, compared, mismatches: [...] }.
 */
const INCOME: ReadonlySet<string> = new Set([RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id, RR.finansiellaIntakter.id]);
const NONE = "(ingen)";
const L = "Huvudbok";
const col = (c: string) => `${L}!$${c}$2:$${c}$__N__`;

interface Expect {
  cell: string;
  what: string;
  value: Dec;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node peer.js <file.se>");
  const inputs = await benchInputs(file);
  const result = buildAllReports(inputs);
  const own = peerReports(inputs);
  for (const model of [own.drift, own.rr]) sameAmounts(model, result.models.find((m) => m.id === model.id)!);
  const target = new Map<string, { line: string; area: string }>();
  for (const c of own.mapped.cells) if (c.kind === "res" && c.line && c.area) target.set(`${c.account}|${c.insats ?? NONE}`, { line: c.line, area: c.area });

  const wb = new ExcelJS.Workbook();
  const report = wb.addWorksheet("Rapport");
  const ledger = wb.addWorksheet(L);
  ledger.addRow(["År", "Konto", "Insats", "RR-rad", "Verksamhet", "Typ", "Belopp"]);
  let n = 1;
  let year = 0;
  for (const line of readFileSync(file, "latin1").split("\n")) {
    const t = line.trim();
    if (t.startsWith("#VER")) year = t.split(" ")[3]!.startsWith("2024") ? 0 : -1;
    if (!t.startsWith("#TRANS")) continue;
    const m = /^#TRANS (\S+) \{(?:6 "([^"]+)")?\} (\S+)/.exec(t)!;
    const insats = m[2] ?? NONE;
    const to = target.get(`${m[1]}|${insats}`);
    ledger.addRow([year, m[1], insats, to?.line ?? "", to?.area ?? "", to && INCOME.has(to.line) ? "intäkt" : "kostnad", Number(m[3])]);
    n++;
  }
  const range = (c: string) => col(c).replace(/__N__/g, String(n));
  const sumifs = (crit: [string, string | number][]) => `SUMIFS(${range("G")},${crit.map(([c, v]) => `${range(c)},${typeof v === "number" ? v : `"${v}"`}`).join(",")})`;

  const expects: Expect[] = [];
  let r = 1;
  const put = (model: ReportModel, columns: string[], formula: (row: ReportRow, column: string) => string | null) => {
    const rowOf = new Map<string, number>();
    report.getCell(r++, 1).value = model.title;
    for (const row of model.rows) {
      rowOf.set(row.id, r);
      report.getCell(r, 1).value = row.label;
      columns.forEach((c, k) => {
        const v = row.values[c];
        const cell = report.getCell(r, k + 2);
        const f = row.sumOf ? row.sumOf.map((id) => `${cell.address.replace(/[0-9]+$/, "")}${rowOf.get(id)}`).join("+") : formula(row, c);
        if (f === null || !(v instanceof Dec)) return;
        cell.value = { formula: f };
        expects.push({ cell: cell.address, what: `${model.id} ${row.label} ${c}`, value: v });
      });
      r++;
    }
    r++;
  };

  // Driftsredovisning: member rows come before their area's subtotal; the subtotal names the area.
  const drift = own.drift;
  const areaOf = new Map<string, string>();
  for (const row of drift.rows) if (row.sumOf && row.kind === "subtotal") for (const id of row.sumOf) areaOf.set(id, row.id);
  const driftCriteria = (row: ReportRow, y: number): [string, string | number][] | null => {
    if (row.kind !== "line" || row.id === "drift.resultat" || row.id === "drift.utgaende-ek") return null;
    const area = areaOf.get(row.id);
    if (area === undefined) return [["E", row.id], ["A", y]]; // an area printed as one line
    const insats = row.id.endsWith(".ovrigt") ? NONE : row.id.replace(/^drift\.insats\./, "").replace(/@.*$/, "");
    return [["E", area], ["C", insats], ["A", y]];
  };
  put(drift, ["intakt", "kostnad", "netto", "previous"], (row, c) => {
    const now = driftCriteria(row, c === "previous" ? -1 : 0);
    if (!now) return null;
    const income = `-${sumifs([...now, ["F", "intäkt"]])}`;
    const cost = sumifs([...now, ["F", "kostnad"]]);
    return c === "intakt" ? income : c === "kostnad" ? cost : `${income}-${cost}`;
  });
  const rr = own.rr;
  put(rr, ["current", "previous"], (row, c) => (row.kind === "line" ? `-${sumifs([["D", row.id], ["A", c === "current" ? 0 : -1]])}` : null));

  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const t0 = performance.now();
  const out = await recalculate(new Map([["peer", bytes]]));
  const loMs = performance.now() - t0;

  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Tom").getCell("A1").value = 1;
  const emptyBytes = new Uint8Array(await empty.xlsx.writeBuffer());
  const t1 = performance.now();
  await recalculate(new Map([["tom", emptyBytes]]));
  const startupMs = performance.now() - t1;

  const back = new ExcelJS.Workbook();
  await back.xlsx.load(out.get("peer")! as unknown as ArrayBuffer);
  const sheet = back.getWorksheet("Rapport")!;
  const mismatches: string[] = [];
  for (const e of expects) {
    const v = sheet.getCell(e.cell).value as { result?: unknown } | number | null;
    // exceljs drops a formula result of 0 when reading (LibreOffice writes <v>0</v>): a formula without one is 0.
    const got = typeof v === "number" ? v : v && "formula" in (v as object) && v.result === undefined ? 0 : (v?.result as number | undefined);
    const ok = typeof got === "number" && new Dec(Math.round(got * 100)).div(100).equals(e.value.toDecimalPlaces(2));
    if (!ok && process.env.PEER_DEBUG) console.error(JSON.stringify(v));
    if (!ok) mismatches.push(`${e.what} (${e.cell}): LibreOffice ${String(got)}, vi ${e.value.toFixed(2)}`);
  }
  process.stdout.write(JSON.stringify({ loMs, startupMs, ledgerRows: n - 1, xlsxBytes: bytes.length, compared: expects.length, mismatches }) + "\n");
}

/** The peer path's report has the whole build's rows and every amount of theirs, to the öre. */
function sameAmounts(model: ReportModel, built: ReportModel): void {
  const ids = (m: ReportModel) => m.rows.map((r) => r.id).join(",");
  if (ids(model) !== ids(built)) throw new Error(`${model.id}: peerReports has other rows than buildAllReports`);
  model.rows.forEach((row, i) => {
    for (const [column, v] of Object.entries(built.rows[i]!.values)) {
      const w = row.values[column];
      if (v instanceof Dec && !(w instanceof Dec && w.equals(v))) throw new Error(`${model.id} ${row.label} ${column}: peerReports ${String(w)}, buildAllReports ${v.toString()}`);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
