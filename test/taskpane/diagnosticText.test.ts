import { diagnostic } from "../../src/core/import/diagnostic";
import { onSheet } from "../../src/core/inputs/workbookInputs";
import { messages } from "../../src/core/messages/index";
import { diagnosticText } from "../../src/taskpane/diagnosticText";

describe("diagnostics in the UI language", () => {
  const d = diagnostic("settings.year", { cell: "B3", value: "20x4" });

  it("shows the Swedish message in Swedish and the catalogue's English text in English", () => {
    expect(diagnosticText(d, "sv")).toBe(d.message);
    expect(diagnosticText(d, "en")).toBe(messages.en["settings.year"]({ cell: "B3", value: "20x4" }));
    expect(diagnosticText(d, "en")).not.toBe(d.message);
  });

  it("keeps the sheet the input reader put in front of the message", () => {
    const onCell = onSheet(d, "Inställningar");
    expect(onCell.message.startsWith("Inställningar!B3")).toBe(true);
    expect(diagnosticText(onCell, "en")).toBe(`Inställningar!${messages.en["settings.year"]({ cell: "B3", value: "20x4" }).replace(/^cell /, "")}`);
    const onWhole = onSheet(diagnostic("inputs.defaultMapping", { value: "BAS" }), "Kontomappning");
    expect(onWhole.message.startsWith("Kontomappning: ")).toBe(true);
    expect(diagnosticText(onWhole, "en")).toBe(`Kontomappning: ${messages.en["inputs.defaultMapping"]({ value: "BAS" })}`);
  });

  it("names a field by the label the pane shows for it, in either language", () => {
    const total = diagnostic("split.totalNotPositive", { field: "Totalbelopp", value: "0" });
    expect(diagnosticText(total, "sv", { Totalbelopp: "Total medelstilldelning" })).toBe("Total medelstilldelning: totalen 0 kr måste vara större än noll.");
    expect(diagnosticText(total, "en", { Totalbelopp: "Total contributions" })).toMatch(/^Total contributions: /);
    expect(diagnosticText(total, "sv", { Medlemmar: "x" })).toBe(total.message);
  });

  it("stays Swedish when the message was changed in a way it cannot follow", () => {
    const odd = { ...d, message: `Något annat: ${d.message} (och mer)` };
    expect(diagnosticText(odd, "en")).toBe(odd.message);
  });
});
