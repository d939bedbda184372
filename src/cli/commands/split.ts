import { sum } from "../../core/money/decimal";
import { unitStep } from "../../core/money/units";
import { apportion } from "../../core/rules/apportion";
import { parseSwedishAmount } from "../../core/parse/swedishNumber";
import { EXIT, parse, UsageError } from "../args";
import { kronor, percent } from "../../core/money/format";

export const SPLIT_HELP = `finsam split <totalt> <vikt…> [--unit kr]

Fördelar ett belopp efter vikter så att delarna summerar exakt till beloppet (största rest-metoden; lika
rester går till den större exakta andelen, sedan till den som står först). Decimaler med komma eller punkt.

  --unit   delarna blir multiplar av enheten: öre, kr (standard), "0,1 tkr", tkr, mnkr

Exempel: finsam split 14662000 50 25 11,75 11,75 1,5
Slutstatus: 0 fördelat, 2 fel i indata eller anrop.`;

export function split(args: readonly string[], out: (line: string) => void): number {
  const { values, positionals } = parse(args, { unit: { type: "string" } });
  if (values.help) return out(SPLIT_HELP), EXIT.ok;
  if (positionals.length < 2) throw new UsageError("split: ange totalbeloppet och minst en vikt.");
  const [totalText, ...weightTexts] = positionals;
  const total = parseSwedishAmount(totalText!, { field: "totalt" });
  const weights = weightTexts.map((w, i) => parseSwedishAmount(w, { field: `vikt ${i + 1}` }));
  const step = unitStep(values.unit, "--unit");
  const parts = apportion(total, weights, { step, field: "vikter", totalField: "totalt" });
  const weightSum = sum(weights);
  // Parts in öre are printed to the öre; every coarser step is whole kronor.
  const decimals = step.isInteger() ? 0 : 2;
  parts.forEach((part, i) => out(`${String(i + 1).padStart(3)}. vikt ${weightTexts[i]!.padEnd(8)} ${percent(weights[i]!.div(weightSum)).padStart(8)}  ${kronor(part, decimals).padStart(16)}`));
  out(`     Summa ${" ".repeat(17)} ${kronor(sum(parts), decimals).padStart(16)}`);
  return EXIT.ok;
}
