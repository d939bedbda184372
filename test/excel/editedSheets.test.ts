import { parseDigestName } from "../../src/core/sheet/digest";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { EditedSheetsError } from "../../src/workbook/port";
import { buildWorkbook } from "../../src/xlsx/writeWorkbook";
import { reports } from "../workbook/reports";
import { FakeExcel } from "./fakeExcel";

/**
 * Hand edits to an owned report sheet survive a rebuild: the Office adapter compares each replaced sheet with
 * the digest its last write recorded, in the syncs the write makes anyway, and refuses before writing.
 */
async function built() {
  const fake = new FakeExcel();
  const book = new OfficeWorkbook(fake.run);
  await book.writeReports(reports(10));
  return { fake, book };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof EditedSheetsError)) throw e;
      return e.sheets;
    },
  );

describe("OfficeWorkbook.writeReports and hand edits", () => {
  test("refuses a rebuild over a typed comment and a corrected figure: nothing written, the cells named, in 2 syncs", async () => {
    const { fake, book } = await built();
    fake.userTypes("Resultaträkning", "H3", "Avser ESF-medel, se not 1");
    fake.userTypes("Not 2", "B5", -1);
    const before = fake.snapshot();
    fake.stats.syncs = 0;
    const edited = await refusal(book.writeReports(reports(10, 2)));
    expect(edited).toEqual([
      { key: "resultatrakning", name: "Resultaträkning", places: ["H3"] },
      { key: "not-kostnader", name: "Not 2", places: ["B5"] },
    ]);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.syncs).toBe(2);
  });

  test("writes over them when told (Skriv över ändå), and guards what it then wrote", async () => {
    const { fake, book } = await built();
    fake.userTypes("Resultaträkning", "H3", "kommentar");
    fake.stats.syncs = 0;
    await book.writeReports(reports(10, 2), { overwriteEdits: true });
    expect(fake.stats.syncs).toBe(3);
    expect(fake.cell("Resultaträkning", "H3")).toBeUndefined();
    expect(fake.names.filter((n) => n.name.startsWith("FinsamDigest_resultatrakning_"))).toHaveLength(1);
    await book.writeReports(reports(10, 3));
    fake.userTypes("Resultaträkning", "A1", "Resultaträkning (granskad)");
    expect(await refusal(book.writeReports(reports(10, 3)))).toEqual([{ key: "resultatrakning", name: "Resultaträkning", places: ["A1"] }]);
  });

  test("a formula's recalculated result is no edit; a figure typed over the formula is", async () => {
    const { fake, book } = await built();
    const sheet = fake.require("Driftsredovisning");
    const [at, cell] = [...sheet.cells].find(([, c]) => c.formula !== undefined)!;
    cell.value = 123_456;
    expect(await refusal(book.writeReports(reports(10)))).toBeNull();
    const [r, c] = at.split(",").map(Number) as [number, number];
    const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
    fake.userTypes("Driftsredovisning", a1, 123_456);
    expect(await refusal(book.writeReports(reports(10)))).toEqual([{ key: "driftsredovisning", name: "Driftsredovisning", places: [a1] }]);
  });

  test("follows the sheet: reopened (a new adapter, nothing in memory) and renamed, the edit is still found", async () => {
    const { fake } = await built();
    fake.rename("Resultaträkning", "RR 2024");
    fake.userTypes("RR 2024", "C4", 0);
    const reopened = new OfficeWorkbook(fake.run);
    expect(await refusal(reopened.writeReports(reports(10)))).toEqual([{ key: "resultatrakning", name: "RR 2024", places: ["C4"] }]);
  });

  test("a sheet an older version wrote (no digest) counts as unedited, and is guarded once rewritten", async () => {
    const { fake, book } = await built();
    fake.names = fake.names.filter((n) => !n.name.startsWith("FinsamDigest_"));
    fake.userTypes("Resultaträkning", "H3", "skrivet före uppgraderingen");
    await book.writeReports(reports(10));
    expect(fake.cell("Resultaträkning", "H3")).toBeUndefined();
    fake.userTypes("Resultaträkning", "H3", "skrivet efter");
    expect(await refusal(book.writeReports(reports(10)))).toEqual([{ key: "resultatrakning", name: "Resultaträkning", places: ["H3"] }]);
  });

  test("the .xlsx writer records the same digest for the same cells, so a workbook the command line built is guarded in Excel", async () => {
    const sheet = { ...reports(10)[0]!, charts: [] };
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.run).writeReports([sheet]);
    const inExcel = fake.names.find((n) => n.name.startsWith("FinsamDigest_"))!.name;
    const inFile = buildWorkbook([sheet]).definedNames.model.find((n) => n.name.startsWith("FinsamDigest_"))!;
    expect(inFile).toEqual({ name: inExcel, ranges: ["'Resultaträkning'!$A$1"] });
    expect(parseDigestName(inExcel)!.digest.rows).toBe(sheet.cells.length);
  });
});
