/**
 * CheckSettings as stored in the workbook: one JSON string. Reading keeps only the
 * fields that have the right shape, since anyone (or an older version) may have
 * written the file. Pure; no Excel here.
 */
import type { Acknowledgement, CheckSettings, ChecklistSheetSetting } from "../core/settings";

type Shape = { [K in keyof CheckSettings]: (v: unknown) => v is CheckSettings[K] };

const isIsoDate = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isYear = (v: unknown): v is number | null =>
  v === null || (typeof v === "number" && Number.isInteger(v));
const isRecordOf =
  <T>(ok: (x: unknown) => x is T) =>
  (v: unknown): v is Record<string, T> =>
    typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every(ok);
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");
const isAck = (v: unknown): v is Acknowledgement =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { reason?: unknown }).reason === "string" &&
  isIsoDate((v as { on?: unknown }).on);

const isColumnLetter = (v: unknown): boolean => typeof v === "string" && /^[A-Z]{1,3}$/.test(v);
const isChecklistSheet = (v: unknown): v is ChecklistSheetSetting | null => {
  if (v === null) return true;
  if (typeof v !== "object" || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const columns = o.columns;
  const columnsOk =
    columns === undefined ||
    (typeof columns === "object" &&
      columns !== null &&
      !Array.isArray(columns) &&
      Object.values(columns).every(isColumnLetter));
  return (
    typeof o.sheet === "string" && o.sheet !== "" && isYear(o.year) && o.year !== null && columnsOk
  );
};

const SHAPE: Shape = {
  year: isYear,
  fiscalYearOverride: isYear,
  asOf: isIsoDate,
  dueSoonDays: (v): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0,
  organisation: (v): v is string => typeof v === "string",
  lang: (v): v is "th" | "en" => v === "th" || v === "en",
  thaiDigits: (v): v is boolean => typeof v === "boolean",
  overrides: isRecordOf(isStringList),
  acknowledged: isRecordOf(isAck),
  checklistSheet: isChecklistSheet,
};

/** Keeps the well-formed fields of a parsed object. */
export function sanitizeSettings(raw: unknown): Partial<CheckSettings> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, ok] of Object.entries(SHAPE) as [
    keyof CheckSettings,
    (v: unknown) => boolean,
  ][]) {
    const v = (raw as Record<string, unknown>)[key];
    if (v !== undefined && ok(v)) out[key] = v;
  }
  return out;
}

/**
 * The settings from a stored value (a JSON string, or an object from an older writer).
 * Unreadable JSON is a data problem, not an error: it reads as no settings.
 *
 * @example
 *   parseStoredSettings('{"year":2567,"lang":"th","asOf":"bad"}') // -> { year: 2567, lang: "th" }
 */
export function parseStoredSettings(stored: unknown): Partial<CheckSettings> {
  if (typeof stored !== "string") return sanitizeSettings(stored);
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return {};
  }
  return sanitizeSettings(parsed);
}

export function encodeSettings(settings: Partial<CheckSettings>): string {
  return JSON.stringify(sanitizeSettings(settings));
}
