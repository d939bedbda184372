/*
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). They run in the shared runtime, select the
 * pane and show the task pane; the pane itself does the work ("Bygg alla rapporter" asks the Bokslut pane
 * to run its build at once).
 */
import { PANES, showPane, type PaneId } from "../taskpane/route";

function opener(pane: PaneId, run = false) {
  return async (event: Office.AddinCommands.Event) => {
    showPane(pane, { run });
    try {
      await Office.addin.showAsTaskpane();
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  for (const pane of PANES) Office.actions.associate(`open-${pane}`, opener(pane));
  Office.actions.associate("build-all", opener("bokslut", true));
});
