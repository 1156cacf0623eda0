/**
 * Spaces left inside Thai words by PDF line wraps ("ประมวล จริยธรรม").
 */

const WHITESPACE = /\s+/g;
// One space with a Thai letter or mark (U+0E01–U+0E4E, not the digits) on both sides.
const SPACE_IN_THAI = /([\u0E01-\u0E4E]) (?=[\u0E01-\u0E4E])/g;

/**
 * All white space removed: for comparing texts whatever their wrapping ("compare with spaces removed").
 * @example squeeze("มาตรการ ส่งเสริม\nคุณธรรม") // "มาตรการส่งเสริมคุณธรรม"
 */
export function squeeze(s: string): string {
  return s.replace(WHITESPACE, "");
}

/**
 * Removes a single space between two Thai letters; keeps spaces next to Latin letters, digits
 * and punctuation, runs of several spaces, and line breaks.
 *
 * Trade-off: Thai also uses a space between phrases, and this removes those too. For the
 * measure titles this product displays, a wrongly joined phrase reads fine while a word broken
 * by a PDF wrap does not, and the two cannot be told apart without a dictionary.
 * @example repairThaiSpacing("ประมวล จริยธรรม ของ อบต. 2566") // "ประมวลจริยธรรมของอบต. 2566"
 */
export function repairThaiSpacing(s: string): string {
  return s.includes(" ") ? s.replace(SPACE_IN_THAI, "$1") : s;
}

const DECOMPOSED_SARA_AM = /\u0E4D\u0E32/g;
// Alternation, not a class: a class holding the zero-width joiner reads as one joined glyph.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u3000]/g;

/**
 * Repairs what PDF and Word pastes do to Thai text: a sara am written as nikhahit + sara aa
 * ("ดําเนินการ" looks the same but matches nothing), zero-width spaces inside words,
 * and non-breaking or typographic spaces.
 * @example
 * normalizeThai("ดํา\u200Bเนินการ") // "ดำเนินการ"
 */
export function normalizeThai(s: string): string {
  return s.replace(DECOMPOSED_SARA_AM, "\u0E33").replace(INVISIBLE, "").replace(ODD_SPACES, " ");
}
