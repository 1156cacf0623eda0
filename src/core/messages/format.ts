/**
 * Wording for flags and messages, kept apart from the codes (zod's issue/error-map split).
 */
import type { Flag } from "../flags/flag";
import type { Lang } from "../settings";
import { formatEnglishDate, formatThaiDate } from "../thai/format";
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Params as a reader of `lang` writes them: ISO dates become "31 มี.ค. 2569" or "31 Mar 2026". */
function readable(params: Flag["params"], lang: Lang): Flag["params"] {
  const out: Flag["params"] = {};
  for (const [name, v] of Object.entries(params)) {
    out[name] =
      typeof v === "string" && ISO_DATE.test(v)
        ? lang === "th"
          ? formatThaiDate(v)
          : formatEnglishDate(v)
        : v;
  }
  return out;
}

export function flagMessage(flag: Flag, lang: Lang): { message: string; hint: string } {
  const entry = catalogues[lang].flags[flag.code];
  const params = readable(flag.params, lang);
  return { message: fill(entry.message, params), hint: fill(entry.hint, params) };
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
