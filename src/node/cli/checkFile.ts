/**
 * Checks one file: read it (never write it), run the core, and describe the outcome
 * as the JSON contract's file entry. Bad input is an entry with an error, not a throw.
 */
import { checkWorkbook } from "../../core/check/checkWorkbook";
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { CheckSettings } from "../../core/settings";
import { readWorkbookFile } from "../xlsx/readWorkbookFile";

export interface FileOutcome {
  file: string;
  /** Input error code (see messages input.*), or null when the file was checked. */
  errorCode: string | null;
  errorDetail?: string;
  result: CheckResult | null;
}

function isEmpty(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.every((s) =>
    s.values.every((row) => row.every((v) => v === null || v === "")),
  );
}

export function checkSnapshot(
  file: string,
  snapshot: WorkbookSnapshot,
  settings: CheckSettings,
  checklist: SuppliedChecklist | null = null,
): FileOutcome {
  if (snapshot.sheets.length === 0) return { file, errorCode: "NO_SHEETS", result: null };
  if (isEmpty(snapshot)) return { file, errorCode: "EMPTY_WORKBOOK", result: null };
  const result = checkWorkbook(snapshot, settings, { checklist });
  if (result.measures.length === 0) return { file, errorCode: "NO_TABLE", result };
  return { file, errorCode: null, result };
}

/** `checklist`: the list --checklist loaded, or null for the built-in list of the year. */
export async function checkFile(
  file: string,
  settings: CheckSettings,
  checklist: SuppliedChecklist | null = null,
): Promise<FileOutcome> {
  const read = await readWorkbookFile(file);
  if (!read.ok) {
    return {
      file,
      errorCode: read.error.code,
      ...(read.error.detail ? { errorDetail: read.error.detail } : {}),
      result: null,
    };
  }
  return checkSnapshot(file, read.workbook, settings, checklist);
}
