import { headerFooterCodes, printSpec } from "../../../src/core/sheet/print";

describe("page setup", () => {
  test("a table wider than a portrait page prints landscape; the header takes the förbund's name, trimmed", () => {
    expect(printSpec([40, 20, 20], 3, "  Samordningsförbundet Exempelbygd ")).toEqual({ orientation: "portrait", repeatRows: 3, header: "Samordningsförbundet Exempelbygd" });
    expect(printSpec([40, 40, 40], 3, "")).toEqual({ orientation: "landscape", repeatRows: 3 });
  });

  test("header and footer codes: '&' doubled, cut with an ellipsis to Excel's 255 characters (its section code included), page numbers in the footer", () => {
    expect(headerFooterCodes({ orientation: "portrait", repeatRows: 3, header: "Öst & Väst" })).toEqual({ leftHeader: "Öst && Väst", centerFooter: "Sida &P av &N" });
    const long = headerFooterCodes({ orientation: "portrait", repeatRows: 3, header: "&".repeat(200) }).leftHeader;
    // Excel's 255 characters are of the whole header, with the "&L" that opens its section.
    expect(`&L${long}`.length).toBeLessThanOrEqual(255);
    expect(`&L${headerFooterCodes({ orientation: "portrait", repeatRows: 3, header: "x".repeat(300) }).leftHeader}`.length).toBe(255);
    expect(long.endsWith("…")).toBe(true);
    expect(long.slice(0, -1)).toBe("&&".repeat((long.length - 1) / 2));
    expect(headerFooterCodes({ orientation: "portrait", repeatRows: 3 }).leftHeader).toBe("");
  });
});
