/**
 * Evidence: URLs, mentions of the agency's website or social pages, and document
 * references (คำสั่งที่ ๑๘๑/๒๕๖๕, ประกาศ…, บันทึกข้อความ). A done measure with none
 * of these is what a supervisor wants flagged first.
 */
import { toArabicDigits } from "../thai";
import vocabulary from "./vocabulary.json";

const urlPattern =
  /\b(?:https?:\/\/[^\s<>"')\]]+|www\.[^\s<>"')\]]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.th|or\.th|ac\.th|in\.th|co\.th|com|net|org)(?:\/[^\s<>"')\]]*)?)/giu;
/** What every match of urlPattern contains: a cheap test that spares most cells the full pattern. */
const urlHint = /https?:|www\.|\.(?:go|or|ac|in|co)\.th|\.(?:com|net|org)/i;
const websiteWords = vocabulary.evidence.websiteWords.map((w) => w.toLowerCase());
/** Social pages by the name to report; a Latin word must stand alone ("line", not "online"). */
const socialPages: { word: string; re: RegExp; name: string }[] =
  vocabulary.evidence.socialWords.map((w) => {
    const word = w.toLowerCase();
    const name =
      word === "line" || word === "ไลน์"
        ? "LINE"
        : word === "facebook" || word.startsWith("เฟ") || word === "เพจ"
          ? "Facebook"
          : word;
    return { word, re: new RegExp(`(^|[^a-z])${word}([^a-z]|$)`, "u"), name };
  });
/** Each document pattern with the literal it starts with, tested first because regexes are the slow part. */
const documentPatterns = vocabulary.evidence.documentPatterns.map((p) => ({
  re: new RegExp(p, "gu"),
  hint: /^[^\\([]+/.exec(p.replace(/^\(\?<![^)]*\)/, ""))?.[0] ?? "",
}));

function trimUrl(url: string): string {
  return url.replace(/[.,;:]+$/, "");
}

/** URLs in text and link targets, then mentions and documents; each once, in order found. */
export function readEvidence(texts: readonly string[], links: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // "http://www.a.go.th/" and "www.a.go.th" are one piece of evidence.
  const add = (e: string): void => {
    const key = e
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/\/$/, "");
    if (e && !seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  };
  for (const link of links) add(trimUrl(toArabicDigits(link)));
  // One pass over the row's texts together: the patterns stop at line ends, so joining with
  // "\n" finds what a pass per cell would, at a fifth of the regex work.
  const text = toArabicDigits(texts.filter(Boolean).join("\n"));
  if (!text) return out;
  if (urlHint.test(text)) for (const m of text.matchAll(urlPattern)) add(trimUrl(m[0]));
  const lower = text.toLowerCase();
  if (websiteWords.some((w) => lower.includes(w)) && !out.some((e) => /[a-z]\.[a-z]/i.test(e)))
    add("เว็บไซต์");
  // The substring test first: most cells name no social page, and the regex is the slow part.
  for (const page of socialPages)
    if (lower.includes(page.word) && page.re.test(lower)) add(page.name);
  for (const { re, hint } of documentPatterns) {
    if (text.includes(hint)) for (const m of text.matchAll(re)) add(m[0].trim());
  }
  return out;
}
