/**
 * Report options from what a check found: the organisation, place and fiscal year the
 * sheets' titles state, and the user's settings. Every adapter builds its report this way.
 */
import type { CheckResult } from "../check/checkWorkbook";
import type { CheckSettings } from "../settings";
import { buildReport } from "./buildReport";
import type { ReportModel, ReportOptions } from "./model";

export function reportOptionsFrom(
  result: CheckResult,
  settings: Pick<CheckSettings, "organisation" | "thaiDigits" | "asOf">,
  overrides: Partial<ReportOptions> = {},
): ReportOptions {
  const sheet =
    result.sheets.find((s) => s.organisation && result.measures.some((m) => m.sheet === s.name)) ??
    result.sheets.find((s) => s.organisation) ??
    result.sheets[0];
  return {
    organisation: settings.organisation || sheet?.organisation || "",
    ...(sheet?.district ? { district: sheet.district } : {}),
    ...(sheet?.province ? { province: sheet.province } : {}),
    fiscalYear: result.sheets.find((s) => s.fiscalYear !== null)?.fiscalYear ?? result.year,
    reportDate: settings.asOf,
    thaiDigits: settings.thaiDigits,
    keepGroups: true,
    statusInWords: true,
    evidenceAsLinks: true,
    signatureBlock: true,
    summaryBlock: true,
    orientation: "landscape",
    ...overrides,
  };
}

/**
 * The official report lists measures; indicator and OIT-item trackers join it only when the
 * workbook has no measure table at all, so a tracker-only file still gets a report.
 */
export function reportFromCheck(
  result: CheckResult,
  settings: Pick<CheckSettings, "organisation" | "thaiDigits" | "asOf">,
  overrides: Partial<ReportOptions> = {},
): ReportModel {
  const measures = result.measures.filter((m) => m.kind === "measure");
  return buildReport({
    measures: measures.length > 0 ? measures : result.measures,
    flags: result.flags,
    options: reportOptionsFrom(result, settings, overrides),
  });
}
