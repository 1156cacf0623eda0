/**
 * `ita-check batch DIR -o summary.xlsx`: checks every workbook under a folder on all cores
 * and writes one summary workbook (or JSON). Exit 0 when every file was read and none has an
 * error flag, 1 when some file was unreadable or has error flags, 2 for a bad folder or arguments.
 */
import { stat, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { CheckSettings } from "../../core/settings";
import type { CliArgs } from "../cli/args";
import { packageVersion } from "../cli/version";
import type { Io } from "../cli";
import { buildBatchReport } from "./batchReport";
import type { BatchChecklist, BatchReport } from "./batchReport";
import { DEFAULT_CACHE_DIR, ResultCache, settingsFingerprint } from "./cache";
import { checkAll } from "./checkAll";
import { discoverWorkbooks } from "./discover";
import { Progress } from "./progress";
import { line, reasonText } from "./text";
import { findWorkerScript } from "./workerPath";
import { writeSummaryXlsx } from "./writeSummaryXlsx";

/** Why the folder cannot be used, or null when it is a folder. */
async function folderProblem(dir: string): Promise<string | null> {
  try {
    return (await stat(dir)).isDirectory() ? null : "NOT_A_FOLDER";
  } catch {
    return "MISSING_FOLDER"; // stat fails for a missing path or one we may not enter: both say "not found" to the user
  }
}

async function openCache(args: CliArgs, io: Io): Promise<ResultCache | null> {
  if (args.noCache) return null;
  const cache = new ResultCache(path.resolve(args.cacheDir ?? DEFAULT_CACHE_DIR));
  try {
    await cache.open();
    return cache;
  } catch {
    io.err(`${line("noCache", { dir: cache.dir })}\n`);
    return null;
  }
}

function poolSize(args: CliArgs): number {
  return args.jobs && args.jobs > 0 ? args.jobs : os.availableParallelism();
}

async function writeOutputs(report: BatchReport, args: CliArgs, io: Io): Promise<void> {
  const json = JSON.stringify(report, null, 2);
  const out = args.out;
  if (out && out.toLowerCase().endsWith(".json")) await writeFile(out, json + "\n");
  else if (out) await writeSummaryXlsx(report, out);
  if (args.json && !(out && out.toLowerCase().endsWith(".json"))) io.out(json + "\n");
  if (out) io.err(`${line("written", { out, rows: report.rows.length })}\n`);
}

function batchChecklist(supplied: SuppliedChecklist | null): BatchChecklist | null {
  if (!supplied) return null;
  const c = supplied.checklist;
  return { file: supplied.file, sheet: supplied.sheet, year: c.year, version: c.version };
}

/** Entry point called by cli.ts; `checklist` is the list --checklist loaded (once, here in the main thread). */
export async function runBatch(
  args: CliArgs,
  settings: CheckSettings,
  io: Io,
  checklist: SuppliedChecklist | null = null,
): Promise<number> {
  const dir = args.files[0];
  if (!dir || args.files.length > 1 || (!args.out && !args.json)) {
    io.err(`${line("usage")}\n`);
    return 2;
  }
  const problem = await folderProblem(dir);
  if (problem) {
    io.err(
      `ita-check batch: ${dir}: ${reasonText(problem, "th")} / ${reasonText(problem, "en")}\n`,
    );
    return 2;
  }
  const started = performance.now();
  const cache = await openCache(args, io);
  const outPath = args.out ? path.resolve(args.out) : null;
  const jobs = (await discoverWorkbooks(dir, { skip: cache ? [cache.dir] : [] }))
    .filter((j) => j.path !== outPath)
    .map((j, index) => ({ ...j, index }));
  const script = findWorkerScript();
  if (!script) io.err(`${line("noWorker")}\n`);
  const progress = new Progress(
    jobs.length,
    { write: io.err, isTTY: process.stderr.isTTY === true },
    () => performance.now(),
  );
  const version = packageVersion();
  const { results, reused } = await checkAll(jobs, {
    settings,
    checklist,
    cache,
    fingerprint: settingsFingerprint(version, settings, checklist),
    script,
    jobs: script ? poolSize(args) : 1,
    onResult: (r) => progress.tick(!r.ok),
  });
  progress.finish();
  const report = buildBatchReport(results, {
    version,
    asOf: settings.asOf,
    year: settings.year,
    checklist: batchChecklist(checklist),
    reused,
  });
  await writeOutputs(report, args, io);
  const withErrors = report.rows.filter((r) => r.errors > 0).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.err(
    `${line("final", { checked: jobs.length, reused, unreadable: report.unreadable.length, withErrors, seconds })}\n`,
  );
  if (cache) io.err(`${line("cacheAt", { dir: cache.dir })}\n`);
  return report.unreadable.length > 0 || withErrors > 0 ? 1 : 0;
}
