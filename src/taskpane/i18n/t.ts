/**
 * UI wording, Thai first. Flag wording is not here: it comes from core/messages (flagMessage).
 */
import { fill } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import en from "./en.json";
import th from "./th.json";

export type UiKey = keyof typeof th;

/** Typed so that a key missing from en.json fails the type check. */
const catalogues: Record<Lang, Record<UiKey, string>> = { th, en };

export type Translate = (key: UiKey) => string;

/**
 * The lookup for one language.
 * @example
 * makeT("th")("tab.check") // "ตรวจ"
 */
export function makeT(lang: Lang): Translate {
  const table = catalogues[lang];
  return (key) => table[key];
}

/**
 * A wording with {name} placeholders filled.
 * @example
 * tf(makeT("en"), "checklist.loaded", { n: 26, sheet: "ITA 2570", range: "A5:K31" })
 * // "Loaded 26 items from ITA 2570!A5:K31"
 */
export function tf(
  t: Translate,
  key: UiKey,
  params: Readonly<Record<string, string | number | null>>,
): string {
  return fill(t(key), params);
}
