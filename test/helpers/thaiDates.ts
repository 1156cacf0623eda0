/**
 * A deliberately tiny reader of single Thai months and dates ("ต.ค. ๖๕", "๙ ก.พ.๖๖"),
 * just enough to turn seed cells into real Excel dates. The core's parser is the real one;
 * this must not depend on it, so tests of that parser can use these workbooks.
 */
import months from "./thaiMonths.json";

export interface ThaiDate {
  /** UTC midnight of the day (the 1st for a month). */
  date: Date;
  /** True when the text named a day, false for a whole month. */
  hasDay: boolean;
}

const THAI_ZERO = 0x0e50;

/** "๖๕" → "65"; other characters unchanged. */
export function arabicDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** 65 → 2022 (พ.ศ. 2565); 2566 → 2023; 2023 → 2023. */
export function gregorianYear(written: number): number {
  if (written < 100) return 2500 + written - 543;
  return written > 2400 ? written - 543 : written;
}

/** Month index (0–11) of a month name, full or abbreviated, dots and spaces ignored. */
export function monthIndex(word: string): number {
  const bare = word.replace(/[.\s]/g, "");
  return months.months.findIndex((m) => m.full === bare || m.abbr === bare);
}

const SINGLE = /^(?:(\d{1,2})\s*)?([\u0E00-\u0E7F.\s]+?)\s*(\d{2}|\d{4})$/;

/** A single month or date, or null for anything else (ranges, quarters, prose). */
export function readThaiDate(text: string): ThaiDate | null {
  const m = SINGLE.exec(arabicDigits(text.trim()));
  if (!m?.[2] || !m[3]) return null;
  const month = monthIndex(m[2]);
  if (month < 0) return null;
  const year = gregorianYear(Number(m[3]));
  const day = m[1] ? Number(m[1]) : 1;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month) return null;
  return { date, hasDay: m[1] !== undefined };
}
