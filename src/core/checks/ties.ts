import { Dec, HUNDRED } from "../money/decimal";
import { BR, DRIFT, FLERAR, RR } from "../statements/lines";
import { abs, add, type CheckContext, type Figure, negate, resolve } from "./figures";
import { bilingual as t, compare, type Finding } from "./finding";
import { type Period, PERIODS, periodLabel, yearColumn } from "./periods";
import { tableName } from "./labels";
import type { TableKey } from "./statementSet";
import { DRIFT_AREAS, DRIFT_INCOME_PARTS, DRIFT_PREVIOUS, DRIFT_TOTALS } from "./structure";


export function rrIncome(ctx: CheckContext, period: Period): Figure | undefined {
  return add([RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id].map((r) => resolve(ctx, "rr", r, period)));
}

/**
 * All income as driftsredovisning and five-year tables count it: verksamhetens and finansiella intäkter, so
 * that their intäkter − kostnader is årets resultat.
 */
export function rrAllIncome(ctx: CheckContext, period: Period): Figure | undefined {
  return add([RR.intakter.id, RR.intakterEsf.id, RR.intakterOvriga.id, RR.finansiellaIntakter.id].map((r) => resolve(ctx, "rr", r, period)));
}

/** Costs including avskrivningar and finansiella kostnader, as driftsredovisning and five-year tables show them. */
export function rrCosts(ctx: CheckContext, period: Period): Figure | undefined {
  return abs(add([RR.kostnader.id, RR.avskrivningar.id, RR.finansiellaKostnader.id].map((r) => resolve(ctx, "rr", r, period))));
}

const driftHasAreaColumns = (ctx: CheckContext): boolean => ctx.set.drift?.model.columns.some((c) => c.id === "intakt") ?? false;
export const driftOutcomeColumn = (period: Period): string => (period === "current" ? "netto" : DRIFT_PREVIOUS.netto);

function driftAreaSum(ctx: CheckContext, column: string): Figure | undefined {
  return abs(add(DRIFT_AREAS.map((r) => resolve(ctx, "drift", r, column))));
}

export function driftIncome(ctx: CheckContext, period: Period): Figure | undefined {
  if (driftHasAreaColumns(ctx)) return driftAreaSum(ctx, period === "current" ? "intakt" : DRIFT_PREVIOUS.intakt);
  const col = driftOutcomeColumn(period);
  return resolve(ctx, "drift", DRIFT_TOTALS.intakter.id, col) ?? add(DRIFT_INCOME_PARTS.map((r) => resolve(ctx, "drift", r, col)));
}

export function driftCosts(ctx: CheckContext, period: Period): Figure | undefined {
  if (driftHasAreaColumns(ctx)) return driftAreaSum(ctx, period === "current" ? "kostnad" : DRIFT_PREVIOUS.kostnad);
  return abs(resolve(ctx, "drift", DRIFT_TOTALS.kostnader.id, driftOutcomeColumn(period)));
}

/** The printed result row, else intäkter − kostnader of the table. */
function driftResult(ctx: CheckContext, period: Period): Figure | undefined {
  const printedRow = resolve(ctx, "drift", DRIFT.resultat.id, driftOutcomeColumn(period));
  if (printedRow) return printedRow;
  const income = driftIncome(ctx, period);
  const costs = driftCosts(ctx, period);
  return income && costs ? add([income, negate(costs)]) : undefined;
}

export function balanceChecks(ctx: CheckContext): Finding[] {
  if (!ctx.set.br) return [];
  return PERIODS.map((p) =>
    compare({
      id: `balans:${p}`,
      title: t(`Balansräkningen balanserar ${periodLabel(ctx.set, p)}`, `Balance sheet balances ${periodLabel(ctx.set, p)}`),
      left: { label: `Summa tillgångar ${periodLabel(ctx.set, p)}`, figure: resolve(ctx, "br", BR.summaTillgangar.id, p) },
      right: { label: `Summa eget kapital, avsättningar och skulder ${periodLabel(ctx.set, p)}`, figure: resolve(ctx, "br", BR.summaEkAvsSkulder.id, p) },
    }),
  );
}

/** Årets resultat is the same figure in RR, BR, KFA, driftsredovisning and the five-year table. */
export function resultChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  if (!ctx.set.rr) return out;
  const others: [TableKey, string, (p: Period) => Figure | undefined, boolean][] = [
    ["br", "BR Årets resultat (eget kapital)", (p) => resolve(ctx, "br", BR.ekAretsResultat.id, p), !!ctx.set.br],
    ["kfa", "KFA Årets resultat", (p) => resolve(ctx, "kfa", "kfa.arets-resultat", p), !!ctx.set.kfa],
    ["drift", "Driftsredovisningens resultat", (p) => driftResult(ctx, p), !!ctx.set.drift],
    ["fy", "Flerårsöversiktens årets resultat", (p) => resolve(ctx, "fy", FLERAR.aretsResultat.id, yearColumn(ctx.set, p)), !!ctx.set.fy],
  ];
  for (const [key, label, figure, present] of others) {
    if (!present) continue;
    for (const p of PERIODS) {
      const year = periodLabel(ctx.set, p);
      out.push(
        compare({
          id: `resultat:${key}:${p}`,
          title: t(`Årets resultat ${year}: RR = ${label}`, `Result for the year ${year}: income statement = ${tableName(key, "en")}`),
          left: { label: `RR Årets resultat ${year}`, figure: resolve(ctx, "rr", RR.aretsResultat.id, p) },
          right: { label: `${label} ${year}`, figure: figure(p) },
        }),
      );
    }
  }
  return out;
}

/** Opening equity + årets resultat (+ stated other changes) = closing equity; and the equity other tables print. */
export function equityChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  if (!set.br) return [];
  const other = set.otherEquityChanges;
  const rolled = add([
    resolve(ctx, "br", BR.summaEgetKapital.id, "previous"),
    resolve(ctx, "rr", RR.aretsResultat.id, "current") ?? resolve(ctx, "br", BR.ekAretsResultat.id, "current"),
    other && { value: other, uncertainty: new Dec(0), refs: [] },
  ]);
  const out = [
    compare({
      id: "eget-kapital:rullning",
      title: t("Eget kapital: ingående + årets resultat = utgående", "Equity roll-forward"),
      left: { label: `Summa eget kapital ${set.year - 1} + årets resultat${other ? " + övriga förändringar" : ""}`, figure: rolled },
      right: { label: `Summa eget kapital ${set.year}`, figure: resolve(ctx, "br", BR.summaEgetKapital.id, "current") },
    }),
  ];
  const printedEquity: [TableKey, string, (p: Period) => Figure | undefined, boolean][] = [
    ["drift", "Driftsredovisningens utgående eget kapital", (p) => resolve(ctx, "drift", DRIFT.utgaendeEk.id, driftOutcomeColumn(p)), !!set.drift],
    ["fy", "Flerårsöversiktens eget kapital", (p) => resolve(ctx, "fy", FLERAR.egetKapital.id, yearColumn(set, p)), !!set.fy],
  ];
  for (const [key, label, figure, present] of printedEquity) {
    if (!present) continue;
    for (const p of PERIODS) {
      const year = periodLabel(set, p);
      const f = figure(p);
      if (!f) continue;
      out.push(
        compare({
          id: `eget-kapital:${key}:${p}`,
          title: t(`Eget kapital ${year}: BR = ${label}`, `Equity ${year}: balance sheet = ${tableName(key, "en")}`),
          left: { label: `BR Summa eget kapital ${year}`, figure: resolve(ctx, "br", BR.summaEgetKapital.id, p) },
          right: { label: `${label} ${year}`, figure: f },
        }),
      );
    }
  }
  return out;
}

/**
 * Driftsredovisningens totals equal RR's (costs including avskrivningar and finansiella kostnader). A year the
 * table prints netto only (our previous-year column) is tied by that netto: its Summa, the sum of the areas' netto,
 * is RR's intäkter − kostnader. Single areas cannot be tied: RR has no areas.
 */
export function driftChecks(ctx: CheckContext): Finding[] {
  if (!ctx.set.drift || !ctx.set.rr) return [];
  const out: Finding[] = [];
  for (const p of PERIODS) {
    const year = periodLabel(ctx.set, p);
    const netto = !driftIncome(ctx, p) && !driftCosts(ctx, p) ? resolve(ctx, "drift", DRIFT.summa.id, driftOutcomeColumn(p)) : undefined;
    if (netto) {
      const income = rrAllIncome(ctx, p);
      const costs = rrCosts(ctx, p);
      out.push(
        compare({
          id: `drift:netto:${p}`,
          title: t(`Driftsredovisningens netto ${year} = RR intäkter − kostnader`, `Operating statement netto ${year} = income statement income − costs`),
          left: { label: `Driftsredovisningens Summa netto ${year}`, figure: netto },
          right: { label: `RR verksamhetens och finansiella intäkter − kostnader inkl. avskrivningar och finansiella kostnader ${year}`, figure: income && costs ? add([income, negate(costs)]) : undefined },
        }),
      );
      continue;
    }
    out.push(
      compare({
        id: `drift:intakter:${p}`,
        title: t(`Driftsredovisningens intäkter ${year} = RR`, `Operating statement income ${year} = income statement`),
        left: { label: `Driftsredovisningens intäkter ${year}`, figure: driftIncome(ctx, p) },
        right: { label: `RR verksamhetens och finansiella intäkter ${year}`, figure: rrAllIncome(ctx, p) },
      }),
      compare({
        id: `drift:kostnader:${p}`,
        title: t(`Driftsredovisningens kostnader ${year} = RR`, `Operating statement costs ${year} = income statement`),
        left: { label: `Driftsredovisningens kostnader ${year}`, figure: driftCosts(ctx, p) },
        right: { label: `RR kostnader inkl. avskrivningar och finansiella kostnader ${year}`, figure: rrCosts(ctx, p) },
      }),
    );
  }
  return out;
}

/** The five-year table: its rows agree with RR for the years RR shows, add up per year, and soliditet = EK / tillgångar. */
export function fiveYearChecks(ctx: CheckContext): Finding[] {
  const { set } = ctx;
  const fy = set.fy;
  if (!fy) return [];
  const out: Finding[] = [];
  for (const p of PERIODS) {
    const col = yearColumn(set, p);
    if (!fy.model.columns.some((c) => c.id === col)) continue;
    out.push(
      compare({
        id: `fy:intakter:${p}`,
        title: t(`Flerårsöversiktens intäkter ${col} = RR`, `Five-year income ${col} = income statement`),
        left: { label: `Flerårsöversiktens intäkter ${col}`, figure: resolve(ctx, "fy", FLERAR.intakter.id, col) },
        right: { label: `RR verksamhetens och finansiella intäkter ${col}`, figure: rrAllIncome(ctx, p) },
        onFail: (d) => {
          const fin = resolve(ctx, "rr", RR.finansiellaIntakter.id, p);
          return fin && d.abs().equals(fin.value.abs()) ? t("Differensen är lika med de finansiella intäkterna: översikten räknar inte in dem bland intäkterna.", "The difference equals the financial income: the summary leaves it out of income.") : undefined;
        },
      }),
      compare({
        id: `fy:kostnader:${p}`,
        title: t(`Flerårsöversiktens kostnader ${col} = RR`, `Five-year costs ${col} = income statement`),
        left: { label: `Flerårsöversiktens kostnader ${col}`, figure: abs(resolve(ctx, "fy", FLERAR.kostnader.id, col)) },
        right: { label: `RR kostnader inkl. avskrivningar och finansiella kostnader ${col}`, figure: rrCosts(ctx, p) },
        onFail: (d) => {
          const fin = resolve(ctx, "rr", RR.finansiellaIntakter.id, p);
          return fin && d.abs().equals(fin.value.abs()) ? t("Differensen är lika med de finansiella intäkterna: översikten har nettat dem mot kostnaderna.", "The difference equals the financial income: the summary has netted it against the costs.") : undefined;
        },
      }),
    );
    if (set.br) out.push(soliditetCheck(ctx, p, col));
  }
  for (const c of fy.model.columns.filter((c) => c.kind !== "text")) {
    const income = resolve(ctx, "fy", FLERAR.intakter.id, c.id);
    const costs = abs(resolve(ctx, "fy", FLERAR.kostnader.id, c.id));
    out.push(
      compare({
        id: `fy:resultat:${c.id}`,
        title: t(`Flerårsöversikten ${c.id}: intäkter − kostnader = årets resultat`, `Five-year ${c.id}: income − costs = result`),
        left: { label: `Intäkter − kostnader ${c.id}`, figure: income && costs ? add([income, negate(costs)]) : undefined },
        right: { label: `Årets resultat ${c.id}`, figure: resolve(ctx, "fy", FLERAR.aretsResultat.id, c.id) },
      }),
    );
  }
  return out;
}

function soliditetCheck(ctx: CheckContext, p: Period, col: string): Finding {
  // The row holds a fraction (0,3012); compare in procent, exact to half the printed last decimal.
  const fraction = resolve(ctx, "fy", FLERAR.soliditet.id, col);
  const stated = fraction && { ...fraction, value: fraction.value.times(HUNDRED) };
  const equity = resolve(ctx, "br", BR.summaEgetKapital.id, p);
  const assets = resolve(ctx, "br", BR.summaTillgangar.id, p);
  let computed: Figure | undefined;
  if (equity && assets && !assets.value.isZero()) {
    const r = equity.value.div(assets.value);
    // Propagated rounding of EK and tillgångar, in procentenheter.
    const u = equity.uncertainty.plus(r.abs().times(assets.uncertainty)).div(assets.value.abs()).times(HUNDRED);
    computed = { value: r.times(HUNDRED), uncertainty: u, refs: [...equity.refs, ...assets.refs] };
  }
  // A printed percentage is exact to half its last decimal; the percent row carries no kronor step.
  const statedFig = stated && { ...stated, uncertainty: new Dec(5).times(new Dec(10).pow(-(stated.value.decimalPlaces() + 1))) };
  return compare({
    id: `soliditet:${p}`,
    title: t(`Soliditet ${col} = eget kapital / summa tillgångar`, `Equity ratio ${col}`),
    left: { label: `Flerårsöversiktens soliditet ${col}`, figure: statedFig },
    right: { label: `BR summa eget kapital / summa tillgångar ${col}`, figure: computed },
    unit: "procent",
  });
}
