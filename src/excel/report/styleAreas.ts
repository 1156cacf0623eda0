/**
 * Where each report style goes, as few rectangles as possible: a cell stands for its whole
 * merged area, neighbours in a row join, and equal spans in consecutive rows join into one
 * tall rectangle. Then the rectangles become `getRanges` address strings of bounded length.
 */
import { rangeA1 } from "../../core/grid/address";
import type { RangeRef } from "../../core/grid/address";
import type { ReportModel, ReportStyle } from "../../core/report/model";

/**
 * Longest address string for one `getRanges` call. Excel rejects long multi-area addresses
 * without saying why (office-js#5198 failed at 8,207 characters / 513 areas), so stay far below.
 */
export const MAX_ADDRESS_CHARS = 2000;

/**
 * Styles with an open edge must not join rows: a tall rectangle would get inside
 * horizontal borders between pieces of one measure.
 */
function joinsRows(style: ReportStyle | undefined): boolean {
  return !(style?.openTop || style?.openBottom);
}

function joinAcross(rects: RangeRef[]): RangeRef[] {
  const sorted = [...rects].sort((a, b) => a.top - b.top || a.left - b.left);
  const out: RangeRef[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right + 1 === r.left) {
      last.right = r.right;
    } else out.push({ ...r });
  }
  return out;
}

function joinDown(rects: RangeRef[]): RangeRef[] {
  const sorted = [...rects].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: RangeRef[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === r.left && last.right === r.right && last.bottom + 1 === r.top) {
      last.bottom = r.bottom;
    } else out.push({ ...r });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Rectangles per style key, in sheet order.
 * @example styleAreas(report).get("header") // [{ top: 5, left: 0, bottom: 5, right: 7 }]
 */
export function styleAreas(
  report: Pick<ReportModel, "cells" | "merges" | "styles">,
): Map<string, RangeRef[]> {
  const mergeAt = new Map<string, RangeRef>();
  for (const m of report.merges) mergeAt.set(`${m.top},${m.left}`, m);
  const byStyle = new Map<string, RangeRef[]>();
  for (const c of report.cells) {
    const rect = mergeAt.get(`${c.row},${c.col}`) ?? {
      top: c.row,
      left: c.col,
      bottom: c.row,
      right: c.col,
    };
    let list = byStyle.get(c.style);
    if (!list) byStyle.set(c.style, (list = []));
    list.push({ ...rect });
  }
  const out = new Map<string, RangeRef[]>();
  for (const [key, rects] of byStyle) {
    const across = joinAcross(rects);
    out.set(key, joinsRows(report.styles[key]) ? joinDown(across) : across);
  }
  return out;
}

/** Groups of rectangles whose address string ("A1:H1, B7:D40") stays within `maxChars`. */
export function addressChunks(
  rects: readonly RangeRef[],
  maxChars: number = MAX_ADDRESS_CHARS,
): { address: string; rects: RangeRef[] }[] {
  const chunks: { address: string; rects: RangeRef[] }[] = [];
  let parts: string[] = [];
  let group: RangeRef[] = [];
  let length = 0;
  for (const r of rects) {
    const a = rangeA1(r);
    if (parts.length > 0 && length + 2 + a.length > maxChars) {
      chunks.push({ address: parts.join(", "), rects: group });
      parts = [];
      group = [];
      length = 0;
    }
    length += (parts.length > 0 ? 2 : 0) + a.length;
    parts.push(a);
    group.push(r);
  }
  if (parts.length > 0) chunks.push({ address: parts.join(", "), rects: group });
  return chunks;
}
