import { renderToStaticMarkup } from "react-dom/server";
import { PREVIEW_ROWS, SheetPreview } from "../../src/taskpane/components/SheetPreview";
import type { CellSpec } from "../../src/core/sheet/description";

const rows = (n: number): CellSpec[][] => Array.from({ length: n }, (_, r) => [{ value: `Konto ${r}` }, { value: r * 100, numberFormat: "#,##0" }]);
const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;

describe("SheetPreview", () => {
  it("renders a short sheet whole, without a note", () => {
    const html = renderToStaticMarkup(<SheetPreview name="Resultaträkning" cells={rows(12)} />);
    expect(count(html, "tr")).toBe(12);
    expect(html).not.toContain("Visar de första");
  });

  it("renders a long sheet's first rows only and says how many there are", () => {
    const html = renderToStaticMarkup(<SheetPreview name="Huvudbok" cells={rows(PREVIEW_ROWS)} totalRows={37_301} />);
    expect(count(html, "tr")).toBe(PREVIEW_ROWS);
    expect(html).toContain(`Visar de första ${PREVIEW_ROWS} av 37\u00a0301 raderna; hela bladet finns i arbetsboken.`);
    // Given more rows than it shows, it cuts them itself.
    expect(count(renderToStaticMarkup(<SheetPreview name="Huvudbok" cells={rows(PREVIEW_ROWS + 50)} />), "tr")).toBe(PREVIEW_ROWS);
  });

  it("marks a flagged cell by shape and text, not colour alone, with a legend", () => {
    const html = renderToStaticMarkup(<SheetPreview name="Budgetuppföljning" cells={[[{ value: "Steg till arbete" }, { value: -62, numberFormat: "#,##0", flag: "warning" }, { value: -175, numberFormat: "#,##0", flag: "critical" }]]} />);
    expect(html).toMatch(/data-flag="warning"><span[^>]*><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg><\/span>\u221262<span[^>]*> \(Varning\)<\/span><\/td>/);
    expect(html).toContain(" (Kritisk)</span></td>");
    expect(html.replace(/<[^>]+>/g, "")).toMatch(/^VarningKritisk/);
  });

  it("keeps a date in a heading unbroken", () => {
    const html = renderToStaticMarkup(<SheetPreview name="Kassaflödesanalys" cells={[[{ style: "columnHeading" }, { value: "2024-01-01 – 2024-12-31", style: "columnHeading" }]]} />);
    expect(html).toMatch(/<span class="[^"]+">2024-01-01<\/span> – <span class="[^"]+">2024-12-31<\/span>/);
  });
});
