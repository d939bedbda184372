// Deterministic synthetic SIE 4 ledger for the benchmarks (CP437, #FORMAT PC8): about 200 accounts, 20 insatser
// (dimension 6), two fiscal years (#RAR 0 = 2024, -1 = 2023) with vouchers in both, balanced vouchers, #IB/#UB/#RES
// consistent with the #TRANS rows, and a monthly #PBUDGET for the current year.
// Usage: node bench/generate-sie.mjs <rows> <out.se>   (exactly <rows> #TRANS rows)
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import iconv from "iconv-lite";
import { q, sieHeader } from "../scripts/sie-header.mjs";

const YEAR = 2024;
const YEARS = [-1, 0];

/** mulberry32: a small seeded PRNG, so every run writes the same bytes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const range = (from, count, step, name) => Array.from({ length: count }, (_, i) => [String(from + i * step), `${name} ${i + 1}`]);
// 200 accounts: 70 balance, 130 result (names with å, ä, ö so the CP437 path is exercised).
const BALANCE = [
  ...range(1220, 4, 10, "Inventarier och maskiner"),
  ...range(1510, 16, 10, "Kundfordringar och övriga fordringar"),
  ...range(1910, 10, 1, "Kassa och bank"),
  ["1930", "Företagskonto"],
  ...range(1940, 9, 1, "Placeringskonto"),
  ["2091", "Balanserat resultat"],
  ...range(2092, 7, 1, "Övrigt eget kapital"),
  ["2440", "Leverantörsskulder"],
  ...range(2441, 9, 1, "Leverantörsskulder övriga"),
  ...range(2710, 6, 10, "Personalskatt och avgifter"),
  ...range(2900, 6, 10, "Upplupna kostnader och förutbetalda intäkter"),
];
const MEMBER_INCOME = range(3010, 10, 1, "Medlemsbidrag från huvudman");
const OTHER_INCOME = range(3910, 10, 1, "Övriga bidrag och ersättningar");
const COSTS = [
  ...range(4010, 20, 10, "Köp av insatser"),
  ...range(5010, 30, 10, "Lokalkostnader och förbrukning"),
  ...range(6010, 30, 10, "Övriga externa tjänster"),
  ...range(7010, 24, 10, "Löner och arbetsgivaravgifter"),
  ...range(7832, 2, 1, "Avskrivningar inventarier"),
];
const FINANCIAL = [["8310", "Ränteintäkter"], ["8311", "Utdelningar"], ["8410", "Räntekostnader"], ["8411", "Bankavgifter finansiella"]];
// Equity moves only through the result: transfers never touch 20xx (the roll-forward check stays exact).
const TRANSFERABLE = BALANCE.filter(([n]) => !n.startsWith("20"));
const ACCOUNTS = [...BALANCE, ...MEMBER_INCOME, ...OTHER_INCOME, ...COSTS, ...FINANCIAL];
export const INSATSER = Array.from({ length: 20 }, (_, i) => [`INS${String(i + 1).padStart(2, "0")}`, `Insats nummer ${i + 1} för unga vuxna och hälsa`]);

const fmt = (ore) => {
  const sign = ore < 0 ? "-" : "";
  const a = Math.abs(ore);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
};
const pad2 = (n) => String(n).padStart(2, "0");

export async function generate(rows, out) {
  // Movements in öre per year and account (exact: every sum stays far below 2^53).
  const move = new Map(YEARS.map((y) => [y, new Map()]));
  const book = (year, account, ore) => move.get(year).set(account, (move.get(year).get(account) ?? 0) + ore);

  const stream = createWriteStream(out);
  let buf = "";
  const write = async (s) => {
    buf += s;
    if (buf.length > 1 << 20) {
      if (!stream.write(Buffer.from(buf, "latin1"))) await once(stream, "drain");
      buf = "";
    }
  };
  // The balances come before the vouchers in the file but depend on them: the same seeded sequence is
  // generated twice (pass 1 sums, pass 2 writes), so no voucher is held in memory.
  const vouchers = function* () {
    const r = prng(7 ^ rows);
    const p = (list) => list[Math.floor(r() * list.length)];
    const amt = () => 100 + Math.floor(r() * 4_999_900); // 1 kr … 50 000 kr, in öre
    const ins = () => (r() < 0.85 ? p(INSATSER)[0] : null);
    const numbers = new Map(YEARS.map((y) => [y, 0]));
    let left = rows;
    while (left > 0) {
      let k = 2 + Math.floor(r() * 3);
      if (left - k < 2) k = left;
      left -= k;
      const year = r() < 0.5 ? -1 : 0;
      const month = 1 + Math.floor(r() * 12);
      const date = `${YEAR + year}${pad2(month)}${pad2(1 + Math.floor(r() * 28))}`;
      const kind = r();
      const lines = [];
      if (kind < 0.1) {
        // Income: credits on member or other income, one bank debit.
        for (let i = 0; i < k - 1; i++) {
          const other = r() < 0.3;
          lines.push([other ? p(OTHER_INCOME)[0] : p(MEMBER_INCOME)[0], -amt(), other ? ins() : null]);
        }
        lines.push(["1930", -lines.reduce((s, l) => s + l[1], 0), null]);
      } else if (kind < 0.15) {
        // Financial items and transfers between balance accounts.
        lines.push([p(FINANCIAL)[0], r() < 0.5 ? amt() : -amt(), null]);
        for (let i = 1; i < k - 1; i++) lines.push([p(TRANSFERABLE)[0], r() < 0.5 ? amt() : -amt(), null]);
        lines.push(["1930", -lines.reduce((s, l) => s + l[1], 0), null]);
      } else {
        // Costs, most of them on an insats, against supplier debt.
        for (let i = 0; i < k - 1; i++) lines.push([p(COSTS)[0], amt(), ins()]);
        lines.push(["2440", -lines.reduce((s, l) => s + l[1], 0), null]);
      }
      numbers.set(year, numbers.get(year) + 1);
      yield { year, series: year === 0 ? "A" : "B", number: numbers.get(year), date, lines };
    }
  };
  for (const v of vouchers()) for (const [account, ore] of v.lines) book(v.year, account, ore);

  const header = sieHeader({
    program: "Finsam Ekonomi benchmarkgenerator",
    year: YEAR,
    company: "Samordningsförbundet Prestandaby",
    orgnr: "222000-0001",
    accounts: ACCOUNTS,
    insatser: INSATSER,
  });
  const isResult = (a) => a >= "3";
  const balanceAccounts = BALANCE.map(([n]) => n);
  // Opening balances of 2023: bank against equity, summing to zero.
  const ibPrev = new Map([["1930", 500_000_000], ["2091", -500_000_000]]);
  const ubPrev = (a) => (ibPrev.get(a) ?? 0) + (move.get(-1).get(a) ?? 0);
  const resPrevTotal = [...move.get(-1)].filter(([a]) => isResult(a)).reduce((s, [, x]) => s + x, 0);
  // After closing 2023 its result sits in 2091.
  const ib = (a) => ubPrev(a) + (a === "2091" ? resPrevTotal : 0);
  const ub = (a) => ib(a) + (move.get(0).get(a) ?? 0);
  for (const a of balanceAccounts) header.push(`#IB -1 ${a} ${fmt(ibPrev.get(a) ?? 0)}`, `#UB -1 ${a} ${fmt(ubPrev(a))}`);
  for (const a of balanceAccounts) header.push(`#IB 0 ${a} ${fmt(ib(a))}`, `#UB 0 ${a} ${fmt(ub(a))}`);
  for (const y of YEARS) for (const [a] of ACCOUNTS) if (isResult(a) && move.get(y).has(a)) header.push(`#RES ${y} ${a} ${fmt(move.get(y).get(a))}`);
  // Budget 2024: each insats buys from one 40xx account and pays one 70xx salary; member income without object.
  const monthly = (year, m, account, obj, ore) => `#PBUDGET 0 ${year}${pad2(m)} ${account} {${obj ? `6 ${q(obj)}` : ""}} ${fmt(ore)}`;
  INSATSER.forEach(([id], i) => {
    for (let m = 1; m <= 12; m++) {
      header.push(monthly(YEAR, m, COSTS[i][0], id, Math.round(rows * 40 + i * 10_000)));
      header.push(monthly(YEAR, m, "7010", id, Math.round(rows * 25)));
    }
  });
  for (const [a] of MEMBER_INCOME) for (let m = 1; m <= 12; m++) header.push(monthly(YEAR, m, a, null, -rows * 150));
  if (balanceAccounts.reduce((s, a) => s + ib(a), 0) !== 0) throw new Error("ingående balanser summerar inte till noll");

  await write(iconv.encode(header.join("\r\n") + "\r\n", "cp437").toString("latin1"));
  for (const v of vouchers()) {
    let s = `#VER ${v.series} ${v.number} ${v.date} "Verifikation ${v.number}"\r\n{\r\n`;
    for (const [account, ore, obj] of v.lines) s += `   #TRANS ${account} {${obj ? `6 "${obj}"` : ""}} ${fmt(ore)}\r\n`;
    await write(s + "}\r\n");
  }
  stream.write(Buffer.from(buf, "latin1"));
  stream.end();
  await once(stream, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [rows, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(rows) || rows < 2 || !out) throw new Error("usage: node bench/generate-sie.mjs <rows> <out.se>");
  await generate(rows, out);
}
