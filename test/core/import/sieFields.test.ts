import { sieDate, siePeriod } from "../../../src/core/import/sie/fields";

const at = { line: 3, label: "#VER" };
const dateOk = (v: string) => {
  try {
    return sieDate(v, at, "verdatum") === v;
  } catch {
    return false;
  }
};
const periodOk = (v: string) => {
  try {
    return siePeriod(v, at) === v;
  } catch {
    return false;
  }
};

describe("SIE date fields", () => {
  it("takes YYYYMMDD dates that exist from 1900 on, leap days included", () => {
    expect(["20240229", "20000229", "19000101", "20241231", "20230131"].filter(dateOk)).toHaveLength(5);
  });

  it("refuses dates that do not exist or are not eight digits", () => {
    const bad = ["20230229", "19000229", "18991231", "20241301", "20240100", "20240132", "2024013a", "+2024011", "-2024011", " 2024011", "2024011", "202401011", ""];
    expect(bad.filter(dateOk)).toEqual([]);
    expect(() => sieDate("20240230", at, "verdatum")).toThrow(expect.objectContaining({ code: "sie.badDate", params: { line: 3, value: "20240230", field: "verdatum" } }));
  });

  it("takes YYYYMM periods and refuses the rest", () => {
    expect(["202401", "190001", "202412"].filter(periodOk)).toHaveLength(3);
    expect(["202413", "202400", "189912", "20241", "2024011", "-20241", "2024a1"].filter(periodOk)).toEqual([]);
  });
});
