/**
 * Leading ordinals of measure titles: "๑.", "๑๐.", "1)", "(1)", "๐๑", "๐๔๓", "O12", "ข้อ ๑๒",
 * "9.1", "๑.๒".
 */
import { toArabicDigits } from "./digits";
import { startsWithMonth } from "./months";
import data from "./ordinalWords.json";

export interface SplitOrdinal {
  /** The ordinal in Arabic digits as written ("01", "043", "9.1"), or null when none. */
  no: string | null;
  /** The title without the ordinal and the punctuation after it. */
  rest: string;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const prefixes = [...data.prefixes].sort((a, b) => b.length - a.length).map(escapeRegex);

// At most three digits, or a dotted form "9.1" / "1.2.3"; then ".", ")" or a space or the end,
// so "2566 …", "100%", "10.5%" and "9/2/66" are not ordinals. "O12": people type the letter O
// for the Thai zero of OIT item numbers ("๐๑๒"), so O reads as 0.
const ORDINAL = new RegExp(
  `^(?:(?:${prefixes.join("|")})\\s*)?` +
    `(?:\\(\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,2})\\s*\\)|([Oo]?)(\\d{1,3}(?:\\.\\d{1,3}){0,2})(?:[.)](?!\\d)|(?=\\s)|$))`,
);
const LEADING_PUNCTUATION = /^[\s.):\-–—,]+/;
const UNIT_AFTER = new RegExp(`^\\s+(?:${data.unitWords.map(escapeRegex).join("|")})`);

const none = (s: string): SplitOrdinal => ({ no: null, rest: s.trim() });

/**
 * Splits a leading ordinal from a title. Conservative: a number that counts something
 * ("6 เดือน") or starts a date ("1 ต.ค. 65") is not an ordinal.
 * @example splitOrdinal("๑. มาตรการส่งเสริม") // { no: "1", rest: "มาตรการส่งเสริม" }
 * @example splitOrdinal("๐๔๓ การเปิดโอกาส") // { no: "043", rest: "การเปิดโอกาส" }
 * @example splitOrdinal("2566 แผน") // { no: null, rest: "2566 แผน" }
 */
export function splitOrdinal(s: string): SplitOrdinal {
  const start = s.length - s.trimStart().length;
  // Digit folding keeps indexes, so the match on the folded text slices the original.
  const folded = toArabicDigits(s).slice(start);
  const m = ORDINAL.exec(folded);
  if (!m) return none(s);
  const after = folded.slice(m[0].length);
  // Only a plain number with nothing after it could be a count or a day: "๐๑" and "O12" are ordinals.
  const bare = m[1] === undefined && !m[2] && !(m[3] ?? "").startsWith("0") && !/[.)]$/.test(m[0]);
  if (bare && (UNIT_AFTER.test(after) || startsWithMonth(after))) return none(s);
  const no = m[1] ?? `${m[2] ? "0" : ""}${m[3] ?? ""}`;
  const rest = s
    .slice(start + m[0].length)
    .replace(LEADING_PUNCTUATION, "")
    .trim();
  return { no, rest };
}
