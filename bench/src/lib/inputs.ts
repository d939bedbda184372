import { readSieFile } from "../../../src/node/readSieFile";
import { readSettings } from "../../../src/core/inputs/settings";
import { EXAMPLE_SETTINGS } from "../../../src/core/example/exempelforbund";
import { BAS_DEFAULT_MAPPING } from "../../../src/core/mapping/basDefaults";
import type { Mapping, MappingRule } from "../../../src/core/mapping/types";
import { DRIFT } from "../../../src/core/statements/lines";
import type { FinsamInputs } from "../../../src/core/reports/buildAll";

/** The 20 insatser of bench/generate-sie.mjs (INS01 … INS20), spread over the three cost areas. */
const AREAS = [DRIFT.individ.id, DRIFT.struktur.id, DRIFT.administration.id];
export const BENCH_INSATSER = Array.from({ length: 20 }, (_, i) => `INS${String(i + 1).padStart(2, "0")}`);

/** BAS defaults plus every insats's result amounts to its area, as a förbund would confirm it. */
export const BENCH_MAPPING: Mapping = {
  ...BAS_DEFAULT_MAPPING,
  name: "Benchmark",
  confirmed: true,
  rules: [
    ...BAS_DEFAULT_MAPPING.rules,
    ...BENCH_INSATSER.map((id, i): MappingRule => ({ from: "3", to: "8", object: { dimension: 6, id }, area: AREAS[i % AREAS.length]! })),
  ],
};

/** Parse (streaming from the file) and the inputs of "Bygg alla rapporter"; throws on any SIE error. */
export async function benchInputs(path: string): Promise<FinsamInputs> {
  const sie = await readSieFile(path);
  if (sie.errors.length > 0) throw new Error(`SIE errors in ${path}: ${sie.errors.slice(0, 3).map((e) => e.message).join("; ")}`);
  if (sie.warnings.length > 0) throw new Error(`SIE warnings in ${path}: ${sie.warnings.slice(0, 3).map((e) => e.message).join("; ")}`);
  const settings = readSettings(EXAMPLE_SETTINGS);
  if (!settings.ok) throw new Error("example settings broken");
  return { settings: settings.settings, ledger: sie.ledger, mapping: BENCH_MAPPING };
}
