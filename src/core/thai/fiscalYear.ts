/**
 * Thai fiscal years (ปีงบประมาณ): 1 October – 30 September, named by the Buddhist-era year
 * in which they end. ปีงบประมาณ พ.ศ. ๒๕๖๖ = 2022-10-01 … 2023-09-30.
 */
import type { IsoDate } from "../model";
import { BE_OFFSET, isoOf, yearToBE } from "./calendar";
import { toArabicDigits } from "./digits";

/** First month (October) of a fiscal year. */
export const FISCAL_START_MONTH = 10;

/**
 * The fiscal year (BE) an ISO date falls in (NaN when the input is not "YYYY-MM-…").
 * @example fiscalYearOf("2022-10-01") // 2566
 */
export function fiscalYearOf(iso: IsoDate): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return year + BE_OFFSET + (month >= FISCAL_START_MONTH ? 1 : 0);
}

/**
 * First and last day of a fiscal year.
 * @example fiscalYearRange(2566) // { start: "2022-10-01", end: "2023-09-30" }
 */
export function fiscalYearRange(fyBE: number): { start: IsoDate; end: IsoDate } {
  const endCE = fyBE - BE_OFFSET;
  return { start: isoOf(endCE - 1, 10, 1), end: isoOf(endCE, 9, 30) };
}

/** The BE year (of a fiscal year) in which month `month` of fiscal year `fyBE` falls. */
export function yearOfMonthInFiscalYear(month: number, fyBE: number): number {
  return month >= FISCAL_START_MONTH ? fyBE - 1 : fyBE;
}

const TITLE_MAX = 120;
const YEAR = "(?:พ\\.?\\s?ศ\\.?\\s*)?(\\d{4}|\\d{2})(?!\\d)";
// "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ประจำปี พ.ศ.๒๕๖๖", "ประจำปีงบประมาณ ๒๕๖๖".
const ANNUAL = new RegExp(`ประจำปี(?:งบประมาณ)?\\s*${YEAR}`, "g");
// "ปีงบประมาณ พ.ศ. ๒๕๖๖" without ประจำ.
const FISCAL = new RegExp(`ปีงบประมาณ\\s*${YEAR}`, "g");
// In prose, also "ในปี พ.ศ.๒๕๖๖".
const ANY_YEAR = new RegExp(`ปี(?:งบประมาณ)?\\s*${YEAR}`, "g");

function yearsIn(line: string, pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const be = yearToBE(m[1] ?? "");
    if (be !== null) out.push(be);
  }
  return out;
}

function firstIn(lines: readonly string[], pattern: RegExp): number | null {
  for (const line of lines) {
    const years = yearsIn(line, pattern);
    if (years[0] !== undefined) return years[0];
  }
  return null;
}

/**
 * The fiscal year (BE) a report is about, from its title lines, or null.
 *
 * Title lines are short and say "ประจำปี(งบประมาณ) …"; they win, earliest first. Memo
 * paragraphs often name the previous year's assessment first ("ผลการประเมิน … ประจำปีงบประมาณ
 * พ.ศ.๒๕๖๕ … ในปี พ.ศ.๒๕๖๖"), so long lines count only when no short one names a year, and
 * then the latest year they mention wins.
 * @example inferFiscalYear(["รายงานผล …", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"]) // 2568
 */
export function inferFiscalYear(lines: readonly string[]): number | null {
  const short: string[] = [];
  const long: string[] = [];
  for (const raw of lines) {
    const line = toArabicDigits(raw);
    (line.trim().length <= TITLE_MAX ? short : long).push(line);
  }
  const titled = firstIn(short, ANNUAL) ?? firstIn(short, FISCAL);
  if (titled !== null) return titled;
  const prose = long.flatMap((l) => yearsIn(l, ANY_YEAR));
  return prose.length > 0 ? Math.max(...prose) : null;
}
