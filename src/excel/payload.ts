import { rangeAddress } from "../core/sheet/a1";
import type { CellValue } from "../workbook/port";
import type { ExcelContext, WorksheetApi } from "./api";

/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded), and the Huvudbok of a large ledger is more than that. Writes and reads of
 * cell data are therefore split into syncs of at most PAYLOAD_BUDGET bytes of JSON: half the limit, a margin
 * for what a request adds around the data and for a read's estimate being off.
 */
const PAYLOAD_BUDGET = 2_500_000;
/** Cells of values the first read sync asks for; the bytes per cell it returns size the next. */
const READ_CELLS = 50_000;
const MAX_READ_CELLS = 1_000_000;
const RESPONSE_LIMIT = "ResponsePayloadSizeLimitExceeded";

/**
 * Rows of a sheet's cell grids in consecutive chunks of at most half the payload budget each (a row longer
 * than that is a chunk of its own), with the JSON bytes each chunk sends: its formulas and its number formats.
 */
export function rowChunks(grids: { formulas: unknown[][]; numberFormat: unknown[][] }): { start: number; end: number; bytes: number }[] {
  const maxBytes = PAYLOAD_BUDGET / 2;
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  grids.formulas.forEach((row, r) => {
    const size = JSON.stringify(row).length + JSON.stringify(grids.numberFormat[r]).length + 2;
    if (r > start && bytes + size > maxBytes) {
      chunks.push({ start, end: r - 1, bytes });
      start = r;
      bytes = 0;
    }
    bytes += size;
  });
  if (grids.formulas.length > 0) chunks.push({ start, end: grids.formulas.length - 1, bytes });
  return chunks;
}

/** The write sync in progress: recalculation suspended until it is sent, cell data counted against the budget. */
export class WriteBatch {
  private bytes = 0;

  constructor(private readonly context: ExcelContext) {
    context.application.suspendApiCalculationUntilNextSync();
  }

  /** Makes room for `bytes` more: sends what is queued first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > PAYLOAD_BUDGET) {
      await this.context.sync();
      this.context.application.suspendApiCalculationUntilNextSync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

/** A rectangle of a sheet read in one range; `values` is set once its sync succeeded. */
export interface ReadPart {
  ws: WorksheetApi;
  top: number;
  left: number;
  rows: number;
  columns: number;
  values?: CellValue[][];
}

/**
 * Values read in row chunks, a sync whenever a chunk's worth of cells is pending. The first sync asks for
 * READ_CELLS cells; each sync's bytes per cell size the next, growing at most twofold (the top of a Huvudbok,
 * balances without period or object, is leaner than its monthly rows). Should a response still be refused as
 * too large, its parts are read again in halves, as Microsoft advises for large ranges.
 */
export class ChunkedRead {
  private cells = READ_CELLS;
  private pending: ReadPart[] = [];
  private pendingCells = 0;

  constructor(private readonly context: ExcelContext) {}

  /** Queues a rectangle; the values come from values() after flush(). */
  async add(ws: WorksheetApi, top: number, left: number, rows: number, columns: number): Promise<ReadPart[]> {
    const parts: ReadPart[] = [];
    for (let r = 0; r < rows; ) {
      const height = Math.min(Math.max(1, Math.floor(this.cells / columns)), rows - r);
      const part: ReadPart = { ws, top: top + r, left, rows: height, columns };
      parts.push(part);
      this.pending.push(part);
      this.pendingCells += height * columns;
      if (this.pendingCells >= this.cells) await this.flush();
      r += height;
    }
    return parts;
  }

  async flush(): Promise<void> {
    const parts = this.pending;
    const cells = this.pendingCells;
    this.pending = [];
    this.pendingCells = 0;
    if (parts.length > 0) await this.load(parts, cells);
  }

  private async load(parts: ReadPart[], cells: number): Promise<void> {
    const ranges = parts.map((p) => p.ws.getRange(rangeAddress({ row: p.top, col: p.left }, { row: p.top + p.rows - 1, col: p.left + p.columns - 1 })).load("values"));
    try {
      await this.context.sync();
    } catch (e) {
      if ((e as { code?: unknown }).code !== RESPONSE_LIMIT || parts.every((p) => p.rows === 1)) throw e;
      this.cells = Math.max(1, Math.floor(cells / 2));
      for (const p of parts) await this.loadInHalves(p);
      return;
    }
    let bytes = 0;
    parts.forEach((p, i) => {
      p.values = ranges[i]!.values as CellValue[][];
      bytes += JSON.stringify(p.values).length;
    });
    const fits = Math.floor(PAYLOAD_BUDGET / Math.max(1, bytes / cells));
    this.cells = Math.max(1, Math.min(MAX_READ_CELLS, 2 * this.cells, fits));
  }

  private async loadInHalves(p: ReadPart): Promise<void> {
    if (p.rows === 1) return this.load([p], p.columns);
    const upper = Math.ceil(p.rows / 2);
    const halves: ReadPart[] = [
      { ws: p.ws, top: p.top, left: p.left, rows: upper, columns: p.columns },
      { ws: p.ws, top: p.top + upper, left: p.left, rows: p.rows - upper, columns: p.columns },
    ];
    for (const h of halves) await this.load([h], h.rows * h.columns);
    p.values = [...halves[0]!.values!, ...halves[1]!.values!];
  }
}

/** The values of a rectangle's parts, top to bottom. */
export const valuesOf = (parts: readonly ReadPart[]): CellValue[][] => parts.flatMap((p) => p.values!);
