/**
 * Which checklist a check uses, and why: a list the user loaded (from a sheet of this
 * workbook, or a file the CLI was given), else the built-in list of the year. The year is the
 * user's choice, else the loaded list's, else the sheet's fiscal year, else the as-of date's.
 */
import { completenessOf } from "../checklist/completeness";
import { availableYears, baseChecklistFor, getChecklist } from "../checklist/registry";
import { checklistFromSheet, isChecklistExport } from "../checklist/sheet";
import type { ColumnMap, SheetChecklistResult } from "../checklist/sheet";
import type { Checklist, Confidence } from "../checklist/types";
import type { Flag } from "../flags/flag";
import type { Grid, WorkbookSnapshot } from "../grid/grid";
import type { Measure, SheetInfo } from "../model";
import type { CheckSettings, ChecklistSheetSetting } from "../settings";
import { fiscalYearOf } from "../thai";
import { listOnlySheets } from "./itemLists";

/** A checklist the caller loaded elsewhere (the CLI's --checklist FILE.xlsx:SHEET or a JSON file). */
export interface SuppliedChecklist {
  checklist: Checklist;
  origin: "sheet" | "file";
  /** File name (no directories), or null. */
  file: string | null;
  /** Sheet it was read from, or null for a JSON file. */
  sheet: string | null;
}

/** What the result says about the list used. */
export interface ChecklistUsed {
  year: number;
  version: string;
  confidence: Confidence;
  /** The year wanted had no list: the nearest earlier one was used instead. */
  fallbackFrom: number | null;
  origin: "built-in" | "sheet" | "file";
  sheet: string | null;
  file: string | null;
  /** "2569.1" for a built-in list; "2570.sheet@sheet:ITA 2570" for a loaded one. Every flag carries it. */
  id: string;
  provisional: { copyOf: number } | null;
  complete: boolean;
  gaps: string[];
  /**
   * What the user must be told about the list: a copy of an earlier year (wherever it was loaded
   * from), or a built-in list that is incomplete; null for a list the user chose. Decided once
   * here; the flag, the CLI and the pane all read it.
   */
  notice: "provisional" | "incomplete" | null;
}

export type YearSource = "setting" | "checklist" | "sheet" | "as-of";

/** The outcome of loading the workbook's checklist sheet, for the pane to show. */
export interface ChecklistLoad {
  sheet: string;
  year: number;
  ok: boolean;
  itemCount: number;
  range: string | null;
  /** The table tracks work too (an office's OIT tracker), so its rows are still checked as rows. */
  tracking: boolean;
  columns: ColumnMap;
  /** First text of each column, for the form that says which column holds what. */
  columnsSeen: { column: string; text: string }[];
}

export interface ChecklistChoice {
  checklist: Checklist | null;
  used: ChecklistUsed | null;
  year: number | null;
  yearSource: YearSource | null;
  wanted: number | null;
  unknownYear: { year: number; available: number[] } | null;
  load: ChecklistLoad | null;
  /**
   * Sheets that hold a list, not work to check: the chosen list sheet when it is a bare list
   * (no progress or responsible column), and any sheet this add-in exported as a list.
   */
  listSheets: Set<string>;
  flags: Flag[];
}

/** The fiscal year of the work sheets: one with rows first, else any that states one. */
function sheetYear(
  all: readonly SheetInfo[],
  measures: readonly Measure[],
  lists: ReadonlySet<string>,
): number | null {
  const sheets = all.filter((s) => !lists.has(s.name));
  const withMeasures = sheets.find(
    (s) => s.fiscalYear !== null && measures.some((m) => m.sheet === s.name),
  );
  return withMeasures?.fiscalYear ?? sheets.find((s) => s.fiscalYear !== null)?.fiscalYear ?? null;
}

/**
 * The list a checklist-sheet setting names, read from its Grid: the one call the check and the
 * pane's export share, so both read the sheet the same way.
 */
export function checklistOfSheet(grid: Grid, setting: ChecklistSheetSetting): SheetChecklistResult {
  return checklistFromSheet(grid, {
    year: setting.year,
    ...(setting.columns ? { columns: setting.columns } : {}),
    base: baseChecklistFor(setting.year),
  });
}

function loadFromSheet(
  snapshot: WorkbookSnapshot,
  settings: CheckSettings,
  flags: Flag[],
): { supplied: SuppliedChecklist | null; load: ChecklistLoad | null; listSheet: string | null } {
  const wanted = settings.checklistSheet;
  if (!wanted) return { supplied: null, load: null, listSheet: null };
  const grid = snapshot.sheets.find((g) => g.name === wanted.sheet);
  if (!grid) {
    flags.push({
      code: "CHECKLIST_SHEET_MISSING",
      severity: "warning",
      sheet: null,
      cell: null,
      row: null,
      params: { sheet: wanted.sheet, year: wanted.year },
    });
    return { supplied: null, load: null, listSheet: null };
  }
  const result = checklistOfSheet(grid, wanted);
  flags.push(...result.flags);
  if (!result.ok) {
    const load: ChecklistLoad = {
      sheet: wanted.sheet,
      year: wanted.year,
      ok: false,
      itemCount: 0,
      range: null,
      tracking: false,
      columns: wanted.columns ?? {},
      columnsSeen: result.columnsSeen,
    };
    return { supplied: null, load, listSheet: null };
  }
  return {
    supplied: { checklist: result.checklist, origin: "sheet", file: null, sheet: grid.name },
    load: {
      sheet: wanted.sheet,
      year: result.checklist.year,
      ok: true,
      itemCount: result.checklist.items.length,
      range: result.table.range,
      tracking: result.table.tracking,
      columns: result.table.columns,
      columnsSeen: result.columnsSeen,
    },
    // A bare list (no progress or responsible column) is the checklist, not rows of work;
    // an office's OIT tracker used as the list is still checked as the tracker it is.
    listSheet: result.table.tracking ? null : grid.name,
  };
}

function chooseYear(
  settings: CheckSettings,
  supplied: SuppliedChecklist | null,
  fromSheets: number | null,
): { year: number; source: YearSource } {
  if (settings.year) return { year: settings.year, source: "setting" };
  if (supplied) return { year: supplied.checklist.year, source: "checklist" };
  if (fromSheets !== null) return { year: fromSheets, source: "sheet" };
  return { year: fiscalYearOf(settings.asOf), source: "as-of" };
}

/** A year whose list is not shipped (later than any we know) is checked against the latest earlier one. */
function nearestEarlier(year: number): Checklist | null {
  const earlier = availableYears().filter((y) => y < year);
  if (earlier.length === 0) return null;
  const found = getChecklist(Math.max(...earlier));
  return found.ok ? found.checklist : null;
}

function usedOf(
  checklist: Checklist,
  supplied: SuppliedChecklist | null,
  fallbackFrom: number | null,
): ChecklistUsed {
  const c = completenessOf(checklist);
  const origin = supplied?.checklist === checklist ? supplied.origin : "built-in";
  const sheet = origin === "built-in" ? null : (supplied?.sheet ?? null);
  const file = origin === "built-in" ? null : (supplied?.file ?? null);
  const where = [file, sheet].filter((s) => s !== null).join(":");
  return {
    year: checklist.year,
    version: checklist.version,
    confidence: checklist.confidence,
    fallbackFrom,
    origin,
    sheet,
    file,
    id: origin === "built-in" ? checklist.version : `${checklist.version}@${origin}:${where}`,
    provisional: c.provisional,
    complete: c.complete,
    gaps: c.gaps,
    notice: c.provisional
      ? "provisional"
      : !c.complete && origin === "built-in"
        ? "incomplete"
        : null,
  };
}

/** The list's notice (see ChecklistUsed.notice) as a workbook-level flag. */
function completenessFlag(used: ChecklistUsed): Flag | null {
  const base = { sheet: null, cell: null, row: null } as const;
  if (used.notice === null) return null;
  if (used.provisional)
    return {
      code: "CHECKLIST_PROVISIONAL",
      severity: "warning",
      ...base,
      params: { year: used.year, copyOf: used.provisional.copyOf },
    };
  return {
    code: "CHECKLIST_INCOMPLETE",
    severity: "info",
    ...base,
    params: {
      year: used.year,
      confidence: used.confidence,
      gaps: used.gaps.length > 0 ? used.gaps.join(", ") : "-",
    },
  };
}

export function chooseChecklist(
  snapshot: WorkbookSnapshot,
  settings: CheckSettings,
  sheets: readonly SheetInfo[],
  measures: readonly Measure[],
  given: SuppliedChecklist | null,
): ChecklistChoice {
  const flags: Flag[] = [];
  const fromSheet = loadFromSheet(snapshot, settings, flags);
  const supplied = given ?? fromSheet.supplied;
  const listSheets = new Set([
    ...snapshot.sheets.filter(isChecklistExport).map((g) => g.name),
    ...listOnlySheets(sheets),
  ]);
  if (fromSheet.listSheet !== null) listSheets.add(fromSheet.listSheet);
  const { year: wanted, source } = chooseYear(
    settings,
    supplied,
    sheetYear(sheets, measures, listSheets),
  );
  const own = supplied && supplied.checklist.year === wanted ? supplied.checklist : null;
  const found = own ? null : getChecklist(wanted);
  const fallback = found && !found.ok && settings.year === null ? nearestEarlier(wanted) : null;
  const checklist = own ?? (found?.ok ? found.checklist : fallback);
  const used = checklist ? usedOf(checklist, supplied, fallback ? wanted : null) : null;
  const note = used && completenessFlag(used);
  if (note) flags.push(note);
  return {
    checklist,
    used,
    year: checklist?.year ?? wanted,
    yearSource: source,
    wanted,
    unknownYear: found && !found.ok ? { year: wanted, available: found.available } : null,
    load: fromSheet.load,
    listSheets,
    flags,
  };
}
