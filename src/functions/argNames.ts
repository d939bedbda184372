/**
 * The names the functions' messages give their arguments (and results), as English Excel shows them: the ids
 * in functions.json where the name is an argument's. The functions and the rules they call name them in
 * Swedish, as Swedish Excel does (locale-sv.json); a message for English Excel is given these instead.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  total: "total",
  enhet: "unit",
  vikter: "weights",
  kommunvikter: "municipalWeights",
  regionvikter: "regionWeights",
  regionandel: "regionShare",
  andel: "rate",
  andelar: "rates",
  bidrag: "contributions",
  gränser: "upperBounds",
  "gränser och andelar": "upperBounds and rates",
  trappa: "tiers",
  "eget kapital": "equity",
  tak: "cap",
  "eget kapital − tak": "equity − cap",
  adminkostnader: "adminCosts",
  "totala kostnader": "totalCosts",
  undantag: "excluded",
  gräns: "limit",
  adminandel: "admin ratio",
  individ: "individual",
  struktur: "structural",
  "individ + struktur": "individual + structural",
  individandel: "individual share",
  "minsta andel": "minShare",
  utfall: "actual",
  budget: "budget",
  månadsbudget: "budget",
  typ: "kind",
  konvention: "convention",
  avvikelse: "deviation",
  "varning procent": "warnPercent",
  "varning belopp": "warnAmount",
  "kritisk procent": "criticalPercent",
  "kritisk belopp": "criticalAmount",
  månad: "month",
  prognos: "forecast",
  soliditet: "solidity",
  "summa tillgångar": "totalAssets",
  // The funding model's own parts (contributions.ts), after the argument they come from ("vikter kommuner").
  "statens andel": "the state's share",
  "regionens och kommunernas andelar": "the region and municipal shares",
  regioner: "regions",
  kommuner: "municipalities",
  medlemmar: "members",
};

/** "vikter[3]", "vikter[rad 2, kolumn 1]", "vikter kommuner" in English Excel's terms; a name not listed stays as it is. */
export function englishArgument(field: string): string {
  const m = /^(.*?)(?:\[(?:(\d+)|rad (\d+), kolumn (\d+))\])?$/.exec(field)!;
  const name = m[1]!;
  const pair = /^(\S+) (\S+)$/.exec(name);
  const english = ENGLISH[name] ?? (pair && ENGLISH[pair[1]!] && ENGLISH[pair[2]!] ? `${ENGLISH[pair[1]!]} ${ENGLISH[pair[2]!]}` : name);
  if (m[2] !== undefined) return `${english}[${m[2]}]`;
  if (m[3] !== undefined) return `${english}[row ${m[3]}, column ${m[4]}]`;
  return english;
}

