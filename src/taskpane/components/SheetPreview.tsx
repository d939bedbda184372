import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellSpec } from "../../core/sheet/description";
import { formatCell } from "../format";

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
});

/**
 * A written sheet as the board would see it in Excel: formatted values (formula cells show their value),
 * bold subtotals, flagged cells coloured like the sheet's conditional formats.
 */
export function SheetPreview({ name, cells }: { name: string; cells: readonly (readonly CellSpec[])[] }) {
  const s = useStyles();
  const width = Math.max(0, ...cells.map((r) => r.length));
  return (
    <div className={s.wrap} role="region" aria-label={name} tabIndex={0}>
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
