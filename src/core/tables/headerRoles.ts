/**
 * What a header cell says its column holds. Rules and words live in vocabulary.json.
 */
import type { ColumnRole } from "../model";
import { squeeze, toArabicDigits } from "../thai";
import vocabulary from "./vocabulary.json";

/** Column roles plus the two that mark a table as a list of people, not measures. */
export type HeaderRole = ColumnRole | "name" | "position";

interface Rule {
  role: HeaderRole;
  any: string[];
}

const rules: Rule[] = (vocabulary.headerRules as { role: string; any: string[] }[]).map((r) => ({
  role: r.role as HeaderRole,
  any: r.any.map((w) => squeeze(w).toLowerCase()),
}));
const numberHeaders = new Set(vocabulary.numberHeaders.map((w) => squeeze(w).toLowerCase()));

/** Normalised form used for header comparison: no whitespace, lower case, Arabic digits. */
export function headerKey(text: string): string {
  return squeeze(toArabicDigits(text)).toLowerCase();
}

const cache = new Map<string, HeaderRole | null>();

/** The role a header cell names, or null when it names none. Cached: the same few headers repeat on every page. */
export function roleOfHeader(text: string): HeaderRole | null {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const role = findRole(text);
  if (cache.size < 5000) cache.set(text, role);
  return role;
}

function findRole(text: string): HeaderRole | null {
  if (text === "" || text.length > vocabulary.maxHeaderCellLength) return null;
  const key = headerKey(text);
  if (key === "") return null;
  if (numberHeaders.has(key) || numberHeaders.has(key.replace(/[.:]$/, ""))) return "no";
  for (const rule of rules) {
    if (rule.any.some((w) => key.includes(w))) return rule.role;
  }
  return null;
}

export function isOitNumberHeader(text: string): boolean {
  const key = headerKey(text);
  return vocabulary.oitNumberHeaders.some((w) => headerKey(w) === key);
}

export function isIndicatorTitleHeader(text: string): boolean {
  const key = headerKey(text);
  return vocabulary.indicatorTitleHeaders.some((w) => key.startsWith(headerKey(w)));
}
