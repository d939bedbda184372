import { ownershipKey, ownershipName, ownershipReference } from "../../../src/core/sheet/ownership";
import { uniqueSheetName, validateSheetName } from "../../../src/core/sheet/sheetName";
import { isFinsamError } from "../../../src/core/errors";

const code = (f: () => unknown) => {
  try { f(); } catch (e) { return isFinsamError(e) ? e.code : "other"; }
  return "none";
};

describe("sheet ownership names", () => {
  test("report ids become defined names and back", () => {
    expect(ownershipName("not-intakter")).toBe("FinsamOwned_not_intakter");
    expect(ownershipKey("FinsamOwned_not_intakter")).toBe("not-intakter");
    expect(ownershipKey("FINSAMOWNED_RR")).toBe("rr");
    expect(ownershipKey("Budget2023")).toBeNull();
    expect(code(() => ownershipName("Resultaträkning"))).toBe("sheet.ownerKey");
    expect(code(() => ownershipName(""))).toBe("sheet.ownerKey");
    // "not_intakter" would name the same sheet as "not-intakter" and come back as the other.
    expect(code(() => ownershipName("not_intakter"))).toBe("sheet.ownerKey");
  });

  test("the reference points at the sheet's A1, quoted as needed", () => {
    expect(ownershipReference("Resultaträkning")).toBe("'Resultaträkning'!$A$1");
    expect(ownershipReference("RR")).toBe("RR!$A$1");
  });
});

describe("sheet names", () => {
  test("Excel's rules", () => {
    expect(validateSheetName("Balansräkning")).toBe("Balansräkning");
    for (const bad of ["", "a".repeat(32), "Drift/2022", "RR[1]", "'RR'", "Not:1"]) expect(code(() => validateSheetName(bad))).toBe("sheet.name");
  });

  test("a taken name gets a numbered, shortened variant, compared case-insensitively", () => {
    expect(uniqueSheetName("RR", ["Blad1"])).toBe("RR");
    expect(uniqueSheetName("RR", ["rr", "RR (2)"])).toBe("RR (3)");
    const long = "Budgetuppföljning per insats 22"; // 31 characters
    expect(uniqueSheetName(long, [long])).toBe("Budgetuppföljning per insat (2)");
  });
});
