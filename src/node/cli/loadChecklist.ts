/**
 * Loads the list `--checklist` names (FILE.json, FILE.xlsx or FILE.xlsx:SHEET) for one run.
 * It is handed to the check as a supplied list, never registered globally, so batch workers
 * and tests see exactly what they are given. Every failure is a value with a code.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { ColumnMap, LoadedTable } from "../../core/checklist/sheet";
import { validateChecklist } from "../../core/checklist/schema";
import type { Flag } from "../../core/flags/flag";
import { messageOf } from "../xlsx/inputError";
import { readWorkbookFile } from "../xlsx/readWorkbookFile";
import { checklistFromWorkbook } from "./checklistFromWorkbook";
import type { ChecklistYearSource } from "./checklistFromWorkbook";
import { parseChecklistSpec } from "./checklistSpec";
import type { TextParams } from "./checklistText";

export interface ChecklistLoadOptions {
  year: number | null;
  columns: ColumnMap | null;
  asOf: string;
}

export interface LoadedChecklist {
  ok: true;
  /** As typed after --checklist. */
  spec: string;
  supplied: SuppliedChecklist;
  yearSource: ChecklistYearSource;
  /** Warnings of a sheet load (gaps, a year that differs, …). */
  warnings: Flag[];
  /** The item table read, or null for a JSON file. */
  table: LoadedTable | null;
}

export interface ChecklistLoadFailure {
  ok: false;
  spec: string;
  /** File name, no directories. */
  file: string;
  sheet: string | null;
  /** An input code (MISSING_FILE, CORRUPT, …) or one of checklistText.json's errors. */
  code: string;
  detail?: string;
  /** Fills the code's wording. */
  params: TextParams;
  /** Each problem of the sheet, naming its row or cell. */
  problems: Flag[];
  columnsSeen: { column: string; text: string }[];
}

export type ChecklistLoad = LoadedChecklist | ChecklistLoadFailure;

export async function loadChecklist(
  spec: string,
  options: ChecklistLoadOptions,
): Promise<ChecklistLoad> {
  const parsed = parseChecklistSpec(spec);
  const file = path.basename(parsed.path);
  const failure = (code: string, extra: Partial<ChecklistLoadFailure> = {}) =>
    ({
      ok: false,
      spec,
      file,
      sheet: null,
      code,
      params: {},
      problems: [],
      columnsSeen: [],
      ...extra,
    }) satisfies ChecklistLoadFailure;
  if (parsed.kind === "unknown") return failure("CHECKLIST_FILE_TYPE");
  // Columns say where a sheet keeps each field; a JSON list has no columns to name.
  if (parsed.kind === "json" && options.columns) return failure("CHECKLIST_COLUMNS_NOT_FOR_JSON");
  if (parsed.kind === "json") return loadJson(spec, parsed.path, options, failure);
  const read = await readWorkbookFile(parsed.path);
  if (!read.ok)
    return failure(read.error.code, read.error.detail ? { detail: read.error.detail } : {});
  const result = checklistFromWorkbook(read.workbook, parsed.sheet, { ...options, file });
  if (!result.ok)
    return failure(result.code, {
      sheet: result.sheet,
      params: { sheet: result.sheet ?? "", sheets: result.sheets.join(", ") },
      problems: result.flags,
      columnsSeen: result.columnsSeen,
    });
  return {
    ok: true,
    spec,
    supplied: { checklist: result.checklist, origin: "file", file, sheet: result.sheet },
    yearSource: result.yearSource,
    warnings: result.flags,
    table: result.table,
  };
}

type Failure = (code: string, extra?: Partial<ChecklistLoadFailure>) => ChecklistLoadFailure;

async function loadJson(
  spec: string,
  filePath: string,
  options: ChecklistLoadOptions,
  failure: Failure,
): Promise<ChecklistLoad> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(filePath, "utf8"));
  } catch (thrown) {
    return failure("CHECKLIST_JSON_UNREADABLE", { detail: messageOf(thrown) });
  }
  const valid = validateChecklist(json);
  if (!valid.ok) {
    const problems = valid.errors.map((e) => `${e.path} ${e.code}`).join(", ");
    return failure("CHECKLIST_JSON_INVALID", { params: { problems }, detail: problems });
  }
  const listYear = valid.checklist.year;
  if (options.year !== null && options.year !== listYear)
    return failure("CHECKLIST_YEAR_CONFLICT", { params: { listYear, year: options.year } });
  return {
    ok: true,
    spec,
    supplied: {
      checklist: valid.checklist,
      origin: "file",
      file: path.basename(filePath),
      sheet: null,
    },
    yearSource: options.year === null ? "list" : "option",
    warnings: [],
    table: null,
  };
}
