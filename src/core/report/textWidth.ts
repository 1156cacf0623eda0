/**
 * How wide text prints and how many lines it wraps to, without a font renderer.
 * Advance widths come from charWidths.json (Laksaman, the metric twin of TH SarabunPSK and
 * close to TH Sarabun New). Calibrated against LibreOffice output of the seed reports' cell
 * texts at 12, 18, 25 and 40 width units: losing WRAP_LOSS_EM per line to word breaks
 * predicted enough lines for all 60 cells at each width (about 1.35 × the real count at 25 units).
 */
import charWidths from "./charWidths.json";
import {
  CELL_PADDING_H,
  LINE_HEIGHT_FACTOR,
  MAX_ROW_HEIGHT,
  ROW_PADDING,
  WRAP_LOSS_EM,
} from "./geometry";

const WIDTHS: Record<string, number> = charWidths.widths;

/** Width of a Thai letter or sign the table lacks, and of anything else (CJK, symbols). */
const EM = { thai: 0.6, latin: 0.6, other: 1 };

/** Bold Laksaman is about 5% wider than regular. */
const BOLD_FACTOR = 1.06;

/** Thai marks drawn above or below the base letter: no advance width. */
export function isThaiCombining(code: number): boolean {
  return (
    code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e)
  );
}

function charEm(ch: string, code: number): number {
  if (isThaiCombining(code)) return 0;
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (code >= 0x0e00 && code <= 0x0e7f) return EM.thai;
  if (code < 0x250) return EM.latin;
  return EM.other;
}

/**
 * Advance width of one line of text, in em.
 * @example textWidthEm("กิจ") // ก and จ count, the mark ิ does not
 */
export function textWidthEm(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charAt(i), text.charCodeAt(i));
  return em;
}

interface Segments {
  segment(text: string): Iterable<{ segment: string }>;
}

let segmenter: Segments | null | undefined;

/** Thai word boundaries (ICU's dictionary, as LibreOffice and Excel use); null where the host has none. */
function words(): Segments | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
        ? new Intl.Segmenter("th", { granularity: "word" })
        : null;
  }
  return segmenter;
}

/** Greedy word wrap, as a renderer does it: a word that does not fit starts a new line; a word wider than the line breaks inside. */
function wrapParagraph(paragraph: string, usableEm: number): number {
  const seg = words();
  if (!seg) return Math.max(1, Math.ceil(textWidthEm(paragraph) / usableEm));
  let lines = 1;
  let used = 0;
  for (const { segment } of seg.segment(paragraph)) {
    const w = textWidthEm(segment);
    if (used + w <= usableEm) {
      used += w;
      continue;
    }
    if (segment.trim() === "") {
      used = 0;
      lines++;
      continue;
    }
    lines++;
    used = w;
    while (used > usableEm) {
      lines++;
      used -= usableEm;
    }
  }
  return lines;
}

/** Lines a cell's text wraps to in a column `widthPt` wide (sheet points). */
export function wrappedLines(text: string, widthPt: number, sizePt: number, bold: boolean): number {
  const emPt = sizePt * (bold ? BOLD_FACTOR : 1);
  const usable = Math.max(emPt, widthPt - CELL_PADDING_H - WRAP_LOSS_EM * emPt) / emPt;
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += wrapParagraph(paragraph, usable);
  return lines;
}

/** Row height that shows `lines` lines of `sizePt` text, unclamped. */
export function heightForLines(lines: number, sizePt: number): number {
  return Math.ceil(lines * sizePt * LINE_HEIGHT_FACTOR + ROW_PADDING);
}

/** Excel rows stop at 409 pt: the clamped height, and whether text is cut. */
export function clampRowHeight(height: number): { height: number; clipped: boolean } {
  return height > MAX_ROW_HEIGHT
    ? { height: MAX_ROW_HEIGHT, clipped: true }
    : { height, clipped: false };
}
