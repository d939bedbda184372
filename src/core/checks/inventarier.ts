import { INVENTARIER, RR } from "../statements/lines";
import { abs, add, type CheckContext, type Figure, negate, resolve, rowOf } from "./figures";
import { bilingual as t, compare, type Finding } from "./finding";
import { cellLabel } from "./labels";
import { PERIODS, periodLabel, type Period } from "./periods";
import type { NoteTable } from "./statementSet";

/**
 * A note on inventarier (a roll-forward with a redovisat värde row): ingående redovisat värde + inköp − utrangering
 * − årets avskrivningar (+ those on what was disposed of) = redovisat värde vid årets slut; årets avskrivningar =
 * the RR's; and this year's ingående values = last year's utgående. Ackumulerade avskrivningar are read in the
 * note's own sign, since notes print them either positive (Stockholm 2022) or negative (the engine).
 */
export function inventarierChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const note of ctx.set.notes ?? []) {
    if (!rowOf(note, INVENTARIER.redovisatVarde.id)) continue;
    // A year the note prints no roll-forward for (the ledger has no opening balances for it) has nothing to test;
    // the note's tie to the BR already says its figure is missing.
    const rolled = PERIODS.filter((p) => rowOf(note, openingRow(note))?.values[p] != null);
    for (const p of rolled) out.push(rollForward(ctx, note, p), depreciation(ctx, note, p));
    if (rolled.length === PERIODS.length && rowOf(note, INVENTARIER.ubAnskaffning.id)) out.push(...continuity(ctx, note));
  }
  return out;
}

/** The opening row: anskaffningsvärde, or redovisat värde where the note keeps no ackumulerade avskrivningar. */
const openingRow = (note: NoteTable): string => (rowOf(note, INVENTARIER.ibAnskaffning.id) ? INVENTARIER.ibAnskaffning.id : INVENTARIER.ibRedovisatVarde.id);

function rollForward(ctx: CheckContext, note: NoteTable, p: Period): Finding {
  const key = `not:${note.number}` as const;
  const row = (id: string) => resolve(ctx, key, id, p);
  const opening = row(openingRow(note));
  // The ackumulerade avskrivningar rows share one sign (the note's convention), so their sum is the utgående
  // avskrivningar as printed, and its magnitude is what the roll-forward subtracts. Avskrivningar on what was
  // disposed of count against the others, and a nedskrivning, which the RR's avskrivningar do not hold, with them.
  const accumulated = add([row(INVENTARIER.ibAvskrivningar.id), row(INVENTARIER.avskrivningar.id), row(INVENTARIER.utrangeringAvskrivningar.id)]);
  const parts: (Figure | undefined)[] = [opening, row(INVENTARIER.inkop.id), negate(abs(row(INVENTARIER.utrangering.id))), negate(abs(accumulated))];
  const year = periodLabel(ctx.set, p);
  return compare({
    id: `inventarier:${note.number}:rullning:${p}`,
    title: t(`Not ${note.number} ${year}: ingående redovisat värde + nyanskaffningar − utrangering − avskrivningar = redovisat värde vid årets slut`, `Note ${note.number} ${year}: opening book value + purchases − disposals − depreciation = closing book value`),
    left: { label: `Not ${note.number} ingående anskaffningsvärde − ackumulerade avskrivningar + årets förändringar ${year}`, figure: opening ? add(parts) : undefined },
    right: { label: cellLabel(ctx, key, INVENTARIER.redovisatVarde.id, p), figure: row(INVENTARIER.redovisatVarde.id) },
  });
}

function depreciation(ctx: CheckContext, note: NoteTable, p: Period): Finding {
  const key = `not:${note.number}` as const;
  const year = periodLabel(ctx.set, p);
  return compare({
    id: `inventarier:${note.number}:avskrivningar:${p}`,
    title: t(`Not ${note.number} årets avskrivningar ${year} = RR`, `Note ${note.number} depreciation ${year} = income statement`),
    left: { label: cellLabel(ctx, key, INVENTARIER.avskrivningar.id, p), figure: abs(resolve(ctx, key, INVENTARIER.avskrivningar.id, p)) },
    right: { label: cellLabel(ctx, "rr", RR.avskrivningar.id, p), figure: abs(resolve(ctx, "rr", RR.avskrivningar.id, p)) },
  });
}

/** This year's ingående anskaffningsvärde and ackumulerade avskrivningar are last year's utgående. */
function continuity(ctx: CheckContext, note: NoteTable): Finding[] {
  const key = `not:${note.number}` as const;
  const pairs = [
    { what: t("anskaffningsvärde", "acquisition value"), opening: INVENTARIER.ibAnskaffning.id, closing: INVENTARIER.ubAnskaffning.id, id: "anskaffning" },
    { what: t("ackumulerade avskrivningar", "accumulated depreciation"), opening: INVENTARIER.ibAvskrivningar.id, closing: INVENTARIER.ubAvskrivningar.id, id: "avskrivningar" },
  ];
  return pairs.map((x) =>
    compare({
      id: `inventarier:${note.number}:ingaende:${x.id}`,
      title: t(`Not ${note.number} ingående ${x.what.sv} ${ctx.set.year} = utgående ${ctx.set.year - 1}`, `Note ${note.number} opening ${x.what.en} ${ctx.set.year} = closing ${ctx.set.year - 1}`),
      left: { label: cellLabel(ctx, key, x.opening, "current"), figure: abs(resolve(ctx, key, x.opening, "current")) },
      right: { label: cellLabel(ctx, key, x.closing, "previous"), figure: abs(resolve(ctx, key, x.closing, "previous")) },
    }),
  );
}
