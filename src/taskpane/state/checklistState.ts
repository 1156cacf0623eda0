/**
 * What the pane says about checklists, as plain data the views render: each offered year's
 * state, the outcome of loading the workbook's checklist sheet with its problem flags, the
 * columns the "which column holds what" form offers, and whether the Check tab needs a notice.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { ChecklistLoad, ChecklistUsed } from "../../core/check/chooseChecklist";
import { completenessOf } from "../../core/checklist/completeness";
import { getChecklist } from "../../core/checklist/registry";
import type { ColumnMap } from "../../core/checklist/sheet";
import type { Flag, FlagCode } from "../../core/flags/flag";
import { columnIndex, columnLetter } from "../../core/grid/address";
import type { ChecklistSheetSetting } from "../../core/settings";

export type YearState =
  | { year: number; state: "provisional"; copyOf: number }
  | { year: number; state: "incomplete" | "complete" | "none" };

/** Each year's state: provisional (a copy until the manual is out), incomplete, complete. */
export function yearStates(years: readonly number[]): YearState[] {
  return years.map((year): YearState => {
    const found = getChecklist(year);
    if (!found.ok) return { year, state: "none" };
    const c = completenessOf(found.checklist);
    if (c.provisional) return { year, state: "provisional", copyOf: c.provisional.copyOf };
    return { year, state: c.complete ? "complete" : "incomplete" };
  });
}

/**
 * Years the "use this sheet" control offers: the years with a list, the year after the last
 * (a manual newer than the add-in), and the years already in play.
 */
export function checklistYears(years: readonly number[], ...also: (number | null)[]): number[] {
  const last = years.length > 0 ? Math.max(...years) : null;
  const all = new Set<number>(years);
  if (last !== null) all.add(last + 1);
  for (const y of also) if (y !== null) all.add(y);
  return [...all].sort((a, b) => a - b);
}

/** Flags that describe loading the checklist sheet (not the check against it). */
export const LOAD_CODES: ReadonlySet<FlagCode> = new Set<FlagCode>([
  "CHECKLIST_NO_TABLE",
  "CHECKLIST_DUPLICATE_CODE",
  "CHECKLIST_NO_TITLE",
  "CHECKLIST_BAD_VALUE",
  "CHECKLIST_INVALID",
  "CHECKLIST_NO_YEAR",
  "CHECKLIST_GAP",
  "CHECKLIST_YEAR_DIFFERS",
  "CHECKLIST_SUB_REPEATED",
  "CHECKLIST_BAD_CODE",
  "CHECKLIST_SHEET_MISSING",
]);

export interface LoadOutcome {
  /** The setting this outcome belongs to. */
  setting: ChecklistSheetSetting;
  /** What the last check made of it; null when the sheet is missing (or no check ran yet). */
  load: ChecklistLoad | null;
  /** Its problems, errors first as the result orders them. */
  problems: Flag[];
  /** Nothing was loaded: the check fell back to the built-in list. */
  failed: boolean;
  /** The failure is "no item table found": the column form is the way out. */
  noTable: boolean;
}

/** How loading settings.checklistSheet went in the last result, or null when none is set. */
export function loadOutcome(
  result: CheckResult | null,
  setting: ChecklistSheetSetting | null,
): LoadOutcome | null {
  if (!setting) return null;
  const load =
    result?.checklistLoad &&
    result.checklistLoad.sheet === setting.sheet &&
    result.checklistLoad.year === setting.year
      ? result.checklistLoad
      : null;
  const problems = (result?.flags ?? []).filter(
    (f) =>
      LOAD_CODES.has(f.code) &&
      (f.sheet === setting.sheet ||
        (f.code === "CHECKLIST_SHEET_MISSING" && f.params["sheet"] === setting.sheet)),
  );
  const missing = problems.some((f) => f.code === "CHECKLIST_SHEET_MISSING");
  return {
    setting,
    load,
    problems,
    failed: result !== null && (missing || (load !== null && !load.ok)),
    noTable: problems.some((f) => f.code === "CHECKLIST_NO_TABLE"),
  };
}

/** Fields the column form asks for: the first three are required. */
export const FORM_FIELDS = [
  "code",
  "titleTh",
  "components",
  "sub",
  "timeRule",
  "keywords",
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export const REQUIRED_FIELDS: readonly FormField[] = ["code", "titleTh", "components"];

export interface ColumnChoice {
  column: string;
  /** The column's first text, or "" when none is known. */
  text: string;
}

/** Columns shown when the load says nothing about them (a loaded table): A up to this at least. */
const MIN_LETTERS = 8;

/**
 * The columns the form offers: those the failed load saw (letter and first text), else A to
 * the furthest column in use.
 */
export function columnChoices(load: ChecklistLoad | null): ColumnChoice[] {
  if (load && load.columnsSeen.length > 0) return load.columnsSeen.map((c) => ({ ...c }));
  const used = Object.values(load?.columns ?? {}).map((c) => columnIndex(c ?? ""));
  const last = Math.max(MIN_LETTERS - 1, ...used);
  return Array.from({ length: last + 1 }, (_, i) => ({ column: columnLetter(i), text: "" }));
}

/** The form's answer as a ColumnMap: unanswered fields left out; null until the required are given. */
export function columnMapOf(chosen: Partial<Record<FormField, string>>): ColumnMap | null {
  if (REQUIRED_FIELDS.some((f) => !chosen[f])) return null;
  const map: ColumnMap = {};
  for (const f of FORM_FIELDS) {
    const c = chosen[f];
    if (c) map[f] = c;
  }
  return map;
}

export type ChecklistNotice =
  | { kind: "provisional"; year: number; copyOf: number }
  | { kind: "incomplete"; year: number; gaps: string[] };

/**
 * The Check tab's notice about the list in use, as the core flags it: provisional (a copy of an
 * earlier year, wherever it was loaded from), or a built-in list that is incomplete. A list the
 * user loaded is the one they chose, so it is never called incomplete.
 */
export function checklistNotice(used: ChecklistUsed | null): ChecklistNotice | null {
  if (!used?.notice) return null;
  if (used.notice === "provisional" && used.provisional)
    return { kind: "provisional", year: used.year, copyOf: used.provisional.copyOf };
  return { kind: "incomplete", year: used.year, gaps: used.gaps };
}
