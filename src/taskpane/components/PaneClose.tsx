import { useEffect, useRef } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { currentPane, onPaneChange, takeAutoRun, type PaneId } from "../route";
import type { BuildSummary, FinsamSession } from "../../app/session";
import { useT } from "../i18n/context";
import { useAction } from "../useAction";
import { CheckSummary } from "./CheckSummary";
import { Diagnostics } from "./Diagnostics";
import { EditedSheets, isEdited } from "./EditedSheets";
import { LiveResults } from "./LiveResults";
import { OutOfDate } from "./OutOfDate";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

export function PaneClose({ session, onChanged }: { session: FinsamSession; onChanged: () => void }) {
  const t = useT();
  const s = usePaneStyles();
  const action = useAction<BuildSummary>();
  const build = (overwriteEdits = false) =>
    action.run(async () => {
      const outcome = await session.buildAll({ overwriteEdits });
      onChanged();
      return outcome;
    }, session.revision);
  // The ribbon's "Bygg alla rapporter" opens this pane and asks it to build at once: when the pane first
  // mounts, and again on every later request (the pane stays mounted once it has been shown).
  const latestBuild = useRef(build);
  useEffect(() => {
    latestBuild.current = build;
  });
  useEffect(() => {
    const runIfAsked = (pane: PaneId) => {
      if (pane === "bokslut" && takeAutoRun()) void latestBuild.current();
    };
    runIfAsked(currentPane());
    return onPaneChange(runIfAsked);
  }, []);
  return (
    <section className={s.pane}>
      <p>{t("close.intro")}</p>
      <div className={s.actions}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={() => void build()}>
          {t("close.buildAll")}
        </Button>
      </div>
      <LiveResults>
        {action.busy && <Spinner size="tiny" label={t("busy")} />}
        {action.cancelled && <p>{t("edited.cancelled")}</p>}
        {action.value && (
          <>
            <WrittenSheets written={action.value.written} />
            <CheckSummary findings={action.value.findings} nameFailed />
          </>
        )}
        <OutOfDate shown={action} session={session} text={t("close.stale")} />
      </LiveResults>
      <EditedSheets errors={action.errors} busy={action.busy} onOverwrite={() => void build(true)} onCancel={action.cancel} />
      <Diagnostics errors={action.errors.filter((e) => !isEdited(e))} warnings={action.warnings} />
    </section>
  );
}
