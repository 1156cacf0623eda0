/**
 * Thai text and dates: digits, pasted HTML, PDF spacing, ordinals, months, periods, fiscal years.
 */
export { toArabicDigits, toThaiDigits } from "./digits";
export { cleanCellText, decodeEntities } from "./html";
export type { CleanText } from "./html";
export { squeeze, repairThaiSpacing, normalizeThai } from "./spacing";
export { splitOrdinal } from "./ordinal";
export type { SplitOrdinal } from "./ordinal";
export {
  MONTHS,
  MONTH_SOURCE,
  monthOf,
  monthName,
  isFullMonthName,
  startsWithMonth,
} from "./months";
export type { MonthName } from "./months";
export { parsePeriod, periodFromSerial } from "./period";
export type { PeriodContext } from "./period";
export { formatEnglishDate, formatThaiDate } from "./format";
export type { ThaiDateFormat } from "./format";
export { fiscalYearOf, fiscalYearRange, inferFiscalYear } from "./fiscalYear";
export { daysInMonth, isLeapYear, yearToBE } from "./calendar";
