/**
 * Thai digits (๐–๙, U+0E50–U+0E59) and Arabic digits (0–9) are mixed freely in the sheets;
 * every reader compares numbers after folding to Arabic digits.
 */

const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
const ARABIC_DIGIT = /[0-9]/g;
const HAS_THAI_DIGIT = /[\u0E50-\u0E59]/;
const HAS_ARABIC_DIGIT = /[0-9]/;

function thaiToArabic(d: string): string {
  return String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO);
}

function arabicToThai(d: string): string {
  return String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO);
}

/**
 * Thai digits to Arabic digits; everything else unchanged. One character for one, so
 * indexes in the result are indexes in the input.
 * @example toArabicDigits("ต.ค. ๖๕") // "ต.ค. 65"
 */
export function toArabicDigits(s: string): string {
  // Most cells have no Thai digit: skip the replace (and its allocation) for them.
  return HAS_THAI_DIGIT.test(s) ? s.replace(THAI_DIGIT, thaiToArabic) : s;
}

/**
 * Arabic digits to Thai digits; everything else unchanged.
 * @example toThaiDigits("15 มี.ค. 2566") // "๑๕ มี.ค. ๒๕๖๖"
 */
export function toThaiDigits(s: string): string {
  return HAS_ARABIC_DIGIT.test(s) ? s.replace(ARABIC_DIGIT, arabicToThai) : s;
}
