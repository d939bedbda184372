import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Diagnostic } from "../../core/import/diagnostic";
import { useT } from "../i18n/context";

/** Errors (nothing was written) and warnings of an action, each naming its sheet, cell or line. */
export function Diagnostics({ errors = [], warnings = [] }: { errors?: readonly Diagnostic[]; warnings?: readonly Diagnostic[] }) {
  const t = useT();
  return (
    <>
      {errors.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("errorsTitle")}</MessageBarTitle>
            <ul>
              {errors.slice(0, 50).map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t("warningsTitle")}</MessageBarTitle>
            <ul>
              {warnings.slice(0, 20).map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
