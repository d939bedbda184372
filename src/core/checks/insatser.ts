import { Dec, HUNDRED } from "../money/decimal";
import type { ReportRow } from "../report/model";
import { DRIFT } from "../statements/lines";
import { MAL_COLUMNS as C, malAreaId } from "../statements/maluppfyllelse";
import type { CheckContext, FigureRef } from "./figures";
import { bilingual, compare, type Bilingual, type Finding } from "./finding";

/**
 * Måluppfyllelse insatser: a share the report states against the "x av y" it states beside it (the seed prints
 * "89 % (77 av 88)" for KLARA 2019, which is 87,5 %: 001:354–355, against "89 % (78 av 88)" in its bilaga, 001:20),
 * and each insats's cost against its participants: deltagare without a cost in the driftsredovisning (its costs
 * booked on no insats, or on another object id), or an individinriktad insats with a cost and no deltagare.
 */
export function insatsChecks(ctx: CheckContext): Finding[] {
  const table = ctx.set.mal;
  if (!table) return [];
  const out: Finding[] = [];
  let area: string | undefined;
  let insats: ReportRow | undefined;
  for (const row of table.model.rows) {
    if (row.kind === "heading") area = row.id;
    else if (row.level <= 1) {
      insats = row;
      out.push(costCheck(row, area === malAreaId(DRIFT.individ.id)));
    } else if (insats) {
      const share = shareCheck(insats.label, row);
      if (share) out.push(share);
    }
  }
  return out;
}

const ref = (row: ReportRow, column: string): FigureRef => ({ table: "mal", row: row.id, column });
const dec = (row: ReportRow, column: string): Dec | null => {
  const v = row.values[column];
  return Dec.isDecimal(v) ? v : null;
};

/** "89 %" is exact to ±0,5 procentenheter, "88,6 %" to ±0,05: half a step of the decimals stated. */
function shareCheck(insats: string, row: ReportRow): Finding | undefined {
  const stated = dec(row, C.angiven);
  const x = dec(row, C.antal);
  const of = dec(row, C.av);
  if (stated === null || x === null || of === null || of.isZero()) return undefined;
  const percent = stated.times(HUNDRED);
  const half = new Dec(5).times(new Dec(10).pow(-(percent.decimalPlaces() + 1)));
  return compare({
    id: `mal:andel:${row.id}`,
    title: bilingual(`Insats ${insats}, ${row.label}: angiven andel mot ${x} av ${of}`, `Insats ${insats}, ${row.label}: stated share against ${x} of ${of}`),
    left: { label: "Angiven andel", figure: { value: percent, uncertainty: half, refs: [ref(row, C.angiven)] } },
    right: { label: `${x} av ${of}`, figure: { value: x.div(of).times(HUNDRED), uncertainty: new Dec(0), refs: [ref(row, C.antal), ref(row, C.av)] } },
    unit: "procent",
    onFail: () => bilingual(`${x} av ${of} är ${x.div(of).times(HUNDRED).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toString().replace(".", ",")} %: andelen eller antalen är fel.`, `${x} of ${of} is ${x.div(of).times(HUNDRED).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toString()} %: the share or the counts are wrong.`),
  });
}

/**
 * An insats's cost and its participants: both, or neither where none are to be had (a strukturinriktad insats). The
 * cost is the printed one (the build passes it so, reports/printedTies.ts withPrintedCosts): a cost that prints 0 is none.
 */
function costCheck(row: ReportRow, individual: boolean): Finding {
  const kostnad = dec(row, C.kostnad);
  const deltagare = dec(row, C.deltagare);
  const hasCost = kostnad !== null && !kostnad.isZero();
  const hasPeople = deltagare !== null && !deltagare.isZero();
  const refs = [ref(row, C.kostnad), ref(row, C.deltagare)];
  const figures = [
    { label: `Kostnad ${row.label}`, value: kostnad, refs: [refs[0]!] },
    { label: `Deltagare ${row.label}`, value: deltagare, refs: [refs[1]!] },
  ];
  const verdict = ((): { status: Finding["status"]; why: Bilingual } => {
    if (hasPeople && !hasCost) {
      return { status: "fail", why: bilingual(`${row.label} har ${deltagare} deltagare men ingen kostnad i driftsredovisningen. Stämmer inte: är insatsens kostnader bokförda utan objekt, eller på ett annat objekt-id än på bladet Insatsmål?`, `${row.label} has ${deltagare} participants but no cost in the driftsredovisning. Does not hold: are the insats's costs booked without an object, or on another object id than on the Insatsmål sheet?`) };
    }
    if (hasCost && !hasPeople && individual) {
      return { status: "fail", why: bilingual(`${row.label} är en individinriktad insats med kostnad men inga deltagare. Stämmer inte: ange dess deltagare på bladet Insatsmål, så att kostnaden per deltagare kan redovisas.`, `${row.label} is an individual insats with a cost but no participants. Does not hold: give its participants on the Insatsmål sheet, so that its cost per participant can be reported.`) };
    }
    if (hasCost && hasPeople) return { status: "pass", why: bilingual(`${row.label} har både kostnad och deltagare. Stämmer.`, `${row.label} has both a cost and participants. Holds.`) };
    return { status: "not-applicable", why: bilingual(`Kan inte prövas: ${row.label} har ${hasCost ? "kostnad men inga deltagare, som en strukturinriktad insats" : "varken kostnad eller deltagare"}.`, `Cannot be tested: ${row.label} has ${hasCost ? "a cost but no participants, as a structural insats" : "neither a cost nor participants"}.`) };
  })();
  return {
    id: `mal:kostnad:${row.id}`,
    title: bilingual(`Insats ${row.label}: kostnad och deltagare`, `Insats ${row.label}: cost and participants`),
    figures,
    difference: null,
    tolerance: null,
    unit: "kr",
    status: verdict.status,
    explanation: verdict.why,
    refs,
  };
}
