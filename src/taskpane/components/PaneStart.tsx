import { useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import { CHART_KINDS, CHART_LABEL, type ChartKind } from "../../core/mapping/detect";
import { LEDGER_SHEET } from "../../core/inputs/ledgerSheet";
import { INPUT_SHEETS } from "../../core/inputs/templates";
import type { FinsamSession } from "../../app/session";
import { loadExampleLedger } from "../example";
import { listText } from "../format";
import { useLanguage, useT } from "../i18n/context";
import { useAction } from "../useAction";
import { Diagnostics } from "./Diagnostics";
import { LiveResults } from "./LiveResults";
import { usePaneStyles } from "./styles";

export function PaneStart({ session, onChanged }: { session: FinsamSession; onChanged: () => void }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  const action = useAction<string[]>();
  const [example, setExample] = useState(false);
  const [chart, setChart] = useState<ChartKind>("bas");
  const create = (example: boolean) =>
    action.run(async () => {
      setExample(example);
      const outcome = await session.createInputSheets(example ? { ledger: await loadExampleLedger() } : undefined, chart);
      onChanged();
      return outcome;
    });
  // Sheets that were there already keep their contents: with the example, its values are then not loaded there.
  const kept = action.value?.length ? INPUT_SHEETS.filter((n) => n !== LEDGER_SHEET && !action.value!.includes(n)) : [];
  return (
    <section className={s.pane}>
      <p>{t("start.intro")}</p>
      <div className={s.actions}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={() => create(true)}>
          {t("start.loadExample")}
        </Button>
        <Field label={t("start.chart")}>
          <Select value={chart} onChange={(_, d) => setChart(d.value as ChartKind)}>
            {CHART_KINDS.map((c) => (
              <option key={c} value={c}>
                {CHART_LABEL[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={action.busy} onClick={() => create(false)}>
          {t("start.createEmpty")}
        </Button>
      </div>
      <LiveResults>
        {action.busy && <Spinner size="tiny" label={t("busy")} />}
        {action.value && (
          <MessageBar layout="multiline" intent={action.value.length > 0 ? "success" : "info"}>
            <MessageBarBody>
              {action.value.length > 0 ? t("start.created", { count: action.value.length, sheets: listText(language, action.value) }) : t("start.nothingCreated")}
              {kept.length > 0 ? ` ${t(example ? "start.keptExample" : "start.kept", { count: kept.length, sheets: listText(language, kept) })}` : ""}
              {example && !action.value.includes(LEDGER_SHEET) ? ` ${t("start.ledgerKept")}` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
      </LiveResults>
      <Diagnostics errors={action.errors} warnings={action.warnings} />
    </section>
  );
}
