/**
 * Turns what Excel returns for a used range (values, text, numberFormat, hyperlinks,
 * merged areas) into the core's Grid. Pure; no Excel here.
 */
import { a1, parseRange } from "../core/grid/address";
import type { RangeRef } from "../core/grid/address";
import type { CellValue, Grid } from "../core/grid/grid";

/** Rows of one sheet as read, in order; chunks are appended as they arrive. */
export interface SheetRead {
  name: string;
  hidden: boolean;
  origin: { row: number; col: number };
  values: unknown[][];
  text: string[][];
  numberFormats: unknown[][];
  /** Hyperlink targets by A1, sheet coordinates. */
  hyperlinks: Record<string, string>;
  merges: RangeRef[];
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

function plain(v: CellValue): string {
  return v === null ? "" : typeof v === "string" ? v : String(v);
}

/** The hyperlink target of a CellProperties entry, or null. */
export function linkTarget(props: { hyperlink?: Excel.RangeHyperlink } | undefined): string | null {
  const h = props?.hyperlink;
  if (!h) return null;
  if (h.address) return h.address;
  if (h.documentReference) return `#${h.documentReference}`;
  return null;
}

/** Records the links of one chunk whose first cell is at sheet (row, col). */
export function collectLinks(
  into: Record<string, string>,
  props: readonly (readonly { hyperlink?: Excel.RangeHyperlink }[])[],
  row: number,
  col: number,
): void {
  props.forEach((line, r) =>
    line.forEach((p, c) => {
      const target = linkTarget(p);
      if (target) into[a1(row + r, col + c)] = target;
    }),
  );
}

/**
 * Merged areas from a RangeAreas address ("Sheet1!A1:B2, 'My sheet'!C3:D4"),
 * keeping those that touch the used range.
 */
export function mergesFromAddress(address: string, used: RangeRef | null): RangeRef[] {
  if (!used) return [];
  const out: RangeRef[] = [];
  const re = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;
  for (const m of address.matchAll(re)) {
    const r = m[1] ? parseRange(m[1].replace(/\$/g, "")) : null;
    if (
      r &&
      r.top <= used.bottom &&
      used.top <= r.bottom &&
      r.left <= used.right &&
      used.left <= r.right
    ) {
      out.push(r);
    }
  }
  return out;
}

/** The Grid for a sheet: empty cells null, text and formats only where they add something. */
export function toGrid(read: SheetRead): Grid {
  const values = read.values.map((line) => line.map(toCellValue));
  let anyText = false;
  const text = values.map((line, r) =>
    line.map((v, c) => {
      const t = read.text[r]?.[c];
      if (t === undefined || t === plain(v)) return null;
      anyText = true;
      return t;
    }),
  );
  let anyFormat = false;
  const numberFormats = read.numberFormats.map((line) =>
    line.map((f) => {
      if (typeof f !== "string" || f === "General") return null;
      anyFormat = true;
      return f;
    }),
  );
  return {
    name: read.name,
    origin: read.origin,
    values,
    ...(anyText ? { text } : {}),
    ...(anyFormat ? { numberFormats } : {}),
    hyperlinks: read.hyperlinks,
    merges: read.merges,
    hidden: read.hidden,
  };
}
