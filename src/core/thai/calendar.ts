/**
 * Proleptic Gregorian calendar arithmetic on plain integers. No Date objects, so no
 * time zone can shift a day (the add-in runs in Bangkok, tests run anywhere).
 */
import type { IsoDate } from "../model";

/** Buddhist era = common era + 543. */
export const BE_OFFSET = 543;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(yearCE: number): boolean {
  return (yearCE % 4 === 0 && yearCE % 100 !== 0) || yearCE % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `month` (1–12) of `yearCE`. */
export function daysInMonth(yearCE: number, month: number): number {
  if (month === 2 && isLeapYear(yearCE)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** True when the day exists (so "29 ก.พ. 66" is not a date). */
export function isValidDay(yearCE: number, month: number, day: number): boolean {
  return (
    Number.isInteger(yearCE) &&
    yearCE >= 1 &&
    yearCE <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(yearCE, month)
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** (2023, 3, 15) → "2023-03-15". The caller checks validity first. */
export function isoOf(yearCE: number, month: number, day: number): IsoDate {
  return `${String(yearCE).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** "2023-03-15" → {2023, 3, 15}; null when not a real ISO calendar date. */
export function parseIso(iso: string): Ymd | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * A written year to a Buddhist-era year, or null when it cannot be a year.
 * Two digits: ≥ 40 is BE 25xx ("๖๕" → 2565), below 40 is CE 20xx ("23" → 2566).
 * Four digits: 2400–2800 is BE, 1900–2100 is CE.
 */
export function yearToBE(written: string): number | null {
  const n = Number(written);
  if (!Number.isInteger(n)) return null;
  if (written.length === 2) return n >= 40 ? 2500 + n : 2000 + n + BE_OFFSET;
  if (written.length !== 4) return null;
  if (n >= 2400 && n <= 2800) return n;
  if (n >= 1900 && n <= 2100) return n + BE_OFFSET;
  return null;
}
