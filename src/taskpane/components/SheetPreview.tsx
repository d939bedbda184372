import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellSpec } from "../../core/sheet/description";
import { formatCell } from "../format";
import { useT } from "../i18n/context";

/**
 * Rows rendered at most. A report has tens of rows; a Huvudbok from a large SIE file has tens of thousands,
 * and a table of 300 000 cells would hold the pane's main thread for seconds.
 */
export const PREVIEW_ROWS = 200;

const useStyles = makeStyles({
  wrap: { overflowX: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums", minWidth: "100%" },
  cell: { padding: "2px 6px", whiteSpace: "nowrap", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  number: { textAlign: "right" },
  wrapText: { whiteSpace: "normal", color: tokens.colorNeutralForeground2 },
  label: { whiteSpace: "normal", minWidth: "9em" },
  heading: { whiteSpace: "normal", verticalAlign: "bottom", textAlign: "right", minWidth: "4.5em" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase300 },
  critical: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  note: { margin: 0, padding: "4px 6px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

/**
 * A written sheet as the board would see it in Excel: formatted values (formula cells show their value),
 * bold subtotals, flagged cells coloured like the sheet's conditional formats.
 */
/** `totalRows`: the sheet's row count when `cells` are only its first rows (default: cells.length). */
export function SheetPreview({ name, cells: given, totalRows }: { name: string; cells: readonly (readonly CellSpec[])[]; totalRows?: number }) {
  const s = useStyles();
  const t = useT();
  const cells = given.length > PREVIEW_ROWS ? given.slice(0, PREVIEW_ROWS) : given;
  const total = Math.max(totalRows ?? 0, given.length);
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  return (
    <div className={s.wrap} role="region" aria-label={name} tabIndex={0}>
      {total > cells.length && <p role="note" className={s.note}>{t("preview.firstRows", { shown: formatCell(cells.length, "#,##0"), total: formatCell(total, "#,##0") })}</p>}
      <table className={s.table} aria-label={name}>
        <tbody>
          {cells.map((row, r) =>
            // Titles and footnotes stand alone on their row: they span the table and wrap, as in Excel.
            row.length === 1 && (row[0]!.style === "note" || row[0]!.style === "title") ? (
              <tr key={r}>
                <td colSpan={width} className={mergeClasses(s.cell, s.wrapText, row[0]!.style === "title" && s.title)}>
                  {formatCell(row[0]!.value, row[0]!.numberFormat)}
                </td>
              </tr>
            ) : (
            <tr key={r}>
              {Array.from({ length: width }, (_, c) => {
                const cell = row[c] ?? {};
                // The label column wraps so that the amounts stay in view in a narrow task pane.
                const classes = [s.cell, c === 0 && s.label];
                if (typeof cell.value === "number") classes.push(s.number);
                if (cell.style === "subtotal" || cell.style === "total" || cell.style === "columnHeading" || cell.style === "heading") classes.push(s.strong);
                if (cell.style === "title") classes.push(s.title);
                if (cell.style === "columnHeading") classes.push(s.heading);
                if (cell.flag === "critical") classes.push(s.critical);
                if (cell.flag === "warning") classes.push(s.warning);
                return (
                  <td key={c} className={mergeClasses(...classes)} style={cell.indent ? { paddingLeft: 6 + cell.indent * 12 } : undefined} data-flag={cell.flag}>
                    {formatCell(cell.value, cell.numberFormat)}
                  </td>
                );
              })}
            </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
