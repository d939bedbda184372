import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Layout shared by the panes: a column of blocks, actions in a wrapping row. An action, field or its input
 * is never wider than the pane, so that at 200 % zoom (a pane of 160–175 CSS px) a long label wraps instead of
 * pushing the page sideways.
 */
export const usePaneStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    "& > *, & .fui-Input, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
  },
  // Tabs wrap to more rows, and a tab narrower than its name ("Kostnadsfördelning" at 200 % zoom) breaks it.
  tabs: { flexWrap: "wrap", "& .fui-Tab": { flexShrink: 1, minWidth: 0, maxWidth: "100%" } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** A paragraph inside a message bar, spaced as its list is. */
  flush: { margin: 0 },
  /** Out of sight but in the accessibility tree (the native file input driven by a Fluent button, a pane's heading). */
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});
