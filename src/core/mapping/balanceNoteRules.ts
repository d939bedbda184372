import { ACCUMULATED_DEPRECIATION_NOTE } from "./defaultNotes";
import type { MappingRule } from "./types";

/** Rules sending the ackumulerade avskrivningar accounts (bounds inclusive, by prefix) to Not Inventarier's row. */
export function depreciationRules(ranges: readonly [string, string][], comment?: string): MappingRule[] {
  return ranges.map(([from, to]) => ({ from, to, note: ACCUMULATED_DEPRECIATION_NOTE, ...(comment ? { comment } : {}) }));
}

/**
 * BAS: the x8 (nedskrivningar) and x9 (avskrivningar) accounts of each group of 12 Maskiner och inventarier
 * (BAS 2025: 1218–1219 maskiner … 1298–1299 övriga materiella anläggningstillgångar), and of 11 Byggnader och
 * mark, which the default mapping puts on the same BR line (1118–1119 byggnader, 1129 förbättringsutgifter på
 * annans fastighet, 1158–1159 markanläggningar); and of 10 Immateriella anläggningstillgångar (1018–1019
 * balanserade utgifter … 1078–1079 goodwill), for Not Immateriella anläggningstillgångar.
 */
export const BAS_DEPRECIATION_RANGES: readonly [string, string][] = [
  ...["101", "102", "103", "104", "105", "106", "107"].map((g): [string, string] => [`${g}8`, `${g}9`]),
  ["1118", "1119"],
  ["1129", "1129"],
  ["1158", "1159"],
  ...["121", "122", "123", "124", "125", "126", "129"].map((g): [string, string] => [`${g}8`, `${g}9`]),
];

/**
 * Kommun-Bas: the x9 account of each group of 12, as two municipal charts built on it name them (1219, 1229,
 * 1239 … 1299 "Ack. avskrivn.", docs/input-sheets.md). To confirm against the förbund's own chart.
 */
export const KOMMUNBAS_DEPRECIATION_RANGES: readonly [string, string][] = ["121", "122", "123", "124", "125", "126", "127", "128", "129"].map((g) => [`${g}9`, `${g}9`]);
