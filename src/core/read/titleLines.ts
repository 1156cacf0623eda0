/**
 * Title lines: the single-cell lines above the first table (report name, organisation,
 * fiscal year). They say which year and which office a sheet is about.
 */
import type { SheetText } from "../tables/sheetText";
import { rowCells } from "../tables/rowShape";

const MAX_TITLE_ROWS = 40;

/** Texts of the rows above `untilRow` (0-based sheet row), at most 40 of them, one line per cell line. */
export function titleLines(st: SheetText, untilRow: number): string[] {
  const lines: string[] = [];
  const end = Math.min(untilRow, st.top + MAX_TITLE_ROWS);
  for (let r = st.top; r < end; r++) {
    for (const [, text] of rowCells(st, r)) lines.push(...text.split("\n"));
  }
  return lines.map((l) => l.trim()).filter(Boolean);
}

const orgPattern =
  /(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.|ทต\.|ทม\.)\s*([ก-๎]+)/u;

/** "ภายในองค์การบริหารส่วนตำบลเมืองแก" → "องค์การบริหารส่วนตำบลเมืองแก". */
export function organisationOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 160) continue;
    const m = orgPattern.exec(line);
    if (m?.[1] && m[2]) return `${m[1]}${m[2]}`;
  }
  return null;
}

/** "อำเภอสตึก จังหวัดบุรีรัมย์" → { district: "สตึก", province: "บุรีรัมย์" }. */
export function placeOf(lines: readonly string[]): {
  district: string | null;
  province: string | null;
} {
  let district: string | null = null;
  let province: string | null = null;
  for (const line of lines) {
    if (line.length > 160) continue;
    district ??= /อำเภอ\s*([ก-๎]+)/u.exec(line)?.[1] ?? null;
    province ??= /จังหวัด\s*([ก-๎]+)/u.exec(line)?.[1] ?? null;
  }
  return { district, province };
}
