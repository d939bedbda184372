import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Field, Select } from "@fluentui/react-components";
import type { FinsamSession, ImportSummary } from "../../app/session";
import type { SieEncoding } from "../../core/import/sie/decode";
import { useT } from "../i18n/context";
import { useAction } from "../useAction";
import { formatCell } from "../format";
import { Diagnostics } from "./Diagnostics";
import { LiveResults } from "./LiveResults";
import { ScrollRegion } from "./ScrollRegion";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

/** Unmapped amounts listed at most; the rest are counted below the table. */
const UNMAPPED_ROWS = 100;

export function PaneImport({ session, onChanged }: { session: FinsamSession; onChanged: () => void }) {
  const t = useT();
  const s = usePaneStyles();
  const action = useAction<ImportSummary>();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [fileName, setFileName] = useState("");
  const [encoding, setEncoding] = useState<SieEncoding>("cp437");
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const choose = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    abort.current?.abort();
    // Avbryt goes away with the progress bar: focus goes back to the file button, not to the page's start.
    choose.current?.focus();
  };

  const importFile = async (file: File) => {
    abort.current = new AbortController();
    setCancelled(false);
    // The file input is cleared after each read (so the same file can be read again): its name is kept here.
    setFileName(file.name);
    try {
      await action.run(() => session.importSie(file, { encoding, signal: abort.current!.signal, onBytes: (done, total) => setProgress({ done, total }) }));
      onChanged();
    } catch (e) {
      if ((e as Error).name === "AbortError") setCancelled(true);
      else throw e;
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  };

  const summary = action.value;
  // One row per account, year and insats: the accounts are counted apart, or 20 insatser look like 20 accounts.
  const unmappedAccounts = new Set(summary?.unmapped?.map((u) => u.account)).size;
  return (
    <section className={s.pane}>
      <p>{t("import.intro")}</p>
      <div className={s.actions}>
        <Field label={t("import.encoding")} hint={t("import.encodingHint")}>
          <Select value={encoding} disabled={action.busy} onChange={(_, d) => setEncoding(d.value as SieEncoding)}>
            <option value="cp437">{t("import.encoding.cp437")}</option>
            <option value="utf-8">UTF-8</option>
            <option value="windows-1252">Windows-1252</option>
            <option value="auto">{t("import.encoding.auto")}</option>
          </Select>
        </Field>
      </div>
      <div className={s.actions}>
        {/* The browser's own file input speaks the browser's language ("Choose File"): a pane button opens it,
            and is the only one a screen reader meets (the input is hidden from it too, not only from sight). */}
        <input id="sie-file" ref={input} type="file" accept=".se,.si,.sie,.SE,.SI" aria-label={t("import.chooseFile")} aria-hidden="true" tabIndex={-1} className={s.visuallyHidden} onChange={(e) => e.target.files?.[0] && importFile(e.target.files[0])} />
        <Button ref={choose} disabledFocusable={action.busy} onClick={() => input.current?.click()}>
          {t("import.chooseFile")}
        </Button>
        <span aria-live="polite">{fileName || t("import.noFile")}</span>
      </div>
      {progress && (
        <div className={s.actions}>
          <Field label={t("import.progress", { done: formatCell(progress.done / 1e6, "0.0"), total: `${formatCell(progress.total / 1e6, "0.0")} MB` })} style={{ flexGrow: 1 }}>
            <ProgressBar value={progress.total ? progress.done / progress.total : undefined} />
          </Field>
          <Button onClick={cancel}>{t("cancel")}</Button>
        </div>
      )}
      <LiveResults>
        {cancelled && (
          <MessageBar layout="multiline" intent="info">
            <MessageBarBody>{t("import.cancelled")}</MessageBarBody>
          </MessageBar>
        )}
        {summary && !action.busy && (
          <MessageBar layout="multiline" intent={summary.unmapped?.length === 0 && action.warnings.length === 0 ? "success" : "warning"}>
            <MessageBarBody>
              {t("import.summary", { file: fileName, company: summary.company, accounts: summary.accounts, years: summary.years })}{" "}
              {summary.unmapped === null ? t("import.mappingUnchecked") : summary.unmapped.length === 0 ? t("import.mapped") : t("import.unmappedCount", { accounts: unmappedAccounts, count: summary.unmapped.length })}
            </MessageBarBody>
          </MessageBar>
        )}
        {summary && !action.busy && <WrittenSheets written={summary.written} />}
      </LiveResults>
      {summary?.unmapped && summary.unmapped.length > 0 && (
        <ScrollRegion label={t("import.unmappedTitle")}>
          <table aria-label={t("import.unmappedTitle")}>
            <caption style={{ textAlign: "left", fontWeight: 600 }}>{t("import.unmappedTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>{t("import.account")}</th>
                <th scope="col">{t("import.year")}</th>
                <th scope="col" style={{ textAlign: "right" }}>{t("import.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.unmapped.slice(0, UNMAPPED_ROWS).map((u, i) => (
                <tr key={i}>
                  <td>
                    {u.account} {u.accountName}
                    {u.insats ? ` (${u.insats})` : ""}
                  </td>
                  <td>{u.year}</td>
                  <td style={{ textAlign: "right" }}>{formatCell(u.amount, "#,##0")}</td>
                </tr>
              ))}
            </tbody>
            {summary.unmapped.length > UNMAPPED_ROWS && (
              <tfoot>
                <tr>
                  <td colSpan={3}>{t("import.unmappedFirstRows", { shown: UNMAPPED_ROWS, total: formatCell(summary.unmapped.length, "#,##0") })}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </ScrollRegion>
      )}
      <Diagnostics errors={action.errors} warnings={action.warnings} />
    </section>
  );
}
