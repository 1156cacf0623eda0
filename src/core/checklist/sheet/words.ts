/**
 * What a cell of a checklist sheet says, by the words in vocabulary.json: which field a
 * header names, an item code, a sub-indicator id, a time rule, a confidence.
 */
import { squeeze, toArabicDigits } from "../../thai";
import type { Confidence, TimeRule } from "../types";
import vocabulary from "./vocabulary.json";

/** Fields an item table can hold, one column each. */
export type ItemField =
  | "code"
  | "titleTh"
  | "titleEn"
  | "sub"
  | "indicator"
  | "components"
  | "timeRule"
  | "keywords"
  | "aliases"
  | "confidence"
  | "note";

export const ITEM_FIELDS: readonly ItemField[] = [
  "code",
  "titleTh",
  "titleEn",
  "sub",
  "indicator",
  "components",
  "timeRule",
  "keywords",
  "aliases",
  "confidence",
  "note",
];

/** Normalised header or key text: no spaces, lower case, Arabic digits, no "(…)" part. */
export function wordKey(text: string): string {
  const plain = squeeze(toArabicDigits(text)).toLowerCase();
  const bare = plain.replace(/\([^)]*\)/g, "");
  return bare === "" ? plain : bare;
}

function prepared<T extends string, K extends string>(
  list: readonly ({ any: string[] } & Record<K, string>)[],
  key: K,
): { value: T; words: string[] }[] {
  return list.map((e) => ({ value: e[key] as unknown as T, words: e.any.map(wordKey) }));
}

const codeHeaders = new Set(vocabulary.codeHeaders.map(wordKey));
const fieldRules = prepared<Exclude<ItemField, "code">, "field">(vocabulary.fieldHeaders, "field");
const trackingWords = vocabulary.trackingHeaders.map(wordKey);
const timeRuleWords = prepared<TimeRule, "rule">(vocabulary.timeRules, "rule");
const confidenceWords = prepared<Confidence, "confidence">(vocabulary.confidences, "confidence");
/** An about label matches its own exported wording or any of its words. */
const aboutWords = prepared<AboutKey, "key">(
  vocabulary.about.map((a) => ({ ...a, any: [...a.any, a.label] })),
  "key",
);

export type AboutKey =
  | "year"
  | "version"
  | "source"
  | "confidence"
  | "itemCount"
  | "gaps"
  | "measureItems"
  | "weights"
  | "provisional";

/** The field a header cell names, or null. */
export function fieldOfHeader(text: string): ItemField | null {
  if (text === "" || text.length > 80) return null;
  const key = wordKey(text);
  if (codeHeaders.has(key) || codeHeaders.has(key.replace(/[.:]$/, ""))) return "code";
  return fieldRules.find((r) => r.words.some((w) => key.includes(w)))?.value ?? null;
}

/** A header of a column that tracks work (responsible, progress): the table is a tracker too. */
export function isTrackingHeader(text: string): boolean {
  const key = wordKey(text);
  return trackingWords.some((w) => key.includes(w));
}

/** The about-block key a label names, or null. */
export function aboutKeyOf(text: string): AboutKey | null {
  const key = wordKey(text);
  return aboutWords.find((r) => r.words.includes(key))?.value ?? null;
}

/** The English code in "(…)" when it is one of the allowed values: exported sheets say it. */
function codeInParentheses<T extends string>(text: string, allowed: readonly T[]): T | null {
  const m = /\(([a-z_]+)\)\s*$/i.exec(text.trim());
  const code = m?.[1]?.toLowerCase();
  return code !== undefined && (allowed as readonly string[]).includes(code) ? (code as T) : null;
}

function byWords<T extends string>(text: string, rules: { value: T; words: string[] }[]): T | null {
  const allowed = rules.map((r) => r.value);
  const exact = codeInParentheses(text, allowed);
  if (exact) return exact;
  const key = squeeze(toArabicDigits(text)).toLowerCase();
  return rules.find((r) => r.words.some((w) => key.includes(w)))?.value ?? null;
}

export function timeRuleOf(text: string): TimeRule | null {
  return byWords(text, timeRuleWords);
}

export function confidenceOf(text: string): Confidence | null {
  return byWords(text, confidenceWords);
}

/**
 * The item number a code cell holds: "O12", "o 12", "O.12", "๑๒", "012", "ข้อ 12", "12." → 12.
 * Leading zeros are how pasted OIT trackers write codes ("๐๑๑" = O11).
 */
export function itemNoOf(text: string): number | null {
  const s = squeeze(toArabicDigits(text)).replace(/^ข้อ(?:ที่)?/, "");
  const m = /^[oO๐]?\.?(\d{1,3})\.?$/.exec(s);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}

/** "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน" → { id: "9.1", title: "ข้อมูลพื้นฐาน" }; a bare "9.1" too. */
export function subHeadingOf(text: string): { id: string; title: string } | null {
  const s = toArabicDigits(text).trim();
  const m = /^(?:ตัวชี้วัดย่อย\s*(?:ที่)?\s*)?([1-9]\d?)\s*\.\s*([1-9]\d?)(?:\s+(.*))?$/.exec(s);
  if (!m) return null;
  return { id: `${m[1]}.${m[2]}`, title: (m[3] ?? "").trim() };
}

/** A list written one entry a line (or "- a - b" as a paste flattens it) → its entries. */
export function listOf(text: string): string[] {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const entries = lines.length === 1 ? splitBullets(lines[0] ?? "") : lines;
  return entries.map((l) => l.replace(/^[-•]\s?/, "").trim()).filter((l) => l !== "");
}

/** "- แสดงแผนผัง - แสดงตำแหน่ง" → two entries; a hyphen inside a word stays. */
function splitBullets(line: string): string[] {
  if (!/^[-•]\s/.test(line)) return [line];
  return line.split(/\s+[-•]\s+|^[-•]\s+/).filter((p) => p.trim() !== "");
}

export const exportWords = vocabulary.export;
export const aboutLabels: Record<AboutKey, string> = Object.fromEntries(
  vocabulary.about.map((a) => [a.key, a.label]),
) as Record<AboutKey, string>;
export const indicatorTableWords = {
  first: vocabulary.indicatorTableHeaders.first.map(wordKey),
  needs: vocabulary.indicatorTableHeaders.needs.map(wordKey),
};
