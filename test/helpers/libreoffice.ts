import { execFile } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * LibreOffice as an independent spreadsheet engine for tests: it opens our .xlsx files, recalculates every
 * formula (ignoring the cached values we wrote) and saves them again, so a test can compare what a board
 * member's spreadsheet program computes with what the add-in computed.
 */
export const INSTALL_COMMAND = "apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/** Fails loudly, with the install command, when LibreOffice is missing: these tests must not pass silently. */
export function requireSoffice(searchPath = process.env.PATH ?? ""): string {
  for (const dir of searchPath.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "soffice");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(`LibreOffice (soffice) was not found on PATH; the recalculation tests need it. Install it as root:\n  apt-get update && ${INSTALL_COMMAND}`);
}

/** A throw-away user profile that forces recalculation on load of OOXML and ODF files (0 = always). */
function recalcProfile(dir: string): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  const prop = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${prop("OOXMLRecalcMode")}\n${prop("ODFRecalcMode")}\n</oor:items>\n`,
  );
  return pathToFileURL(dir).href;
}

/**
 * Opens each workbook in LibreOffice, recalculates and saves it as .xlsx again; one soffice start for all
 * files (start-up dominates the cost). Keys are file base names without extension ([A-Za-z0-9_-]).
 */
export async function recalculate(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, Buffer>> {
  const soffice = requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), "finsam-lo-"));
  try {
    const input = join(dir, "in");
    const output = join(dir, "out");
    mkdirSync(input);
    mkdirSync(output);
    const paths = [...files].map(([name, data]) => {
      if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`bad test file name ${name}`);
      const path = join(input, `${name}.xlsx`);
      writeFileSync(path, data);
      return path;
    });
    const profile = recalcProfile(join(dir, "profile"));
    await new Promise<void>((resolve, reject) =>
      execFile(
        soffice,
        ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, ...paths],
        { timeout: 120_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()),
      ),
    );
    const result = new Map<string, Buffer>();
    for (const name of files.keys()) result.set(name, readFileSync(join(output, `${name}.xlsx`)));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
