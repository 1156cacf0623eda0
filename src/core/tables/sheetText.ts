/**
 * The cleaned text of a sheet: every cell's display text once, with HTML residue
 * stripped and link targets collected. Everything downstream reads this, never the Grid.
 */
import type { Grid } from "../grid/grid";
import { a1, parseA1 } from "../grid/address";
import type { RangeRef } from "../grid/address";
import { cleanCellText, normalizeThai } from "../thai";

export interface SheetText {
  name: string;
  /** Sheet row (0-based) of rows[0]. */
  top: number;
  /** Sheet column (0-based) of rows[r][0]. */
  left: number;
  /** Cleaned text per cell ("" when empty). */
  rows: string[][];
  /** Raw values, for Excel date serials. */
  grid: Grid;
  /** Link targets per cell (key: cellKey(row, col), sheet coordinates): HTML hrefs and real hyperlinks. */
  links: Map<number, string[]>;
  /** Vertical merges by the key of each covered cell below the top one, pointing at the top-left cell. */
  mergedFrom: Map<number, { row: number; col: number }>;
  /** Number of non-empty cells per row. */
  filled: number[];
}

/** Excel's last column is XFD (16,384 columns): row * this + col is unique per cell. */
const COLUMNS = 16384;

/**
 * A number per cell for the maps below: these are looked up for every field of every row,
 * and a number key spares a string per lookup.
 */
function cellKey(row: number, col: number): number {
  return row * COLUMNS + col;
}

/** Cells often hold plain text; only run the HTML cleaner where residue can be. */
function clean(raw: string): string | { text: string; links: string[] } {
  const s = needsNormalizing.test(raw) ? normalizeThai(raw) : raw;
  if (!s.includes("<") && !s.includes("&")) {
    return s.includes("\r") ? s.replace(/\r\n?/g, "\n").trim() : s.trim();
  }
  return cleanCellText(s);
}

/** Cheap test for what normalizeThai repairs, so most cells skip it. */
const needsNormalizing = /[\u0E4D\u00A0\u2000-\u200D\u202F\u2060\u3000\uFEFF]/;

function displayText(grid: Grid, r: number, c: number): string {
  const t = grid.text?.[r]?.[c];
  if (t !== undefined && t !== null && t !== "") return t;
  const v = grid.values[r]?.[c];
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
}

function verticalMerges(merges: readonly RangeRef[]): Map<number, { row: number; col: number }> {
  const out = new Map<number, { row: number; col: number }>();
  for (const m of merges) {
    if (m.bottom <= m.top) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) out.set(cellKey(r, c), { row: m.top, col: m.left });
    }
  }
  return out;
}

export function buildSheetText(grid: Grid): SheetText {
  const rows: string[][] = [];
  const filled: number[] = [];
  const links = new Map<number, string[]>();
  const { row: top, col: left } = grid.origin;
  for (let r = 0; r < grid.values.length; r++) {
    const width = grid.values[r]?.length ?? 0;
    const out = new Array<string>(width);
    let n = 0;
    for (let c = 0; c < width; c++) {
      const raw = displayText(grid, r, c);
      if (raw === "") {
        out[c] = "";
        continue;
      }
      const cleaned = clean(raw);
      const text = typeof cleaned === "string" ? cleaned : cleaned.text;
      out[c] = text;
      if (text !== "") n++;
      if (typeof cleaned !== "string" && cleaned.links.length > 0)
        links.set(cellKey(top + r, left + c), cleaned.links);
    }
    rows.push(out);
    filled.push(n);
  }
  for (const [address, target] of Object.entries(grid.hyperlinks)) {
    const ref = parseA1(address);
    if (!ref) continue;
    const key = cellKey(ref.row, ref.col);
    links.set(key, [...(links.get(key) ?? []), target]);
  }
  return {
    name: grid.name,
    top,
    left,
    rows,
    grid,
    links,
    mergedFrom: verticalMerges(grid.merges),
    filled,
  };
}

/** Text at sheet coordinates, following a vertical merge up to its top cell when asked. */
export function cellText(st: SheetText, row: number, col: number, followMerge = false): string {
  const t = st.rows[row - st.top]?.[col - st.left] ?? "";
  if (t !== "" || !followMerge) return t;
  const from = st.mergedFrom.get(cellKey(row, col));
  return from ? (st.rows[from.row - st.top]?.[from.col - st.left] ?? "") : "";
}

const NO_LINKS: readonly string[] = [];

export function cellLinks(st: SheetText, row: number, col: number): readonly string[] {
  return st.links.get(cellKey(row, col)) ?? NO_LINKS;
}

export function addressOf(row: number, col: number): string {
  return a1(row, col);
}
