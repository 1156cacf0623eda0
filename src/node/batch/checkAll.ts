/**
 * Checks the discovered files: results from the cache where the bytes and settings are
 * unchanged, the rest on worker threads (or in process when the worker is not built).
 */
import { readFile } from "node:fs/promises";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { CheckSettings } from "../../core/settings";
import { cacheKey } from "./cache";
import type { ResultCache } from "./cache";
import { checkJob } from "./checkJob";
import { runPool } from "./pool";
import type { FileJob, FileResult } from "./types";

export interface CheckAllOptions {
  settings: CheckSettings;
  /** The list --checklist loaded, for every file; null or absent for the built-in lists. */
  checklist?: SuppliedChecklist | null;
  /** Null: no cache. */
  cache: ResultCache | null;
  /** settingsFingerprint(version, settings). */
  fingerprint: string;
  /** Worker script, or null to check in process. */
  script: string | null;
  jobs: number;
  /** Called once per file as it finishes (reused files first). */
  onResult?: (result: FileResult, reused: boolean) => void;
}

export interface CheckAllResult {
  /** In file order. */
  results: FileResult[];
  reused: number;
}

/** Files hashed at once: enough to keep the disk busy, few enough not to hold many files in memory. */
const HASH_CONCURRENCY = 16;

async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await fn(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Cache keys of the readable files; a file that cannot be read has none and goes to a worker, which reports why. */
async function keysOf(jobs: readonly FileJob[], fingerprint: string): Promise<(string | null)[]> {
  const keys: (string | null)[] = jobs.map(() => null);
  await forEachLimit(jobs, HASH_CONCURRENCY, async (job) => {
    const bytes = await readFile(job.path).then(
      (b) => b,
      () => null,
    );
    keys[job.index] = bytes ? cacheKey(bytes, fingerprint) : null;
  });
  return keys;
}

export async function checkAll(
  jobs: readonly FileJob[],
  options: CheckAllOptions,
): Promise<CheckAllResult> {
  const results: (FileResult | undefined)[] = jobs.map(() => undefined);
  const cache = options.cache;
  const keys = cache ? await keysOf(jobs, options.fingerprint) : jobs.map(() => null);
  let reused = 0;
  const todo: FileJob[] = [];
  for (const job of jobs) {
    const key = keys[job.index];
    const hit = cache && key ? await cache.get(key) : null;
    if (hit) {
      reused++;
      const result: FileResult = { file: job.file, ok: true, summary: hit };
      results[job.index] = result;
      options.onResult?.(result, true);
    } else todo.push(job);
  }
  const writes: Promise<void>[] = [];
  const done = (index: number, result: FileResult): void => {
    results[index] = result;
    const key = keys[index];
    if (cache && key && result.ok) writes.push(cache.put(key, result.summary));
    options.onResult?.(result, false);
  };
  if (options.script) {
    await runPool(
      todo,
      {
        script: options.script,
        size: options.jobs,
        settings: options.settings,
        checklist: options.checklist ?? null,
      },
      done,
    );
  } else {
    for (const job of todo)
      done(job.index, await checkJob(job, options.settings, options.checklist ?? null));
  }
  await Promise.all(writes);
  return { results: results.map((r, i) => r ?? missing(jobs[i])), reused };
}

/** Cannot happen (every job gets a result); kept as a value so a pool bug shows as a row, not a crash. */
function missing(job: FileJob | undefined): FileResult {
  return {
    file: job?.file ?? "?",
    ok: false,
    error: { code: "WORKER_CRASHED", detail: "no result" },
  };
}
