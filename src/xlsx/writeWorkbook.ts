import ExcelJS from "exceljs";
import type { CellSpec, PrintSpec, SheetDescription } from "../core/sheet/description";
import { headerFooterCodes } from "../core/sheet/print";
import { cellLook, STYLE_LOOKS, type CellLook } from "../core/sheet/look";
import { message, type Language } from "../core/messages/index";
import { digestName } from "../core/sheet/digest";
import { ownershipName, ownershipReference } from "../core/sheet/ownership";
import { uniqueSheetName } from "../core/sheet/sheetName";
import { sheetContents } from "./readWorkbook";

export interface WriteOptions {
  /** Creation/modification time stored in the file; fixed by default so the same sheets give the same workbook. */
  created?: Date;
  /** Language of the adapter's own notes (the chart note). */
  language?: Language;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Node-side workbook adapter: sheet descriptions → .xlsx bytes (values, native formulas with cached results, formats). */
export async function writeWorkbook(sheets: readonly SheetDescription[], options: WriteOptions = {}): Promise<Buffer> {
  const data = await buildWorkbook(sheets, options).xlsx.writeBuffer();
  return Buffer.from(data);
}

export function buildWorkbook(sheets: readonly SheetDescription[], options: WriteOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Finsam Ekonomi";
  workbook.created = workbook.modified = options.created ?? FIXED_DATE;
  const names: string[] = [];
  for (const sheet of sheets) {
    const name = uniqueSheetName(sheet.name, names);
    names.push(name);
    const ws = writeSheet(workbook, name, sheet, options.language ?? "sv");
    if (sheet.ownerKey !== undefined) {
      const owner = ownershipName(sheet.ownerKey);
      workbook.definedNames.add(ownershipReference(name), owner);
      // Of the cells as written, the chart notes included: the pane compares the sheet with it before a rebuild.
      if (sheet.digest !== false) workbook.definedNames.add(ownershipReference(name), digestName(owner, sheetContents(ws)));
    }
  }
  return workbook;
}

function writeSheet(workbook: ExcelJS.Workbook, name: string, sheet: SheetDescription, language: Language): ExcelJS.Worksheet {
  const freeze = sheet.freeze;
  const ws = workbook.addWorksheet(name, {
    views: freeze ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }] : [],
    ...(sheet.print ? { pageSetup: pageSetup(sheet.print), headerFooter: headerFooter(sheet.print) } : {}),
  });
  sheet.columnWidths.forEach((width, i) => {
    if (width !== undefined) ws.getColumn(i + 1).width = width;
  });
  sheet.rowHeights?.forEach((height, r) => (ws.getRow(r + 1).height = height));
  sheet.cells.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (spec) writeCell(ws.getCell(r + 1, c + 1), spec, c);
    }),
  );
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  sheet.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [stripEquals(cf.formula)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } }, font: { color: { argb: argb(cf.fontColor) } } },
        },
      ],
    }),
  );
  // exceljs cannot write charts (the Office.js adapter creates them): a note under the table, one blank row below
  // the last, says so. At the chart's anchor, beside the table, it would widen the printed page and shrink the table.
  sheet.charts.forEach((chart, i) => {
    const cell = ws.getCell(sheet.cells.length + 2 + i, 1);
    cell.value = message(language, "sheet.text.chartMissing", { title: chart.title });
    applyLook(cell, STYLE_LOOKS.note!);
  });
  return ws;
}

/** A4 (paper size 9), one page wide and as tall as needed (fitToHeight 0), the heading rows on every page. */
function pageSetup(print: PrintSpec): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (print.repeatRows > 0) setup.printTitlesRow = `1:${print.repeatRows}`;
  return setup;
}

/** The same page header and footer on every page: the header's text at the left, page numbers centred. */
function headerFooter(print: PrintSpec): Partial<ExcelJS.HeaderFooter> {
  const codes = headerFooterCodes(print);
  return { oddHeader: codes.leftHeader === "" ? "" : `&L${codes.leftHeader}`, oddFooter: `&C${codes.centerFooter}` };
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec, col: number): void {
  if (spec.formula !== undefined) {
    const cached = typeof spec.value === "number" || typeof spec.value === "string";
    cell.value = cached ? { formula: stripEquals(spec.formula), result: spec.value as number | string } : { formula: stripEquals(spec.formula) };
  } else if (spec.value !== undefined && spec.value !== null) {
    cell.value = spec.value;
  }
  if (spec.numberFormat !== undefined) cell.numFmt = spec.numberFormat;
  const look = cellLook(spec, col);
  if (look) applyLook(cell, look);
}

/**
 * The workbook's default font, as exceljs writes it. A cell's font is stored whole: one holding only "bold" has no
 * name, and LibreOffice prints it in its own default, a serif beside the sans of the plain cells.
 */
const DEFAULT_FONT: Readonly<Partial<ExcelJS.Font>> = { name: "Calibri", family: 2, scheme: "minor", size: 11 };

/** A look in exceljs terms: font, border and alignment, each set only when the look has a part of it. */
function applyLook(cell: ExcelJS.Cell, look: CellLook): void {
  const font: Partial<ExcelJS.Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size !== undefined) font.size = look.size;
  if (Object.keys(font).length > 0) cell.font = { ...DEFAULT_FONT, ...font };
  if (look.topBorder) cell.border = { top: { style: "thin" } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (look.wrap) {
    alignment.wrapText = true;
    alignment.vertical = "bottom";
  }
  if (look.horizontal) alignment.horizontal = look.horizontal;
  if (look.indent !== undefined) alignment.indent = look.indent;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
}

/** Descriptions write formulas as Excel shows them ("=SUM(…)"); the file format stores them without "=". */
function stripEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/** "#FFC7CE" → "FFFFC7CE" (opaque ARGB). */
function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}
