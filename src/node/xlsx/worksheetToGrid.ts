/**
 * One exceljs worksheet → one Grid. Walks exceljs's own cells twice (bounds, then
 * values) and creates nothing per cell beyond the value it stores.
 */
import type { Cell, Worksheet } from "exceljs";
import { ValueType } from "exceljs";
import type { RangeRef } from "../../core/grid/address";
import { a1, parseRange } from "../../core/grid/address";
import type { Grid } from "../../core/grid/grid";
import { hyperlinkOf, plainValue } from "./cellValue";

/** The parts of an exceljs table this adapter reads; exceljs's typings do not describe them. */
interface TableLike {
  model?: { name?: unknown; tableRef?: unknown; ref?: unknown };
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Converts a worksheet to the Grid the core reads. Rows and columns are 0-based;
 * exceljs's are 1-based, hence the `- 1`s.
 */
export function worksheetToGrid(ws: Worksheet): Grid {
  const { bounds, merges } = scan(ws);
  const grid: Grid = {
    name: ws.name,
    origin: bounds ? { row: bounds.top, col: bounds.left } : { row: 0, col: 0 },
    values: [],
    hyperlinks: {},
    merges,
  };
  if (bounds) fill(ws, bounds, grid);
  const tables = tablesOf(ws);
  if (tables.length > 0) grid.tables = tables;
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
  return grid;
}

/** Used bounds (cells holding anything, merged areas included) and the merged areas. */
function scan(ws: Worksheet): { bounds: Bounds | null; merges: RangeRef[] } {
  let bounds: Bounds | null = null;
  // Merged areas keyed by their top-left cell; exceljs marks every other cell of the area.
  const byMaster = new Map<string, RangeRef>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (bounds === null) bounds = { top: r, left: c, bottom: r, right: c };
      else extend(bounds, r, c);
      if (cell.type === ValueType.Merge) addToMerge(byMaster, cell, r, c);
    });
  });
  return { bounds, merges: [...byMaster.values()] };
}

function addToMerge(byMaster: Map<string, RangeRef>, cell: Cell, r: number, c: number): void {
  const master = cell.master;
  const key = master.address;
  const range = byMaster.get(key);
  if (range) {
    range.bottom = Math.max(range.bottom, r);
    range.right = Math.max(range.right, c);
    return;
  }
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  byMaster.set(key, { top, left, bottom: Math.max(top, r), right: Math.max(left, c) });
}

function extend(b: Bounds, r: number, c: number): void {
  if (r < b.top) b.top = r;
  if (r > b.bottom) b.bottom = r;
  if (c < b.left) b.left = c;
  if (c > b.right) b.right = c;
}

/** Fills values, number formats, display text and hyperlinks within the bounds. */
function fill(ws: Worksheet, b: Bounds, grid: Grid): void {
  const height = b.bottom - b.top + 1;
  const width = b.right - b.left + 1;
  const values = matrix<string | number | boolean>(height, width);
  let formats: (string | null)[][] | undefined;
  let text: (string | null)[][] | undefined;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1 - b.top;
    const valueRow = values[r];
    if (!valueRow) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1 - b.left;
      // Excel holds nothing in the covered cells of a merged area; exceljs echoes the master.
      if (cell.type !== ValueType.Merge) {
        const raw = cell.value;
        const value = plainValue(raw);
        valueRow[c] = value;
        const link = hyperlinkOf(raw);
        if (link !== null) grid.hyperlinks[a1(rowNumber - 1, colNumber - 1)] = link;
        if (typeof value === "boolean") {
          // Excel shows TRUE/FALSE where String(value) would give "true"/"false".
          text ??= matrix<string>(height, width);
          setCell(text, r, c, value ? "TRUE" : "FALSE");
        }
      }
      const fmt = formatOf(cell);
      if (fmt !== null) {
        formats ??= matrix<string>(height, width);
        setCell(formats, r, c, fmt);
      }
    });
  });
  grid.values = values;
  if (formats) grid.numberFormats = formats;
  if (text) grid.text = text;
}

/** The cell's number format, null for General or none. */
function formatOf(cell: Cell): string | null {
  const fmt = cell.numFmt;
  return typeof fmt === "string" && fmt !== "" && fmt !== "General" ? fmt : null;
}

/** A height × width matrix of nulls, one array per row as the Grid wants. */
function matrix<T>(height: number, width: number): (T | null)[][] {
  const rows = new Array<(T | null)[]>(height);
  for (let i = 0; i < height; i++) rows[i] = new Array<T | null>(width).fill(null);
  return rows;
}

function setCell<T>(m: T[][], r: number, c: number, v: T): void {
  const row = m[r];
  if (row) row[c] = v;
}

function tablesOf(ws: Worksheet): { name: string; range: RangeRef }[] {
  const out: { name: string; range: RangeRef }[] = [];
  const tables = (ws as unknown as { tables?: Record<string, TableLike> }).tables ?? {};
  for (const t of Object.values(tables)) {
    const model = t.model;
    const ref = typeof model?.tableRef === "string" ? model.tableRef : model?.ref;
    const range = typeof ref === "string" ? parseRange(ref) : null;
    if (range && typeof model?.name === "string") out.push({ name: model.name, range });
  }
  return out;
}
