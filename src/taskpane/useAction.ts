import { useCallback, useState } from "react";
import type { Outcome } from "../app/session";
import type { Diagnostic } from "../core/import/diagnostic";

/**
 * Runs one pane action at a time and keeps its outcome: busy flag, value, errors and warnings. A new run
 * clears the previous outcome first, so an old result never stands next to a new run's errors.
 */
export function useAction<T>() {
  const [busy, setBusy] = useState(false);
  const [value, setValue] = useState<T | undefined>(undefined);
  const [errors, setErrors] = useState<Diagnostic[]>([]);
  const [warnings, setWarnings] = useState<Diagnostic[]>([]);
  const [cancelled, setCancelled] = useState(false);
  const [ranAt, setRanAt] = useState<number | undefined>(undefined);

  /** `revision`: the session's when the run starts, kept as `ranAt` (a refused run's errors are of those inputs). */
  const run = useCallback(async (action: () => Promise<Outcome<T>>, revision?: number) => {
    setBusy(true);
    setCancelled(false);
    setRanAt(revision);
    setValue(undefined);
    setErrors([]);
    setWarnings([]);
    try {
      const outcome = await action();
      setWarnings(outcome.warnings);
      if (outcome.ok) setValue(outcome.value);
      else setErrors(outcome.errors);
      return outcome;
    } finally {
      setBusy(false);
    }
  }, []);

  /** The user's Avbryt on a refused write (EditedSheets): the outcome goes, and `cancelled` says so until the next run. */
  const cancel = useCallback(() => {
    setValue(undefined);
    setErrors([]);
    setWarnings([]);
    setCancelled(true);
  }, []);

  return { busy, value, errors, warnings, cancelled, ranAt, run, cancel };
}
