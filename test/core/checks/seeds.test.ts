import { Dec } from "../../../src/core/money/decimal";
import { runChecks } from "../../../src/core/checks/run";
import type { Finding } from "../../../src/core/checks/finding";
import type { StatementSet } from "../../../src/core/checks/statementSet";
import { hbs2021 } from "../../fixtures/seeds/hbs2021";
import { stockholm2022 } from "../../fixtures/seeds/stockholm2022";
import { roslagen2022 } from "../../fixtures/seeds/roslagen2022";

/** Failing check ids → difference (kronor, or procentenheter to 2 decimals); null for checks without one. */
function failures(set: StatementSet): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const f of runChecks(set)) {
    if (f.status !== "fail") continue;
    out.set(f.id, f.difference === null ? null : f.unit === "procent" ? f.difference.toFixed(2) : f.difference.toString());
  }
  return out;
}

function byId(set: StatementSet): Map<string, Finding> {
  return new Map(runChecks(set).map((f) => [f.id, f]));
}

describe("HBS 2021 (seed 000)", () => {
  const findings = byId(hbs2021);

  test("finds exactly the known and the further inconsistencies", () => {
    expect(failures(hbs2021)).toEqual(
      new Map<string, string | null>([
        // "Belopp i kr." over tkr figures (000:1231, 1251, 1285)
        ["enhet:rr", null],
        ["enhet:br", null],
        ["enhet:kfa", null],
        // "Kassaflöde för den löpande verksamheten −930,0" is only the working-capital change (000:1292)
        ["summa:kfa:kfa.lopande-summa:current", "-1753200"],
        ["summa:kfa:kfa.lopande-summa:previous", "-3340300"],
        ["summa:kfa:kfa.arets-kassaflode:current", "1753200"],
        ["summa:kfa:kfa.arets-kassaflode:previous", "3340300"],
        // KFA likvida medel vs BR kassa och bank: 2 001,5 (2021) and 2 001,4 (2020) tkr
        ["kfa:likvida-br:current", "-2001500"],
        ["kfa:likvida-br:previous", "-2001400"],
        ["kfa:ingaende-br", "-2001400"],
        // 2020: årets kassaflöde 1 633,5 but likvida medel moved 13 506,0 → 13 863,7 (357,7)
        ["kfa:forandring:previous", "1275800"],
        // Not 2: 2020 lines sum to 16 583,1, not the printed 16 738,7; 2021 Summa 17 423,4 vs RR 17 423,0
        ["summa:not:2:not.kostnader.summa:previous", "155600"],
        ["not:2:current", "400"],
        // Driftsredovisning 2020 costs 16 742 vs RR 16 738,7
        ["drift:kostnader:previous", "3300"],
        // Avvikelse computed on kostnad although headed "Utfall-Budget netto"
        ["avvikelse:drift:drift.individ", "4177000"],
        ["avvikelse:drift:drift.struktur", "399000"],
        ["avvikelse-konvention:drift", null],
        // Diagram 5 "8%" for strukturinriktade: 1 305 / 17 423 = 7,49 %
        ["text:diagram-struktur", "0.51"],
        // "5,3 miljoner" lower costs for insatser: the driftsredovisning shows 2 280 + 445 = 2 725 tkr
        ["text:avvikelse-insatser", "2575000"],
      ]),
    );
  });

  test("reads the mislabelled tables in tkr, so the ties that hold pass", () => {
    for (const id of [
      "balans:current", "balans:previous", "resultat:br:current", "resultat:kfa:current", "resultat:drift:current", "resultat:drift:previous",
      "eget-kapital:rullning", "kfa:fordringar", "kfa:skulder", "kfa:forandring:current", "kfa:ingaende-fg", "kfa:justeringar:current", "kfa:justeringar:previous", "not:1:current", "not:1:previous",
      "not:2:previous", "drift:intakter:current", "drift:kostnader:current", "summa:not:2:not.kostnader.summa:current",
      "avvikelse:drift:drift.administration", "text:admin-andel", "text:diagram-individ", "text:over-tak", "text:eget-kapital", "text:bidrag-parterna",
    ]) {
      expect([id, findings.get(id)?.status]).toEqual([id, "pass"]);
    }
  });

  test("explains the löpande line and the cash gap", () => {
    expect(findings.get("summa:kfa:kfa.lopande-summa:current")?.explanation.sv).toContain("bara förändringen av rörelsekapitalet");
    expect(findings.get("enhet:rr")?.explanation.sv).toContain("Rubriken anger kr, men beloppen motsvarar tkr");
    expect(findings.get("avvikelse-konvention:drift")?.explanation.sv).toContain("utfall − budget (kostnad)");
    expect(findings.get("kfa:likvida-br:current")?.tolerance?.toString()).toBe("150");
  });

  test("explains the same in English for the pane's English mode, in English number notation", () => {
    const lopande = findings.get("summa:kfa:kfa.lopande-summa:current")!.explanation.en;
    expect(lopande).toMatch(/^KFA .* \(-?[\d,]+ kr\) compared with summan av dess rader \([\d,.]+ kr\): difference -1,753,200 kr, rounding tolerance ±[\d,.]+ kr\. Does not hold\. The line shows only the change in working capital/);
    expect(findings.get("enhet:rr")!.explanation.en).toContain("The heading says kr, but the amounts are tkr");
    for (const f of findings.values()) expect([f.id, f.explanation.en]).not.toEqual([f.id, expect.stringMatching(/stämmer|jämfört med|saknas\./)]);
    // Titles name tables and rows as readers know them, not by internal ids (rr.intakter, = kfa).
    for (const f of findings.values()) expect([f.id, f.title.en]).not.toEqual([f.id, expect.stringMatching(/\b(?:rr|br|kfa|drift|fy)(?:\.|\b(?!-))|\bnot:/)]);
  });
});

test("HBS 2021: Not 3 Fordringar and Not 4 (all of Kortfristiga skulder) add up and tie to the BR both years (000:1341–1366, 000:1259, 000:1277)", () => {
  const findings = byId(hbs2021);
  const ids = ["current", "previous"].flatMap((p) => [`not:3:${p}`, `not:4:${p}`, `summa:not:3:not.fordringar.summa:${p}`, `summa:not:4:not.skulder.summa:${p}`]);
  expect(ids.map((id) => [id, findings.get(id)?.status, findings.get(id)?.difference?.toString()])).toEqual(ids.map((id) => [id, "pass", "0"]));
});

describe("Stockholm 2022 (seed 002)", () => {
  const findings = byId(stockholm2022);

  test("finds exactly the known and the further inconsistencies", () => {
    expect(failures(stockholm2022)).toEqual(
      new Map<string, string | null>([
        // RR 2021 Avskrivningar printed "−155" (002:1788); Not 5 says 155 045
        ["summa:rr:rr.verksamhetens-resultat:previous", "-154890"],
        ["drift:kostnader:previous", "155253"],
        ["fy:kostnader:previous", "154890"],
        // … and the KFA's 2021 adjustment 155 043 (002:1874) against that RR line's −155
        ["kfa:justeringar:previous", "154888"],
        // … and Not 5's own 2021 årets avskrivningar 155 045 (002:2158) against it
        ["avskrivningar:noter:previous", "154890"],
        // KFA 2021: 2 858 083 + 155 043 = 3 013 126, printed 3 013 128
        ["summa:kfa:kfa.fore-rorelsekapital:previous", "2"],
        // Working-capital lines vs BR deltas, a netted ≈ 95 118
        ["kfa:fordringar", "-95118"],
        ["kfa:skulder", "95119"],
        // Five-year costs net the 532 kr financial income (so its income leaves them out)
        ["fy:intakter:current", "-532"],
        ["fy:kostnader:current", "-532"],
        // Text: 42,9 (is 42,96), ESF 2,8 (Not 2: 3,1), övriga 2,5 (2,2), individ 32,2 (32,08), 78,5 % (78,07 %)
        ["text:kostnader", "-60252"],
        ["text:esf", "-309207"],
        ["text:ovriga", "309515"],
        ["text:individ-belopp", "124013"],
        ["text:individ-andel", "0.43"],
      ]),
    );
  });

  test("the ties that hold pass", () => {
    for (const id of [
      "balans:current", "balans:previous", "eget-kapital:rullning", "eget-kapital:drift:current", "kfa:likvida-br:current", "kfa:likvida-br:previous",
      "kfa:ingaende-br", "kfa:forandring:current", "kfa:forandring:previous", "kfa:justeringar:current", "kfa:investeringar", "soliditet:current", "soliditet:previous", "fy:resultat:2018",
      "not:2:current", "not:3:previous", "not:6:previous", "not:7:current", "drift:intakter:current", "drift:kostnader:current", "resultat:fy:current",
      "avvikelse-konvention:drift", "enhet:drift", "enhet:rr", "text:totala-kostnader", "text:kansli-andel", "text:struktur-andel", "text:medlemsbidrag",
    ]) {
      expect([id, findings.get(id)?.status]).toEqual([id, "pass"]);
    }
    // Investments −326 267 (002:1905) against −(559 862 − 402 677 + 169 081) = −326 266 (002:1820, 002:1788): ±2 kr rounding.
    expect(findings.get("kfa:investeringar")?.difference?.toString()).toBe("-1");
    // Not 7 Summa 11 431 901 vs BR 11 431 900: within ±1 kr rounding.
    expect(findings.get("not:7:current")?.difference?.toString()).toBe("1");
  });

  test("Not 5 Inventarier: redovisat värde ties to the BR both years and rolls forward, 2022 within rounding", () => {
    for (const id of ["not:5:current", "not:5:previous", "inventarier:5:rullning:current", "inventarier:5:rullning:previous", "avskrivningar:noter:current", "inventarier:5:ingaende:anskaffning", "inventarier:5:ingaende:avskrivningar"]) {
      expect([id, findings.get(id)?.status]).toEqual([id, "pass"]);
    }
    // 1 081 796 − 679 119 + 326 267 − 169 081 = 559 863 against the printed 559 862 (002:2144–2164): ±2,5 kr for five whole-krona figures.
    expect([findings.get("inventarier:5:rullning:current")?.difference?.toString(), findings.get("inventarier:5:rullning:current")?.tolerance?.toString()]).toEqual(["1", "2.5"]);
    // A slip of 10 000 kr in the printed redovisat värde 2022 breaks the roll-forward and the tie to the BR.
    const note = stockholm2022.notes!.find((n) => n.number === "5")!;
    const rows = note.model.rows.map((r) => (r.id === "not.inventarier.redovisat-varde" ? { ...r, values: { ...r.values, current: new Dec(569862) } } : r));
    const slip = byId({ ...stockholm2022, notes: stockholm2022.notes!.map((n) => (n === note ? { ...n, model: { ...n.model, rows } } : n)) });
    expect(["inventarier:5:rullning:current", "not:5:current"].map((id) => [slip.get(id)?.status, slip.get(id)?.difference?.toString()])).toEqual([
      ["fail", "-9999"],
      ["fail", "10000"],
    ]);
  });

  test("Tabell 12's likvida medel ties to BR kassa och bank both years; a slip in it is found", () => {
    // 13 985 tkr against 13 984 924 kr and 17 940 tkr against 17 939 972 kr (002:1956, 002:1826)
    expect(["current", "previous"].map((p) => [findings.get(`drift:likvida-br:${p}`)?.status, findings.get(`drift:likvida-br:${p}`)?.difference?.toString()])).toEqual([
      ["pass", "76"],
      ["pass", "28"],
    ]);
    const drift = stockholm2022.drift!;
    const slip = { ...drift, model: { ...drift.model, rows: drift.model.rows.map((r) => (r.id === "drift.likvida-medel" ? { ...r, values: { ...r.values, netto: new Dec(13895000) } } : r)) } };
    expect(byId({ ...stockholm2022, drift: slip }).get("drift:likvida-br:current")?.status).toBe("fail");
  });

  test("names the netted financial income", () => {
    expect(findings.get("fy:kostnader:current")?.explanation.sv).toContain("finansiella intäkterna");
    expect(findings.get("fy:intakter:current")?.explanation.sv).toContain("finansiella intäkterna");
  });
});

describe("Roslagen 2022 (seed 003)", () => {
  const findings = byId(roslagen2022);

  test("statements tie within rounding except the 2021 liabilities and Not 2", () => {
    expect(failures(roslagen2022)).toEqual(
      new Map<string, string | null>([
        // BR 2021: −1 138 + 3 525 + 909 + 3 + 1 467 = 4 766, printed 4 760 (003:816–826)
        ["summa:br:br.summa-ek-avs-skulder:previous", "-6000"],
        ["kfa:skulder", "6000"],
        // KFA 2021 adjusts 13 tkr for non-cash items (003:864) though RR prints no avskrivningar (003:846) and BR no avsättningar
        ["kfa:justeringar:previous", "13000"],
        // Not 2: admin 2021 lines 1 605 vs 1 609 (NNS 2021 not printed); avvikelse sums; budget total 10 560 vs 10 590
        ["summa:not:2:not.kostnader.admin:previous", "4000"],
        ["summa:not:2:not.kostnader.struktur:avvikelse", "235000"],
        ["summa:not:2:not.kostnader.individ:avvikelse", "32000"],
        ["summa:not:2:not.kostnader.summa:budget", "30000"],
        // Not 2's budget Verksamhetens kostnader 10 590 (003:1026) vs the driftredovisning's Nettokostnad budget 10 490 (003:912)
        ["not:2:budget", "100000"],
        // Not 2 uses budget − utfall, except two rows
        ["avvikelse:not:2:not.kostnader.struktur", "235000"],
        ["avvikelse:not:2:not.kostnader.individ.samverkansteam", "-166000"],
        ["avvikelse:not:2:not.kostnader.individ", "-133000"],
        ["avvikelse-konvention:not:2", null],
      ]),
    );
  });

  test("Not 2's budget is compared with the driftredovisning's, and holds once they agree", () => {
    expect(findings.get("not:2:budget")?.explanation.sv).toMatch(/^Not 2 Verksamhetens kostnader \(Budget 2022\) \(10\s590\s000 kr\) jämfört med Driftsredovisningens budget för kostnader \(10\s490\s000 kr\)/);
    const drift = roslagen2022.drift!;
    const agreed = { ...drift, model: { ...drift.model, rows: drift.model.rows.map((r) => (r.id === "drift.kostnader" ? { ...r, values: { ...r.values, budget: new Dec(10_590_000) } } : r)) } };
    expect(byId({ ...roslagen2022, drift: agreed }).get("not:2:budget")?.status).toBe("pass");
  });

  test("the ties that hold pass, including derived subtotals", () => {
    for (const id of [
      "balans:current", "balans:previous", "summa:br:br.summa-tillgangar:current", "summa:br:br.summa-ek-avs-skulder:current", "eget-kapital:rullning",
      "eget-kapital:drift:current", "kfa:fordringar", "kfa:likvida-br:current", "kfa:ingaende-br", "summa:kfa:kfa.lopande-summa:current",
      "resultat:drift:current", "drift:intakter:current", "drift:intakter:previous", "not:1:current", "not:2:current", "avvikelse-konvention:drift",
      "avvikelse:drift:drift.kostnader", "text:admin", "text:eget-kapital", "text:esf", "enhet:rr",
    ]) {
      expect([id, findings.get(id)?.status]).toEqual([id, "pass"]);
    }
  });
});
