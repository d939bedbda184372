import type { Ledger } from "../ledger/types";
import { BAS_DEFAULT_MAPPING } from "./basDefaults";
import { KOMMUNBAS_DEFAULT_MAPPING } from "./kommunbasDefaults";
import type { Mapping } from "./types";

export type ChartKind = "bas" | "kommunbas";

export const CHART_KINDS: readonly ChartKind[] = ["bas", "kommunbas"];

/** As the charts are named in Inställningar and in the messages. */
export const CHART_LABEL: Record<ChartKind, string> = { bas: "BAS", kommunbas: "Kommun-Bas" };

/** Why a chart was chosen, as a message parameter each language words ("#KPTYP …", salaries in class 5 or 70–76). */
export type ChartBasis = "kptyp" | "salariesClass5" | "salaries70to76" | "undecided";

export interface ChartDetection {
  chart: ChartKind;
  basis: ChartBasis;
  /** False when neither #KPTYP nor the accounts decided it (BAS is then assumed). */
  certain: boolean;
}

const SALARY = /lön|arvode|personal|sociala avgifter/i;

/**
 * Which chart a ledger uses: #KPTYP first ("BAS2024", "KOMMUNBAS"), then where salaries are booked —
 * class 5 in Kommun-Bas, 70–76 in BAS (domain.md §4).
 */
export function detectChart(ledger: Ledger): ChartDetection {
  const kptyp = (ledger.chartType ?? "").toUpperCase().replace(/[\s-]/g, "");
  if (kptyp.includes("KOMMUN") || kptyp.startsWith("KBAS")) return { chart: "kommunbas", basis: "kptyp", certain: true };
  if (kptyp.startsWith("BAS") || kptyp.startsWith("EUBAS")) return { chart: "bas", basis: "kptyp", certain: true };
  let class5 = 0;
  let bas7 = 0;
  for (const a of ledger.accounts.values()) {
    if (!SALARY.test(a.name)) continue;
    if (a.number.startsWith("5")) class5++;
    else if (/^7[0-6]/.test(a.number)) bas7++;
  }
  if (class5 > bas7) return { chart: "kommunbas", basis: "salariesClass5", certain: true };
  if (bas7 > class5) return { chart: "bas", basis: "salaries70to76", certain: true };
  return { chart: "bas", basis: "undecided", certain: false };
}

export function defaultMappingFor(chart: ChartKind): Mapping {
  return chart === "kommunbas" ? KOMMUNBAS_DEFAULT_MAPPING : BAS_DEFAULT_MAPPING;
}
