import { FluentProvider, webLightTheme, makeStyles, tokens, Title2, Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  /** Office host the pane runs in; null outside Office (a plain browser). */
  host: Office.HostType | null;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">Finsam Ekonomi</Title2>
        {host === Office.HostType.Excel ? (
          <Body1>Tillägget är laddat i Excel. Funktionerna FINSAM.* finns nu i formelfältet.</Body1>
        ) : (
          <MessageBar intent="warning">
            <MessageBarBody>Öppnad utanför Excel: tillägget fungerar bara i Excel. Det här är en förhandsvisning.</MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
