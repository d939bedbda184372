/*
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). They run in the shared runtime, select the
 * pane and show the task pane; the pane itself does the work.
 */
import { PANES, showPane, type PaneId } from "../taskpane/route";

function opener(pane: PaneId) {
  return async (event: Office.AddinCommands.Event) => {
    showPane(pane);
    try {
      await Office.addin.showAsTaskpane();
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  for (const pane of PANES) Office.actions.associate(`open-${pane}`, opener(pane));
});
