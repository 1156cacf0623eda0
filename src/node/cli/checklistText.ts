/**
 * Wording of loading, showing and exporting a checklist file, from checklistText.json.
 * Its error codes extend messages input.*, so one function names any load failure.
 */
import { fill, inputMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import text from "./checklistText.json";

export const checklistText = text;

export type TextParams = Readonly<Record<string, string | number | null>>;

/**
 * @example checklistErrorText("CHECKLIST_SHEET_NOT_FOUND", "en", { sheet: "X", sheets: "Sheet1" })
 */
export function checklistErrorText(code: string, lang: Lang, params: TextParams = {}): string {
  const own = (text[lang].errors as Record<string, string>)[code];
  return own === undefined ? inputMessage(code, lang, params) : fill(own, params);
}
