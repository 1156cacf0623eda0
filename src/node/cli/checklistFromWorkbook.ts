/**
 * A checklist from a workbook the user names with --checklist FILE.xlsx[:SHEET]: the named
 * sheet, else the first sheet that loads (the first sheet's problems when none does). The
 * year: --year, else what the sheet states, else the fiscal year of the as-of date.
 * No file system here, so it is tested on snapshots.
 */
import { baseChecklistFor } from "../../core/checklist/registry";
import { checklistFromSheet } from "../../core/checklist/sheet";
import type { ColumnMap, ListYearSource, LoadedTable } from "../../core/checklist/sheet";
import type { Checklist } from "../../core/checklist/types";
import type { Flag } from "../../core/flags/flag";
import type { Grid, WorkbookSnapshot } from "../../core/grid/grid";
import { fiscalYearOf } from "../../core/thai";

/** Where the loaded list's year came from. */
export type ChecklistYearSource = "option" | "list" | "as-of";

export interface WorkbookListOptions {
  /** --year, or null. */
  year: number | null;
  columns: ColumnMap | null;
  /** The check's as-of date: its fiscal year stands in when neither --year nor the sheet gives one. */
  asOf: string;
  /** File name (no directories), for the list's source. */
  file: string;
}

export type WorkbookListResult =
  | {
      ok: true;
      checklist: Checklist;
      sheet: string;
      yearSource: ChecklistYearSource;
      /** Warnings of the load (gaps, year differs, …). */
      flags: Flag[];
      table: LoadedTable;
    }
  | {
      ok: false;
      /** CHECKLIST_SHEET_NOT_FOUND (no such sheet), CHECKLIST_NOT_LOADED (the flags say why), NO_SHEETS. */
      code: "CHECKLIST_SHEET_NOT_FOUND" | "CHECKLIST_NOT_LOADED" | "NO_SHEETS";
      sheet: string | null;
      sheets: string[];
      flags: Flag[];
      columnsSeen: { column: string; text: string }[];
    };

type SheetTry =
  Extract<WorkbookListResult, { ok: true }> | Extract<WorkbookListResult, { ok: false }>;

/** Where core's year source lands in the CLI's words. */
const YEAR_SOURCE: Record<ListYearSource, ChecklistYearSource> = {
  option: "option",
  sheet: "list",
  fallback: "as-of",
};

/** One sheet, with the year rule: a sheet stating no year is loaded as the as-of date's year. */
function trySheet(grid: Grid, sheets: string[], options: WorkbookListOptions): SheetTry {
  const result = checklistFromSheet(grid, {
    year: options.year,
    fallbackYear: fiscalYearOf(options.asOf),
    ...(options.columns ? { columns: options.columns } : {}),
    base: baseChecklistFor,
    origin: options.file,
  });
  if (!result.ok)
    return {
      ok: false,
      code: "CHECKLIST_NOT_LOADED",
      sheet: grid.name,
      sheets,
      flags: result.flags,
      columnsSeen: result.columnsSeen,
    };
  return {
    ok: true,
    checklist: result.checklist,
    sheet: grid.name,
    yearSource: YEAR_SOURCE[result.yearSource],
    flags: result.flags,
    table: result.table,
  };
}

export function checklistFromWorkbook(
  snapshot: WorkbookSnapshot,
  sheet: string | null,
  options: WorkbookListOptions,
): WorkbookListResult {
  const names = snapshot.sheets.map((g) => g.name);
  const fail = (code: "CHECKLIST_SHEET_NOT_FOUND" | "NO_SHEETS"): WorkbookListResult => ({
    ok: false,
    code,
    sheet,
    sheets: names,
    flags: [],
    columnsSeen: [],
  });
  if (sheet !== null) {
    const grid =
      snapshot.sheets.find((g) => g.name === sheet) ??
      snapshot.sheets.find((g) => g.name.trim().toLowerCase() === sheet.trim().toLowerCase());
    return grid ? trySheet(grid, names, options) : fail("CHECKLIST_SHEET_NOT_FOUND");
  }
  let first: SheetTry | null = null;
  for (const grid of snapshot.sheets) {
    const tried = trySheet(grid, names, options);
    if (tried.ok) return tried;
    first ??= tried;
  }
  return first ?? fail("NO_SHEETS");
}
