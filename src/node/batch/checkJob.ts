/**
 * Checks one file of a batch, in a worker or in process. A throw from the reader or the
 * core is a bug, but one file's bug must not stop thousands of others: it becomes a
 * CHECK_FAILED result carrying the message, so it is reported, not swallowed.
 */
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { CheckSettings } from "../../core/settings";
import { checkFile } from "../cli/checkFile";
import { messageOf } from "../xlsx/inputError";
import { summariseOutcome } from "./summariseOutcome";
import type { FileJob, FileResult } from "./types";

/** `checklist`: the list --checklist loaded, the same for every file; null for the built-in lists. */
export async function checkJob(
  job: FileJob,
  settings: CheckSettings,
  checklist: SuppliedChecklist | null = null,
): Promise<FileResult> {
  try {
    return summariseOutcome(job.file, await checkFile(job.path, settings, checklist));
  } catch (thrown) {
    return {
      file: job.file,
      ok: false,
      error: { code: "CHECK_FAILED", detail: messageOf(thrown) },
    };
  }
}
