import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WrittenSheet } from "../../workbook/port";
import { listText } from "../format";
import { useLanguage, useT } from "../i18n/context";
import { usePaneStyles } from "./styles";

/**
 * Which sheets an action wrote, and each report that went to another name because a sheet of the user's
 * already had the preferred one ("Resultaträkning (2)"). Every pane that writes says it with this; nothing
 * is shown when nothing was written.
 */
export function WrittenSheets({ written }: { written: readonly WrittenSheet[] }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  if (written.length === 0) return null;
  const renamed = written.filter((w) => w.preferredName !== undefined);
  return (
    <MessageBar layout="multiline" intent="success">
      <MessageBarBody>
        {t("written.sheets", { count: written.length, sheets: listText(language, written.map((w) => w.name)) })}
        {renamed.length > 0 && (
          <ul className={s.list}>
            {renamed.map((w) => (
              <li key={w.key}>{t("written.renamed", { preferred: w.preferredName!, name: w.name })}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
