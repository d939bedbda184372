import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** writeFile that writes half the bytes and then fails, as a full disk does. */
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...actual,
    writeFile: async (path: string, bytes: Uint8Array) => {
      await actual.writeFile(path, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    },
  };
});

import { writeOutput } from "../../src/cli/files";

const dir = mkdtempSync(join(tmpdir(), "finsam-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeOutput", () => {
  it("a write that fails halfway leaves the previous file as it was and no partial file beside it", async () => {
    const path = join(dir, "rapporter.xlsx");
    writeFileSync(path, "förra versionen");
    await expect(writeOutput(path, new Uint8Array(1000).fill(65))).rejects.toThrow(`Filen ${path} gick inte att skriva: disken är full.`);
    expect(readFileSync(path, "utf8")).toBe("förra versionen");
    expect(readdirSync(dir)).toEqual(["rapporter.xlsx"]);
  });

  it("a new file that cannot be written is not left behind half-written", async () => {
    await expect(writeOutput(join(dir, "ny", "ut.xlsx"), new Uint8Array(10))).rejects.toThrow("disken är full");
    expect(readdirSync(join(dir, "ny"))).toEqual([]);
  });
});
