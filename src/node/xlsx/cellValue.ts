/**
 * exceljs cell values → the Grid's plain values. exceljs hands back Dates, rich text,
 * hyperlinks, formulas and errors as objects; the core only knows
 * string | number | boolean | null, with dates as Excel serial numbers.
 */
import type { CellValue as ExcelCellValue, CellRichTextValue } from "exceljs";
import type { CellValue } from "../../core/grid/grid";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system (day 0 = 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Excel serial (1900 system) of a Date that exceljs built from a serial.
 * exceljs reads serials as UTC instants, so the inverse is exact for whole days.
 * @example dateToSerial(new Date(Date.UTC(2022, 9, 1))) → 44835 (1 ต.ค. 2565)
 */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The plain value Excel shows for an exceljs cell value. */
export function plainValue(v: ExcelCellValue): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
      return v;
    default:
      break;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if ("richText" in v) return richTextOf(v);
  if ("error" in v) return v.error;
  if ("hyperlink" in v) return hyperlinkTextOf(v.text);
  if ("formula" in v || "sharedFormula" in v) {
    // A formula's cached result; never recalculated here.
    return v.result === undefined ? null : plainValue(v.result);
  }
  return null;
}

/** Hyperlink target of an exceljs cell value, or null when it has none. */
export function hyperlinkOf(v: ExcelCellValue): string | null {
  if (v === null || typeof v !== "object" || v instanceof Date) return null;
  return "hyperlink" in v && typeof v.hyperlink === "string" && v.hyperlink !== ""
    ? v.hyperlink
    : null;
}

/** exceljs types hyperlink text as a string, but files with formatted link text give rich text. */
function hyperlinkTextOf(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "number" || typeof text === "boolean") return String(text);
  if (text !== null && typeof text === "object" && "richText" in text) return richTextOf(text);
  return "";
}

/** Rich text runs joined: the formatting is dropped, the words kept. */
function richTextOf(v: { richText: unknown }): string {
  if (!Array.isArray(v.richText)) return "";
  let s = "";
  for (const run of v.richText as CellRichTextValue["richText"]) s += run.text;
  return s;
}
