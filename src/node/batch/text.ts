/**
 * Wording of the batch command, from batchText.json (codes here extend messages input.*).
 */
import { fill, inputMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import text from "./batchText.json";

export const batchText = text;

type Params = Readonly<Record<string, string | number | null>>;

/** A stderr line template filled with params. */
export function line(name: keyof typeof text.lines, params: Params = {}): string {
  return fill(text.lines[name], params);
}

/**
 * Why a file could not be read, for people: batch codes from batchText.json, the rest from messages input.*.
 * @example reasonText("NOT_XLSX_CSV", "th") // "เป็นไฟล์ CSV ที่เปลี่ยนนามสกุล…"
 */
export function reasonText(code: string, lang: Lang): string {
  const own = (text.errors[lang] as Record<string, string>)[code];
  return own ?? inputMessage(code, lang);
}
