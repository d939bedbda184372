import { parseSie } from "../../../src/core/import/sie";
import { applyMapping } from "../../../src/core/mapping/apply";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { buildKassaflodesanalys } from "../../../src/core/statements/kassaflodesanalys";
import { INVENTARIER, KFA } from "../../../src/core/statements/lines";
import { buildBalanceNotes } from "../../../src/core/statements/balanceNotes";
import { cell, rowIds } from "./helpers";
import { IMMATERIELLA_KONTON } from "../../fixtures/sie/immateriella";

/**
 * Balanserade utgifter (BAS 1010) bought for 10 000 in 2024 and written off by 8 000 a year (7810), beside inventarier
 * (1220) written off by 18 000 and 20 000 (7832), bought for 10 000 in 2023. Worked by hand, 2024: immateriella book
 * value 32 000 → 34 000, + 8 000 written off = 10 000 invested; inventarier 62 000 → 42 000, + 20 000 = 0. 2023:
 * immateriella 40 000 → 32 000 + 8 000 = 0; inventarier 70 000 → 62 000 + 18 000 = 10 000.
 */
const lines = [
  "#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#RAR -1 20230101 20231231",
  ...IMMATERIELLA_KONTON,
  ...[["1930", "Bank"], ["2091", "Balanserat"], ["3010", "Medlemsbidrag staten"], ["4010", "Kop av insatser"]].map(([n, name]) => `#KONTO ${n} "${name}"`),
  "#IB -1 1010 40000", "#IB -1 1019 0", "#IB -1 1220 80000", "#IB -1 1229 -10000", "#IB -1 1930 510000", "#IB -1 2091 -620000",
  "#RES -1 3010 -1000000", "#RES -1 4010 956000", "#RES -1 7810 8000", "#RES -1 7832 18000",
  "#UB -1 1010 40000", "#UB -1 1019 -8000", "#UB -1 1220 90000", "#UB -1 1229 -28000", "#UB -1 1930 544000", "#UB -1 2091 -620000",
  "#IB 0 1010 40000", "#IB 0 1019 -8000", "#IB 0 1220 90000", "#IB 0 1229 -28000", "#IB 0 1930 544000", "#IB 0 2091 -638000",
  "#RES 0 3010 -1000000", "#RES 0 4010 960000", "#RES 0 7810 8000", "#RES 0 7832 20000",
  "#UB 0 1010 50000", "#UB 0 1019 -16000", "#UB 0 1220 90000", "#UB 0 1229 -48000", "#UB 0 1930 574000", "#UB 0 2091 -638000",
];

describe("kassaflödesanalys of a förbund with immateriella anläggningstillgångar", () => {
  const parsed = parseSie(new TextEncoder().encode(lines.join("\n")));
  const kfa = buildKassaflodesanalys(applyMapping(parsed.ledger, BAS_DEFAULT_MAPPING));
  // Number(…) + 0: a zero line is −0 where it is a negated zero.
  const both = (id: string) => [cell(kfa, id, "current"), cell(kfa, id, "previous")].map((v) => Number(v) + 0);

  it("prints the investment in immateriella apart from the materiella, each gross of its own avskrivningar", () => {
    expect(parsed.errors).toEqual([]);
    expect(both(KFA.invImmateriella.id)).toEqual([-10000, 0]);
    expect(both(KFA.invMateriella.id)).toEqual([0, -10000]);
    expect(both(KFA.investeringSumma.id)).toEqual([-10000, -10000]);
    // Årets kassaflöde is still the change in kassa och bank: 544 000 → 574 000, 510 000 → 544 000.
    expect(both(KFA.aretsKassaflode.id)).toEqual([30000, 34000]);
  });

  it("lists the immateriella lines first under Investeringsverksamheten, as RKR R13's example does", () => {
    const ids = rowIds(kfa);
    expect(ids.slice(ids.indexOf(KFA.investering.id) + 1, ids.indexOf(KFA.investeringSumma.id))).toEqual([
      KFA.invImmateriella.id, KFA.forsImmateriella.id, KFA.invMateriella.id, KFA.forsMateriella.id, KFA.invFinansiella.id,
    ]);
  });
});

describe("kassaflödesanalys of a förbund without immateriella anläggningstillgångar", () => {
  it("has no immateriella lines", () => {
    // The same ledger without 1010, 1019 and 7810, its equity and bank moved to balance.
    const without = [
      ...lines.filter((l) => !/^#(IB|UB|RES) /.test(l) && !/ 10(10|19) | 7810 /.test(l)),
      "#IB -1 1220 80000", "#IB -1 1229 -10000", "#IB -1 1930 510000", "#IB -1 2091 -580000",
      "#RES -1 3010 -1000000", "#RES -1 4010 956000", "#RES -1 7832 18000",
      "#UB -1 1220 90000", "#UB -1 1229 -28000", "#UB -1 1930 544000", "#UB -1 2091 -580000",
      "#IB 0 1220 90000", "#IB 0 1229 -28000", "#IB 0 1930 544000", "#IB 0 2091 -606000",
      "#RES 0 3010 -1000000", "#RES 0 4010 960000", "#RES 0 7832 20000",
      "#UB 0 1220 90000", "#UB 0 1229 -48000", "#UB 0 1930 584000", "#UB 0 2091 -606000",
    ];
    const parsed = parseSie(new TextEncoder().encode(without.join("\n")));
    expect(parsed.errors).toEqual([]);
    const kfa = buildKassaflodesanalys(applyMapping(parsed.ledger, BAS_DEFAULT_MAPPING));
    expect(rowIds(kfa).filter((id) => id.includes("immateriella"))).toEqual([]);
    expect(cell(kfa, KFA.invMateriella.id, "previous")).toBe("-10000");
  });
});

describe("avskrivningar on an account marked immateriella, in a ledger without immateriella anläggningstillgångar", () => {
  // Inventarier 90 000 (1220, 1229) written off by 20 000 on 7810, which BAS_DEFAULT_MAPPING marks as immateriella
  // (as Kommun-Bas's 681 is marked, to confirm): the BR has no immateriella, so there is nothing for them to be on.
  const misbooked = [
    ...lines.filter((l) => !/^#(IB|UB|RES) /.test(l)),
    "#IB 0 1220 90000", "#IB 0 1229 -28000", "#IB 0 1930 544000", "#IB 0 2091 -606000",
    "#RES 0 3010 -1000000", "#RES 0 4010 960000", "#RES 0 7810 20000",
    "#UB 0 1220 90000", "#UB 0 1229 -48000", "#UB 0 1930 584000", "#UB 0 2091 -606000",
  ];
  const m = applyMapping(parseSie(new TextEncoder().encode(misbooked.join("\n"))).ledger, BAS_DEFAULT_MAPPING);

  it("are the inventariers': the kassaflödesanalys invests and sells nothing, and Not Inventarier writes them off as årets avskrivningar", () => {
    const kfa = buildKassaflodesanalys(m);
    // Without the rule, −20 000 invested in immateriella and 20 000 of materiella sold, of assets the BR does not have.
    expect(rowIds(kfa).filter((id) => id.includes("immateriella"))).toEqual([]);
    expect([KFA.invMateriella.id, KFA.forsMateriella.id].map((id) => Number(cell(kfa, id, "current")) + 0)).toEqual([0, 0]);
    const notes = buildBalanceNotes(m, { unit: "kr", firstNumber: 4 });
    const inventarier = notes.notes[0]!.model;
    expect([cell(inventarier, INVENTARIER.avskrivningar.id, "current"), cell(inventarier, INVENTARIER.ubAvskrivningar.id, "current")]).toEqual(["-20000", "-48000"]);
    expect(rowIds(inventarier)).not.toContain(INVENTARIER.utrangeringAvskrivningar.id);
    expect(notes.sheet.footnotes).toContain("Inventarier: ackumulerade avskrivningar och årets avskrivningar (resultaträkningens) med minustecken.");
  });
});
