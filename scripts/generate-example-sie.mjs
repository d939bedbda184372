// Writes examples/exempelforbund.se: a deterministic, fictional SIE 4 file (CP437, #FORMAT PC8) for
// "Samordningsförbundet Exempelbygd" — two years, insatser as dimension-6 objects, vouchers for the
// current year, #IB/#UB/#RES consistent with them, and a monthly #PBUDGET. Run: node scripts/generate-example-sie.mjs
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { q, sieHeader } from "./sie-header.mjs";

const YEAR = 2024;
const ACCOUNTS = [
  ["1220", "Inventarier"], ["1229", "Ackumulerade avskrivningar inventarier"], ["1510", "Kundfordringar"],
  ["1790", "Förutbetalda kostnader och upplupna intäkter"], ["1930", "Företagskonto"], ["2091", "Balanserat resultat"],
  ["2440", "Leverantörsskulder"], ["2710", "Personalskatt"], ["2731", "Avräkning sociala avgifter"], ["2990", "Upplupna kostnader"],
  ["3010", "Medlemsbidrag staten (Försäkringskassan)"], ["3020", "Medlemsbidrag Region Exempellän"],
  ["3031", "Medlemsbidrag Norrby kommun"], ["3032", "Medlemsbidrag Söderås kommun"], ["3033", "Medlemsbidrag Västerlunds kommun"],
  ["3910", "Bidrag Europeiska socialfonden (ESF)"], ["4010", "Köp av insatser från medlemmarna"], ["5010", "Lokalhyra"],
  ["6420", "Revision"], ["6550", "Konsulttjänster"], ["6990", "Övriga externa kostnader"], ["7010", "Löner"],
  ["7510", "Arbetsgivaravgifter"], ["7832", "Avskrivningar inventarier"], ["8310", "Ränteintäkter"],
];
const INSATSER = [
  ["KANSLI", "Kansli och styrelse"],
  ["STEG", "Steg till arbete"],
  ["UNGA", "Unga vuxna i fokus"],
  ["IPS", "IPS Exempelbygd (ESF)"],
  ["HALSA", "Hälsokoordinator"],
  ["KOMP", "Kompetensinsatser för medarbetare"],
  ["KART", "Kartläggning och förstudier"],
];
// Monthly purchase of each insats from the members (kr), current year.
const MONTHLY_INSATS = { STEG: 140000, UNGA: 95000, IPS: 120000, HALSA: 55000, KOMP: 15000, KART: 12500 };
const CONTRIBUTIONS = [["3010", 3000000], ["3020", 1500000], ["3031", 700000], ["3032", 500000], ["3033", 300000]];

const ore = (kr) => Math.round(kr * 100);
const fmt = (o) => {
  const sign = o < 0 ? "-" : "";
  const a = Math.abs(o);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
};
const date = (m, d) => `${YEAR}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;

// Opening balances (= closing balances of the previous year), öre, debit positive.
const IB = { "1220": ore(180000), "1229": ore(-72000), "1510": ore(0), "1790": ore(35000), "1930": ore(2415000), "2091": ore(-2050000), "2440": ore(-310000), "2710": ore(-28000), "2731": ore(-30000), "2990": ore(-140000) };
// Previous year's result accounts (the year had no vouchers in this file).
const RES_PREV = { "3010": -3000000, "3020": -1500000, "3031": -700000, "3032": -500000, "3033": -300000, "3910": -650000, "4010": 5200000, "5010": 240000, "6420": 60000, "6550": 95000, "6990": 48000, "7010": 720000, "7510": 226000, "7832": 36000, "8310": -1200 };

const vouchers = [];
let number = 0;
const ver = (m, d, text, rows) => vouchers.push({ no: ++number, date: date(m, d), text, rows: rows.map(([account, kr, obj]) => ({ account, amount: ore(kr), obj })) });

for (let m = 1; m <= 12; m++) {
  if (m % 3 === 1) {
    ver(m, 5, `Medlemsbidrag kvartal ${(m + 2) / 3}`, [["1930", CONTRIBUTIONS.reduce((s, [, a]) => s + a / 4, 0)], ...CONTRIBUTIONS.map(([acc, a]) => [acc, -a / 4])]);
  }
  const insatsRows = Object.entries(MONTHLY_INSATS).map(([id, kr]) => ["4010", kr + (m === 12 ? 7500 : 0), id]);
  const insatsTotal = insatsRows.reduce((s, r) => s + r[1], 0);
  ver(m, 25, `Fakturor insatser ${m}`, [...insatsRows, ["2440", -insatsTotal]]);
  ver(m, 28, `Betalning leverantörer ${m}`, [["2440", insatsTotal], ["1930", -insatsTotal]]);
  ver(m, 25, `Löner kansli ${m}`, [["7010", 62000, "KANSLI"], ["7510", 19480, "KANSLI"], ["2710", -18600], ["2731", -19480], ["1930", -43400]]);
  ver(m, 12, `Skatter och avgifter ${m}`, [["2710", 18600], ["2731", 19480], ["1930", -38080]]);
  ver(m, 1, `Lokalhyra ${m}`, [["5010", 20500, "KANSLI"], ["1930", -20500]]);
  if (m % 2 === 0) ver(m, 15, `Konsult utvärdering ${m}`, [["6550", 9000, "KART"], ["6990", 3800, "KANSLI"], ["1930", -12800]]);
}
ver(3, 14, "Inköp datorer kansliet", [["1220", 60000], ["1930", -60000]]);
ver(6, 30, "ESF-rekvisition IPS januari–juni", [["1510", 410000], ["3910", -410000, "IPS"]]);
ver(8, 20, "Inbetalning ESF", [["1930", 410000], ["1510", -410000]]);
ver(12, 31, "ESF-rekvisition IPS juli–december", [["1510", 395000], ["3910", -395000, "IPS"]]);
ver(12, 31, "Revision, upplupen", [["6420", 62000, "KANSLI"], ["2990", -62000]]);
ver(12, 31, "Återföring upplupna kostnader föregående år", [["2990", 140000], ["1930", -140000]]);
ver(12, 31, "Avskrivning inventarier", [["7832", 48000, "KANSLI"], ["1229", -48000]]);
ver(12, 31, "Ränta bankkonto", [["1930", 2150], ["8310", -2150]]);

// Closing balances and results from the vouchers.
const move = new Map();
for (const v of vouchers) {
  const sum = v.rows.reduce((s, r) => s + r.amount, 0);
  if (sum !== 0) throw new Error(`verifikation ${v.no} balanserar inte (${sum})`);
  for (const r of v.rows) move.set(r.account, (move.get(r.account) ?? 0) + r.amount);
}
const isResult = (a) => a >= "3";

// Budget for the current year, per insats, spread evenly (öre per month), netto in ledger sign.
const BUDGET = [
  ["3010", -3000000], ["3020", -1500000], ["3031", -700000], ["3032", -500000], ["3033", -300000],
  ["3910", -780000, "IPS"], ["7010", 760000, "KANSLI"], ["7510", 240000, "KANSLI"], ["5010", 246000, "KANSLI"],
  ["6420", 60000, "KANSLI"], ["6990", 40000, "KANSLI"], ["7832", 48000, "KANSLI"],
  ...Object.entries(MONTHLY_INSATS).map(([id, kr]) => ["4010", kr * 12 + (id === "STEG" ? 120000 : 0), id]),
  ["6550", 60000, "KART"],
];

const lines = sieHeader({
  program: "Finsam Ekonomi exempelgenerator",
  year: YEAR,
  company: "Samordningsförbundet Exempelbygd",
  orgnr: "222000-0000",
  accounts: ACCOUNTS,
  insatser: INSATSER,
});
const balanceAccounts = ACCOUNTS.map(([n]) => n).filter((n) => !isResult(n));
for (const a of balanceAccounts) lines.push(`#IB 0 ${a} ${fmt(IB[a] ?? 0)}`);
for (const a of balanceAccounts) lines.push(`#UB 0 ${a} ${fmt((IB[a] ?? 0) + (move.get(a) ?? 0))}`);
// Before closing, the previous year's result still sits in its result accounts, not in 2091.
const resPrevOre = Object.values(RES_PREV).reduce((s, x) => s + ore(x), 0);
const ubPrev = (a) => (IB[a] ?? 0) + (a === "2091" ? -resPrevOre : 0);
for (const a of balanceAccounts) lines.push(`#UB -1 ${a} ${fmt(ubPrev(a))}`);
for (const [a] of ACCOUNTS.filter(([n]) => isResult(n))) if (move.has(a)) lines.push(`#RES 0 ${a} ${fmt(move.get(a))}`);
for (const [a, kr] of Object.entries(RES_PREV)) lines.push(`#RES -1 ${a} ${fmt(ore(kr))}`);
for (const [account, kr, obj] of BUDGET) {
  const monthly = Math.round(ore(kr) / 12);
  for (let m = 1; m <= 12; m++) {
    const amount = m === 12 ? ore(kr) - monthly * 11 : monthly;
    lines.push(`#PBUDGET 0 ${YEAR}${String(m).padStart(2, "0")} ${account} {${obj ? `6 ${q(obj)}` : ""}} ${fmt(amount)}`);
  }
}
for (const v of vouchers) {
  lines.push(`#VER "A" ${v.no} ${v.date} ${q(v.text)}`, "{");
  for (const r of v.rows) lines.push(`   #TRANS ${r.account} {${r.obj ? `6 ${q(r.obj)}` : ""}} ${fmt(r.amount)}`);
  lines.push("}");
}

// The opening balances are after closing, so they must sum to zero.
const ibSum = Object.values(IB).reduce((s, x) => s + x, 0);
if (ibSum !== 0) throw new Error(`ingående balanser summerar till ${ibSum} öre, inte noll`);

const out = fileURLToPath(new URL("../examples/exempelforbund.se", import.meta.url));
writeFileSync(out, iconv.encode(lines.join("\r\n") + "\r\n", "cp437"));
console.log(`Skrev ${out}: ${vouchers.length} verifikationer`);
