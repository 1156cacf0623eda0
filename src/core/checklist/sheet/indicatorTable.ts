/**
 * The indicator table of an exported checklist sheet: one row per indicator ("9") and per
 * sub-indicator ("9.1"), so a list can carry a year's own grouping and item ranges.
 */
import { cellText } from "../../tables/sheetText";
import type { SheetText } from "../../tables/sheetText";
import { isBlankRow, rowCells } from "../../tables/rowShape";
import type { Confidence, Indicator, SubIndicator, ToolCode } from "../types";
import { confidenceOf, exportWords, listOf, subHeadingOf, wordKey } from "./words";

type Column = keyof typeof exportWords.indicatorHeaders;

export interface IndicatorTableRead {
  indicators: Indicator[];
  keywords: Record<string, string[]>;
  /** Rows (0-based) whose values cannot be read, with the column that failed. */
  bad: { row: number; col: number; field: string; value: string }[];
}

const headerKeys = Object.entries(exportWords.indicatorHeaders).map(
  ([column, label]) => [column as Column, wordKey(label)] as const,
);
const TOOLS: readonly ToolCode[] = ["IIT", "EIT", "OIT"];

function columnsOf(st: SheetText, r: number): Partial<Record<Column, number>> {
  const out: Partial<Record<Column, number>> = {};
  for (const [col, text] of rowCells(st, r)) {
    const key = wordKey(text);
    const found = headerKeys.find(([, k]) => k === key)?.[0];
    if (found && out[found] === undefined) out[found] = col;
  }
  return out;
}

export function readIndicatorTable(st: SheetText, headerRow: number): IndicatorTableRead {
  const cols = columnsOf(st, headerRow);
  const get = (r: number, c: Column): string => {
    const col = cols[c];
    return col === undefined ? "" : cellText(st, r, col);
  };
  const out: IndicatorTableRead = { indicators: [], keywords: {}, bad: [] };
  const bad = (r: number, field: Column, value: string): void => {
    out.bad.push({ row: r, col: cols[field] ?? 0, field, value });
  };
  const last = st.top + st.rows.length;
  for (let r = headerRow + 1; r < last; r++) {
    if (isBlankRow(st, r)) continue;
    if (rowCells(st, r).length === 0) continue;
    const id = get(r, "id");
    const sub = subHeadingOf(id);
    if (sub) {
      readSubRow(r, sub.id, get, bad, out);
      continue;
    }
    const no = /^\d{1,2}$/.test(id) ? Number(id) : null;
    if (no === null) {
      bad(r, "id", id);
      continue;
    }
    const tool = get(r, "tool").toUpperCase() as ToolCode;
    if (!TOOLS.includes(tool)) bad(r, "tool", get(r, "tool"));
    out.indicators.push({
      no,
      titleTh: get(r, "titleTh"),
      titleEn: get(r, "titleEn"),
      tool,
      subIndicators: [],
    });
    const words = get(r, "keywords");
    if (words !== "") out.keywords[String(no)] = listOf(words);
  }
  return out;
}

function readSubRow(
  r: number,
  id: string,
  get: (r: number, c: Column) => string,
  bad: (r: number, field: Column, value: string) => void,
  out: IndicatorTableRead,
): void {
  const parent = out.indicators.find((i) => String(i.no) === id.split(".")[0]);
  const confidence: Confidence | null = confidenceOf(get(r, "confidence"));
  if (!parent) return bad(r, "id", id);
  if (!confidence) return bad(r, "confidence", get(r, "confidence"));
  const sub: SubIndicator = {
    id,
    titleTh: get(r, "titleTh"),
    titleEn: get(r, "titleEn"),
    from: get(r, "from").toUpperCase(),
    to: get(r, "to").toUpperCase(),
    confidence,
  };
  parent.subIndicators.push(sub);
}
