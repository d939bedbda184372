import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Diagnostic } from "../../core/import/diagnostic";
import { diagnosticText } from "../diagnosticText";
import { useLanguage, useT } from "../i18n/context";
import { usePaneStyles } from "./styles";

/** A write refused because a report sheet was edited by hand since the add-in wrote it (one per sheet). */
export const isEdited = (d: Diagnostic): boolean => d.code === "workbook.sheetEdited";

/**
 * The report sheets a write left alone because someone typed in them since the add-in wrote them, each with
 * its first edited cells, and the choice: write over them anyway, or leave the workbook as it is. Shown in
 * place of the pane's errors (the pane leaves these out of its Diagnostics); nothing appears without them.
 */
export function EditedSheets({ errors, busy, onOverwrite, onCancel }: { errors: readonly Diagnostic[]; busy: boolean; onOverwrite: () => void; onCancel: () => void }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  const edited = errors.filter(isEdited);
  if (edited.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("edited.title")}</MessageBarTitle>
        {t("edited.intro")}
        <ul className={s.list}>
          {edited.map((e, i) => (
            <li key={i}>{diagnosticText(e, language)}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabledFocusable={busy} onClick={onOverwrite}>
          {t("edited.overwrite")}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t("cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
