/**
 * Wording for flags and messages, kept apart from the codes (zod's issue/error-map split).
 */
import type { Flag } from "../flags/flag";
import type { Lang } from "../settings";
import en from "./en.json";
import th from "./th.json";

export type Messages = typeof th;

const catalogues: Record<Lang, Messages> = { th, en };

export function messages(lang: Lang): Messages {
  return catalogues[lang];
}

/** Replaces {name} with params.name; unknown names stay as written. */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number | boolean | null | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

export function flagMessage(flag: Flag, lang: Lang): { message: string; hint: string } {
  const entry = catalogues[lang].flags[flag.code];
  return { message: fill(entry.message, flag.params), hint: fill(entry.hint, flag.params) };
}

export function inputMessage(
  code: string,
  lang: Lang,
  params: Readonly<Record<string, string | number | boolean | null>> = {},
): string {
  const table = catalogues[lang].input as Record<string, string>;
  return fill(table[code] ?? code, params);
}

/** One sentence for a code saying what this host cannot do and what to do instead. */
export function degradedMessage(code: string, lang: Lang): string {
  const table = catalogues[lang].degraded as Record<string, string>;
  return table[code] ?? code;
}
