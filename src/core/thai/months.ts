/**
 * The twelve months as people write them: full Thai names, abbreviations with or without
 * their dots and spaces ("ต.ค.", "ต.ค", "ตค.", "ต. ค."), and English short and long names.
 */
import data from "./monthNames.json";

export interface MonthName {
  /** 1–12. */
  n: number;
  /** "ตุลาคม". */
  full: string;
  /** "ต.ค.". */
  abbr: string;
}

export const MONTHS: readonly MonthName[] = data.months.map(({ n, full, abbr }) => ({
  n,
  full,
  abbr,
}));

const THAI_LETTER = "\\u0E01-\\u0E4E";
const DOTS_AND_SPACES = /[.\s]/g;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}

/** "มี.ค." → letters "มี", "ค" each optionally followed by a dot and a space. */
function abbreviationPattern(abbr: string): string {
  const parts = abbr.split(".").filter(Boolean).map(escapeRegex);
  // Ends at a dot that does not open a longer acronym ("ก.ค.ศ.", "ส.ค.ส."), or before a non-Thai letter.
  return `${parts.join("\\.?\\s?")}(?:\\.(?![${THAI_LETTER}]\\.)|(?![${THAI_LETTER}.]))`;
}

function buildSource(): string {
  const full = data.months
    .flatMap((m) => [m.full, ...m.alt])
    .sort(byLengthDesc)
    .map(escapeRegex);
  const abbr = data.months.map((m) => abbreviationPattern(m.abbr));
  const en = data.months.flatMap((m) => m.en).sort(byLengthDesc);
  const preceding = data.precedingWords.map(escapeRegex).join("|");
  // An abbreviation starts a word: not inside a Thai word ("มีค่า"), not inside an acronym
  // ("อ.ก.พ."), unless it follows a word that often runs into it ("เดือนต.ค.").
  const abbrStart = `(?<![${THAI_LETTER}]\\.)(?:(?<![${THAI_LETTER}])|(?<=${preceding}))`;
  return [
    `(?:${full.join("|")})`,
    `${abbrStart}(?:${abbr.join("|")})`,
    `(?<![A-Za-z])(?:${en.join("|")})\\.?(?![A-Za-z])`,
  ].join("|");
}

/**
 * Regex source matching one month name, without capture groups; compile it with the "i"
 * flag (for the English names).
 */
export const MONTH_SOURCE = `(?:${buildSource()})`;

interface MonthKey {
  month: number;
  full: boolean;
}

const byKey = new Map<string, MonthKey>();
for (const m of data.months) {
  for (const name of [m.full, ...m.alt]) byKey.set(name, { month: m.n, full: true });
  byKey.set(m.abbr.replace(DOTS_AND_SPACES, ""), { month: m.n, full: false });
  for (const name of m.en) byKey.set(name, { month: m.n, full: false });
}

function keyOf(token: string): MonthKey | undefined {
  return byKey.get(token.replace(DOTS_AND_SPACES, "").toLowerCase());
}

/**
 * The month number of a token matched by MONTH_SOURCE, or null.
 * @example monthOf("ต.ค") // 10
 * @example monthOf("กันยายน") // 9
 */
export function monthOf(token: string): number | null {
  return keyOf(token)?.month ?? null;
}

/** True for a full Thai month name ("ตุลาคม"), false for abbreviations and English names. */
export function isFullMonthName(token: string): boolean {
  return keyOf(token)?.full ?? false;
}

const STARTS_WITH_MONTH = new RegExp(`^\\s*${MONTH_SOURCE}`, "i");

/** True when the text opens with a month name ("ต.ค. ๖๕ …"). */
export function startsWithMonth(s: string): boolean {
  return STARTS_WITH_MONTH.test(s);
}

/** Month names for display: 1 → {full "มกราคม", abbr "ม.ค."}. */
export function monthName(month: number): MonthName | null {
  return MONTHS[month - 1] ?? null;
}
