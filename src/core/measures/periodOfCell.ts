/**
 * A period typed as a real Excel date. The number format says what was meant:
 * "mmm yy" (no day) is the whole month, "d mmm yy" the day.
 */
import type { Period } from "../model";
import { daysInMonth, isoOf, parseIso } from "../thai/calendar";
import { periodFromSerial } from "../thai";

/** True when the format shows a day: a "d" outside quoted text and [..] locale/colour blocks. */
function showsDay(numberFormat: string | null): boolean {
  if (!numberFormat || numberFormat === "General") return true;
  const bare = numberFormat.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /d/i.test(bare);
}

export function periodOfDateCell(serial: number, numberFormat: string | null): Period {
  const p = periodFromSerial(serial);
  if (showsDay(numberFormat) || !p.start) return p;
  const ymd = parseIso(p.start);
  if (!ymd) return p;
  return {
    ...p,
    start: isoOf(ymd.year, ymd.month, 1),
    end: isoOf(ymd.year, ymd.month, daysInMonth(ymd.year, ymd.month)),
    form: "month",
  };
}
