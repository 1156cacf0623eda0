/**
 * The resumable cache: one small JSON file per checked workbook, keyed by the SHA-256 of
 * the workbook's bytes, the tool version and the settings that change results. Deleting the
 * folder is always safe; an entry that cannot be parsed counts as a miss and is rewritten.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { CheckSettings } from "../../core/settings";
import type { FileSummary } from "./types";

/** Bump when FileSummary changes shape, so old entries are not read as new ones. */
const CACHE_FORMAT = 2;

/** Folder name of the default cache, in the current working directory. */
export const DEFAULT_CACHE_DIR = ".ita-check-cache";

/**
 * The part of the key that does not depend on the file. A loaded checklist counts by its
 * content: the same file name with corrected rows must not reuse old results.
 */
export function settingsFingerprint(
  version: string,
  settings: CheckSettings,
  checklist: SuppliedChecklist | null = null,
): string {
  const list = checklist
    ? createHash("sha256").update(JSON.stringify(checklist)).digest("hex")
    : null;
  return JSON.stringify({
    checklist: list,
    format: CACHE_FORMAT,
    version,
    asOf: settings.asOf,
    year: settings.year,
    fiscalYear: settings.fiscalYearOverride,
    dueSoonDays: settings.dueSoonDays,
    overrides: settings.overrides,
    acknowledged: settings.acknowledged,
  });
}

/** Hex SHA-256 of the bytes together with the fingerprint. */
export function cacheKey(bytes: Uint8Array, fingerprint: string): string {
  const content = createHash("sha256").update(bytes).digest("hex");
  return createHash("sha256").update(`${content}\n${fingerprint}`).digest("hex");
}

function isErrno(thrown: unknown, code: string): boolean {
  return typeof thrown === "object" && thrown !== null && "code" in thrown && thrown.code === code;
}

export class ResultCache {
  constructor(readonly dir: string) {}

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** Creates the folder; throws when it cannot be created (the caller turns that into a notice). */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** The stored summary, or null when there is none (or it is unreadable as JSON). */
  async get(key: string): Promise<FileSummary | null> {
    let text: string;
    try {
      text = await readFile(this.fileOf(key), "utf8");
    } catch (thrown) {
      if (isErrno(thrown, "ENOENT")) return null;
      throw thrown;
    }
    try {
      return JSON.parse(text) as FileSummary;
    } catch {
      return null; // a torn write from an interrupted run: check the file again
    }
  }

  /** Stores a summary; written to a temp name first so an interrupted run leaves no torn entry. */
  async put(key: string, summary: FileSummary): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(summary));
    await rename(tmp, file);
  }
}
