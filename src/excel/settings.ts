/**
 * CheckSettings kept in the workbook (workbook.settings, ExcelApi 1.4) as one JSON
 * string, so they travel with the file.
 */
import type { CheckSettings } from "../core/settings";
import { runExcel } from "./run";
import type { RunConfig } from "./run";
import { encodeSettings, parseStoredSettings } from "./settingsCodec";

export const SETTINGS_KEY = "itaCheck.settings";

/** The stored settings, or {} when there are none (one sync). */
export function loadSettings(config: RunConfig = {}): Promise<Partial<CheckSettings>> {
  return runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    return item.isNullObject ? {} : parseStoredSettings(item.value);
  }, config);
}

/**
 * Merges `settings` over what is stored and saves it (read sync, write sync).
 * Top-level fields replace stored ones whole (e.g. the full `acknowledged` map).
 *
 * @example
 *   await saveSettings({ year: 2567, lang: "th" });
 */
export function saveSettings(
  settings: Partial<CheckSettings>,
  config: RunConfig = {},
): Promise<void> {
  return runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    const stored = item.isNullObject ? {} : parseStoredSettings(item.value);
    context.workbook.settings.add(SETTINGS_KEY, encodeSettings({ ...stored, ...settings }));
    await context.sync();
  }, config);
}
