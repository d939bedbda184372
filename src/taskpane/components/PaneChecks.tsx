import { useState } from "react";
import { Button, Badge, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, mergeClasses, tokens, useArrowNavigationGroup, useId } from "@fluentui/react-components";
import type { BuildSummary, FinsamSession } from "../../app/session";
import { findingCells, type CellGroup } from "../../app/findingCells";
import type { Finding } from "../../core/checks/finding";
import { FinsamError, isFinsamError } from "../../core/errors";
import type { WrittenSheet } from "../../workbook/port";
import { useLanguage, useT } from "../i18n/context";
import { useAction } from "../useAction";
import { CheckSummary } from "./CheckSummary";
import { Diagnostics } from "./Diagnostics";
import { EditedSheets, isEdited } from "./EditedSheets";
import { LiveResults } from "./LiveResults";
import { isOutOfDate, OutOfDate } from "./OutOfDate";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  finding: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, width: "100%", textAlign: "left", height: "auto", padding: tokens.spacingVerticalS },
  // A finding without cells to select is text, not a button; it keeps the buttons' layout (and their border).
  static: { boxSizing: "border-box", border: `${tokens.strokeWidthThin} solid transparent` },
  title: { fontWeight: tokens.fontWeightSemibold },
  explanation: { fontWeight: tokens.fontWeightRegular },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const ORDER: Record<Finding["status"], number> = { fail: 0, "not-applicable": 1, pass: 2 };

/** The sheet each report is on, as the workbook says (a "(2)" included), else its usual name (not built yet). */
function reportSheets(summary: BuildSummary): WrittenSheet[] {
  return summary.result.sheets.map((x) => summary.sheets.find((w) => w.key === x.ownerKey) ?? { key: x.ownerKey!, name: x.name });
}

export function PaneChecks({ session, onChanged }: { session: FinsamSession; onChanged: () => void }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  const c = useStyles();
  const headingId = useId("checks-list");
  const keysId = useId("checks-keys");
  // A hundred findings are one tab stop: the arrow keys move between them, Tab goes on past the list.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const action = useAction<BuildSummary>();
  const [selectError, setSelectError] = useState<unknown>(null);
  const run = (write: boolean, overwriteEdits = false) => {
    setSelectError(null);
    return action.run(async () => {
      const outcome = await session.checks(write, { overwriteEdits });
      onChanged();
      return outcome;
    }, session.revision);
  };
  const summary = action.value;
  const findings = summary ? [...summary.findings].sort((a, b) => ORDER[a.status] - ORDER[b.status]) : [];
  const sheets = summary ? reportSheets(summary) : [];
  // After an import or a rebuild the list is of other figures, and its cells may have moved: not clickable then.
  const stale = isOutOfDate(action, session);
  const select = async (group: CellGroup) => {
    setSelectError(null);
    // A report not built yet has only its usual name, which may be a sheet of the user's: never selected there.
    if (!summary?.sheets.some((w) => w.name === group.sheet)) {
      setSelectError(new FinsamError("workbook.reportNotWritten", { value: group.sheet }));
      return;
    }
    try {
      await session.select(group.sheet, group.range);
      onChanged();
    } catch (e) {
      setSelectError(e);
    }
  };
  const selectMessage = selectError === null ? "" : isFinsamError(selectError) ? selectError.messageIn(language) : String((selectError as Error)?.message ?? selectError);
  return (
    <section className={s.pane}>
      <p>{t("checks.intro")}</p>
      <div className={s.actions}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={() => run(false)}>
          {t("checks.run")}
        </Button>
        <Button disabledFocusable={action.busy} onClick={() => run(true)}>
          {t("checks.write")}
        </Button>
      </div>
      <LiveResults>
        {action.busy && <Spinner size="tiny" label={t("busy")} />}
        {summary && (
          <>
            <WrittenSheets written={summary.written} />
            <CheckSummary findings={summary.findings} />
          </>
        )}
        {action.cancelled && <p>{t("edited.cancelled")}</p>}
        <OutOfDate shown={action} session={session} text={t("checks.stale")} />
      </LiveResults>
      {selectError !== null && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{t("checks.selectFailed", { message: selectMessage })}</MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <>
          <Subtitle2 as="h3" id={headingId}>
            {t("checks.listTitle")}
          </Subtitle2>
          <p id={keysId}>{t("checks.listKeys")}</p>
          <ul className={c.list} aria-labelledby={headingId} aria-describedby={keysId} {...arrows}>
            {findings.map((f) => {
              const group = stale ? undefined : findingCells(f.refs, summary.result.models, sheets)[0];
              const content = (
                <>
                  <Badge color={f.status === "fail" ? "danger" : f.status === "pass" ? "success" : "informative"} appearance="tint">
                    {t(f.status === "fail" ? "checks.fail" : f.status === "pass" ? "checks.pass" : "checks.na")}
                  </Badge>
                  <span className={c.title}>{f.title[language]}</span>
                  {f.status !== "pass" && <small className={c.explanation}>{f.explanation[language]}</small>}
                </>
              );
              return (
                <li key={f.id}>
                  {group ? (
                    <Button className={c.finding} appearance="subtle" onClick={() => select(group)}>
                      {content}
                    </Button>
                  ) : (
                    <div className={mergeClasses(c.finding, c.static)}>{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <EditedSheets errors={action.errors} busy={action.busy} onOverwrite={() => void run(true, true)} onCancel={action.cancel} />
      <Diagnostics errors={action.errors.filter((e) => !isEdited(e))} warnings={action.warnings} />
    </section>
  );
}
