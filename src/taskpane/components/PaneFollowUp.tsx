import { useState } from "react";
import { Button, Field, Select, Spinner, Badge } from "@fluentui/react-components";
import type { BuildSummary, FinsamSession } from "../../app/session";
import { useT } from "../i18n/context";
import { useAction } from "../useAction";
import { Diagnostics } from "./Diagnostics";
import { SheetPreview } from "./SheetPreview";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

export function PaneFollowUp({ session, onChanged }: { session: FinsamSession; onChanged: () => void }) {
  const t = useT();
  const s = usePaneStyles();
  const action = useAction<BuildSummary>();
  const [month, setMonth] = useState(12);
  const write = () =>
    action.run(async () => {
      const outcome = await session.followUp(month);
      onChanged();
      return outcome;
    });
  const sheet = action.value?.result.sheets.find((x) => x.ownerKey === "budgetuppfoljning");
  const flagged = sheet ? sheet.cells.flat().filter((c) => c.flag === "warning" || c.flag === "critical").length : 0;
  return (
    <section className={s.pane}>
      <p>{t("followup.intro")}</p>
      <div className={s.actions}>
        <Field label={t("followup.month")}>
          <Select value={String(month)} onChange={(_, d) => setMonth(Number(d.value))}>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={write}>
          {t("followup.write")}
        </Button>
      </div>
      {action.busy && <Spinner size="tiny" label={t("busy")} />}
      {action.value && <WrittenSheets written={action.value.written} />}
      {sheet && (
        <>
          <Badge appearance="tint" color={flagged ? "danger" : "success"} role="status">
            {t("followup.flagged", { count: flagged })}
          </Badge>
          <SheetPreview name={sheet.name} cells={sheet.cells} />
        </>
      )}
      <Diagnostics errors={action.errors} warnings={action.warnings} />
    </section>
  );
}
