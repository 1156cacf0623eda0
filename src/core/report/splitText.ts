/**
 * Splitting a long cell text into pieces that each fit a row: Excel rows stop at 409 pt and a
 * row must fit under the repeated header on one page, so a measure whose text needs more is
 * printed as several rows (continuation rows), cut between paragraphs, else at a space, else
 * between letters (never before a Thai mark, which belongs to the letter before it).
 */
import { isThaiCombining, wrappedLines } from "./textWidth";

export interface WrapBox {
  widthPt: number;
  sizePt: number;
  bold: boolean;
}

/** Where to cut a paragraph so the head needs at most `maxLines` lines. */
function cutIndex(paragraph: string, box: WrapBox, maxLines: number): number {
  let lo = 1;
  let hi = paragraph.length;
  // Longest prefix that still fits: widths only grow with length, so bisect.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrappedLines(paragraph.slice(0, mid), box.widthPt, box.sizePt, box.bold) <= maxLines)
      lo = mid;
    else hi = mid - 1;
  }
  const space = paragraph.lastIndexOf(" ", lo);
  if (space > lo / 2) return space + 1;
  let at = lo;
  while (at > 1 && isThaiCombining(paragraph.charCodeAt(at))) at--;
  return Math.max(1, at);
}

/**
 * The text in pieces: the first of at most `firstLines` wrapped lines, the others of at most
 * `maxLines`; one piece when it fits.
 * @example splitForRows("๑. …\n๒. …", { widthPt: 120, sizePt: 16, bold: false }, 5, 14)
 */
export function splitForRows(
  text: string,
  box: WrapBox,
  firstLines: number,
  maxLines: number,
): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let used = 0;
  const limit = (): number => Math.max(1, pieces.length === 0 ? firstLines : maxLines);
  const flush = (): void => {
    pieces.push(current.join("\n"));
    current = [];
    used = 0;
  };
  let rest = text.split("\n");
  while (rest.length > 0) {
    const paragraph = rest[0] ?? "";
    const lines = wrappedLines(paragraph, box.widthPt, box.sizePt, box.bold);
    if (used + lines <= limit()) {
      current.push(paragraph);
      used += lines;
      rest = rest.slice(1);
    } else if (used < limit()) {
      // Fill what is left of this piece with the head of the paragraph.
      const [head, tail] = splitParagraphAt(paragraph, box, limit() - used);
      current.push(head);
      flush();
      rest = tail ? [tail, ...rest.slice(1)] : rest.slice(1);
    } else {
      flush();
    }
  }
  flush();
  return pieces;
}

/** The paragraph cut so the head needs at most `lines` lines. */
function splitParagraphAt(paragraph: string, box: WrapBox, lines: number): [string, string] {
  const at = cutIndex(paragraph, box, lines);
  return [paragraph.slice(0, at).trimEnd(), paragraph.slice(at).trimStart()];
}
