import { mappingRows, readMappingSheet, MAPPING_HEADERS } from "../../../src/core/inputs/mappingSheet";
import { diagnosticIn } from "../../../src/core/import/diagnostic";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import { KOMMUNBAS_DEFAULT_MAPPING } from "../../../src/core/mapping/kommunbasDefaults";

describe("Kontomappning sheet", () => {
  it.each([BAS_DEFAULT_MAPPING, KOMMUNBAS_DEFAULT_MAPPING])("round-trips the shipped default mapping %#", (mapping) => {
    const r = readMappingSheet([[...MAPPING_HEADERS], ...mappingRows(mapping)], mapping);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.mapping.rules).toEqual(mapping.rules);
    const used = new Set(mapping.rules.map((x) => x.note));
    expect(r.mapping.incomeNoteLines).toEqual(mapping.incomeNoteLines.filter((n) => used.has(n.id)));
    expect(r.mapping.balanceNoteLines).toEqual(mapping.balanceNoteLines.filter((n) => used.has(n.id)));
    expect(r.mapping.balanceNoteLines.length).toBeGreaterThan(0);
    expect(r.mapping.costNoteLines.map((n) => n.id)).not.toContain("ackumulerade-avskrivningar");
    expect(r.mapping.confirmed).toBe(true);
  });

  it("reads the balance-sheet note column, and a sheet written before it existed", () => {
    const header = MAPPING_HEADERS.filter((h) => h !== "Not (balansräkning)");
    const old = readMappingSheet([[...header], ["2440", "2440", "", "", "Kortfristiga skulder", "", "", "", "Leverantörer"]], BAS_DEFAULT_MAPPING);
    expect(old.ok && old.mapping.rules).toEqual([{ from: "2440", to: "2440", line: "br.kortfristiga-skulder", comment: "Leverantörer" }]);
    const r = readMappingSheet([[...MAPPING_HEADERS], ["1650", "1650", "", "", "Fordringar", "", "", "", "Momsfordran", ""]], BAS_DEFAULT_MAPPING);
    expect(r.ok && [r.mapping.rules[0]!.note, r.mapping.balanceNoteLines]).toEqual(["Momsfordran", [{ id: "Momsfordran", label: "Momsfordran" }]]);
    const two = readMappingSheet([[...MAPPING_HEADERS], ["1650", "1650", "", "", "Fordringar", "", "", "Lokal", "Momsfordran", ""]], BAS_DEFAULT_MAPPING);
    expect(!two.ok && two.errors.map((e) => e.cell)).toEqual(["I2"]);
  });

  it("adds note lines typed anew, and objects by dimension", () => {
    const r = readMappingSheet(
      [
        [...MAPPING_HEADERS],
        ["3010", "3010", "", "", "Verksamhetens intäkter", "Intäkter från huvudmännen", "Driftbidrag från Vaxholms stad", "", "", ""],
        ["4000", "4999", "6", "P1", "Verksamhetens kostnader", "Individinriktade insatser", "", "", "", "Insats P1"],
      ],
      BAS_DEFAULT_MAPPING,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.mapping.rules[0]).toEqual({ from: "3010", to: "3010", line: "rr.intakter", area: "drift.huvudman", note: "Driftbidrag från Vaxholms stad" });
    expect(r.mapping.incomeNoteLines).toEqual([{ id: "Driftbidrag från Vaxholms stad", label: "Driftbidrag från Vaxholms stad" }]);
    expect(r.mapping.rules[1]).toMatchObject({ object: { dimension: 6, id: "P1" }, area: "drift.individ", comment: "Insats P1" });
  });

  it("names every bad cell", () => {
    const r = readMappingSheet(
      [
        [...MAPPING_HEADERS],
        ["3000", "3999", "", "", "Intäkter av kaffe", "", "", "", "", ""],
        ["4000", "4999", "", "P1", "Verksamhetens kostnader", "Golf", "", "", "", ""],
        ["5x", "6000", "", "", "Verksamhetens kostnader", "", "", "", "", ""],
      ],
      BAS_DEFAULT_MAPPING,
    );
    expect(!r.ok && r.errors.map((e) => e.cell)).toEqual(["E2", "F3", "C3", "A4"]);
    // An area not known says which are: the driftsredovisning's, as printed.
    expect(!r.ok && r.errors[1]!.message).toBe(
      'cell F3: "Golf" är ingen verksamhet i driftsredovisningen; skriv en av dem: Intäkter från huvudmännen; Övriga och externa intäkter (t.ex. ESF); Administration (kansli, styrelse, revision); Individinriktade insatser; Strukturinriktade insatser.',
    );
  });

  it("words each bad cell in the pane's language, Swedish or English", () => {
    const r = readMappingSheet(
      [
        [...MAPPING_HEADERS],
        ["3000", "3999", "", "", "Intäkter av kaffe", "", "", "", "", ""],
        ["4000", "4999", "", "", "Verksamhetens kostnader", "Golf", "", "", "", ""],
        ["4000", "4999", "", "", "Verksamhetens kostnader", "", "Bidrag", "Lokal", "", ""],
        ["4000", "4999", "x", "P1", "Verksamhetens kostnader", "", "", "", "", ""],
        ["4000", "4999", "", "P1", "Verksamhetens kostnader", "", "", "", "", ""],
      ],
      BAS_DEFAULT_MAPPING,
    );
    if (r.ok) throw new Error("read");
    expect(r.errors.map((e) => diagnosticIn(e, "sv"))).toEqual([
      'cell E2: "Intäkter av kaffe" är ingen rad i resultat- eller balansräkningen.',
      'cell F3: "Golf" är ingen verksamhet i driftsredovisningen; skriv en av dem: Intäkter från huvudmännen; Övriga och externa intäkter (t.ex. ESF); Administration (kansli, styrelse, revision); Individinriktade insatser; Strukturinriktade insatser.',
      "cell H4: en regel kan höra till en not, inte två.",
      'cell C5: dimensionen "x" är inte ett heltal.',
      "cell C6: ett objekt behöver sin dimension.",
    ]);
    expect(r.errors.map((e) => diagnosticIn(e, "en"))).toEqual([
      'cell E2: "Intäkter av kaffe" is no line of the income statement or balance sheet.',
      'cell F3: "Golf" is no area of the driftsredovisning; write one of them: Intäkter från huvudmännen; Övriga och externa intäkter (t.ex. ESF); Administration (kansli, styrelse, revision); Individinriktade insatser; Strukturinriktade insatser.',
      "cell H4: a rule can belong to one note, not two.",
      'cell C5: the dimension "x" is not a whole number.',
      "cell C6: an object needs its dimension.",
    ]);
  });
});
