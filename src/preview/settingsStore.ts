/**
 * Settings kept in localStorage, one entry per file name: the preview has no workbook to
 * keep them in, and the same file opened again should come back as the user left it.
 */
import type { CheckSettings } from "../core/settings";

const PREFIX = "ita-check:settings:";

export interface SettingsStore {
  load(fileName: string): Partial<CheckSettings>;
  save(fileName: string, partial: Partial<CheckSettings>): void;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A store over `storage`; unreadable entries load as nothing rather than failing the page. */
export function createSettingsStore(storage: Storage): SettingsStore {
  const load = (fileName: string): Partial<CheckSettings> => {
    const raw = storage.getItem(PREFIX + fileName);
    if (raw === null) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      // A hand-edited or truncated entry: start from defaults, and drop it so it cannot recur.
      storage.removeItem(PREFIX + fileName);
      return {};
    }
    return isRecord(parsed) ? parsed : {};
  };
  return {
    load,
    save(fileName, partial) {
      const merged = { ...load(fileName), ...partial };
      storage.setItem(PREFIX + fileName, JSON.stringify(merged));
    },
  };
}
