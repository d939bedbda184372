import { ZERO } from "../money/decimal";
import { BR, KFA, RR } from "../statements/lines";
import { DRIFT_TOTALS } from "./structure";
import { driftOutcomeColumn } from "./ties";
import { add, type CheckContext, type Figure, negate, resolve } from "./figures";
import { bilingual as t, compare, type Finding } from "./finding";
import { PERIODS, periodLabel, type Period } from "./periods";

/** Likvida medel in BR: kassa och bank + kortfristiga placeringar. */
function brCash(ctx: CheckContext, p: Period): Figure | undefined {
  const kassa = resolve(ctx, "br", BR.kassaBank.id, p);
  return kassa && add([kassa, resolve(ctx, "br", BR.placeringar.id, p)]);
}

/** BR change previous → current of a row; `sign` −1 for assets (an increase ties up cash). */
function brDelta(ctx: CheckContext, rowId: string, sign: 1 | -1): Figure | undefined {
  const cur = resolve(ctx, "br", rowId, "current");
  const prev = resolve(ctx, "br", rowId, "previous");
  if (!cur || !prev) return undefined;
  const d = add([cur, negate(prev)]);
  return sign === 1 ? d : negate(d);
}

const CASH_GAP = t(
  "KFA och BR avgränsar likvida medel olika (t.ex. ett bankkonto som KFA inte räknar till likvida medel).",
  "The cash flow statement and the balance sheet draw the line around cash differently (e.g. a bank account the cash flow statement leaves out).",
);

export function cashflowChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  if (!set.kfa) return [];
  const out: Finding[] = [];
  for (const p of PERIODS) {
    const year = periodLabel(set, p);
    const start = resolve(ctx, "kfa", KFA.likvidaBorjan.id, p);
    const end = resolve(ctx, "kfa", KFA.likvidaSlut.id, p);
    out.push(
      compare({
        id: `kfa:forandring:${p}`,
        title: t(`KFA årets kassaflöde ${year} = likvida medel slut − början`, `Cash flow ${year} = closing − opening cash`),
        left: { label: `KFA Årets kassaflöde ${year}`, figure: resolve(ctx, "kfa", KFA.aretsKassaflode.id, p) },
        right: { label: `Likvida medel vid årets slut − början ${year}`, figure: end && start ? add([end, negate(start)]) : undefined },
      }),
    );
    if (set.br) {
      out.push(
        compare({
          id: `kfa:likvida-br:${p}`,
          title: t(`KFA likvida medel vid årets slut ${year} = BR kassa och bank + kortfristiga placeringar`, `Closing cash ${year} = balance sheet cash`),
          left: { label: `KFA Likvida medel vid årets slut ${year}`, figure: end },
          right: { label: `BR Kassa och bank + kortfristiga placeringar ${year}`, figure: brCash(ctx, p) },
          onFail: () => CASH_GAP,
        }),
      );
    }
  }
  out.push(
    compare({
      id: "kfa:ingaende-fg",
      title: t("KFA likvida medel vid årets början = föregående års slut", "Opening cash = previous year's closing cash"),
      left: { label: `KFA Likvida medel vid årets början ${set.year}`, figure: resolve(ctx, "kfa", KFA.likvidaBorjan.id, "current") },
      right: { label: `KFA Likvida medel vid årets slut ${set.year - 1}`, figure: resolve(ctx, "kfa", KFA.likvidaSlut.id, "previous") },
    }),
  );
  if (!set.br) return out;
  out.push(
    compare({
      id: "kfa:ingaende-br",
      title: t("KFA likvida medel vid årets början = föregående års BR", "Opening cash = previous balance sheet cash"),
      left: { label: `KFA Likvida medel vid årets början ${set.year}`, figure: resolve(ctx, "kfa", KFA.likvidaBorjan.id, "current") },
      right: { label: `BR Kassa och bank + kortfristiga placeringar ${set.year - 1}`, figure: brCash(ctx, "previous") },
      onFail: () => CASH_GAP,
    }),
  );
  // [id, Swedish and English name of the item, KFA row, BR row, sign, the BR change as Swedish text]
  const workingCapital: [string, string, string, string, string, 1 | -1, string][] = [
    ["fordringar", "fordringar", "receivables", KFA.fordringar.id, BR.fordringar.id, -1, "minskning av BR Fordringar"],
    ["forrad", "förråd", "inventories", KFA.forrad.id, BR.forrad.id, -1, "minskning av BR Förråd"],
    ["skulder", "kortfristiga skulder", "current liabilities", KFA.skulder.id, BR.kortfristigaSkulder.id, 1, "ökning av BR Kortfristiga skulder"],
  ];
  for (const [name, sv, en, kfaRow, brRow, sign, label] of workingCapital) {
    const kfa = resolve(ctx, "kfa", kfaRow, "current");
    if (!kfa) continue;
    out.push(
      compare({
        id: `kfa:${name}`,
        title: t(`KFA förändring ${sv} ${set.year} = förändringen i balansräkningen`, `Cash flow change in ${en} = balance sheet change`),
        left: { label: `KFA ${kfaLabel(ctx, kfaRow)} ${set.year}`, figure: kfa },
        right: { label: `${label} ${set.year - 1}→${set.year}`, figure: brDelta(ctx, brRow, sign) },
        onFail: () => t("Skillnaden tyder på en post som nettats mellan fordringar och skulder, eller en omklassificering mellan åren.", "The difference suggests an item netted between receivables and liabilities, or a reclassification between the years."),
      }),
    );
  }
  return out;
}

/**
 * The KFA's adjustment for non-cash items against the RR's avskrivningar: its "Justering för av- och
 * nedskrivningar" where it prints one; else its one line for all non-cash items (the förbund form, seeds 000,
 * 002, 003) against avskrivningar + the BR's change in avsättningar, when the BR gives that change. An RR that
 * prints no avskrivningar has none.
 */
export function adjustmentChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  if (!set.kfa || !set.rr) return [];
  return PERIODS.flatMap((p) => {
    const year = periodLabel(set, p);
    const own = resolve(ctx, "kfa", KFA.justeringAvskrivningar.id, p);
    const combined = own ? undefined : add([resolve(ctx, "kfa", KFA.justeringAvsattningar.id, p), resolve(ctx, "kfa", KFA.justeringOvriga.id, p)]);
    const kfa = own ?? combined;
    if (!kfa) return [];
    const depreciation = negate(resolve(ctx, "rr", RR.avskrivningar.id, p)) ?? { value: ZERO, uncertainty: ZERO, refs: [] };
    // The change in avsättningar is known for the year whose opening balance the BR prints; a year whose
    // avsättningar the BR prints without that change cannot be tested.
    const provisions = combined && p === "current" ? brDelta(ctx, BR.avsattningar.id, 1) : undefined;
    const unknownProvisions = combined && !provisions && !(resolve(ctx, "br", BR.avsattningar.id, p)?.value.isZero() ?? true);
    const rr = unknownProvisions ? undefined : add([depreciation, provisions]);
    const what = own ? { sv: "av- och nedskrivningar", en: "depreciation" } : { sv: "ej likviditetspåverkande poster", en: "non-cash items" };
    const plus = provisions || unknownProvisions ? { sv: " + förändring av avsättningar", en: " + change in provisions" } : { sv: "", en: "" };
    return [
      compare({
        id: `kfa:justeringar:${p}`,
        title: t(`KFA justering för ${what.sv} ${year} = RR avskrivningar${plus.sv}`, `Cash flow adjustment for ${what.en} ${year} = depreciation${plus.en}`),
        left: { label: `KFA ${own || resolve(ctx, "kfa", KFA.justeringOvriga.id, p) ? kfaLabel(ctx, own ? KFA.justeringAvskrivningar.id : KFA.justeringOvriga.id) : "Justeringar för ej likviditetspåverkande poster"} ${year}`, figure: kfa },
        right: { label: `RR Avskrivningar${plus.sv ? " + förändring av BR Avsättningar" : ""} ${year}`, figure: rr },
        onFail: () =>
          combined
            ? t("Justeringen förklaras inte av resultaträkningens avskrivningar eller balansräkningens avsättningar; den kan rymma en annan ej likviditetspåverkande post, som då bör framgå.", "The adjustment is not explained by the income statement's depreciation or the balance sheet's provisions; it may hold another non-cash item, which should then be shown.")
            : t("KFA och RR anger olika avskrivningar.", "The cash flow statement and the income statement give different depreciation."),
      }),
    ];
  });
}

/**
 * The KFA's investeringsverksamhet against the balance sheet: −(change in anläggningstillgångar + the RR's
 * avskrivningar), for the year whose opening balance sheet is printed. Nothing when the KFA prints no
 * investments or the BR no anläggningstillgångar.
 */
export function investmentChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  if (!set.kfa || !set.br || !set.rr) return [];
  const kfa = resolve(ctx, "kfa", KFA.investeringSumma.id, "current");
  const assets = brDelta(ctx, BR.summaAnlaggning.id, -1);
  if (!kfa || !assets) return [];
  const depreciation = resolve(ctx, "rr", RR.avskrivningar.id, "current");
  return [
    compare({
      id: "kfa:investeringar",
      title: t(`KFA kassaflöde från investeringsverksamheten ${set.year} = −(förändring av anläggningstillgångar + avskrivningar)`, `Cash flow from investing ${set.year} = −(change in fixed assets + depreciation)`),
      left: { label: `KFA ${kfaLabel(ctx, KFA.investeringSumma.id)} ${set.year}`, figure: kfa },
      right: { label: `−(ökning av BR Summa anläggningstillgångar ${set.year - 1}→${set.year} + RR Avskrivningar ${set.year})`, figure: add([assets, depreciation]) },
      onFail: () =>
        t(
          "Skillnaden kan vara en nedskrivning, en försäljning med vinst eller förlust, eller en investering som inte betalats under året.",
          "The difference may be a write-down, a sale at a gain or loss, or an investment not paid during the year.",
        ),
    }),
  ];
}

function kfaLabel(ctx: CheckContext, rowId: string): string {
  return ctx.set.kfa?.model.rows.find((r) => r.id === rowId)?.label ?? rowId;
}

/**
 * A driftsredovisning that prints likvida medel (Stockholm's Tabell 12, 002:1956) against BR's kassa och bank
 * + kortfristiga placeringar; nothing when it prints none.
 */
export function driftCashChecks(ctx: CheckContext): Finding[] {
  if (!ctx.set.drift || !ctx.set.br) return [];
  return PERIODS.flatMap((p) => {
    const year = periodLabel(ctx.set, p);
    const figure = resolve(ctx, "drift", DRIFT_TOTALS.likvida.id, driftOutcomeColumn(p));
    if (!figure) return [];
    return [
      compare({
        id: `drift:likvida-br:${p}`,
        title: t(`Driftsredovisningens likvida medel ${year} = BR kassa och bank + kortfristiga placeringar`, `Operating statement cash ${year} = balance sheet cash`),
        left: { label: `Driftsredovisningens likvida medel ${year}`, figure },
        right: { label: `BR Kassa och bank + kortfristiga placeringar ${year}`, figure: brCash(ctx, p) },
      }),
    ];
  });
}
