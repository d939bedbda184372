import { useEffect, useState } from "react";
import { Button, Field, Select, Spinner, Badge } from "@fluentui/react-components";
import type { BuildSummary, FinsamSession } from "../../app/session";
import { monthName } from "../format";
import { useLanguage, useT } from "../i18n/context";
import { useAction } from "../useAction";
import { Diagnostics } from "./Diagnostics";
import { EditedSheets, isEdited } from "./EditedSheets";
import { LiveResults } from "./LiveResults";
import { OutOfDate } from "./OutOfDate";
import { OutlookGoals } from "./OutlookGoals";
import { SheetPreview } from "./SheetPreview";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** `active`: the pane is shown; the default month is read from Inställningar each time it is. */
export function PaneFollowUp({ session, onChanged, active }: { session: FinsamSession; onChanged: () => void; active: boolean }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  const action = useAction<BuildSummary>();
  // The month the user picked; until then the settings' "Utfall till och med månad" (else 12, the whole year).
  const [chosen, setChosen] = useState<number | null>(null);
  const [fromSettings, setFromSettings] = useState<number | null>(null);
  useEffect(() => {
    if (!active || chosen !== null) return;
    let current = true;
    // A sheet that cannot be read leaves the default; the follow-up itself reports what is wrong with it.
    session.settings().then(
      (outcome) => current && outcome.ok && setFromSettings(outcome.value.month),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [active, chosen, session]);
  const month = chosen ?? fromSettings ?? 12;
  const write = (overwriteEdits = false) =>
    action.run(async () => {
      const outcome = await session.followUp(month, { overwriteEdits });
      onChanged();
      return outcome;
    }, session.revision);
  const sheet = action.value?.result.sheets.find((x) => x.ownerKey === "budgetuppfoljning");
  const flagged = sheet ? sheet.cells.flat().filter((c) => c.flag === "warning" || c.flag === "critical").length : 0;
  const outlook = action.value?.result.models.find((m) => m.id === "prognos-mal");
  // Without a budget the sheet only says why there is no follow-up: no deviations to count, none to call fine.
  const followedUp = action.value?.result.models.some((m) => m.id === "budgetuppfoljning" && m.rows.length > 0) ?? false;
  return (
    <section className={s.pane}>
      <p>{t("followup.intro")}</p>
      <div className={s.actions}>
        <Field label={t("followup.month")} hint={chosen === null && fromSettings !== null ? t("followup.monthFromSettings") : undefined}>
          <Select value={String(month)} onChange={(_, d) => setChosen(Number(d.value))}>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {monthName(language, m)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={() => void write()}>
          {t("followup.write")}
        </Button>
      </div>
      <LiveResults>
        {action.busy && <Spinner size="tiny" label={t("busy")} />}
        {action.value && <WrittenSheets written={action.value.written} />}
        {action.cancelled && <p>{t("edited.cancelled")}</p>}
        {sheet && followedUp && (
          <Badge appearance="tint" color={flagged ? "danger" : "success"}>
            {t("followup.flagged", { count: flagged })}
          </Badge>
        )}
        {outlook && <OutlookGoals model={outlook} />}
        <OutOfDate shown={action} session={session} text={t("followup.stale")} />
      </LiveResults>
      {sheet && <SheetPreview name={sheet.name} cells={sheet.cells} />}
      <EditedSheets errors={action.errors} busy={action.busy} onOverwrite={() => void write(true)} onCancel={action.cancel} />
      <Diagnostics errors={action.errors.filter((e) => !isEdited(e))} warnings={action.warnings} />
    </section>
  );
}
