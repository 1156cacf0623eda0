/**
 * A1 addresses. Rows and columns are 0-based everywhere in the core;
 * only the A1 text is 1-based, as Excel shows it.
 */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 0, "AA" -> 26; -1 for anything else. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** (4, 2) -> "C5". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "C5" -> {row: 4, col: 2}; "$C$5" also accepted; null when not an address. */
export function parseA1(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || col < 0) return null;
  return { row, col };
}

/** "A1:C3" (or a single cell, or with a "Sheet!" prefix) -> range; null when not a range. */
export function parseRange(address: string): RangeRef | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, second] = bare.split(":");
  const a = first ? parseA1(first) : null;
  const b = second ? parseA1(second) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** {top:0,left:0,bottom:2,right:2} -> "A1:C3". */
export function rangeA1(r: RangeRef): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}
