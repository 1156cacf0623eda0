/**
 * The preview's own wording (file bar, grid view), Thai first. The pane's wording stays in
 * src/taskpane/i18n; flag and input-error wording in core/messages.
 */
import { fill } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import en from "./en.json";
import th from "./th.json";

export type PreviewKey = keyof typeof th;

const catalogues: Record<Lang, Record<PreviewKey, string>> = { th, en };

export type PreviewT = (key: PreviewKey, params?: Record<string, string>) => string;

/**
 * @example
 * makePreviewT("th")("grid.label", { sheet: "มาตรการ" }) // "ข้อมูลในแผ่นงาน มาตรการ"
 */
export function makePreviewT(lang: Lang): PreviewT {
  const table = catalogues[lang];
  return (key, params = {}) => fill(table[key], params);
}
