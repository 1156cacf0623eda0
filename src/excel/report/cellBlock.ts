/**
 * The report's cells as the 2-D arrays Office.js writes: values and the number formats
 * that must go in before them, cut into row chunks that keep each request small.
 */
import type { ReportModel } from "../../core/report/model";
import { utf8Length } from "../readPlan";

export type CellValue = string | number | null;

/** Rows and columns the report uses, from A1. */
export interface BlockSize {
  rows: number;
  cols: number;
}

/** A run of rows written with one `numberFormat` and one `values` assignment. */
export interface RowChunk {
  /** 0-based first row. */
  top: number;
  values: CellValue[][];
  /** "@" on cells that must stay text; null leaves the cell's format alone. */
  numberFormat: (string | null)[][];
  /** Estimated request weight of both arrays, UTF-8 bytes. */
  bytes: number;
}

/** Rows and columns the model touches: cells, merges, row heights and column widths. */
export function blockSize(
  report: Pick<ReportModel, "cells" | "merges" | "rowHeights" | "columnWidths">,
): BlockSize {
  let rows = report.rowHeights.length;
  let cols = report.columnWidths.length;
  for (const c of report.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const m of report.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

/**
 * Whether a cell gets the text format "@": text-styled cells, and any text Excel would
 * otherwise read as a formula or a number ("- ไม่มี -", "=…", "1/2").
 */
export function needsTextFormat(value: CellValue, textStyle: boolean): boolean {
  if (textStyle) return true;
  return typeof value === "string" && (/^[=+-]/.test(value) || /^[\d.,/:\s%-]+$/.test(value));
}

/** The whole block as two row-major grids (values; number formats). */
function grids(
  report: Pick<ReportModel, "cells" | "styles">,
  size: BlockSize,
): [CellValue[][], (string | null)[][]] {
  const values = Array.from({ length: size.rows }, () => Array<CellValue>(size.cols).fill(null));
  const formats = Array.from({ length: size.rows }, () =>
    Array<string | null>(size.cols).fill(null),
  );
  for (const c of report.cells) {
    (values[c.row] as CellValue[])[c.col] = c.value;
    if (needsTextFormat(c.value, report.styles[c.style]?.text === true)) {
      (formats[c.row] as (string | null)[])[c.col] = "@";
    }
  }
  return [values, formats];
}

/**
 * Rows cut into chunks of at most `maxBytes` (estimated JSON weight); one chunk when the
 * whole block fits, so a normal report is one 2-D assignment. A single row heavier than
 * `maxBytes` still gets a chunk of its own (a cell holds at most 32,767 characters).
 */
export function rowChunks(
  report: Pick<ReportModel, "cells" | "styles">,
  size: BlockSize,
  maxBytes: number,
): RowChunk[] {
  if (size.rows === 0 || size.cols === 0) return [];
  const [values, formats] = grids(report, size);
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  const cut = (end: number): void => {
    chunks.push({
      top: start,
      values: values.slice(start, end),
      numberFormat: formats.slice(start, end),
      bytes,
    });
    start = end;
    bytes = 0;
  };
  for (let r = 0; r < size.rows; r++) {
    // +2: the commas and brackets between rows.
    const rowBytes =
      utf8Length(JSON.stringify(values[r])) + utf8Length(JSON.stringify(formats[r])) + 2;
    if (r > start && bytes + rowBytes > maxBytes) cut(r);
    bytes += rowBytes;
  }
  cut(size.rows);
  return chunks;
}
