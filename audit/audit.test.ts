/**
 * Auditor's tick across the printed tables: random ledgers → the CLI's build → .xlsx → read back → every tie.
 * Run: npx jest --roots '<rootDir>/audit' audit/audit.test.ts   (AUDIT_N=number of ledgers per unit)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadInputs } from "../src/cli/inputs";
import { buildAllReports } from "../src/core/reports/buildAll";
import { writeWorkbook } from "../src/xlsx/writeWorkbook";
import { layoutOf } from "../src/core/sheet/layout";
import { cellAddress, parseAddress } from "../src/core/sheet/a1";
import { displayUnit } from "../src/core/sheet/displayUnit";
import { Dec } from "../src/core/money/decimal";
import type { ReportModel } from "../src/core/report/model";
import { generateSie, type GenOptions } from "./sie";

const N = Number(process.env.AUDIT_N ?? 40);
const SETTINGS = join(__dirname, "..", "out", "indata-mall.xlsx");
const dir = process.env.AUDIT_DIR ?? mkdtempSync(join(tmpdir(), "audit-"));

type Fail = { tie: string; detail: string; seed: number; unit: string; opts: string };
const failures: Fail[] = [];
const counts = new Map<string, { checked: number; failed: number }>();
function tick(tie: string, ok: boolean, detail: () => string, ctx: { seed: number; unit: string; opts: string }) {
  const c = counts.get(tie) ?? { checked: 0, failed: 0 };
  c.checked++;
  if (!ok) {
    c.failed++;
    failures.push({ tie, detail: detail(), ...ctx });
  }
  counts.set(tie, c);
}

interface Sheet {
  model: ReportModel;
  ws: ExcelJS.Worksheet;
  at(row: string, col: string): number | undefined;
  exact(row: string, col: string): Dec | undefined;
}

function cellNumber(ws: ExcelJS.Worksheet, addr: string): number | undefined {
  const v = ws.getCell(addr).value as unknown;
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v) {
    const res = (v as { result?: unknown }).result;
    return typeof res === "number" ? res : 0; // exceljs reads <v>0</v> as no result
  }
  return undefined;
}

async function audit(o: GenOptions, unitName: "tkr" | "mnkr", source?: string) {
  const ctx = { seed: o.seed, unit: unitName, opts: source ?? JSON.stringify(o) };
  const file = join(dir, `l${o.seed}-${unitName}.se`);
  if (!source) writeFileSync(file, generateSie(o));
  const loaded = await loadInputs(source ? { source, unit: unitName } : { source: file, settings: SETTINGS, unit: unitName });
  const result = buildAllReports(loaded.inputs);
  const buf = await writeWorkbook(result.sheets);
  writeFileSync(file.replace(/\.se$/, ".xlsx"), buf);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const unit = displayUnit(unitName);
  const scale = new Dec(10).pow(unit.decimals);
  const step = new Dec(1).div(scale);
  const halfUp = (x: Dec) => x.div(unit.divisor).times(scale).toDecimalPlaces(0, Dec.ROUND_HALF_UP).div(scale);
  const sheets = new Map<string, Sheet>();
  result.models.forEach((model, i) => {
    const ws = wb.getWorksheet(result.sheets[i]!.name)!;
    const layout = layoutOf(model);
    const addr = (row: string, col: string) => {
      const r = layout.rowOf.get(row);
      const c = layout.columnOf.get(col);
      return r === undefined || c === undefined ? undefined : cellAddress(r, c);
    };
    sheets.set(model.id, {
      model,
      ws,
      at: (row, col) => {
        const a = addr(row, col);
        return a === undefined ? undefined : cellNumber(ws, a);
      },
      exact: (row, col) => {
        const v = model.rows.find((r) => r.id === row)?.values[col];
        return Dec.isDecimal(v) ? v : undefined;
      },
    });
  });
  const eq = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || Math.abs(a - b) < 1e-9;
  const pair = (tie: string, a: number | undefined, b: number | undefined, what: string) => {
    if (a === undefined || b === undefined) return;
    tick(tie, eq(a, b), () => `${what}: ${a} vs ${b}`, ctx);
  };

  // Per sheet: formulas, within one step, footnote.
  for (const [id, s] of sheets) {
    if (id === "kontroller") continue;
    const layout = layoutOf(s.model);
    let anyOff = false;
    let maxOff = new Dec(0);
    for (const row of s.model.rows) {
      for (const col of s.model.columns) {
        if (col.kind !== "amount" || row.format === "percent") continue;
        const exact = row.values[col.id];
        const address = cellAddress(layout.rowOf.get(row.id)!, layout.columnOf.get(col.id)!);
        const cell = s.ws.getCell(address);
        const v = cell.value as unknown;
        const shown = cellNumber(s.ws, address);
        if (v && typeof v === "object" && "formula" in v) {
          const f = (v as { formula: string }).formula;
          const terms = formulaTerms(f);
          const computed = terms.reduce((a, [sign, ref]) => a.plus(new Dec(cellNumber(s.ws, ref) ?? 0).times(sign)), new Dec(0));
          tick("formula cached = recomputed", computed.minus(shown ?? 0).abs().lessThan(1e-9), () => `${id}!${address} =${f} cached ${shown} recomputed ${computed}`, ctx);
        }
        if (!Dec.isDecimal(exact) || shown === undefined) continue;
        const inUnits = exact.div(unit.divisor);
        tick("within one step of exact", new Dec(shown).minus(inUnits).abs().lessThan(step), () => `${id}!${address} ${row.id}/${col.id} printed ${shown} exact ${inUnits}`, ctx);
        const off = new Dec(shown).minus(halfUp(exact)).abs();
        if (!off.isZero()) anyOff = true;
        if (off.greaterThan(maxOff)) maxOff = off;
      }
    }
    const notes: string[] = [];
    s.ws.eachRow((r) => r.eachCell((c) => typeof c.value === "string" && c.value.startsWith("Summorna räknas") && notes.push(c.value)));
    tick("rounding footnote iff some amount off half-up", anyOff === notes.length > 0, () => `${id}: off=${anyOff} (max ${maxOff}) footnotes=${notes.length}`, ctx);
    if (notes.length > 0) {
      const stated = notes[0]!.match(/högst ([\d,]+) /)?.[1]?.replace(",", ".");
      tick("footnote states the largest difference", stated !== undefined && new Dec(stated).equals(maxOff), () => `${id}: states ${stated}, largest ${maxOff}`, ctx);
    }
  }

  const rr = sheets.get("resultatrakning")!;
  const br = sheets.get("balansrakning")!;
  const kfa = sheets.get("kassaflodesanalys")!;
  const drift = sheets.get("driftsredovisning")!;
  const fy = sheets.get("flerarsoversikt")!;
  const goals = sheets.get("finansiella-mal")!;
  const follow = sheets.get("budgetuppfoljning");
  const split = sheets.get("kostnadsfordelning")!;
  const n1 = sheets.get("not-intakter")!;
  const n2 = sheets.get("not-kostnader")!;
  const fyCols = fy.model.columns.map((c) => c.id);
  const fyCur = fyCols.at(-1)!;
  const fyPrev = fyCols.at(-2);
  const kfaCols = kfa.model.columns.map((c) => c.id);

  for (const [col, fyc, driftCol] of [["current", fyCur, "netto"], ["previous", fyPrev, "previous"]] as const) {
    const res = rr.at("rr.arets-resultat", col);
    pair("årets resultat RR = BR", res, br.at("br.ek.arets-resultat", col), col);
    if (kfaCols.includes(col)) pair("årets resultat RR = KFA", res, kfa.at("kfa.arets-resultat", col), col);
    pair("årets resultat RR = Drift Summa netto", res, drift.at("drift.summa", driftCol), col);
    pair("årets resultat RR = Drift Årets resultat", res, drift.at("drift.resultat", driftCol), col);
    if (fyc) pair("årets resultat RR = Flerår", res, fy.at("fy.arets-resultat", fyc), col);
    if (col === "current") pair("årets resultat RR = Fin. mål balanskrav", res, goals.at("mal.balanskrav", "outcome"), col);
    if (col === "current" && follow && follow.model.title.includes("månad 12")) {
      const resRow = follow.model.rows.at(-1)!.id;
      pair("årets resultat RR = Budgetuppf. Resultat utfall", res, follow.at(resRow, "actual"), col);
      pair("årets resultat RR = Budgetuppf. Resultat prognos", res, follow.at(resRow, "forecast"), col);
    }
    pair("BR summa tillgångar = summa EK och skulder", br.at("br.summa-tillgangar", col), br.at("br.summa-ek-avs-skulder", col), col);
    const ek = br.at("br.summa-eget-kapital", col);
    pair("eget kapital BR = Drift utgående", ek, drift.at("drift.utgaende-ek", driftCol), col);
    if (fyc) pair("eget kapital BR = Flerår", ek, fy.at("fy.eget-kapital", fyc), col);
    if (col === "current") pair("eget kapital BR = Fin. mål", ek, goals.at("mal.eget-kapital", "outcome"), col);
    const likvida = (br.at("br.kassa-bank", col) ?? 0) + (br.at("br.kortfristiga-placeringar", col) ?? 0);
    if (kfaCols.includes(col)) pair("likvida medel KFA slut = BR", kfa.at("kfa.likvida-slut", col), likvida, col);
    if (col === "current" && br.model.columns.some((c) => c.id === "previous")) {
      const prevLikvida = (br.at("br.kassa-bank", "previous") ?? 0) + (br.at("br.kortfristiga-placeringar", "previous") ?? 0);
      pair("likvida medel KFA början = BR föregående år", kfa.at("kfa.likvida-borjan", col), prevLikvida, col);
    }
    if (kfaCols.includes(col)) {
      const b = kfa.at("kfa.likvida-borjan", col);
      const f = kfa.at("kfa.arets-kassaflode", col);
      if (b !== undefined && f !== undefined) pair("KFA början + kassaflöde = slut", b + f, kfa.at("kfa.likvida-slut", col), col);
    }
    if (col === "previous" && kfaCols.includes("previous")) pair("KFA likvida slut föregående år = KFA början", kfa.at("kfa.likvida-slut", "previous"), kfa.at("kfa.likvida-borjan", "current"), col);
    if (kfaCols.includes(col)) {
      const avskr = rr.at("rr.avskrivningar", col);
      pair("KFA justering avskrivningar = −RR avskrivningar", kfa.at("kfa.justering-avskrivningar", col), avskr === undefined ? undefined : -avskr, col);
      if (col === "current" && br.model.columns.some((c) => c.id === "previous")) {
        const d = (id: string) => (br.at(id, "current") ?? 0) - (br.at(id, "previous") ?? 0);
        pair("KFA fordringar = −Δ BR fordringar (printed)", kfa.at("kfa.fordringar", col), -d("br.fordringar"), col);
        pair("KFA skulder = Δ BR kortfristiga skulder (printed)", kfa.at("kfa.skulder", col), d("br.kortfristiga-skulder"), col);
      }
    }
    const rrIncome = ["rr.intakter", "rr.intakter.esf", "rr.intakter.ovriga"].reduce((a, id) => a + (rr.at(id, col) ?? 0), 0);
    pair("Not 1 summa = RR intäkter", n1.at("not.intakter.summa", col), rrIncome, col);
    const rrCost = rr.at("rr.kostnader", col);
    pair("Not 2 summa = −RR kostnader", n2.at("not.kostnader.summa", col), rrCost === undefined ? undefined : -rrCost, col);
  }
  for (const area of ["drift.administration", "drift.individ", "drift.struktur"]) pair("Drift område kostnad = Kostnadsfördelning", drift.at(area, "kostnad"), split.at(area, "kostnad"), area);
  pair("Drift summa kostnad = Kostnadsfördelning summa", drift.at("drift.summa", "kostnad"), split.at(split.model.rows.at(-1)!.id, "kostnad"), "summa");
  pair("Drift administration = Fin. mål admin", drift.at("drift.administration", "kostnad"), goals.at("mal.administration", "outcome"), "");
  pair("Drift individ = Fin. mål fördelning", drift.at("drift.individ", "kostnad"), goals.at("mal.fordelning", "outcome"), "");
  pair("Drift summa intäkt = Flerår intäkter", drift.at("drift.summa", "intakt"), fy.at("fy.intakter", fyCur), "");
  const dk = drift.at("drift.summa", "kostnad");
  pair("Drift summa kostnad = −Flerår kostnader", dk, fy.at("fy.kostnader", fyCur) === undefined ? undefined : -fy.at("fy.kostnader", fyCur)!, "");
  if (follow && follow.model.title.includes("månad 12")) {
    for (const row of follow.model.rows) pair("Budgetuppf. utfall = Drift netto (per rad)", follow.at(row.id, "actual"), drift.at(row.id, "netto"), row.id);
  }
  // Budget per row: Drift budget = Budgetuppföljning budget helår.
  if (follow) for (const row of follow.model.rows) pair("Budgetuppf. budget = Drift budget (per rad)", follow.at(row.id, "budget"), drift.at(row.id, "budget"), row.id);
  return result;
}

function formulaTerms(f: string): [number, string][] {
  const body = f.replace(/^=/, "");
  const sum = body.match(/^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/);
  if (sum) {
    const a = parseAddress(sum[1]!);
    const b = parseAddress(sum[2]!);
    const out: [number, string][] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push([1, cellAddress(r, c)]);
    return out;
  }
  const out: [number, string][] = [];
  for (const m of body.matchAll(/([+-]?)([A-Z]+\d+)/g)) out.push([m[1] === "-" ? -1 : 1, m[2]!]);
  return out;
}

jest.setTimeout(1_800_000);
test("audit", async () => {
  const variants: Omit<GenOptions, "seed" | "step">[] = [{ twoYearKfa: false }, { twoYearKfa: true }];
  let seed = Number(process.env.AUDIT_SEED ?? 1);
  for (let i = 0; i < N; i++) {
    for (const v of variants) {
      for (const unit of ["tkr", "mnkr"] as const) {
        seed++;
        try {
          await audit({ ...v, seed, step: unit === "tkr" ? 100_000 : 10_000_000 }, unit);
        } catch (e) {
          tick("build succeeds", false, () => String(e), { seed, unit, opts: JSON.stringify(v) });
        }
      }
    }
  }
  // The demo's input workbook and the example SIE file.
  for (const source of [SETTINGS, join(__dirname, "..", "examples", "exempelforbund.se")]) {
    for (const unit of ["tkr", "mnkr"] as const) {
      seed++;
      await audit({ twoYearKfa: false, seed, step: 0 }, unit, source);
    }
  }
  // A first-year förbund: everything but the KFA.
  for (let i = 0; i < 6; i++) {
    seed++;
    try {
      const r = await audit({ twoYearKfa: false, noOpening: true, declarePrevious: i % 2 === 1, seed, step: 100_000 }, "tkr");
      tick("no opening balances: KFA left out with a note", r.warnings.length > 0, () => JSON.stringify(r.warnings), { seed, unit: "tkr", opts: "noOpening" });
    } catch (e) {
      tick("build succeeds (no opening balances)", false, () => String(e), { seed, unit: "tkr", opts: "noOpening" });
    }
  }
  const lines = [...counts].map(([k, c]) => `${c.failed === 0 ? "ok  " : "FAIL"} ${k}: ${c.failed}/${c.checked}`);
  const byTie = new Map<string, Fail[]>();
  for (const f of failures) byTie.set(f.tie, [...(byTie.get(f.tie) ?? []), f]);
  for (const [t, fs] of byTie) {
    lines.push(`--- ${t} (${fs.length}; ledgers ${new Set(fs.map((f) => `${f.seed}/${f.unit}`)).size})`);
    for (const f of fs.slice(0, Number(process.env.AUDIT_SHOW ?? 4))) lines.push(`   seed ${f.seed} ${f.unit} ${f.opts}: ${f.detail}`);
  }
  writeFileSync(join(__dirname, "report.txt"), lines.join("\n") + "\n");
  console.log(lines.join("\n"));
});
