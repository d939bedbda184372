import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellSpec } from "../../core/sheet/description";
import type { Severity } from "../../core/rules/deviation";
import { formatCell } from "../format";
import { useT } from "../i18n/context";
import { ScrollRegion } from "./ScrollRegion";

/**
 * Rows rendered at most. A report has tens of rows; a Huvudbok from a large SIE file has tens of thousands,
 * and a table of 300 000 cells would hold the pane's main thread for seconds.
 */
export const PREVIEW_ROWS = 200;

const useStyles = makeStyles({
  frame: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // The table scrolls sideways under the notes above it; the scroller is the query container that titles
  // wrap to, and the containing block of the hidden flag texts (so that they cannot widen the page).
  scroll: { position: "relative", containerType: "inline-size" },
  // Separate borders, so that a sticky cell carries its border along when the table scrolls.
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums", minWidth: "100%" },
  cell: { padding: "2px 6px", whiteSpace: "nowrap", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  number: { textAlign: "right" },
  // Text in the other columns (a goal's wording, a status) wraps rather than running off to the right.
  text: { whiteSpace: "normal", minWidth: "10em" },
  // The row labels stay in view while the amounts scroll under them.
  label: {
    whiteSpace: "normal",
    minWidth: "9em",
    maxWidth: "16em",
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
  heading: { whiteSpace: "normal", verticalAlign: "bottom", textAlign: "right", minWidth: "4.5em" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  // A title or footnote spans the table but wraps to the visible width, and stays there when it scrolls.
  spanning: { padding: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  spanningText: { position: "sticky", left: 0, boxSizing: "border-box", maxWidth: ["90vw", "100cqi"], padding: "2px 6px", whiteSpace: "normal", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  critical: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  marker: { display: "inline-block", verticalAlign: "-1px", marginRight: "4px" },
  // The mark inside the shape is the page's colour, in the dark theme and in forced colours too (where the
  // shape may turn white).
  markStroke: { stroke: tokens.colorNeutralBackground1, "@media (forced-colors: active)": { stroke: "Canvas" } },
  markFill: { fill: tokens.colorNeutralBackground1, "@media (forced-colors: active)": { fill: "Canvas" } },
  date: { whiteSpace: "nowrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  note: { margin: 0, padding: "4px 6px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  legend: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}`, alignItems: "center" },
});

/** A flag's shape, so that it does not rest on colour alone: a triangle for Varning, a crossed circle for Kritisk. */
function FlagIcon({ flag }: { flag: Severity }) {
  const s = useStyles();
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {flag === "critical" ? (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path className={s.markStroke} d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" strokeWidth="1.8" strokeLinecap="round" />
        </>
      ) : (
        <>
          <path d="M8 .8l7.6 14H.4z" fill="currentColor" />
          <path className={s.markStroke} d="M8 5.5v4.5" strokeWidth="1.8" strokeLinecap="round" />
          <circle className={s.markFill} cx="8" cy="12.4" r="1.1" />
        </>
      )}
    </svg>
  );
}

/** ISO dates ("2024-01-01") in a text never break at their hyphens. */
const DATE = /(\d{4}-\d{2}-\d{2})/;

/**
 * A written sheet as the board would see it in Excel: formatted values (formula cells show their value),
 * bold subtotals, flagged cells coloured like the sheet's conditional formats and marked by shape and text.
 * `totalRows`: the sheet's row count when `cells` are only its first rows (default: cells.length). `region`:
 * the scroll region's name (default the sheet's), when the same sheet can be shown twice on the page.
 */
export function SheetPreview({ name, cells: given, totalRows, region = name }: { name: string; cells: readonly (readonly CellSpec[])[]; totalRows?: number; region?: string }) {
  const s = useStyles();
  const t = useT();
  const cells = given.length > PREVIEW_ROWS ? given.slice(0, PREVIEW_ROWS) : given;
  const total = Math.max(totalRows ?? 0, given.length);
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const flagged = cells.some((row) => row.some((c) => c.flag === "warning" || c.flag === "critical"));
  const text = (cell: CellSpec): ReactNode => {
    const shown = formatCell(cell.value, cell.numberFormat);
    if (typeof cell.value !== "string" || !DATE.test(shown)) return shown;
    return shown.split(DATE).map((part, i) => (i % 2 === 1 ? <span key={i} className={s.date}>{part}</span> : part));
  };
  const flagName = (flag: Severity) => t(flag === "critical" ? "preview.flagCritical" : "preview.flagWarning");
  return (
    <div className={s.frame}>
      {total > cells.length && <p role="note" className={s.note}>{t("preview.firstRows", { shown: formatCell(cells.length, "#,##0"), total: formatCell(total, "#,##0") })}</p>}
      {flagged && (
        <p className={mergeClasses(s.note, s.legend)}>
          {(["warning", "critical"] as const).map((flag) => (
            <span key={flag} className={s[flag]}>
              <span className={s.marker}>
                <FlagIcon flag={flag} />
              </span>
              {flagName(flag)}
            </span>
          ))}
        </p>
      )}
      <ScrollRegion className={s.scroll} label={region}>
        <table className={s.table} aria-label={name}>
          <tbody>
            {cells.map((row, r) =>
              // Titles and footnotes stand alone on their row: they span the table and wrap, as in Excel.
              row.length === 1 && (row[0]!.style === "note" || row[0]!.style === "title") ? (
                <tr key={r}>
                  <td colSpan={width} className={s.spanning}>
                    <div className={mergeClasses(s.spanningText, row[0]!.style === "title" && s.title)}>{text(row[0]!)}</div>
                  </td>
                </tr>
              ) : (
              <tr key={r}>
                {Array.from({ length: width }, (_, c) => {
                  const cell = row[c] ?? {};
                  const number = typeof cell.value === "number";
                  // The label column wraps and stays put, so that the amounts stay readable in a narrow task pane.
                  const classes = [s.cell, c === 0 && s.label];
                  if (number) classes.push(s.number);
                  else if (c > 0 && typeof cell.value === "string" && cell.style !== "columnHeading") classes.push(s.text);
                  if (cell.style === "subtotal" || cell.style === "total" || cell.style === "columnHeading" || cell.style === "heading") classes.push(s.strong);
                  if (cell.style === "title") classes.push(s.title);
                  if (cell.style === "columnHeading") classes.push(s.heading);
                  const flag = cell.flag === "critical" || cell.flag === "warning" ? cell.flag : undefined;
                  if (flag) classes.push(s[flag]);
                  return (
                    <td key={c} className={mergeClasses(...classes)} style={cell.indent ? { paddingLeft: 6 + cell.indent * 12 } : undefined} data-flag={cell.flag}>
                      {flag && (
                        <span className={s.marker}>
                          <FlagIcon flag={flag} />
                        </span>
                      )}
                      {text(cell)}
                      {flag && <span className={s.hidden}> ({flagName(flag)})</span>}
                    </td>
                  );
                })}
              </tr>
              ),
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
