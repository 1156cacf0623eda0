/**
 * The highlight layer: which cells we painted and the fill each had before, kept in
 * workbook settings so that "clear" works after a reload. Also the grouping of
 * scattered cells into a few column blocks, so reads and writes stay one call per
 * block instead of one per cell (per-cell formatting is slow: office-js#12). Pure.
 */
import { a1, parseA1 } from "../core/grid/address";
import type { CellRef } from "../core/grid/address";

export const HIGHLIGHT_KEY = "itaCheck.highlights";

/** A cell's fill before we painted it; null = no fill. */
export interface OriginalFill {
  color: string;
  /** Only for fills other than plain solid ones ("Gray50" …). */
  pattern?: string;
  patternColor?: string;
}

/** Sheet name -> A1 -> original fill. */
export type Layer = Map<string, Map<string, OriginalFill | null>>;

/** Flagged cells further apart than this in one column go into separate blocks. */
const BLOCK_GAP_ROWS = 20;
/** setCellProperties failed at 90,000 cells in one call on the web (office-js#2564). */
const BLOCK_MAX_ROWS = 20_000;

export interface Block {
  top: number;
  col: number;
  rows: number;
}

/**
 * Groups cells into single-column blocks of nearby rows.
 *
 * @example
 *   cellBlocks([{row:4,col:2},{row:6,col:2},{row:900,col:2}])
 *   // -> [{top:4,col:2,rows:3},{top:900,col:2,rows:1}]
 */
export function cellBlocks(cells: readonly CellRef[]): Block[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const blocks: Block[] = [];
  for (const [col, rows] of [...byCol].sort((x, y) => x[0] - y[0])) {
    const sorted = [...new Set(rows)].sort((x, y) => x - y);
    let start = sorted[0] as number;
    let prev = start;
    for (const row of sorted.slice(1)) {
      if (row - prev > BLOCK_GAP_ROWS || row - start + 1 > BLOCK_MAX_ROWS) {
        blocks.push({ top: start, col, rows: prev - start + 1 });
        start = row;
      }
      prev = row;
    }
    blocks.push({ top: start, col, rows: prev - start + 1 });
  }
  return blocks;
}

/** The A1 addresses of a block's cells, top to bottom. */
export function blockAddresses(b: Block): string[] {
  return Array.from({ length: b.rows }, (_, i) => a1(b.top + i, b.col));
}

/** Parsed A1 keys of a sheet's layer entries, skipping anything that is not an address. */
export function layerCells(cells: Map<string, unknown>): CellRef[] {
  const out: CellRef[] = [];
  for (const key of cells.keys()) {
    const ref = parseA1(key);
    if (ref) out.push(ref);
  }
  return out;
}

/** The original fill from what getCellProperties returned. */
export function fillFromProps(p: Excel.CellProperties | undefined): OriginalFill | null {
  const fill = p?.format?.fill;
  // Excel reports "no fill" as white with pattern None: only the pattern tells them apart.
  if (!fill || fill.pattern === "None" || fill.pattern === undefined) return null;
  const color = fill.color ?? "#FFFFFF";
  if (fill.pattern === "Solid") return { color };
  return {
    color,
    pattern: fill.pattern,
    ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
  };
}

/** The settable fill that puts an original back (no-fill cells are cleared instead). */
export function settableFill(f: OriginalFill): Excel.SettableCellProperties {
  return {
    format: {
      fill: {
        color: f.color,
        pattern: (f.pattern ?? "Solid") as Excel.FillPattern,
        ...(f.patternColor ? { patternColor: f.patternColor } : {}),
      },
    },
  };
}

/**
 * Compact stored form: {"v":1,"s":{"Sheet":{"C5":"#FFFF00","D7":0,"E2":"#FF0000|Gray50|#000000"}}},
 * 0 meaning "had no fill".
 */
export function encodeLayer(layer: Layer): string {
  const s: Record<string, Record<string, string | 0>> = {};
  for (const [sheet, cells] of layer) {
    if (cells.size === 0) continue;
    const out: Record<string, string | 0> = {};
    for (const [addr, f] of cells) {
      out[addr] = f === null ? 0 : [f.color, f.pattern, f.patternColor].filter(Boolean).join("|");
    }
    s[sheet] = out;
  }
  return JSON.stringify({ v: 1, s });
}

/** The layer from its stored form; anything unreadable reads as an empty layer. */
export function decodeLayer(stored: unknown): Layer {
  const layer: Layer = new Map();
  let parsed: unknown = stored;
  if (typeof stored === "string") {
    try {
      parsed = JSON.parse(stored);
    } catch {
      return layer;
    }
  }
  const sheets = (parsed as { s?: unknown } | null)?.s;
  if (typeof sheets !== "object" || sheets === null) return layer;
  for (const [sheet, cells] of Object.entries(sheets as Record<string, unknown>)) {
    if (typeof cells !== "object" || cells === null) continue;
    const map = new Map<string, OriginalFill | null>();
    for (const [addr, v] of Object.entries(cells as Record<string, unknown>)) {
      if (!parseA1(addr)) continue;
      if (v === 0) map.set(addr, null);
      else if (typeof v === "string") {
        const [color = "#FFFFFF", pattern, patternColor] = v.split("|");
        map.set(addr, {
          color,
          ...(pattern ? { pattern } : {}),
          ...(patternColor ? { patternColor } : {}),
        });
      }
    }
    layer.set(sheet, map);
  }
  return layer;
}
