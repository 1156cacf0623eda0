/**
 * HTML residue pasted from Word, PDF converters and web pages ("<p>…</p>", "<a href>",
 * "&amp;", checkbox inputs) turned back into plain cell text.
 */
import entities from "./entities.json";

export interface CleanText {
  /** Plain text: one line per block, trimmed, single spaces, no empty lines. */
  text: string;
  /** Every href of an <a> tag, in order, entities decoded. */
  links: string[];
}

const named: Readonly<Record<string, string>> = entities.named;
const blockTags = new Set(entities.blockTags);

// Any tag-looking run: "<p>", "</div>", "<ul style=…>", "<br/>", "<o:p>", "<!-- … -->".
// Only a Latin letter after "<" makes a tag, so "a < b" and "<๕ ราย>" stay text.
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const TYPE_CHECKBOX = /\btype\s*=\s*["']?checkbox\b/i;
// The attribute name itself, in any form: checked, checked="", checked="checked".
const CHECKED = /(?:^|\s)checked(?=[\s=/]|$)/i;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));/g;
const LINE_BREAKS = /\r\n?/g;
// Horizontal white space, including no-break and zero-width-free ones; zero-width marks go.
const SPACES = /[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const ZERO_WIDTH = /[\u200B\uFEFF]/g;
const NEEDS_MARKUP_PASS = /[<&]/;

function decodeEntity(whole: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return named[name.toLowerCase()] ?? whole;
  const code = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
  // Lone surrogates and out-of-range code points are not characters: keep the text as written.
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return whole;
  return String.fromCodePoint(code);
}

/** "&amp;" → "&", "&#3585;" → "ก"; unknown entities stay as written. */
export function decodeEntities(s: string): string {
  return s.includes("&") ? s.replace(ENTITY, decodeEntity) : s;
}

function inputGlyph(attrs: string): string {
  if (!TYPE_CHECKBOX.test(attrs)) return "";
  return CHECKED.test(attrs) ? entities.checkbox.checked : entities.checkbox.unchecked;
}

function replaceTags(s: string, links: string[]): string {
  return s.replace(TAG, (_whole: string, close?: string, name?: string, attrs?: string) => {
    if (name === undefined) return ""; // a comment
    const tag = name.toLowerCase();
    if (blockTags.has(tag)) return "\n";
    if (tag === "input" && !close) return inputGlyph(attrs ?? "");
    if (tag === "a" && !close) {
      const m = HREF.exec(attrs ?? "");
      const href = decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? "").trim();
      if (href) links.push(href);
    }
    return "";
  });
}

function tidyLines(s: string): string {
  const out: string[] = [];
  for (const line of s.split("\n")) {
    const t = line.replace(SPACES, " ").trim();
    if (t) out.push(t);
  }
  return out.join("\n");
}

/**
 * Plain text and links from a cell that may hold pasted HTML. Never throws.
 * @example cleanCellText('<p>ดำเนินการแล้ว</p><p><a href="https://www.x.go.th">เว็บไซต์</a> &amp; FB</p>')
 * // { text: "ดำเนินการแล้ว\nเว็บไซต์ & FB", links: ["https://www.x.go.th"] }
 * @example cleanCellText('<input checked="" type="checkbox"/> ดำเนินการ') // text "☑ ดำเนินการ"
 */
export function cleanCellText(raw: string): CleanText {
  const links: string[] = [];
  let s = raw.replace(LINE_BREAKS, "\n").replace(ZERO_WIDTH, "");
  if (NEEDS_MARKUP_PASS.test(s)) s = decodeEntities(replaceTags(s, links));
  return { text: tidyLines(s), links };
}
