/**
 * Dates written the Thai way: day, month name, Buddhist-era year.
 */
import type { IsoDate } from "../model";
import { BE_OFFSET, parseIso } from "./calendar";
import { toThaiDigits } from "./digits";
import data from "./monthNames.json";
import { monthName } from "./months";

export interface ThaiDateFormat {
  /** "thai" writes ๑๕, "arabic" writes 15. Default "arabic". */
  digits?: "thai" | "arabic";
  /** "short" writes มี.ค., "long" writes มีนาคม. Default "short". */
  style?: "short" | "long";
}

/**
 * An ISO date in Thai; the input unchanged when it is not an ISO date.
 * @example formatThaiDate("2023-03-15", { digits: "thai" }) // "๑๕ มี.ค. ๒๕๖๖"
 * @example formatThaiDate("2023-03-15", { style: "long" }) // "15 มีนาคม 2566"
 */
export function formatThaiDate(iso: IsoDate, options: ThaiDateFormat = {}): string {
  const d = parseIso(iso);
  const name = d ? monthName(d.month) : null;
  if (!d || !name) return iso;
  const month = options.style === "long" ? name.full : name.abbr;
  const text = `${d.day} ${month} ${d.year + BE_OFFSET}`;
  return options.digits === "thai" ? toThaiDigits(text) : text;
}

/**
 * An ISO date as English readers write it; the input unchanged when it is not an ISO date.
 * @example formatEnglishDate("2023-03-15") // "15 Mar 2023"
 */
export function formatEnglishDate(iso: IsoDate): string {
  const d = parseIso(iso);
  const names = d ? data.months.find((m) => m.n === d.month)?.en : undefined;
  const short = names?.[names.length - 1];
  if (!d || !short) return iso;
  return `${d.day} ${short.charAt(0).toUpperCase()}${short.slice(1)} ${d.year}`;
}
