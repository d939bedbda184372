import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { FinsamSession } from "../app/session";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { EXAMPLE_TOTAL } from "../core/example/exempelforbund";
import { loadExampleLedger } from "./example";
import { PreviewWorkbook } from "./previewWorkbook";
import { parseSieInWorker } from "./sieWorkerClient";
import { languageOfLocale } from "../core/messages";

/*
 * Office.onReady resolves in Excel with host "Excel", and in a plain browser with host null: there the pane
 * runs as a clearly labelled preview against an in-memory workbook holding the example förbund. The pane is
 * dark in a dark Office theme (in the preview: when the system asks for dark).
 */
Office.onReady(async (info) => {
  const root = document.getElementById("root");
  if (!root) return;
  if (info.host === Office.HostType.Excel) {
    createRoot(root).render(
      <App session={new FinsamSession(new OfficeWorkbook(), parseSieInWorker)} dark={Office.context.officeTheme?.isDarkTheme === true} language={languageOfLocale(Office.context.displayLanguage)} />,
    );
    return;
  }
  const workbook = new PreviewWorkbook();
  const session = new FinsamSession(workbook, parseSieInWorker);
  await session.createInputSheets({ ledger: await loadExampleLedger() });
  // The preview's workbook, for the browser tests to set up a case a user would make in Excel (a sheet of
  // their own, another month in Inställningar); nothing in the pane reads it from here.
  Object.assign(window, { finsamPreviewWorkbook: workbook });
  createRoot(root).render(<App session={session} preview={workbook} defaultTotal={EXAMPLE_TOTAL} dark={matchMedia("(prefers-color-scheme: dark)").matches} />);
});
