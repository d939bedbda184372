import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../src/taskpane/components/App";
import { FinsamSession } from "../../src/app/session";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { languageOfLocale } from "../../src/core/messages";

describe("the pane's language", () => {
  it("follows Office's display language: Swedish for any Swedish locale and without one, English otherwise", () => {
    expect(["sv-SE", "sv-FI", "SV", undefined, "en-US", "en-GB", "fi-FI", "nb-NO"].map(languageOfLocale)).toEqual(["sv", "sv", "sv", "sv", "en", "en", "en", "en"]);
  });

  it("opens in the language it is given, and in Swedish by default", () => {
    const render = (language?: "sv" | "en") => renderToStaticMarkup(<App session={new FinsamSession(new MemoryWorkbook())} language={language} />);
    expect(render("en")).toMatch(/<label[^>]*>Language<\/label>/);
    expect(render()).toMatch(/<label[^>]*>Språk<\/label>/);
  });
});
