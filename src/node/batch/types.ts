/**
 * The compact record a worker posts back for one file: enough for the summary workbook,
 * far less than a CheckResult (no measures, no cell texts), so thousands fit in memory.
 */
import type { SubIndicatorCoverage } from "../../core/check/summary";
import type { FlagCode, FlagParams, Severity } from "../../core/flags/flag";
import type { Status } from "../../core/model";
import type { IndicatorCount } from "./indicatorCounts";

/** A flag as the per-file sheet lists it. */
export interface CompactFlag {
  code: FlagCode;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  params: FlagParams;
}

/** What one readable workbook says. */
export interface FileSummary {
  /** Organisation named in the sheet titles, or null (the summary then shows the file name). */
  organisation: string | null;
  /** Fiscal year (พ.ศ.) of the sheet holding the measures, or null. */
  fiscalYear: number | null;
  /** Assessment year of the checklist used, or null when none. */
  checklistYear: number | null;
  /** Id of the checklist used ("2569.1", or "2570.sheet@file:list.xlsx:ITA 2570"), as every flag's params.checklist. */
  checklistId: string | null;
  measures: number;
  byStatus: Record<Status, number>;
  overdue: number;
  missingEvidence: number;
  itemsNotCovered: number;
  /** Share 0..1 of checklist items done with evidence (an estimate), or null without a checklist. */
  oitReadiness: number | null;
  bySeverity: Record<Severity, number>;
  byCode: Record<string, number>;
  flags: CompactFlag[];
  indicators: IndicatorCount[];
  subIndicators: SubIndicatorCoverage[];
}

/** Why a file gave no summary: an input code (messages input.*) or a batch code (batchText.json). */
export interface FileError {
  code: string;
  detail?: string;
}

/** One file's outcome. `file` is relative to the batch folder, with "/" separators. */
export type FileResult =
  { file: string; ok: true; summary: FileSummary } | { file: string; ok: false; error: FileError };

/** A unit of work sent to a worker. */
export interface FileJob {
  /** Index in the sorted file list, so results can arrive in any order. */
  index: number;
  /** Absolute path. */
  path: string;
  /** Path relative to the batch folder, as reported. */
  file: string;
}
