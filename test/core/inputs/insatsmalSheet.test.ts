import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readInsatsmalSheet, INSATSMAL_HEADERS } from "../../../src/core/inputs/insatsmalSheet";
import { readWorkbookInputs } from "../../../src/core/inputs/workbookInputs";
import { inputTemplates, SHEETS } from "../../../src/core/inputs/templates";
import { exampleInputs, EXAMPLE_INSATSMAL } from "../../../src/core/example/exempelforbund";
import type { Cells, CellValue } from "../../../src/core/import/table";
import { HBS_2019_INSATSMAL } from "../../fixtures/seeds/hbs2019Insatsmal";

const sie = () => new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "examples", "exempelforbund.se")));
const header = [...INSATSMAL_HEADERS];
const errorsOf = (cells: Cells) => {
  const read = readInsatsmalSheet(cells);
  return read.ok ? [] : read.errors.map((e) => [e.cell, e.message]);
};

describe("Insatsmål (goals, outcomes and deltagare per insats)", () => {
  test("reads HBS 2019's bilaga 2: one outcome per insats in sheet order, its deltagare once, each goal's x av y and stated share", () => {
    const read = readInsatsmalSheet(HBS_2019_INSATSMAL);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.insatser.map((o) => [o.insats, o.cell, o.deltagare?.toString(), o.goals.length])).toEqual([
      ["KLARA", "A3", "88", 1],
      ["HALSOSAM", "A4", "69", 3],
      ["LYRA", "A7", "16", 2],
      ["MIA", "A9", "157", 2],
      ["START", "A11", "36", 1],
      ["UPIS", "A12", "45", 1],
      ["TILLVAXT", "A13", "104", 1],
    ]);
    const halsosam = read.insatser[1]!.goals;
    // "80" is a number of participants, "80 %" a share; "48" typed as text and 0,96 as a percent cell read alike.
    expect(halsosam.map((g) => [g.text, JSON.stringify(g.target), g.reached && `${g.reached.x} av ${g.reached.of}`, g.stated?.toString() ?? null, g.verdict, g.cell])).toEqual([
      ["nya deltagare", '{"count":"80"}', null, null, "Mycket god", "B4"],
      ["förbättrad hälsa", '{"share":"0.8"}', "48 av 50", "0.96", "Mycket god", "B5"],
      ["tar eget ansvar för att genomföra hälsoplan", '{"share":"0.6"}', "48 av 50", "0.96", "Mycket god", "B6"],
    ]);
    expect(read.insatser.find((o) => o.insats === "UPIS")!.goals[0]!.stated?.toString()).toBe("0.72");
  });

  test("names the cell of each bad entry: text for a number, part of a person, x av y with x > y, x without y, av 0, an unknown verdict or target", () => {
    const bad = (row: CellValue[]) => errorsOf([header, row]);
    expect(bad(["MIA", "till arbete", "30 %", "sextionio", null, null, null, null])).toEqual([["D2", expect.stringMatching(/^cell D2: /)]]);
    expect(bad(["MIA", "till arbete", "30 %", 157.5, null, null, null, null])).toEqual([["D2", 'cell D2: "157,5" är inget antal personer; ange ett heltal, 0 eller mer.']]);
    expect(bad(["MIA", "till arbete", "30 %", 157, 139, 138, null, null])).toEqual([["E2", "cell E2: 139 av 138 är fler än alla; Nått målet kan inte vara större än Av."]]);
    expect(bad(["MIA", "till arbete", "30 %", 157, 39, null, null, null])).toEqual([["F2", 'cell F2: ange både Nått målet och Av ("39 av 138"), eller ingen av dem.']]);
    expect(bad(["MIA", "till arbete", "30 %", 157, 0, 0, null, null])[0]![0]).toBe("F2");
    expect(bad(["MIA", "till arbete", "30 %", 157, 39, 138, "128 %", null])[0]![0]).toBe("G2");
    expect(bad(["MIA", "till arbete", "30 %", 157, 39, 138, "28 %", "Bra"])).toEqual([["H2", 'cell H2: bedömningen "Bra" är inte ett av valen Mycket god, God, Godtagbart, Ej uppfyllt, Ej tillämpbart.']]);
    expect(bad(["MIA", "till arbete", "trettio", 157, 39, 138, "28 %", null])[0]![0]).toBe("C2");
    expect(bad([null, "till arbete", "30 %", 157, 39, 138, "28 %", null])[0]![0]).toBe("A2");
    expect(bad(["MIA", null, "30 %", 157, 39, 138, "28 %", null])[0]![0]).toBe("B2");
  });

  test("a Målvärde typed as 50 % in a cell Excel formats as a percentage (the number 0,5) is the share; a whole number is a count", () => {
    const read = readInsatsmalSheet([header, ["MIA", "i arbete", 0.5, 157, null, null, null, null], ["MIA", "nya deltagare", 80, null, null, null, null, null]]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.insatser[0]!.goals.map((g) => JSON.stringify(g.target))).toEqual(['{"share":"0.5"}', '{"count":"80"}']);
    expect(errorsOf([header, ["MIA", "i arbete", 1.5, 157, null, null, null, null]])).toEqual([["C2", expect.stringMatching(/varken en andel/)]]);
  });

  test("an insats's deltagare given twice differently is refused at the second; alike, or once on any row, it is one figure", () => {
    expect(errorsOf([header, ["LYRA", "a", null, 16, null, null, null, null], ["LYRA", "b", null, 17, null, null, null, null]])).toEqual([["D3", "cell D3: insatsen LYRA har redan 16 (D2) deltagare; ange insatsens deltagare en gång."]]);
    const read = readInsatsmalSheet([header, ["LYRA", "a", null, null, null, null, null, null], ["LYRA", "b", null, 16, null, null, null, null], ["LYRA", "c", null, 16, null, null, null, null]]);
    expect(read.ok && read.insatser.map((o) => [o.insats, o.deltagare?.toString(), o.goals.length])).toEqual([["LYRA", "16", 3]]);
  });

  test("the workbook's Insatsmål: an insats neither the ledger nor Kontomappning knows is an error naming Insatsmål's cell; the example's rows reach the build", () => {
    const example = exampleInputs(sie()).inputs;
    const templates = inputTemplates({ example: example.ledger });
    const sheets = new Map(templates.map((t) => [t.name, t.cells.map((row) => row.map((c) => c.value ?? null))]));
    expect(sheets.get(SHEETS.insatsmal)?.slice(1)).toEqual(EXAMPLE_INSATSMAL);
    const ok = readWorkbookInputs(sheets, { ledger: example.ledger });
    expect(ok.ok && ok.inputs.insatsmal?.map((o) => o.insats)).toEqual(["STEG", "UNGA", "IPS", "HALSA", "KOMP"]);
    const typo = new Map(sheets).set(SHEETS.insatsmal, [["Insatsmål"], header, ["STEG", "nya deltagare", 60, 54, null, null, null, null], ["IPS2", "i arbete", "40 %", 32, 11, 25, null, null]]);
    const read = readWorkbookInputs(typo, { ledger: example.ledger });
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toEqual(['Insatsmål!A4: insatsen "IPS2" finns varken i huvudboken eller i Kontomappning; ange insatsens objekt-id som i bokföringen.']);
    // The empty template (headers only) gives no rows, and the build then leaves the report out.
    const empty = new Map(sheets).set(SHEETS.insatsmal, [["Insatsmål"], header]);
    const none = readWorkbookInputs(empty, { ledger: example.ledger });
    expect(none.ok && "insatsmal" in none.inputs).toBe(false);
  });
});
