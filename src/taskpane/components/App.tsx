import { useEffect, useState } from "react";
import { FluentProvider, webDarkTheme, webLightTheme, makeStyles, mergeClasses, tokens, Title3, MessageBar, MessageBarBody, TabList, Tab, Select, Label, Badge, useId } from "@fluentui/react-components";
import type { FinsamSession } from "../../app/session";
import type { PreviewWorkbook } from "../previewWorkbook";
import { PANES, currentPane, onPaneChange, showPane, type PaneId } from "../route";
import { LanguageContext } from "../i18n/context";
import { format, type Language } from "../i18n/strings";
import { PaneStart } from "./PaneStart";
import { PaneImport } from "./PaneImport";
import { PaneSplit } from "./PaneSplit";
import { PaneFollowUp } from "./PaneFollowUp";
import { PaneClose } from "./PaneClose";
import { PaneChecks } from "./PaneChecks";
import { WorkbookPreview } from "./WorkbookPreview";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  // The theme's background fills the pane (the page has no margin), and native controls follow its scheme.
  provider: { minHeight: "100vh" },
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  // A word longer than the pane is wide ("exempelförbundet" at 200 % zoom) breaks rather than overflows; tables
  // opt out and scroll in their own region instead (ScrollRegion).
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "960px", overflowWrap: "anywhere" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Label and select side by side, each as wide as it needs (Field's horizontal layout gives the label a
  // third of the row, which cuts "Language" off in a narrow pane); one above the other when even that is too wide.
  language: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, whiteSpace: "nowrap", maxWidth: "100%" },
  // The badge grows a line rather than let its word run out of it at 200 % zoom.
  badge: { height: "auto", minHeight: "20px" },
});

export interface AppProps {
  session: FinsamSession;
  /** Set outside Excel: the in-memory workbook the preview writes to and shows. */
  preview?: PreviewWorkbook;
  /** Default total for the contribution split (the example's in the preview). */
  defaultTotal?: number;
  /** Office's theme is dark (Fluent's dark theme then). */
  dark?: boolean;
  /** The language the pane opens in (Office's display language in Excel); the header's choice changes it. */
  language?: Language;
}

export function App({ session, preview, defaultTotal = 0, dark = false, language: initialLanguage = "sv" }: AppProps) {
  const styles = useStyles();
  const shared = usePaneStyles();
  const languageId = useId("language");
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [pane, setPane] = useState<PaneId>(currentPane());
  // Panes are mounted on their first visit and then only hidden, so a result stays when the user looks elsewhere.
  const [visited, setVisited] = useState<ReadonlySet<PaneId>>(() => new Set([currentPane()]));
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      onPaneChange((p) => {
        setPane(p);
        setVisited((v) => (v.has(p) ? v : new Set([...v, p])));
      }),
    [],
  );
  const t = (key: Parameters<typeof format>[1]) => format(language, key);
  const changed = () => setVersion((v) => v + 1);
  // An edit typed in Excel moves the session's revision: re-render so the panes can show their results as stale.
  useEffect(() => session.onEdited(() => setVersion((v) => v + 1)), [session]);
  const props = { session, onChanged: changed };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language} className={mergeClasses(styles.provider, dark ? styles.dark : styles.light)}>
      <LanguageContext.Provider value={language}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{t("appTitle")}</Title3>
            {preview && <Badge className={styles.badge} appearance="filled" color="warning">{t("previewBadge")}</Badge>}
            <div className={styles.language}>
              <Label htmlFor={languageId}>{t("language")}</Label>
              <Select id={languageId} value={language} onChange={(_, d) => setLanguage(d.value as Language)}>
                <option value="sv" lang="sv">
                  Svenska
                </option>
                <option value="en" lang="en">
                  English
                </option>
              </Select>
            </div>
          </header>
          {preview && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{t("previewBanner")}</MessageBarBody>
            </MessageBar>
          )}
          <nav aria-label={t("navLabel")}>
            <TabList className={shared.tabs} selectedValue={pane} onTabSelect={(_, d) => showPane(d.value as PaneId)}>
              {PANES.map((p) => (
                <Tab key={p} value={p} id={`tab-${p}`} aria-controls={`panel-${p}`}>
                  {t(`pane.${p}`)}
                </Tab>
              ))}
            </TabList>
          </nav>
          {PANES.filter((p) => visited.has(p)).map((p) => (
            <div key={p} role="tabpanel" id={`panel-${p}`} aria-labelledby={`tab-${p}`} hidden={p !== pane}>
              {/* For moving by headings: the selected tab names the pane on screen already. */}
              <h2 className={shared.visuallyHidden}>{t(`pane.${p}`)}</h2>
              {p === "start" && <PaneStart {...props} />}
              {p === "import" && <PaneImport {...props} />}
              {p === "medlemsavgifter" && <PaneSplit {...props} defaultTotal={defaultTotal} />}
              {p === "budgetuppfoljning" && <PaneFollowUp {...props} active={p === pane} />}
              {p === "bokslut" && <PaneClose {...props} />}
              {p === "kontroller" && <PaneChecks {...props} />}
            </div>
          ))}
          {preview && <WorkbookPreview workbook={preview} version={version} />}
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
