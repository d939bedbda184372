import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { FinsamSession } from "../../app/session";
import type { Diagnostic } from "../../core/import/diagnostic";

/** What a pane shows of its last run: a result with the revision it was built from, or errors and the revision the run started at. */
export interface Shown {
  value?: { revision: number };
  errors: readonly Diagnostic[];
  ranAt?: number;
}

/**
 * The pane's result or errors are of an earlier revision than the session's now (an edit in Excel, Start, an
 * import, a rebuild since): a result may no longer be the workbook's, an error may be corrected already.
 */
export function isOutOfDate(shown: Shown, session: FinsamSession): boolean {
  const revision = shown.value?.revision ?? (shown.errors.length > 0 ? shown.ranAt : undefined);
  return revision !== undefined && revision !== session.revision;
}

/**
 * Says so (see isOutOfDate). Place it in the pane's live region, so that it is read though it appears without
 * any action in the pane. `text` says what to run again.
 */
export function OutOfDate({ shown, session, text }: { shown: Shown; session: FinsamSession; text: string }) {
  if (!isOutOfDate(shown, session)) return null;
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
