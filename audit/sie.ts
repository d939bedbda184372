// Random SIE 4 ledgers for the audit: the example förbund's accounts and insatser, amounts with öre and half steps.
import iconv from "iconv-lite";

export interface GenOptions {
  seed: number;
  /** Display step in öre (tkr: 100 000; mnkr: 10 000 000). */
  step: number;
  /** #IB -1 with vouchers for the previous year too. */
  twoYearKfa: boolean;
  /** No opening balances at all (a first-year förbund). */
  noOpening?: boolean;
  /** With noOpening: #RAR -1 declared all the same (no #UB -1, no #IB 0). */
  declarePrevious?: boolean;
  /** Number of vouchers per year. */
  vouchers?: number;
}

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNTS: [string, string][] = [
  ["1220", "Inventarier"], ["1229", "Ackumulerade avskrivningar inventarier"], ["1510", "Kundfordringar"],
  ["1790", "Förutbetalda kostnader och upplupna intäkter"], ["1930", "Företagskonto"], ["2091", "Balanserat resultat"],
  ["2440", "Leverantörsskulder"], ["2710", "Personalskatt"], ["2731", "Avräkning sociala avgifter"], ["2990", "Upplupna kostnader"],
  ["3010", "Medlemsbidrag staten (Försäkringskassan)"], ["3020", "Medlemsbidrag Region Exempellän"], ["3031", "Medlemsbidrag Norrby kommun"],
  ["3032", "Medlemsbidrag Söderås kommun"], ["3033", "Medlemsbidrag Västerlunds kommun"], ["3910", "Bidrag Europeiska socialfonden (ESF)"],
  ["4010", "Köp av insatser från medlemmarna"], ["5010", "Lokalhyra"], ["6420", "Revision"], ["6550", "Konsulttjänster"],
  ["6990", "Övriga externa kostnader"], ["7010", "Löner"], ["7510", "Arbetsgivaravgifter"], ["7832", "Avskrivningar inventarier"],
  ["8310", "Ränteintäkter"],
];
const OBJECTS: [string, string][] = [
  ["KANSLI", "Kansli och styrelse"], ["STEG", "Steg till arbete"], ["UNGA", "Unga vuxna i fokus"], ["IPS", "IPS Exempelbygd (ESF)"],
  ["HALSA", "Hälsokoordinator"], ["KOMP", "Kompetensinsatser för medarbetare"], ["KART", "Kartläggning och förstudier"],
];
const BALANCE = ["1220", "1229", "1510", "1790", "1930", "2091", "2440", "2710", "2731", "2990"];
const fmt = (ore: number) => `${ore < 0 ? "-" : ""}${Math.floor(Math.abs(ore) / 100)}.${String(Math.abs(ore) % 100).padStart(2, "0")}`;
const pad2 = (n: number) => String(n).padStart(2, "0");

export function generateSie(o: GenOptions): Buffer {
  const r = prng(o.seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const half = o.step / 2;
  // An amount in öre: a whole number of steps plus a half step, a half step ± 1 öre, or anything.
  const amt = (maxSteps: number) => {
    const k = int(maxSteps + 1);
    const kind = int(5);
    const frac = kind === 0 ? half : kind === 1 ? half + (r() < 0.5 ? 1 : -1) : kind === 2 ? 0 : kind === 3 ? int(o.step) : int(100) * (o.step / 100);
    return k * o.step + frac;
  };
  const years = o.twoYearKfa ? [-1, 0] : [0];
  const move = new Map<number, Map<string, number>>(years.map((y) => [y, new Map()]));
  const vers: string[] = [];
  const scale = o.step === 100_000 ? 1 : 0.02;
  for (const y of years) {
    const book = (a: string, v: number) => move.get(y)!.set(a, (move.get(y)!.get(a) ?? 0) + v);
    let n = 0;
    const voucher = (lines: [string, number, string | null][]) => {
      n++;
      const date = `${2024 + y}${pad2(1 + int(12))}${pad2(1 + int(28))}`;
      for (const [a, v] of lines) book(a, v);
      vers.push(`#VER "${y === 0 ? "A" : "B"}" ${n} ${date} "Ver ${n}"`, "{", ...lines.map(([a, v, ob]) => `   #TRANS ${a} {${ob ? `6 "${ob}"` : ""}} ${fmt(v)}`), "}");
    };
    const count = o.vouchers ?? 12 + int(20);
    for (let i = 0; i < count; i++) {
      const kind = r();
      if (kind < 0.2) {
        const lines: [string, number, string | null][] = [];
        for (const a of ["3010", "3020", "3031", "3032", "3033"]) if (r() < 0.7) lines.push([a, -amt(1500 * scale), null]);
        if (r() < 0.3) lines.push(["3910", -amt(800 * scale), "IPS"]);
        if (lines.length === 0) continue;
        lines.push(["1930", -lines.reduce((s, l) => s + l[1], 0), null]);
        voucher(lines);
      } else if (kind < 0.6) {
        const lines: [string, number, string | null][] = [];
        const k = 1 + int(4);
        for (let j = 0; j < k; j++) {
          const a = pick(["4010", "4010", "5010", "6420", "6550", "6990", "7010", "7510"]);
          const ob = a === "4010" ? pick(OBJECTS.slice(1))[0] : r() < 0.8 ? "KANSLI" : r() < 0.5 ? pick(OBJECTS)[0] : null;
          // Now and then a credit (a returned cost) to get negative lines.
          lines.push([a, (r() < 0.1 ? -1 : 1) * amt(600 * scale), ob]);
        }
        lines.push([pick(["1930", "2440", "2990"]), -lines.reduce((s, l) => s + l[1], 0), null]);
        voucher(lines);
      } else if (kind < 0.68) {
        const v = amt(60 * scale);
        voucher([["7832", v, null], ["1229", -v, null]]);
      } else if (kind < 0.74) {
        const v = amt(100 * scale);
        voucher([["1220", v, null], ["1930", -v, null]]);
      } else if (kind < 0.8) {
        const v = amt(5 * scale) * (r() < 0.8 ? 1 : -1);
        voucher([["8310", -v, null], ["1930", v, null]]);
      } else {
        const a = pick(["1510", "1790", "2440", "2710", "2731", "2990"]);
        const v = amt(400 * scale) * (r() < 0.5 ? 1 : -1);
        voucher([[a, v, null], ["1930", -v, null]]);
      }
    }
  }
  const rnd = (m: number) => amt(m * scale);
  const lines: string[] = [
    "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", '#PROGRAM "audit" 1.0', "#GEN 20250215", '#FNAMN "Samordningsförbundet Revision"',
    "#ORGNR 222000-0000", "#RAR 0 20240101 20241231", ...(o.noOpening && !o.declarePrevious ? [] : ["#RAR -1 20230101 20231231"]), "#KPTYP BAS2024", "#VALUTA SEK",
    ...ACCOUNTS.map(([a, t]) => `#KONTO ${a} "${t}"`), '#DIM 6 "Projekt"', ...OBJECTS.map(([id, t]) => `#OBJEKT 6 "${id}" "${t}"`),
  ];
  // Balances at the start of the first year with vouchers (IB -1 when two years, else IB 0).
  const first = new Map<string, number>();
  if (!o.noOpening) {
    first.set("1220", rnd(300)); first.set("1229", -rnd(100)); first.set("1510", rnd(300)); first.set("1790", rnd(50));
    first.set("1930", rnd(4000) * (r() < 0.05 ? -1 : 1)); first.set("2440", -rnd(400)); first.set("2710", -rnd(40));
    first.set("2731", -rnd(40)); first.set("2990", -rnd(200));
    first.set("2091", -[...first.values()].reduce((s, v) => s + v, 0));
  }
  const result = (y: number) => [...(move.get(y) ?? new Map<string, number>())].filter(([a]) => a >= "3").reduce((s, [, v]) => s + v, 0);
  const ubOf = (y: number, ib: Map<string, number>) => new Map(BALANCE.map((a) => [a, (ib.get(a) ?? 0) + (move.get(y)?.get(a) ?? 0)]));
  let ib0: Map<string, number>;
  let resPrev: Map<string, number>;
  if (o.twoYearKfa) {
    const ubPrev = ubOf(-1, first);
    for (const a of BALANCE) lines.push(`#IB -1 ${a} ${fmt(first.get(a) ?? 0)}`, `#UB -1 ${a} ${fmt(ubPrev.get(a)!)}`);
    ib0 = new Map(ubPrev);
    ib0.set("2091", ib0.get("2091")! + result(-1));
    resPrev = new Map([...move.get(-1)!].filter(([a]) => a >= "3"));
  } else {
    // Previous year as balances only: UB -1 = IB 0 (before closing), a random result.
    ib0 = first;
    resPrev = new Map();
    if (!o.noOpening) {
      for (const a of ["3010", "3020", "3031", "3910", "4010", "5010", "7010", "7832"]) resPrev.set(a, (a < "4" ? -1 : 1) * rnd(a < "4" ? 1500 : 800));
      const rp = [...resPrev.values()].reduce((s, v) => s + v, 0);
      for (const a of BALANCE) lines.push(`#UB -1 ${a} ${fmt((ib0.get(a) ?? 0) - (a === "2091" ? rp : 0))}`);
    }
  }
  const ub0 = ubOf(0, ib0);
  if (!o.noOpening) for (const a of BALANCE) lines.push(`#IB 0 ${a} ${fmt(ib0.get(a) ?? 0)}`);
  for (const a of BALANCE) lines.push(`#UB 0 ${a} ${fmt(ub0.get(a)!)}`);
  for (const [a, v] of move.get(0)!) if (a >= "3") lines.push(`#RES 0 ${a} ${fmt(v)}`);
  for (const [a, v] of resPrev) lines.push(`#RES -1 ${a} ${fmt(v)}`);
  // Budget 2024.
  for (let m = 1; m <= 12; m++) {
    lines.push(`#PBUDGET 0 2024${pad2(m)} 3010 {} ${fmt(-rnd(60))}`);
    for (const [ob] of OBJECTS) lines.push(`#PBUDGET 0 2024${pad2(m)} ${ob === "KANSLI" ? "7010" : "4010"} {6 "${ob}"} ${fmt(rnd(40))}`);
  }
  return iconv.encode([...lines, ...vers].join("\r\n") + "\r\n", "cp437");
}
