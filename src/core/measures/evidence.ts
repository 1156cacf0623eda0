/**
 * Evidence: URLs, mentions of the agency's website or social pages, and document
 * references (คำสั่งที่ ๑๘๑/๒๕๖๕, ประกาศ…, บันทึกข้อความ). A done measure with none
 * of these is what a supervisor wants flagged first.
 */
import { toArabicDigits } from "../thai";
import vocabulary from "./vocabulary.json";

const urlPattern =
  /\b(?:https?:\/\/[^\s<>"')\]]+|www\.[^\s<>"')\]]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.th|or\.th|ac\.th|in\.th|co\.th|com|net|org)(?:\/[^\s<>"')\]]*)?)/giu;
const websiteWords = vocabulary.evidence.websiteWords.map((w) => w.toLowerCase());
const socialWords = vocabulary.evidence.socialWords.map((w) => w.toLowerCase());
const documentPatterns = vocabulary.evidence.documentPatterns.map((p) => new RegExp(p, "gu"));

function trimUrl(url: string): string {
  return url.replace(/[.,;:]+$/, "");
}

/** URLs in text and link targets, then mentions and documents; each once, in order found. */
export function readEvidence(texts: readonly string[], links: readonly string[]): string[] {
  const out: string[] = [];
  const add = (e: string): void => {
    if (e && !out.includes(e)) out.push(e);
  };
  for (const link of links) add(trimUrl(toArabicDigits(link)));
  for (const raw of texts) {
    if (!raw) continue;
    const text = toArabicDigits(raw);
    for (const m of text.matchAll(urlPattern)) add(trimUrl(m[0]));
    const lower = text.toLowerCase();
    if (websiteWords.some((w) => lower.includes(w)) && !out.some((e) => /[a-z]\.[a-z]/i.test(e)))
      add("เว็บไซต์");
    for (const w of socialWords) {
      if (new RegExp(`(^|[^a-z])${w}([^a-z]|$)`, "u").test(lower))
        add(
          w === "line" || w === "ไลน์"
            ? "LINE"
            : w === "facebook" || w.startsWith("เฟ") || w === "เพจ"
              ? "Facebook"
              : w,
        );
    }
    for (const re of documentPatterns) for (const m of text.matchAll(re)) add(m[0].trim());
  }
  return out;
}
