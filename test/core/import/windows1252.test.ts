import iconv from "iconv-lite";
import { WINDOWS_1252 } from "../../../src/core/import/sie/windows1252";
import { parseSie } from "../../../src/core/import/sie/index";

// iconv-lite (a test dependency only) is the oracle for the code page the parser carries as a literal.
const all = Uint8Array.from({ length: 256 }, (_, b) => b);

describe("Windows-1252", () => {
  it("maps every byte as iconv-lite does", () => {
    expect(WINDOWS_1252).toHaveLength(256);
    expect(WINDOWS_1252.join("")).toBe(iconv.decode(Buffer.from(all), "windows-1252"));
  });

  it("reads a file written in the Windows code page when asked to, which PC8 reports as mis-encoded", () => {
    const text = '#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#FNAMN "Samordningsförbundet Västra Älvdalen – € 2024"\r\n';
    const bytes = new Uint8Array(iconv.encode(text, "windows-1252"));
    const pc8 = parseSie(bytes);
    expect(pc8.errors.map((e) => e.message)).toEqual([
      "rad 4: texten ser ut att vara Windows-1252/Latin-1 fast filen ska vara PC8 (kodsida 437); å, ä och ö blir fel. Läs in filen med teckenkodningen Windows-1252.",
    ]);
    const windows = parseSie(bytes, { encoding: "windows-1252" });
    expect(windows.errors).toEqual([]);
    expect(windows.ledger.companyName).toBe("Samordningsförbundet Västra Älvdalen – € 2024");
  });
});
