import { useRef, useState } from "react";
import { Button, Field, Input, Select, Spinner } from "@fluentui/react-components";
import { SPLIT_TOTAL_FIELD, type FinsamSession, type SplitSummary } from "../../app/session";
import type { Diagnostic } from "../../core/import/diagnostic";
import type { UnitName } from "../../core/money/units";
import { diagnosticText } from "../diagnosticText";
import { useLanguage, useT } from "../i18n/context";
import { useAction } from "../useAction";
import { formatCell } from "../format";
import { Diagnostics } from "./Diagnostics";
import { EditedSheets, isEdited } from "./EditedSheets";
import { LiveResults } from "./LiveResults";
import { OutOfDate } from "./OutOfDate";
import { ScrollRegion } from "./ScrollRegion";
import { WrittenSheets } from "./WrittenSheets";
import { usePaneStyles } from "./styles";

export function PaneSplit({ session, onChanged, defaultTotal }: { session: FinsamSession; onChanged: () => void; defaultTotal: number }) {
  const t = useT();
  const language = useLanguage();
  const s = usePaneStyles();
  const action = useAction<SplitSummary>();
  const [total, setTotal] = useState(formatCell(defaultTotal, "#,##0"));
  const [unit, setUnit] = useState<UnitName>("kr");
  // The total and unit the shown split was made from: once either is changed, the table would show another split.
  const [splitOf, setSplitOf] = useState("");
  const inputs = `${total}\u0000${unit}`;
  const totalInput = useRef<HTMLInputElement>(null);
  const isTotalError = (d: Diagnostic) => d.params.field === SPLIT_TOTAL_FIELD;
  const fields = { [SPLIT_TOTAL_FIELD]: t("split.totalField") };
  const write = async (overwriteEdits = false) => {
    const outcome = await action.run(async () => {
      setSplitOf(inputs);
      const outcome = await session.split(total, unit, true, { overwriteEdits });
      onChanged();
      return outcome;
    }, session.revision);
    // The total is what is wrong: focus goes to it, marked invalid and described by the message, to correct it.
    // That message is no second alert (Field's default): the pane's list of errors is one already.
    if (!outcome.ok && outcome.errors.some(isTotalError)) totalInput.current?.focus();
  };
  const totalError = action.errors.find(isTotalError);
  const parts = splitOf === inputs ? (action.value?.parts ?? []) : [];
  // Öre parts show their öre; every coarser step is whole kronor.
  const amountFormat = action.value?.unit === "ore" ? "#,##0.00" : "#,##0";
  return (
    <section className={s.pane}>
      <p>{t("split.intro")}</p>
      <div className={s.actions}>
        <Field label={t("split.total")} validationState={totalError ? "error" : "none"} validationMessage={totalError && { children: diagnosticText(totalError, language, fields), role: undefined }}>
          <Input ref={totalInput} inputMode="decimal" value={total} onChange={(_, d) => setTotal(d.value)} />
        </Field>
        <Field label={t("split.unit")}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value as UnitName)}>
            <option value="ore">öre</option>
            <option value="kr">kr</option>
            <option value="tkr1">0,1 tkr</option>
            <option value="tkr">tkr</option>
          </Select>
        </Field>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={() => void write()}>
          {t("split.write")}
        </Button>
      </div>
      {parts.length > 0 && (
        <ScrollRegion label={t("pane.medlemsavgifter")}>
          <table aria-label={t("pane.medlemsavgifter")}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>
                  {t("split.party")}
                </th>
                <th scope="col" style={{ textAlign: "right" }}>
                  {t("split.share")}
                </th>
                <th scope="col" style={{ textAlign: "right" }}>
                  {t("split.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.name}>
                  <th scope="row" style={{ textAlign: "left", fontWeight: "normal" }}>
                    {p.name}
                  </th>
                  <td style={{ textAlign: "right" }}>{formatCell(p.share, "0.00%")}</td>
                  <td style={{ textAlign: "right" }}>{formatCell(p.amount, amountFormat)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" style={{ textAlign: "left" }}>
                  {t("split.sum")}
                </th>
                <td />
                <td style={{ textAlign: "right", fontWeight: 600 }}>{formatCell(action.value!.total, amountFormat)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <LiveResults>
        {action.busy && <Spinner size="tiny" label={t("busy")} />}
        {action.value && <WrittenSheets written={action.value.written} />}
        {action.cancelled && <p>{t("edited.cancelled")}</p>}
        <OutOfDate shown={action} session={session} text={t("split.stale")} />
      </LiveResults>
      <EditedSheets errors={action.errors} busy={action.busy} onOverwrite={() => void write(true)} onCancel={action.cancel} />
      <Diagnostics errors={action.errors.filter((e) => !isEdited(e))} warnings={action.warnings} fields={fields} />
    </section>
  );
}
