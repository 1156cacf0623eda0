/**
 * What a single row of a sheet looks like, before we know which table it belongs to.
 */
import { splitOrdinal, squeeze } from "../thai";
import type { SheetText } from "./sheetText";
import vocabulary from "./vocabulary.json";

const sectionPrefixes = vocabulary.sectionPrefixes.map((p) => squeeze(p));
const continuationMarks = vocabulary.continuationMarks.map((p) => squeeze(p));
const signatureMarks = vocabulary.signatureMarks.map((p) => squeeze(p));

/** Non-empty cells of a row as [sheetCol, text]. */
export function rowCells(st: SheetText, r: number): [number, string][] {
  const row = st.rows[r - st.top] ?? [];
  const out: [number, string][] = [];
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (t) out.push([st.left + c, t]);
  }
  return out;
}

export function isBlankRow(st: SheetText, r: number): boolean {
  return (st.filled[r - st.top] ?? 0) === 0;
}

/** "ประเด็นที่ ๑ …", "ตัวชี้วัดย่อยที่ ๙.๑ …": a heading that groups the rows under it. */
export function hasSectionPrefix(text: string): boolean {
  const s = squeeze(text);
  return sectionPrefixes.some((p) => s.startsWith(p));
}

export function isContinuationText(text: string): boolean {
  const s = squeeze(text);
  return continuationMarks.some((m) => s.includes(m));
}

export function isSignatureText(text: string): boolean {
  const s = squeeze(text);
  return signatureMarks.some((m) => s.startsWith(m)) || /^\(.{2,60}\)$/.test(s);
}

/**
 * A row with one short text and no ordinal, at or left of the title column: a group heading
 * inside a table. A lone text further right continues the row above.
 */
export function looksLikeSection(cells: [number, string][], titleCol: number): string | null {
  if (cells.length !== 1) return null;
  const [col, text = ""] = cells[0] ?? [0, ""];
  if (col > titleCol) return null;
  if (text.length > vocabulary.maxSectionLength || text.includes("\n")) return null;
  if (hasSectionPrefix(text)) return text;
  if (splitOrdinal(text).no !== null) return null;
  if (isSignatureText(text)) return null;
  return text;
}
