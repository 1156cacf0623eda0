/**
 * The --checklist option of `check`, `report` and `batch`: loaded once, before any file is
 * read. A list that fails to load stops the run (exit 2, bad input) with each problem on
 * stderr and, with --json, the contract's error shape on stdout: nothing is checked against a
 * list other than the one asked for.
 */
import type { Io } from "../cli";
import type { CliArgs } from "./args";
import { failureJson, failureLines } from "./checklistReport";
import { reportJson } from "./jsonOutput";
import { loadChecklist } from "./loadChecklist";
import type { LoadedChecklist } from "./loadChecklist";
import { packageVersion } from "./version";

export type ChecklistOption = { ok: true; loaded: LoadedChecklist | null } | { ok: false };

export async function checklistForRun(
  args: CliArgs,
  asOf: string,
  io: Io,
): Promise<ChecklistOption> {
  if (!args.checklist) return { ok: true, loaded: null };
  const load = await loadChecklist(args.checklist, {
    year: args.year,
    columns: args.checklistColumns,
    asOf,
  });
  if (load.ok) return { ok: true, loaded: load };
  for (const line of failureLines(load)) io.err(`${line}\n`);
  if (args.json)
    io.out(
      reportJson(packageVersion(), asOf, [], args.lang, { error: failureJson(load, args.lang) }) +
        "\n",
    );
  return { ok: false };
}
