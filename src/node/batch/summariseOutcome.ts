/**
 * Turns checkFile's outcome into the compact FileResult a worker posts back.
 */
import type { FileOutcome } from "../cli/checkFile";
import type { CheckResult } from "../../core/check/checkWorkbook";
import { indicatorCounts } from "./indicatorCounts";
import type { FileResult, FileSummary } from "./types";

/** The sheet that speaks for the workbook: the first with measures, else the first with a title. */
function mainSheet(result: CheckResult): CheckResult["sheets"][number] | undefined {
  const withMeasures = new Set(result.measures.map((m) => m.sheet));
  return (
    result.sheets.find((s) => withMeasures.has(s.name) && (s.organisation || s.fiscalYear)) ??
    result.sheets.find((s) => s.organisation !== null)
  );
}

/**
 * @example summariseResult(checkWorkbook(snapshot, settings)).oitReadiness // 0.42
 */
export function summariseResult(result: CheckResult): FileSummary {
  const s = result.summary;
  const sheet = mainSheet(result);
  return {
    organisation: sheet?.organisation ?? null,
    fiscalYear: sheet?.fiscalYear ?? result.sheets.find((x) => x.fiscalYear)?.fiscalYear ?? null,
    checklistYear: result.checklist?.year ?? null,
    checklistId: result.checklist?.id ?? null,
    measures: s.measures,
    byStatus: s.byStatus,
    overdue: s.byCode.OVERDUE ?? 0,
    missingEvidence: s.byCode.MISSING_EVIDENCE ?? 0,
    itemsNotCovered: s.byCode.ITEM_NOT_COVERED ?? 0,
    oitReadiness: s.oitReadiness?.value ?? null,
    bySeverity: s.bySeverity,
    byCode: s.byCode,
    flags: result.flags.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row,
      params: f.params,
    })),
    indicators: indicatorCounts(result),
    subIndicators: s.subIndicators,
  };
}

/** An outcome with an input error (including NO_TABLE) is a FileResult with that error. */
export function summariseOutcome(file: string, outcome: FileOutcome): FileResult {
  if (outcome.errorCode || !outcome.result) {
    const code = outcome.errorCode ?? "CORRUPT";
    const error = outcome.errorDetail ? { code, detail: outcome.errorDetail } : { code };
    return { file, ok: false, error };
  }
  return { file, ok: true, summary: summariseResult(outcome.result) };
}
