import type { ReactNode } from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Words in a table keep whole (the pane breaks long words elsewhere): the table scrolls instead.
  scroll: { overflowX: "auto", overflowWrap: "normal", maxWidth: "100%" },
});

/**
 * A table that may be wider than the pane (a narrow pane, 200 % zoom) scrolls sideways in here, not the
 * page. It is a named region and a tab stop, so that the arrow keys scroll it and a screen reader says what it is.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <div role="region" aria-label={label} tabIndex={0} className={mergeClasses(s.scroll, className)}>
      {children}
    </div>
  );
}
