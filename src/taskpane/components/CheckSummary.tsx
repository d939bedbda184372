import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Finding } from "../../core/checks/finding";
import { listText } from "../format";
import { useLanguage, useT } from "../i18n/context";

/** Failing checks named in the summary; the rest are counted ("… och 4 till"). */
const NAMED = 3;

/**
 * The outcome of the cross-checks in one status line: how many there are, how many do not hold, hold and
 * cannot be tested (with why), and — where the list itself is not shown (Bokslut) — the failing ones by name,
 * and that the reasons are on the Kontroller sheet the build wrote.
 */
export function CheckSummary({ findings, nameFailed = false }: { findings: readonly Finding[]; nameFailed?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const failed = findings.filter((f) => f.status === "fail");
  const passed = findings.filter((f) => f.status === "pass").length;
  const na = findings.filter((f) => f.status === "not-applicable").length;
  const names = failed.slice(0, NAMED).map((f) => f.title[language]);
  const titles = failed.length > NAMED ? t("close.failedMore", { titles: names.join(", "), count: failed.length - NAMED }) : listText(language, names);
  return (
    <MessageBar layout="multiline" intent={failed.length > 0 ? "warning" : "success"}>
      <MessageBarBody>
        {t("checks.summary", { total: findings.length, failed: failed.length, passed, na })}
        {nameFailed && failed.length > 0 && <> {t("close.failedChecks", { count: failed.length, titles })}</>}
        {na > 0 && <> {t(nameFailed ? "checks.naExplainedOnSheet" : "checks.naExplained")}</>}
      </MessageBarBody>
    </MessageBar>
  );
}
