/**
 * Which pane the task pane shows. In the shared runtime the ribbon commands and the pane live in one page,
 * so a ribbon button sets the route here and then shows the task pane.
 */
export const PANES = ["start", "import", "medlemsavgifter", "budgetuppfoljning", "bokslut", "kontroller"] as const;
export type PaneId = (typeof PANES)[number];

type Listener = (pane: PaneId) => void;
const listeners = new Set<Listener>();
let current: PaneId = "start";

export function currentPane(): PaneId {
  return current;
}

export function showPane(pane: PaneId): void {
  current = pane;
  listeners.forEach((l) => l(pane));
}

export function onPaneChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
