import { applyMapping } from "../../../src/core/mapping/apply";
import { KOMMUNBAS_DEFAULT_MAPPING } from "../../../src/core/mapping/kommunbasDefaults";
import { buildAuditNote, buildCostNote } from "../../../src/core/statements/notes";
import { buildResultatrakning } from "../../../src/core/statements/resultatrakning";
import { AUDIT_NOTE, RR, noteCostId } from "../../../src/core/statements/lines";
import { STOCKHOLM_2022_NOTES, STOCKHOLM_NOTES_MAPPING } from "../../fixtures/statements/stockholm2022";
import { cell } from "./helpers";

describe("Not Kostnader för räkenskapsrevision", () => {
  const m = applyMapping(STOCKHOLM_2022_NOTES, STOCKHOLM_NOTES_MAPPING);

  test("Stockholm 2022's Not 4 as printed (002:2125–2130): Revisorsarvode 66 667 and 50 004, from BAS 642", () => {
    const note = buildAuditNote(m, { unit: "kr", number: "4" })!;
    expect(note.rows.map((r) => [r.kind, r.label])).toEqual([["heading", "Not 4 Kostnader för räkenskapsrevision"], ["line", "Revisorsarvode"]]);
    expect([cell(note, AUDIT_NOTE.arvode.id, "current"), cell(note, AUDIT_NOTE.arvode.id, "previous")]).toEqual(["66667", "50004"]);
    // The same costs are Not 2's Revision row by kind, and still inside the RR's Verksamhetens kostnader.
    expect(cell(buildCostNote(m, { unit: "kr" }), noteCostId("revision"), "current")).toBe("66667");
    expect(cell(buildResultatrakning(m, { unit: "kr" }), RR.kostnader.id, "current")).toBe("-42786549");
  });

  test("no note where the mapping names no revision accounts (Kommun-Bas: its account is not known)", () => {
    expect(buildAuditNote(applyMapping(STOCKHOLM_2022_NOTES, KOMMUNBAS_DEFAULT_MAPPING))).toBeUndefined();
    expect(KOMMUNBAS_DEFAULT_MAPPING.costNoteLines.map((l) => l.id)).not.toContain("revision");
  });
});
