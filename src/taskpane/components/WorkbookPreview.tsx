import { useState } from "react";
import { TabList, Tab, Subtitle2 } from "@fluentui/react-components";
import type { PreviewWorkbook } from "../previewWorkbook";
import { useT } from "../i18n/context";
import { PREVIEW_ROWS, SheetPreview } from "./SheetPreview";
import { usePaneStyles } from "./styles";

/**
 * The preview's workbook: its sheets as tabs, the chosen one rendered as Excel would show it. After an
 * action writes (or selects cells), the sheet Excel would activate is shown.
 */
export function WorkbookPreview({ workbook, version }: { workbook: PreviewWorkbook; version: number }) {
  const t = useT();
  const s = usePaneStyles();
  const sheets = workbook.sheetList();
  const [chosen, setChosen] = useState<string | null>(null);
  const [seenShows, setSeenShows] = useState(workbook.shows);
  if (workbook.shows !== seenShows) {
    setSeenShows(workbook.shows);
    setChosen(workbook.shown ?? chosen);
  }
  const active = sheets.find((x) => x === chosen) ?? sheets[sheets.length - 1];
  const shown = active === undefined ? undefined : workbook.previewOf(active, PREVIEW_ROWS);
  return (
    <section className={s.pane} aria-label={t("preview.sheets")} data-version={version}>
      <Subtitle2 as="h2">{t("preview.sheets")}</Subtitle2>
      {sheets.length === 0 ? (
        <p>{t("preview.empty")}</p>
      ) : (
        <>
          <TabList className={s.tabs} size="small" selectedValue={active} onTabSelect={(_, d) => setChosen(String(d.value))} aria-label={t("preview.sheets")}>
            {sheets.map((x) => (
              <Tab key={x} value={x}>
                {x}
              </Tab>
            ))}
          </TabList>
          {active && shown && <SheetPreview name={active} cells={shown.cells} totalRows={shown.totalRows} region={t("preview.sheet", { name: active })} />}
        </>
      )}
    </section>
  );
}
