/**
 * Which pane the task pane shows. In the shared runtime the ribbon commands and the pane live in one page,
 * so a ribbon button sets the route here and then shows the task pane. "Bygg alla rapporter" also asks the
 * Bokslut pane to run its build as soon as it shows (`autoRun`), so the user sees the result there.
 */
export const PANES = ["start", "import", "medlemsavgifter", "budgetuppfoljning", "bokslut", "kontroller"] as const;
export type PaneId = (typeof PANES)[number];

type Listener = (pane: PaneId) => void;
const listeners = new Set<Listener>();
let current: PaneId = "start";
let autoRun = false;

export function currentPane(): PaneId {
  return current;
}

export function showPane(pane: PaneId, options: { run?: boolean } = {}): void {
  current = pane;
  autoRun = options.run ?? false;
  listeners.forEach((l) => l(pane));
}

/** True once after a ribbon button asked the shown pane to run its action. */
export function takeAutoRun(): boolean {
  const run = autoRun;
  autoRun = false;
  return run;
}

export function onPaneChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
