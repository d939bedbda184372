import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { BuildSummary, FinsamSession } from "../../app/session";

/** The summary was built from an earlier revision than the session's now (see OutOfDate). */
export const isOutOfDate = (summary: BuildSummary | undefined, session: FinsamSession): boolean => summary !== undefined && summary.revision !== session.revision;

/**
 * A pane's result built from an earlier revision of the inputs or reports (an edit in Excel, an import, a
 * rebuild since): what it shows may no longer be what the workbook holds. Place it in the pane's live region,
 * so that it is read though it appears without any action in the pane. `text` says what to do again.
 */
export function OutOfDate({ summary, session, text }: { summary: BuildSummary | undefined; session: FinsamSession; text: string }) {
  if (!isOutOfDate(summary, session)) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
