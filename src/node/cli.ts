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
import { loadChecklistFile } from "./cli/loadChecklist";
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

async function runCheck(args: CliArgs, io: Io): Promise<number> {
  const settings = settingsFrom(args);
  const outcomes: FileOutcome[] = [];
  for (const file of args.files) {
    const o = await checkFile(file, settings);
    outcomes.push(o);
    if (o.errorCode)
      io.err(
        `ita-check: ${file}: ${inputMessage(o.errorCode, "th")} / ${inputMessage(o.errorCode, "en")}\n`,
      );
    else if (!args.json) io.out(humanFile(o, args.lang));
  }
  if (args.json) io.out(reportJson(packageVersion(), settings.asOf, outcomes, args.lang) + "\n");
  return exitCode(outcomes);
}

export async function main(argv: readonly string[], io: Io = stdio): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(
      `ita-check: ${inputMessage("BAD_ARGUMENT", "th")}: ${parsed.problem} / ${inputMessage("BAD_ARGUMENT", "en")}: ${parsed.problem}\n`,
    );
    io.err("ita-check --help\n");
    return 2;
  }
  const args = parsed.args;
  if (args.command === "help") {
    io.out(helpText());
    return 0;
  }
  if (args.command === "version") {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  if (args.checklist) {
    const loaded = loadChecklistFile(args.checklist);
    if (!loaded.ok) {
      io.err(`ita-check: ${args.checklist}: ${loaded.problem}\n`);
      return 2;
    }
  }
  if (args.year !== null) {
    const found = getChecklist(args.year);
    if (!found.ok) {
      const params = { year: args.year, available: found.available.join(", ") };
      io.err(
        `ita-check: ${inputMessage(found.code, "th", params)} / ${inputMessage(found.code, "en", params)}\n`,
      );
      return 2;
    }
  }
  if (args.command === "report") {
    const { runReport } = await import("./cli/report");
    return runReport(args, settingsFrom(args), io);
  }
  if (args.command === "batch") {
    const { runBatch } = await import("./batch/runBatch");
    return runBatch(args, settingsFrom(args), io);
  }
  return runCheck(args, io);
}
