/**
 * `ita-check`: check .xlsx files from the command line.
 * Exit 0 when it ran, 1 when any flag is an error, 2 for bad input or arguments.
 */
import { getChecklist } from "../core/checklist/registry";
import { inputMessage } from "../core/messages/format";
import { defaultSettings } from "../core/settings";
import type { CheckSettings } from "../core/settings";
import { parseArgs } from "./cli/args";
import type { CliArgs } from "./cli/args";
import { checkFile } from "./cli/checkFile";
import type { FileOutcome } from "./cli/checkFile";
import { helpText } from "./cli/help";
import { humanFile } from "./cli/humanOutput";
import { reportJson } from "./cli/jsonOutput";
import type { SuppliedChecklist } from "../core/check/chooseChecklist";
import { checklistForRun } from "./cli/checklistOption";
import { loadedJson, loadedLines } from "./cli/checklistReport";
import type { LoadedChecklist } from "./cli/loadChecklist";
import { todayInBangkok } from "./cli/today";
import { packageVersion } from "./cli/version";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

export function settingsFrom(args: CliArgs): CheckSettings {
  return {
    ...defaultSettings(args.asOf ?? todayInBangkok()),
    year: args.year,
    fiscalYearOverride: args.fiscalYear,
    lang: args.lang,
    ...(args.dueSoonDays !== null ? { dueSoonDays: args.dueSoonDays } : {}),
  };
}

function exitCode(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => o.errorCode)) return 2;
  if (outcomes.some((o) => o.result?.flags.some((f) => f.severity === "error"))) return 1;
  return 0;
}

async function runCheck(
  args: CliArgs,
  settings: CheckSettings,
  loaded: LoadedChecklist | null,
  io: Io,
): Promise<number> {
  const outcomes: FileOutcome[] = [];
  if (loaded && !args.json) io.out(loadedLines(loaded, args.lang, settings.asOf).join("\n") + "\n");
  for (const file of args.files) {
    const o = await checkFile(file, settings, loaded?.supplied ?? null);
    outcomes.push(o);
    if (o.errorCode)
      io.err(
        `ita-check: ${file}: ${inputMessage(o.errorCode, "th")} / ${inputMessage(o.errorCode, "en")}\n`,
      );
    else if (!args.json) io.out(humanFile(o, args.lang));
  }
  if (args.json) {
    const extra = loaded ? { checklistFile: loadedJson(loaded, args.lang) } : {};
    io.out(reportJson(packageVersion(), settings.asOf, outcomes, args.lang, extra) + "\n");
  }
  return exitCode(outcomes);
}

function badArgument(problem: string, io: Io): number {
  io.err(
    `ita-check: ${inputMessage("BAD_ARGUMENT", "th")}: ${problem} / ${inputMessage("BAD_ARGUMENT", "en")}: ${problem}\n`,
  );
  io.err("ita-check --help\n");
  return 2;
}

/** --year must name a year with a list: a shipped one, or the one --checklist loaded for it. */
function unknownYear(args: CliArgs, supplied: SuppliedChecklist | null, io: Io): boolean {
  if (args.year === null || supplied?.checklist.year === args.year) return false;
  const found = getChecklist(args.year);
  if (found.ok) return false;
  const params = { year: args.year, available: found.available.join(", ") };
  io.err(
    `ita-check: ${inputMessage(found.code, "th", params)} / ${inputMessage(found.code, "en", params)}\n`,
  );
  return true;
}

export async function main(argv: readonly string[], io: Io = stdio): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return badArgument(parsed.problem, io);
  const args = parsed.args;
  if (args.command === "help") {
    io.out(helpText());
    return 0;
  }
  if (args.command === "version") {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  if (args.command === "checklist-export" || args.command === "checklist-show") {
    const { runChecklistCommand } = await import("./cli/checklistCommand");
    return runChecklistCommand(args, settingsFrom(args).asOf, io);
  }
  if (args.checklistColumns && !args.checklist)
    return badArgument("--checklist-columns needs --checklist FILE.xlsx[:SHEET]", io);
  const settings = settingsFrom(args);
  const option = await checklistForRun(args, settings.asOf, io);
  if (!option.ok) return 2;
  const supplied = option.loaded?.supplied ?? null;
  if (unknownYear(args, supplied, io)) return 2;
  if (args.command === "report") {
    const { runReport } = await import("./cli/report");
    return runReport(args, settings, io, supplied);
  }
  if (args.command === "batch") {
    const { runBatch } = await import("./batch/runBatch");
    return runBatch(args, settings, io, supplied);
  }
  return runCheck(args, settings, option.loaded, io);
}
