import { readMembers } from "../../../src/core/import/members";
import { splitContributions, defaultFundingModel } from "../../../src/core/rules/contributions";
import { Dec } from "../../../src/core/money/decimal";

describe("readMembers", () => {
  it("reads state, region and municipalities with their weights, usable by splitContributions", () => {
    const r = readMembers([
      ["Medlemmar", null, null],
      ["Namn", "Typ", "Vikt"],
      ["Försäkringskassan", "stat", null],
      ["Region Stockholm", "Region", 1],
      ["Botkyrka", "kommun", "95 000"],
      ["Huddinge", "kommun", "115 000"],
      ["Salem", "kommun", "17 000"],
    ]);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
    expect(r.members.stateName).toBe("Försäkringskassan");
    expect(r.members.municipalities.map((m) => `${m.name} ${m.weight.toString()}`)).toEqual(["Botkyrka 95000", "Huddinge 115000", "Salem 17000"]);
    const parts = splitContributions(new Dec(1000), defaultFundingModel(r.members.regions, r.members.municipalities), new Dec(1));
    expect(parts.map((p) => p.amount.toString())).toEqual(["500", "250", "104", "127", "19"]);
  });

  it("reports every bad cell: missing name, duplicate, unknown type, negative and blank weights, zero sum", () => {
    const r = readMembers(
      [
        ["namn", "typ", "vikt"],
        ["", "kommun", 1],
        ["Botkyrka", "kommun", -1],
        ["botkyrka", "kommun", 2],
        ["Region", "landsting", 1],
        ["Region Stockholm", "region", 0],
        ["Salem", "kommun", null],
        ["Staten", "stat", null],
        ["Staten igen", "stat", null],
      ],
      { topLeft: "B2" },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.code} ${e.cell}`)).toEqual([
      "members.missingName B3",
      "number.negative D4",
      "split.duplicateName B5",
      "members.badType C6",
      "members.weightMissing D8",
      "members.secondState C10",
      "split.weightsZero D7",
    ]);
  });

  it("an empty sheet says which header row to type, and where", () => {
    const r = readMembers([]);
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual(["cell A1: hittar ingen rubrikrad med kolumnerna namn, typ, vikt; skriv rubrikerna i en rad ovanför tabellen."]);
  });

  it("a name repeated with a no-break space or doubled space is the same member", () => {
    const r = readMembers([
      ["Namn", "Typ", "Vikt"],
      ["Region Exempellän", "region", 1],
      ["Norrby kommun", "kommun", 7],
      ["Norrby\u00a0kommun", "kommun", 7],
      ["Norrby  kommun", "kommun", 7],
    ]);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['cell A4: namnet "Norrby\u00a0kommun" förekommer mer än en gång.', 'cell A5: namnet "Norrby  kommun" förekommer mer än en gång.']);
  });
});
