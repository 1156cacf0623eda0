/**
 * Plans the chunked read: which rows of which sheets go into each sync so that a
 * response stays under Excel on the web's 5 MB limit. Pure; no Excel here.
 */

/** Bytes we allow one response to carry (Excel on the web refuses more than 5 MB). */
export const READ_BUDGET_BYTES = 4_000_000;
/**
 * First guess of bytes per cell for values + text + numberFormat (+ hyperlink props).
 * Short Thai text weighs ~3 bytes a character twice (values and text); raised after
 * each sync when the cells prove heavier.
 */
export const READ_CELL_ESTIMATE_BYTES = 256;

export interface SheetCursor {
  /** Index of the sheet in tab order. */
  sheet: number;
  /** Rows and columns of the used range. */
  rows: number;
  cols: number;
  /** Rows of the used range already read. */
  next: number;
}

export interface ReadPiece {
  sheet: number;
  /** First row, relative to the used range. */
  rowOffset: number;
  rows: number;
  cols: number;
}

/** Cells one sync may carry at a per-cell estimate. */
export function cellsPerSync(
  bytesPerCell: number,
  budgetBytes: number = READ_BUDGET_BYTES,
): number {
  return Math.max(1, Math.floor(budgetBytes / Math.max(1, bytesPerCell)));
}

/**
 * The pieces of the next sync: rows taken greedily across sheets in tab order until
 * `budgetCells` is spent. A row wider than the budget still goes alone (never zero rows).
 *
 * @example
 *   planSync([{sheet:0, rows:10000, cols:6, next:0}], 15625)
 *   // -> [{sheet:0, rowOffset:0, rows:2604, cols:6}]
 */
export function planSync(cursors: readonly SheetCursor[], budgetCells: number): ReadPiece[] {
  const pieces: ReadPiece[] = [];
  let left = budgetCells;
  for (const c of cursors) {
    const remaining = c.rows - c.next;
    if (remaining <= 0 || c.cols <= 0) continue;
    let rows = Math.min(remaining, Math.floor(left / c.cols));
    if (rows === 0) {
      if (pieces.length > 0) break;
      rows = 1;
    }
    pieces.push({ sheet: c.sheet, rowOffset: c.next, rows, cols: c.cols });
    left -= rows * c.cols;
    if (left <= 0 || rows < remaining) break;
  }
  return pieces;
}

/** UTF-8 length of a string, without allocating (the wire weight of JSON text). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
