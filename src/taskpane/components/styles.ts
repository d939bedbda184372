import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the panes: a column of blocks, actions in a wrapping row. */
export const usePaneStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** Out of sight but in the accessibility tree (the native file input, driven by a Fluent button). */
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});
