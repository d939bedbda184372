import { ROLL_FORWARDS, RR, type RollForwardLines } from "../statements/lines";
import { abs, add, type CheckContext, type Figure, negate, resolve, rowOf } from "./figures";
import { bilingual as t, compare, type Finding } from "./finding";
import { cellLabel } from "./labels";
import { PERIODS, periodLabel, type Period } from "./periods";
import type { NoteTable } from "./statementSet";

/** A roll-forward note (Not Inventarier, Not Immateriella anläggningstillgångar) and its rows. */
interface Rolled {
  note: NoteTable;
  lines: RollForwardLines;
}

/**
 * The roll-forward notes (a redovisat värde row): ingående redovisat värde + inköp − utrangering − årets
 * avskrivningar (+ those on what was disposed of) = redovisat värde vid årets slut; this year's ingående values =
 * last year's utgående; and the RR's avskrivningar = the sum of the notes' årets avskrivningar, since each note
 * prints its own assets' share. Ackumulerade avskrivningar are read in the note's own sign, since notes print them
 * either positive (Stockholm 2022) or negative (the engine).
 */
export function inventarierChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const notes: Rolled[] = (ctx.set.notes ?? []).flatMap((note) => ROLL_FORWARDS.filter((lines) => rowOf(note, lines.redovisatVarde.id)).map((lines) => ({ note, lines })));
  // A year a note prints no roll-forward for (the ledger has no opening balances for it) has nothing to test;
  // the note's tie to the BR already says its figure is missing.
  const rolledIn = (r: Rolled) => PERIODS.filter((p) => rowOf(r.note, openingRow(r))?.values[p] != null);
  for (const r of notes) {
    const rolled = rolledIn(r);
    for (const p of rolled) out.push(rollForward(ctx, r, p));
    if (rolled.length === PERIODS.length && rowOf(r.note, r.lines.ubAnskaffning.id)) out.push(...continuity(ctx, r));
  }
  for (const p of PERIODS.filter((p) => notes.some((r) => rolledIn(r).includes(p)))) out.push(depreciation(ctx, notes, p));
  return out;
}

/** The opening row: anskaffningsvärde, or redovisat värde where the note keeps no ackumulerade avskrivningar. */
const openingRow = ({ note, lines }: Rolled): string => (rowOf(note, lines.ibAnskaffning.id) ? lines.ibAnskaffning.id : lines.ibRedovisatVarde.id);

function rollForward(ctx: CheckContext, r: Rolled, p: Period): Finding {
  const { note, lines: L } = r;
  const key = `not:${note.number}` as const;
  const row = (id: string) => resolve(ctx, key, id, p);
  const opening = row(openingRow(r));
  // The ackumulerade avskrivningar rows share one sign (the note's convention), so their sum is the utgående
  // avskrivningar as printed, and its magnitude is what the roll-forward subtracts. Avskrivningar on what was
  // disposed of count against the others, and a nedskrivning, which the RR's avskrivningar do not hold, with them.
  const accumulated = add([row(L.ibAvskrivningar.id), row(L.avskrivningar.id), row(L.utrangeringAvskrivningar.id)]);
  const parts: (Figure | undefined)[] = [opening, row(L.inkop.id), negate(abs(row(L.utrangering.id))), negate(abs(accumulated))];
  const year = periodLabel(ctx.set, p);
  return compare({
    id: `inventarier:${note.number}:rullning:${p}`,
    title: t(`Not ${note.number} ${year}: ingående redovisat värde + nyanskaffningar − utrangering − avskrivningar = redovisat värde vid årets slut`, `Note ${note.number} ${year}: opening book value + purchases − disposals − depreciation = closing book value`),
    left: { label: `Not ${note.number} ingående anskaffningsvärde − ackumulerade avskrivningar + årets förändringar ${year}`, figure: opening ? add(parts) : undefined },
    right: { label: cellLabel(ctx, key, L.redovisatVarde.id, p), figure: row(L.redovisatVarde.id) },
  });
}

/** The RR's avskrivningar against the notes' årets avskrivningar together (each note its own assets'). */
function depreciation(ctx: CheckContext, notes: readonly Rolled[], p: Period): Finding {
  const year = periodLabel(ctx.set, p);
  const named = notes.map((r) => `Not ${r.note.number}`).join(" + ");
  const figures = notes.map((r) => abs(resolve(ctx, `not:${r.note.number}`, r.lines.avskrivningar.id, p)));
  return compare({
    id: `avskrivningar:noter:${p}`,
    title: t(`${named} årets avskrivningar ${year} = RR`, `${named.replace(/Not/g, "Note")} depreciation ${year} = income statement`),
    left: { label: notes.length === 1 ? cellLabel(ctx, `not:${notes[0]!.note.number}`, notes[0]!.lines.avskrivningar.id, p) : `${named} årets avskrivningar ${year}`, figure: add(figures) },
    right: { label: cellLabel(ctx, "rr", RR.avskrivningar.id, p), figure: abs(resolve(ctx, "rr", RR.avskrivningar.id, p)) },
  });
}

/** This year's ingående anskaffningsvärde and ackumulerade avskrivningar are last year's utgående. */
function continuity(ctx: CheckContext, { note, lines: L }: Rolled): Finding[] {
  const key = `not:${note.number}` as const;
  const pairs = [
    { what: t("anskaffningsvärde", "acquisition value"), opening: L.ibAnskaffning.id, closing: L.ubAnskaffning.id, id: "anskaffning" },
    { what: t("ackumulerade avskrivningar", "accumulated depreciation"), opening: L.ibAvskrivningar.id, closing: L.ubAvskrivningar.id, id: "avskrivningar" },
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
