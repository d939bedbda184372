import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Diagnostic } from "../../core/import/diagnostic";
import { diagnosticText } from "../diagnosticText";
import { useLanguage, useT } from "../i18n/context";
import { usePaneStyles } from "./styles";

/**
 * Errors (nothing was written) and warnings of an action, each naming its sheet, cell or line, in the UI
 * language; `fields` names a pane's own fields by their labels (see diagnosticText).
 */
export function Diagnostics({ errors = [], warnings = [], fields }: { errors?: readonly Diagnostic[]; warnings?: readonly Diagnostic[]; fields?: Readonly<Record<string, string>> }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  return (
    <>
      {errors.length > 0 && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>
            {/* An unexpected error may have come after part of a write: the usual title would say nothing was. */}
            <MessageBarTitle>{t(errors.some((e) => e.code === "workbook.unexpected") ? "unexpectedTitle" : "errorsTitle")}</MessageBarTitle>
            <ul className={s.list}>
              {errors.slice(0, 50).map((e, i) => (
                <li key={i}>{diagnosticText(e, language, fields)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t("warningsTitle")}</MessageBarTitle>
            <ul className={s.list}>
              {warnings.slice(0, 20).map((w, i) => (
                <li key={i}>{diagnosticText(w, language, fields)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
