import type { ReactNode } from "react";
import { usePaneStyles } from "./styles";

/**
 * Where a pane says how its action went ("Arbetar…", what it wrote, what the checks found). It is one live
 * region, in the page before the action runs: a screen reader reads what appears in it, and the keyboard
 * user's focus can stay on the button. A message that brought its own live region along when it appeared
 * would often not be read at all. Errors are alerts of their own (Diagnostics), outside this.
 */
export function LiveResults({ children }: { children: ReactNode }) {
  const s = usePaneStyles();
  return (
    <div role="status" className={s.pane}>
      {children}
    </div>
  );
}
