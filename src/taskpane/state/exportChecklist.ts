/**
 * Which checklist "export the checklist as a sheet" writes: the list the last check used. A list
 * loaded from a sheet of this workbook is read again from the kept snapshot, so the export is
 * that list in the add-in's full shape (time rules and keywords filled from the base list);
 * otherwise the built-in list of the year.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import { checklistOfSheet } from "../../core/check/chooseChecklist";
import { getChecklist } from "../../core/checklist/registry";
import type { Checklist } from "../../core/checklist/types";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { CheckSettings } from "../../core/settings";

/** The year an export would write: the list the last check used, else the year set. */
export function exportYear(result: CheckResult | null, settings: CheckSettings): number | null {
  return result?.checklist?.year ?? settings.year;
}

function fromSheet(snapshot: WorkbookSnapshot | null, settings: CheckSettings): Checklist | null {
  const wanted = settings.checklistSheet;
  const grid = wanted && snapshot?.sheets.find((g) => g.name === wanted.sheet);
  if (!wanted || !grid) return null;
  const loaded = checklistOfSheet(grid, wanted);
  return loaded.ok ? loaded.checklist : null;
}

/**
 * @example
 * checklistForExport(result, settings, snapshot)?.year // 2569
 */
export function checklistForExport(
  result: CheckResult | null,
  settings: CheckSettings,
  snapshot: WorkbookSnapshot | null,
): Checklist | null {
  const year = exportYear(result, settings);
  if (year === null) return null;
  if (result?.checklist?.origin === "sheet" && result.checklist.year === year) {
    const own = fromSheet(snapshot, settings);
    if (own && own.year === year) return own;
  }
  const found = getChecklist(year);
  return found.ok ? found.checklist : null;
}
