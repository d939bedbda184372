import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Diagnostic } from "../../core/import/diagnostic";
import { useT } from "../i18n/context";
import { usePaneStyles } from "./styles";

/** A write refused because a report sheet was edited by hand since the add-in wrote it (one per sheet). */
export const isEdited = (d: Diagnostic): boolean => d.code === "workbook.sheetEdited";

/**
 * The report sheets a write left alone because someone typed in them since the add-in wrote them, each with
 * its first edited cells, and the choice: write over them anyway, or leave the workbook as it is. Shown in
 * place of the pane's errors (the pane leaves these out of its Diagnostics); nothing appears without them.
 * Each sheet is named with its places only ("Resultaträkning: F4"): the title and intro say the rest once,
 * where the message (the command line's) would repeat it per sheet. Either choice takes the box away, so the
 * focus goes back to the pane's button that ran the write (it kept the focus while busy) rather than to the page.
 */
export function EditedSheets({ errors, busy, onOverwrite, onCancel }: { errors: readonly Diagnostic[]; busy: boolean; onOverwrite: () => void; onCancel: () => void }) {
  const t = useT();
  const s = usePaneStyles();
  const edited = errors.filter(isEdited);
  const shown = edited.length > 0;
  const trigger = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // The write's button still has the focus when the box appears.
    trigger.current = shown ? (document.activeElement as HTMLElement | null) : null;
  }, [shown]);
  if (!shown) return null;
  const choose = (then: () => void) => () => {
    const back = trigger.current;
    then();
    back?.focus();
  };
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("edited.title")}</MessageBarTitle>
        {/* The sheets right under the title (which is inline), the choice just before its buttons. */}
        <ul className={s.list}>
          {edited.map((e, i) => (
            <li key={i}>{e.params.places === undefined ? String(e.params.value) : t("edited.sheetAt", { sheet: String(e.params.value), places: String(e.params.places) })}</li>
          ))}
        </ul>
        <p className={s.flush}>{t("edited.intro")}</p>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabledFocusable={busy} onClick={choose(onOverwrite)}>
          {t("edited.overwrite")}
        </Button>
        <Button disabledFocusable={busy} onClick={choose(onCancel)}>
          {t("cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
