import { Button, Badge, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { BuildSummary, FinsamSession } from "../../app/session";
import { findingCells } from "../../app/findingCells";
import type { Finding } from "../../core/checks/finding";
import { LanguageContext, useT } from "../i18n/context";
import { useContext } from "react";
import { useAction } from "../useAction";
import { CheckSummary } from "./CheckSummary";
import { Diagnostics } from "./Diagnostics";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  finding: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, width: "100%", textAlign: "left", height: "auto", padding: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const ORDER: Record<Finding["status"], number> = { fail: 0, "not-applicable": 1, pass: 2 };

export function PaneChecks({ session, onChanged }: { session: FinsamSession; onChanged: () => void }) {
  const t = useT();
  const language = useContext(LanguageContext);
  const s = usePaneStyles();
  const c = useStyles();
  const action = useAction<BuildSummary>();
  const run = (write: boolean) =>
    action.run(async () => {
      const outcome = await session.checks(write);
      onChanged();
      return outcome;
    });
  const summary = action.value;
  const findings = summary ? [...summary.findings].sort((a, b) => ORDER[a.status] - ORDER[b.status]) : [];
  const select = async (f: Finding) => {
    if (!summary) return;
    const groups = findingCells(f.refs, summary.result.models, summary.written.length ? summary.written : summary.result.sheets.map((x) => ({ key: x.ownerKey!, name: x.name })));
    if (groups[0]) await session.select(groups[0].sheet, groups[0].range);
  };
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
      {action.busy && <Spinner size="tiny" label={t("busy")} />}
      {summary && (
        <>
          <WrittenSheets written={summary.written} />
          <CheckSummary findings={summary.findings} />
        </>
      )}
      <ul className={c.list} aria-label={t("pane.kontroller")}>
        {findings.map((f) => (
          <li key={f.id}>
            <Button className={c.finding} appearance="subtle" onClick={() => select(f)}>
              <Badge color={f.status === "fail" ? "danger" : f.status === "pass" ? "success" : "informative"} appearance="tint">
                {t(f.status === "fail" ? "checks.fail" : f.status === "pass" ? "checks.pass" : "checks.na")}
              </Badge>
              <span>{f.title[language]}</span>
              {f.status !== "pass" && <small>{f.explanation}</small>}
            </Button>
          </li>
        ))}
      </ul>
      <Diagnostics errors={action.errors} warnings={action.warnings} />
    </section>
  );
}
