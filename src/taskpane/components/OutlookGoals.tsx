import type { ReportModel } from "../../core/report/model";
import { GOAL_COLUMNS, GOAL_ROWS } from "../../core/statements/finansiellaMal";
import { OUTLOOK_WORDING } from "../../core/statements/prognosMal";
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/context";

type Translate = ReturnType<typeof useT>;
const GOALS = new Set<string>(Object.values(GOAL_ROWS));

/**
 * A goal's verdict in the pane's language: the sheet's text (Swedish, its wording OUTLOOK_WORDING) read back
 * as met, not met, or not testable with the reason the sheet gives (which only the sheet words).
 */
export function outlookVerdict(t: Translate, status: string): string {
  if (status === OUTLOOK_WORDING.met) return t("goal.met");
  if (status === OUTLOOK_WORDING.notMet) return t("goal.notMet");
  const prefix = `${OUTLOOK_WORDING.untestable}: `;
  return status.startsWith(prefix) ? t("goal.untestable", { reason: status.slice(prefix.length) }) : status;
}

/** The goals of Prognos finansiella mål and their verdicts, as a list in the pane's language (the sheet stays Swedish). */
export function OutlookGoals({ model }: { model: ReportModel }) {
  const t = useT();
  const goals = model.rows.filter((r) => GOALS.has(r.id) && typeof r.values[GOAL_COLUMNS.status] === "string");
  if (goals.length === 0) return null;
  return (
    <div>
      <p>{t("followup.outlook")}</p>
      <ul>
        {goals.map((r) => (
          <li key={r.id}>
            {t(`goal.${r.id}` as StringKey)}: {outlookVerdict(t, String(r.values[GOAL_COLUMNS.status]))}
          </li>
        ))}
      </ul>
    </div>
  );
}
