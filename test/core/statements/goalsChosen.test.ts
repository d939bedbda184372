import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleInputs } from "../../../src/core/example/exempelforbund";
import { buildAllReports } from "../../../src/core/reports/buildAll";
import { readSettings } from "../../../src/core/inputs/settings";
import { keyFigures } from "../../../src/cli/summary";
import { EXAMPLE_SETTINGS } from "../../../src/core/example/exempelforbund";

// The committed example förbund, with Inställningar saying "inget mål" for the administration share and the allocation rule.
const example = exampleInputs(new Uint8Array(readFileSync(join(__dirname, "../../../examples/exempelforbund.se")))).inputs;
const typed = readSettings(EXAMPLE_SETTINGS);
const SHARE_GOALS = ["Högsta administrationsandel", "Minsta andel till individinriktade insatser"];
const noShares = readSettings(EXAMPLE_SETTINGS.map((r) => (SHARE_GOALS.includes(String(r[0])) ? [r[0], "inget mål"] : r)));

describe("a förbund's own choice of goals: \"inget mål\" leaves a goal off Finansiella mål and its forecast", () => {
  if (!typed.ok || !noShares.ok) throw new Error("example settings");
  // Both rows are on the example's sheet, so the build below tests the choice, not the defaults.
  expect(EXAMPLE_SETTINGS.filter((r) => SHARE_GOALS.includes(String(r[0])))).toHaveLength(2);
  const withShares = buildAllReports({ ...example, settings: { ...typed.settings, month: 9 } });
  const without = buildAllReports({ ...example, settings: { ...noShares.settings, month: 9 } });
  const labels = (r: typeof without, id: string) => r.models.find((m) => m.id === id)!.rows.map((row) => row.label);

  test("the example's four goals become two, with no costs of shares under them: the base is the equity cap's alone", () => {
    expect(labels(withShares, "finansiella-mal").slice(0, 4)).toEqual(["Eget kapital", "Administrationens andel av kostnaderna", "Andel till individinriktade insatser", "Balanskravsresultat"]);
    const capBase = ["Underlag för målen", "Medlemmarnas bidrag"];
    expect(labels(without, "finansiella-mal")).toEqual(["Eget kapital", "Balanskravsresultat", ...capBase]);
    expect(labels(without, "prognos-mal")).toEqual(["Ingående eget kapital", "Resultat enligt helårsprognos", "Eget kapital vid årets slut enligt prognos", "Eget kapital", "Balanskravsresultat", ...capBase]);
    // The recalculation footnote names no share goal the sheet does not have.
    const notes = without.models.find((m) => m.id === "finansiella-mal")!.footnotes!;
    expect(notes.at(-1)).toBe("När underlaget för målen ändras räknas om: eget kapitals Gräns (medlemmarnas bidrag).");
  });

  test("the other reports and the checks are the same; the command line's summary names only the goals there are", () => {
    const sheet = (r: typeof without, name: string) => JSON.stringify(r.sheets.find((s) => s.name === name)!.cells);
    for (const name of ["Driftsredovisning", "Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Budgetuppföljning"]) expect([name, sheet(without, name)]).toEqual([name, sheet(withShares, name)]);
    expect(without.findings.filter((f) => f.status === "fail")).toEqual([]);
    const summary = keyFigures(without, { ...noShares.settings, month: 9 }).join("\n");
    expect(summary).not.toMatch(/Administrationsandel|Individandel|Administrationens andel/);
    expect(keyFigures(withShares, { ...typed.settings, month: 9 }).join("\n")).toMatch(/Administrationsandel: 20,2 % mot högst 10,0 %: Ej uppfyllt\nIndividandel: 92,5 % mot minst 70,0 %/);
  });
});
