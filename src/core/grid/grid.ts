/**
 * The Grid: one plain snapshot of a worksheet that both adapters (Office.js and
 * exceljs) produce and the core reads. Nothing in it refers to either library.
 */
import type { RangeRef } from "./address";

/** A cell's value as Excel holds it. Empty cells are null. Dates are Excel serial numbers. */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Worksheet name as shown on its tab. */
  name: string;
  /** Sheet row and column (0-based) of values[0][0]; the used range rarely starts at A1. */
  origin: { row: number; col: number };
  /** Row-major values of the used range; every row has the same length. */
  values: CellValue[][];
  /**
   * Display text per cell where it differs from the value's plain string
   * (dates, numbers with formats). Missing or null means "same as the value".
   */
  text?: (string | null)[][];
  /** Number format per cell ("General" or null when none); used to tell dates from numbers. */
  numberFormats?: (string | null)[][];
  /** Hyperlink targets by A1 address of the cell ("C7" -> "https://…"). */
  hyperlinks: Record<string, string>;
  /** Merged areas in sheet coordinates (0-based, inclusive). */
  merges: RangeRef[];
  /** Excel tables (ListObjects) on the sheet, by name and range. */
  tables?: { name: string; range: RangeRef }[];
  /** True when the sheet is hidden in the workbook. */
  hidden?: boolean;
}

/** A workbook as the core sees it: its sheets in tab order. */
export interface WorkbookSnapshot {
  sheets: Grid[];
  /** Workbook-level settings the adapters keep with the file (see core/settings). */
  settings?: Record<string, unknown>;
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  return grid.values[0]?.length ?? 0;
}

/** Value at sheet coordinates (0-based), or null outside the used range. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  return r[col - grid.origin.col] ?? null;
}

/** Display text at sheet coordinates: the text layer where present, else the value as a string. */
export function textAt(grid: Grid, row: number, col: number): string {
  const t = grid.text?.[row - grid.origin.row]?.[col - grid.origin.col];
  if (t !== undefined && t !== null) return t;
  const v = valueAt(grid, row, col);
  if (v === null) return "";
  return typeof v === "string" ? v : String(v);
}

export function numberFormatAt(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}
