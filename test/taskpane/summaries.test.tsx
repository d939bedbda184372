import { renderToStaticMarkup } from "react-dom/server";
import { CheckSummary } from "../../src/taskpane/components/CheckSummary";
import { WrittenSheets } from "../../src/taskpane/components/WrittenSheets";
import { Diagnostics } from "../../src/taskpane/components/Diagnostics";
import { EditedSheets } from "../../src/taskpane/components/EditedSheets";
import { diagnostic } from "../../src/core/import/diagnostic";
import { LanguageContext } from "../../src/taskpane/i18n/context";
import type { Finding } from "../../src/core/checks/finding";

const finding = (n: number, status: Finding["status"]): Finding => ({
  id: `c${n}`,
  title: { sv: `Kontroll ${n}`, en: `Check ${n}` },
  figures: [],
  difference: null,
  tolerance: null,
  unit: "kr",
  status,
  explanation: { sv: "", en: "" },
  refs: [],
});
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("CheckSummary", () => {
  it("counts every status and names the first failing checks", () => {
    const findings = [1, 2, 3, 4, 5].map((n) => finding(n, "fail")).concat([finding(6, "pass"), finding(7, "not-applicable")]);
    const html = text(renderToStaticMarkup(<CheckSummary findings={findings} nameFailed />));
    expect(html).toContain("7 kontroller: 5 stämmer inte, 1 stämmer, 1 kan inte prövas.");
    expect(html).toContain("5 kontroller stämmer inte: Kontroll 1, Kontroll 2, Kontroll 3 och 2 till. Se Kontroller.");
    expect(html).toContain("Kan inte prövas: det finns inget att jämföra med");
  });

  it("says one check in the singular, in either language", () => {
    const one = [finding(1, "fail")];
    expect(text(renderToStaticMarkup(<CheckSummary findings={one} nameFailed />))).toContain("1 kontroll: 1 stämmer inte, 0 stämmer, 0 kan inte prövas. 1 kontroll stämmer inte: Kontroll 1.");
    const en = renderToStaticMarkup(
      <LanguageContext.Provider value="en">
        <CheckSummary findings={[finding(1, "fail"), finding(2, "fail")]} nameFailed />
      </LanguageContext.Provider>,
    );
    expect(text(en)).toContain("2 checks: 2 do not hold, 0 hold, 0 cannot be tested. 2 checks do not hold: Check 1 and Check 2.");
  });

  it("leaves the names out where the list is shown (Kontroller)", () => {
    expect(text(renderToStaticMarkup(<CheckSummary findings={[finding(1, "fail")]} />))).not.toContain("Kontroll 1");
  });

  it("says where the reasons for 'kan inte prövas' are: beside the list, or on the Kontroller sheet where no list is shown (Bokslut)", () => {
    const na = [finding(1, "not-applicable")];
    expect(text(renderToStaticMarkup(<CheckSummary findings={na} />))).toMatch(/Skälet står vid varje kontroll\.$/);
    expect(text(renderToStaticMarkup(<CheckSummary findings={na} nameFailed />))).toMatch(/Skälet står vid varje kontroll på bladet Kontroller\.$/);
  });
});

describe("WrittenSheets", () => {
  it("lists the sheets written and says which went to another name", () => {
    const html = text(renderToStaticMarkup(<WrittenSheets written={[{ key: "rr", name: "Resultaträkning" }, { key: "br", name: "Balansräkning (2)", preferredName: "Balansräkning" }]} />));
    expect(html).toContain("Skrev 2 blad: Resultaträkning och Balansräkning (2).");
    expect(html).toContain("Bladet Balansräkning fanns redan och är ditt; rapporten skrevs till Balansräkning (2).");
  });

  it("shows nothing when nothing was written", () => {
    expect(renderToStaticMarkup(<WrittenSheets written={[]} />)).toBe("");
  });
});

describe("Diagnostics", () => {
  it("says nothing was written for an error found before the write, but not for an unexpected one that may have come after part of it", () => {
    const before = text(renderToStaticMarkup(<Diagnostics errors={[diagnostic("inputs.sheetMissing", { value: "Budget" })]} />));
    expect(before).toContain("Inget har skrivits.");
    const during = text(renderToStaticMarkup(<Diagnostics errors={[diagnostic("workbook.unexpected", { value: "GeneralException" })]} />));
    expect(during).not.toContain("Inget har skrivits");
    expect(during).toContain("Det gick inte.Åtgärden avbröts av ett oväntat fel: GeneralException. Om den hann skriva något ångrar Ctrl+Z det;");
  });
});

describe("EditedSheets", () => {
  const edited = [diagnostic("workbook.sheetEdited", { value: "Resultaträkning (2)", places: "F4, A20:D24" }), diagnostic("workbook.sheetEdited", { value: "Kontroller" })];
  const items = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
  const none = () => undefined;

  it("names each edited sheet by its places, and says once that nothing was written", () => {
    const html = renderToStaticMarkup(<EditedSheets errors={edited} busy={false} onOverwrite={none} onCancel={none} />);
    expect(items(html)).toEqual(["Resultaträkning (2): F4, A20:D24", "Kontroller"]);
    expect(text(html).match(/Inget har skrivits/g)).toHaveLength(1);
    expect(text(html)).toContain("Rapportblad har ändrats för hand sedan tillägget skrev dem");
  });

  it("does the same in English", () => {
    const html = renderToStaticMarkup(
      <LanguageContext.Provider value="en">
        <EditedSheets errors={edited} busy={false} onOverwrite={none} onCancel={none} />
      </LanguageContext.Provider>,
    );
    expect(items(html)).toEqual(["Resultaträkning (2): F4, A20:D24", "Kontroller"]);
    expect(text(html).match(/[Nn]othing was written/g)).toHaveLength(1);
  });
});
