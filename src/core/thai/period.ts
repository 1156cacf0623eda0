/**
 * Periods as people write them in the ระยะเวลาดำเนินการ column: a month, a date, a range,
 * fiscal quarters, the whole year, the 6-month round, a deadline inside prose, or an Excel
 * date serial. Problems come back as a reason, never as a guessed date.
 */
import type { IsoDate, Period, PeriodReason } from "../model";
import {
  BE_OFFSET,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isValidDay,
  isoOf,
  yearToBE,
} from "./calendar";
import { toArabicDigits } from "./digits";
import { yearOfMonthInFiscalYear } from "./fiscalYear";
import { formatThaiDate } from "./format";
import { cleanCellText } from "./html";
import { MONTH_SOURCE, isFullMonthName, monthOf } from "./months";
import words from "./periodWords.json";

export interface PeriodContext {
  /** Fiscal year (BE) of the sheet, to place months without a year and quarters. */
  fiscalYear: number | null;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once. They run on normalised text: Arabic digits, one space, "-" for dashes.

const SEP = `(?:${alternation(words.rangeSeparators)})`;
const ERA = "(?:(?:พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?)\\s*)";
const YEAR = `${ERA}?(?<year>\\d{4}|\\d{2})(?![\\d%])`;
const TEXT_DATE =
  `(?:(?:วันที่\\s*)?(?<![\\d./])(?:(?<fromDay>\\d{1,2})\\s*${SEP}\\s*)?(?<day>\\d{1,2})\\s*(?:เดือน\\s*)?)?` +
  `(?<month>${MONTH_SOURCE})(?:\\s*${YEAR})?`;
const NUM_DATE = "(?<![\\d./])(?<nd>\\d{1,2})/(?<nm>\\d{1,2})/(?<ny>\\d{4}|\\d{2})(?![\\d/])";
/** One date-like atom (a date, a month, a day range in a month) or a range separator. */
const ATOM = new RegExp(`${TEXT_DATE}|${NUM_DATE}|(?<sep>${SEP})`, "gi");

const DEADLINE_BEFORE = new RegExp(
  `(?:${alternation(words.deadlineWords)})\\s*(?:${alternation(words.deadlineLeads)})?\\s*$`,
);
const OPEN_START_BEFORE = new RegExp(`(?:${alternation(words.openStartWords)})\\s*$`);
const MONTH_WORD_BEFORE = new RegExp(`${escapeRegex(words.monthWord)}\\s*$`);
const LIST_CONNECTORS = new RegExp(alternation(words.listConnectors), "g");
const LETTER = /[\u0E01-\u0E4EA-Za-z]/;

/** "ปีงบประมาณ พ.ศ. ๒๕๖๖" names a fiscal year; "ของปี พ.ศ. ๒๕๖๖" only helps place a round or quarter. */
const BUDGET_YEAR = new RegExp(`ปีงบประมาณ\\s*${ERA}?(\\d{4}|\\d{2})(?!\\d)`);
const ERA_YEAR = new RegExp(`ปี\\s*${ERA}(\\d{4}|\\d{2})(?!\\d)`);
const QUARTER_WORD = `(?:${alternation(words.quarter)})`;
const QUARTER_JOIN = `(?:${SEP}|${alternation(words.quarterJoiners)})`;
const QUARTER = new RegExp(
  `${QUARTER_WORD}\\s*(\\d(?!\\d)(?:\\s*${QUARTER_JOIN}\\s*(?:${QUARTER_WORD}\\s*)?\\d(?!\\d))*)`,
);
const Q_QUARTER = /(?<![A-Za-z])Q\s?(\d(?!\d)(?:\s*(?:-|,|และ)\s*(?:Q\s?)?\d(?!\d))*)(?![A-Za-z])/i;
const DIGIT = /\d/g;
const ROUND = new RegExp(
  `${escapeRegex(words.roundWord)}\\s*(\\d{1,2})\\s*${escapeRegex(words.monthWord)}(?:\\s*(${escapeRegex(words.firstWord)}|${escapeRegex(words.lastWord)}))?` +
    `|(\\d{1,2})\\s*${escapeRegex(words.monthWord)}\\s*(${escapeRegex(words.firstWord)}|${escapeRegex(words.lastWord)})`,
);
const FIRST_HALF = new RegExp(alternation(words.firstHalf));
const SECOND_HALF = new RegExp(alternation(words.secondHalf));
const WHOLE_YEAR = new RegExp(alternation(words.wholeYear));

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const WHITESPACE = /\s+/g;

// ---------------------------------------------------------------------------------------------
// Small value types.

interface Ymd {
  year: number; // CE
  month: number;
  day: number;
}

interface DateAtom {
  kind: "date";
  s: number;
  e: number;
  fromDay: number | null;
  day: number | null;
  month: number;
  /** Year in BE; null when not written. */
  year: number | null;
  /** A year was written but cannot be one ("ต.ค. 3000"). */
  badYear: boolean;
  /** No day and no year, and not a full Thai month name: "ก.พ." may be an office's acronym. */
  weak: boolean;
}

interface SepAtom {
  kind: "sep";
  s: number;
  e: number;
}

type Atom = DateAtom | SepAtom;

interface Read {
  start: Ymd;
  end: Ymd;
  form: string;
}

type Outcome = Read | { reason: PeriodReason };

const fail = (reason: PeriodReason): Outcome => ({ reason });

function isRead(o: Outcome): o is Read {
  return "start" in o;
}

// ---------------------------------------------------------------------------------------------
// Reading atoms.

function normalise(text: string): string {
  const plain = text.includes("<") || text.includes("&") ? cleanCellText(text).text : text;
  return toArabicDigits(plain).replace(DASHES, "-").replace(WHITESPACE, " ").trim();
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function dateAtom(m: RegExpExecArray): Atom {
  const g = m.groups ?? {};
  const s = m.index;
  const e = s + m[0].length;
  if (g.sep !== undefined) return { kind: "sep", s, e };
  if (g.nd !== undefined) {
    const year = yearToBE(g.ny ?? "");
    return {
      kind: "date",
      s,
      e,
      fromDay: null,
      day: num(g.nd),
      month: Number(g.nm),
      year,
      badYear: year === null,
      weak: false,
    };
  }
  const token = g.month ?? "";
  const year = g.year === undefined ? null : yearToBE(g.year);
  const day = num(g.day);
  return {
    kind: "date",
    s,
    e,
    fromDay: num(g.fromDay),
    day,
    month: monthOf(token) ?? 0,
    year,
    badYear: g.year !== undefined && year === null,
    weak: day === null && g.year === undefined && !isFullMonthName(token),
  };
}

function atomsOf(norm: string): Atom[] {
  const out: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(norm); m; m = ATOM.exec(norm)) {
    if (m[0].length === 0) {
      ATOM.lastIndex++;
      continue;
    }
    out.push(dateAtom(m));
  }
  return out;
}

/** Text outside the atoms has words (so the cell is prose, not a list of dates). */
function hasOtherWords(norm: string, atoms: readonly Atom[]): boolean {
  let rest = "";
  let at = 0;
  for (const a of atoms) {
    rest += norm.slice(at, a.s) + " ";
    at = a.e;
  }
  rest += norm.slice(at);
  return LETTER.test(rest.replace(LIST_CONNECTORS, " "));
}

// ---------------------------------------------------------------------------------------------
// Resolving atoms to dates.

function day(yearBE: number, month: number, d: number): Ymd | null {
  const year = yearBE - BE_OFFSET;
  return isValidDay(year, month, d) ? { year, month, day: d } : null;
}

function lastDay(yearBE: number, month: number): number {
  return daysInMonth(yearBE - BE_OFFSET, month);
}

function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function spanOf(start: Ymd | null, end: Ymd | null, form: string): Outcome {
  if (!start || !end) return fail("invalid_date");
  if (compare(start, end) > 0) return fail("reversed_range");
  return { start, end, form };
}

function validMonth(a: DateAtom): boolean {
  return Number.isInteger(a.month) && a.month >= 1 && a.month <= 12;
}

function readSingle(a: DateAtom, fy: number | null, deadline: boolean): Outcome {
  if (a.badYear || !validMonth(a)) return fail("invalid_date");
  const year = a.year ?? (fy === null ? null : yearOfMonthInFiscalYear(a.month, fy));
  if (year === null) return fail("no_year");
  const first = day(year, a.month, a.fromDay ?? a.day ?? 1);
  const last = day(year, a.month, a.day ?? lastDay(year, a.month));
  if (!first || !last) return fail("invalid_date");
  if (deadline) return readDeadline(last, year, a.month, fy);
  const form = a.fromDay !== null ? "range" : a.day !== null ? "date" : "month";
  return spanOf(first, last, form);
}

/** "ภายในเดือนเมษายน ๒๕๖๖": from the fiscal year's start (else the month's) to the deadline. */
function readDeadline(end: Ymd, yearBE: number, month: number, fy: number | null): Outcome {
  const monthStart = day(yearBE, month, 1);
  const fyStart = fy === null ? null : day(fy - 1, 10, 1);
  const start = fyStart && monthStart && compare(fyStart, monthStart) <= 0 ? fyStart : monthStart;
  return spanOf(start, end, "deadline");
}

function readRange(a: DateAtom, b: DateAtom, fy: number | null): Outcome {
  if (a.badYear || b.badYear || !validMonth(a) || !validMonth(b)) return fail("invalid_date");
  if (a.fromDay !== null || b.fromDay !== null) return fail("ambiguous");
  let ya = a.year;
  let yb = b.year;
  // A year written on one side only applies to both ("มกราคม - เมษายน ๒๕๖๖"); a start month
  // after the end month lies in the year before ("ตุลาคม - มีนาคม 2566" = Oct 2565 – Mar 2566).
  if (ya === null && yb !== null) ya = a.month <= b.month ? yb : yb - 1;
  else if (yb === null && ya !== null) yb = b.month >= a.month ? ya : ya + 1;
  else if (ya === null || yb === null) {
    if (fy === null) return fail("no_year");
    ya = yearOfMonthInFiscalYear(a.month, fy);
    yb = b.month >= a.month ? ya : ya + 1;
  }
  const start = day(ya, a.month, a.day ?? 1);
  const end = day(yb, b.month, b.day ?? lastDay(yb, b.month));
  return spanOf(start, end, "range");
}

function isBlank(norm: string, from: number, to: number): boolean {
  return norm.slice(from, to).trim() === "";
}

function before(norm: string, at: number, pattern: RegExp): boolean {
  return pattern.test(norm.slice(Math.max(0, at - 20), at));
}

/** A separator right before or after the atom with no date on its other side: "ต.ค. ๖๕ - ปัจจุบัน". */
function isOpenEnded(norm: string, atoms: readonly Atom[], i: number, a: DateAtom): boolean {
  const prev = atoms[i - 1];
  const next = atoms[i + 1];
  if (prev?.kind === "sep" && isBlank(norm, prev.e, a.s)) return true;
  if (next?.kind === "sep" && isBlank(norm, a.e, next.s)) return true;
  return before(norm, a.s, OPEN_START_BEFORE);
}

/** Every date, month or range the atoms spell, in order. */
function readAtoms(
  norm: string,
  atoms: readonly Atom[],
  fy: number | null,
  prose: boolean,
): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (!a || a.kind !== "date") continue;
    const sep = atoms[i + 1];
    const b = atoms[i + 2];
    if (
      sep?.kind === "sep" &&
      b?.kind === "date" &&
      isBlank(norm, a.e, sep.s) &&
      isBlank(norm, sep.e, b.s)
    ) {
      out.push(readRange(a, b, fy));
      i += 2;
      continue;
    }
    const deadline = before(norm, a.s, DEADLINE_BEFORE);
    if (a.weak && prose && !deadline && !before(norm, a.s, MONTH_WORD_BEFORE)) continue;
    // Half a range is not a period: its other end is unknown, and the month alone would be wrong.
    out.push(isOpenEnded(norm, atoms, i, a) ? fail("ambiguous") : readSingle(a, fy, deadline));
  }
  return out;
}

/** One reading, or the envelope of a plain list of dates, or why not. */
function combine(reads: readonly Outcome[], prose: boolean): Outcome | null {
  let start: Ymd | null = null;
  let end: Ymd | null = null;
  const distinct = new Set<string>();
  for (const r of reads) {
    // One unreadable date makes the whole cell unreadable: never a partial guess.
    if (!isRead(r)) return r;
    distinct.add(`${isoOfYmd(r.start)}/${isoOfYmd(r.end)}`);
    if (!start || compare(r.start, start) < 0) start = r.start;
    if (!end || compare(r.end, end) > 0) end = r.end;
  }
  const first = reads[0];
  if (!first || !start || !end) return null;
  if (distinct.size === 1) return first;
  return prose ? fail("ambiguous") : { start, end, form: "list" };
}

// ---------------------------------------------------------------------------------------------
// Fiscal-year forms: quarters, rounds, the whole year.

function yearIn(norm: string, pattern: RegExp): number | null {
  const written = pattern.exec(norm)?.[1];
  return written === undefined ? null : yearToBE(written);
}

/** Months `fromMonth`..`toMonth` counted from October (1 = Oct … 12 = Sep) of fiscal year fy. */
function fiscalMonths(fy: number, from: number, to: number, form: string): Outcome {
  const monthAt = (k: number): number => ((k + 8) % 12) + 1;
  const yearAt = (k: number): number => (k <= 3 ? fy - 1 : fy);
  const start = day(yearAt(from), monthAt(from), 1);
  const end = day(yearAt(to), monthAt(to), lastDay(yearAt(to), monthAt(to)));
  return spanOf(start, end, form);
}

function readQuarters(norm: string, fy: number | null): Outcome | null {
  const m = QUARTER.exec(norm) ?? Q_QUARTER.exec(norm);
  if (!m) return null;
  const qs = (m[1] ?? "").match(DIGIT)?.map(Number) ?? [];
  const q1 = qs[0];
  const q2 = qs[qs.length - 1];
  if (q1 === undefined || q2 === undefined || qs.some((q) => q < 1 || q > 4))
    return fail("invalid_date");
  if (q1 > q2) return fail("reversed_range");
  if (fy === null) return fail("needs_fiscal_year");
  return fiscalMonths(fy, Math.min(...qs) * 3 - 2, Math.max(...qs) * 3, "quarter");
}

function readRounds(norm: string, fy: number | null): Outcome | null {
  const m = ROUND.exec(norm);
  let months: number;
  let last = false;
  if (m) {
    months = Number(m[1] ?? m[3]);
    last = (m[2] ?? m[4]) === words.lastWord;
  } else if (FIRST_HALF.test(norm)) months = 6;
  else if (SECOND_HALF.test(norm)) [months, last] = [6, true];
  else return null;
  if (months < 1 || months > 12) return fail("invalid_date");
  if (fy === null) return fail("needs_fiscal_year");
  const form = months === 12 ? "whole_year" : "six_months";
  return last ? fiscalMonths(fy, 13 - months, 12, form) : fiscalMonths(fy, 1, months, form);
}

function readWholeYear(norm: string, fy: number | null, explicit: boolean): Outcome | null {
  if (!explicit && !WHOLE_YEAR.test(norm)) return null;
  if (fy === null) return fail("needs_fiscal_year");
  return fiscalMonths(fy, 1, 12, "whole_year");
}

// ---------------------------------------------------------------------------------------------
// Public API.

function isoOfYmd(d: Ymd): IsoDate {
  return isoOf(d.year, d.month, d.day);
}

function toPeriod(text: string, o: Outcome): Period {
  if (isRead(o)) return { text, start: isoOfYmd(o.start), end: isoOfYmd(o.end), form: o.form };
  return { text, start: null, end: null, reason: o.reason };
}

/**
 * Reads the period a cell's text states. Thai or Arabic digits, BE or CE years, two-digit BE
 * years ("๖๕" = 2565). Months without a year, quarters and "ตลอดปี" use the fiscal year
 * written in the text, else `ctx.fiscalYear`.
 * @example parsePeriod("ต.ค. ๖๕ - ก.ย. ๖๖", { fiscalYear: null })
 * // { text, start: "2022-10-01", end: "2023-09-30", form: "range" }
 * @example parsePeriod("ไตรมาสที่ ๑", { fiscalYear: null }) // reason "needs_fiscal_year"
 */
export function parsePeriod(text: string, ctx: PeriodContext): Period {
  const norm = normalise(text);
  if (!norm) return toPeriod(text, fail("no_date_found"));
  const budgetYear = yearIn(norm, BUDGET_YEAR);
  const fy = budgetYear ?? yearIn(norm, ERA_YEAR) ?? ctx.fiscalYear;
  const atoms = atomsOf(norm);
  const prose = hasOtherWords(norm, atoms);
  const dated = combine(readAtoms(norm, atoms, fy, prose), prose);
  const found =
    dated ??
    readQuarters(norm, fy) ??
    readRounds(norm, fy) ??
    readWholeYear(norm, fy, budgetYear !== null) ??
    fail("no_date_found");
  return toPeriod(text, found);
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is 1900-02-29, a day that never was. */
const FAKE_LEAP_DAY = 60;
const LAST_SERIAL = 2958465; // 9999-12-31
const SERIAL_ZERO = daysFromCivil(1899, 12, 31);

/**
 * The day an Excel date serial stands for (the time of day is ignored); text is the Thai date.
 * @example periodFromSerial(45000) // { text: "15 มี.ค. 2566", start: "2023-03-15", end: "2023-03-15", form: "serial" }
 */
export function periodFromSerial(serial: number): Period {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > LAST_SERIAL || whole === FAKE_LEAP_DAY) {
    return { text: String(serial), start: null, end: null, reason: "invalid_date", form: "serial" };
  }
  const d = civilFromDays(SERIAL_ZERO + (whole < FAKE_LEAP_DAY ? whole : whole - 1));
  const iso = isoOf(d.year, d.month, d.day);
  return { text: formatThaiDate(iso), start: iso, end: iso, form: "serial" };
}
