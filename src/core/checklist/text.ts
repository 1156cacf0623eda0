/**
 * Text keys for matching Thai titles: no spaces or punctuation, lower case, Arabic digits.
 * Thai is written without spaces and PDF pastes break words anywhere ("ประมวล จริยธรรม"),
 * so comparisons run on the squeezed text, never on words split at spaces.
 */

const THAI_FIRST = 0x0e00;
const THAI_LAST = 0x0e7f;
const THAI_ZERO = 0x0e50;
const THAI_NINE = 0x0e59;
const NIKHAHIT = 0x0e4d;
const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The key code of one character, or -1 to drop it (spaces, punctuation, dashes, HTML brackets).
 * Keeps Thai letters and marks, ASCII letters (lower-cased) and digits (Thai → Arabic).
 */
export function keyCode(code: number): number {
  if (code >= THAI_FIRST && code <= THAI_LAST) {
    if (code >= THAI_ZERO && code <= THAI_NINE) return code - THAI_ZERO + 48;
    return code;
  }
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return code;
  if (code < 128) return -1;
  const ch = String.fromCharCode(code);
  if (!LETTER_OR_DIGIT.test(ch)) return -1;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * Calls `emit` with the key code of every kept character of `text`, in order.
 * A decomposed sara am (nikhahit + sara aa, common in PDF pastes: "ดําเนิน") becomes ำ.
 */
export function forEachKeyCode(text: string, emit: (code: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code === NIKHAHIT && text.charCodeAt(i + 1) === SARA_AA) {
      code = SARA_AM;
      i++;
    }
    const k = keyCode(code);
    if (k >= 0) emit(k);
  }
}

/**
 * The matching key of a text.
 * @example
 * matchKey("E–Service") // "eservice"
 * matchKey("รอบ ๖ เดือน") // "รอบ6เดือน"
 */
export function matchKey(text: string): string {
  const codes: number[] = [];
  forEachKeyCode(text, (c) => codes.push(c));
  let out = "";
  // Chunked to stay below engines' argument limits on very long cells.
  for (let i = 0; i < codes.length; i += 4096) {
    out += String.fromCharCode(...codes.slice(i, i + 4096));
  }
  return out;
}

/** Character bigrams of a key, with counts. */
export type Bigrams = Map<string, number>;

export function bigramsOf(key: string): Bigrams {
  const out: Bigrams = new Map();
  for (let i = 0; i + 1 < key.length; i++) {
    const bg = key.slice(i, i + 2);
    out.set(bg, (out.get(bg) ?? 0) + 1);
  }
  return out;
}

function size(b: Bigrams): number {
  let n = 0;
  for (const c of b.values()) n += c;
  return n;
}

/**
 * Dice similarity of two bigram bags, 0..1: 2·shared / (|a| + |b|).
 * @example
 * dice(bigramsOf(matchKey("คู่มือมาตรฐานการปฏิบัติงาน")), bigramsOf(matchKey("คู่มือหรือมาตรฐานการปฏิบัติงาน"))) // ≈ 0.9
 */
export function dice(a: Bigrams, b: Bigrams): number {
  const total = size(a) + size(b);
  if (total === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [bg, count] of small) {
    const other = large.get(bg);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return (2 * shared) / total;
}

interface WordSegmenter {
  segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>;
}

let segmenter: WordSegmenter | null | undefined;

function getSegmenter(): WordSegmenter | null {
  if (segmenter !== undefined) return segmenter;
  // Intl.Segmenter exists in Node 16+ and current browsers; older hosts fall back to spaces.
  segmenter =
    typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
      ? new Intl.Segmenter("th", { granularity: "word" })
      : null;
  return segmenter;
}

/**
 * Thai-aware word keys of a text (Intl.Segmenter), squeezed; spaces split words when the
 * host has no segmenter.
 * @example
 * wordKeys("ช่องทางแจ้งเรื่องร้องเรียน") // ["ช่อง", "ทาง", "แจ้ง", "เรื่อง", "ร้อง", "เรียน"]
 */
export function wordKeys(text: string): string[] {
  const seg = getSegmenter();
  const words = seg
    ? Array.from(seg.segment(text), (s) => (s.isWordLike === false ? "" : s.segment))
    : text.split(/\s+/);
  return words.map(matchKey).filter((k) => k !== "");
}
