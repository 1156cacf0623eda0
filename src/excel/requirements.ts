/**
 * What this Excel can do, detected at run time. The manifest only demands ExcelApi 1.7;
 * everything newer is optional and reported as a degraded code when missing.
 */
import type { HostCapabilities } from "../core/host";

/** Codes for the pane to explain what is missing (messages live with the pane's texts). */
export type DegradedCode =
  | "NO_HIGHLIGHTS_BEFORE_1_9"
  | "NO_HYPERLINKS_BEFORE_1_9"
  | "NO_PAGE_LAYOUT_BEFORE_1_9"
  | "NO_MERGES_BEFORE_1_13"
  | "NO_NOTES_BEFORE_1_18"
  | "NO_COMMENTS_BEFORE_1_10"
  | "NO_CHANGE_EVENTS_BEFORE_1_7"
  | "NO_NEW_SHEET_EVENTS_BEFORE_1_9"
  | "NO_TRIGGER_SOURCE_BEFORE_1_14"
  | "NO_SETTINGS_BEFORE_1_4"
  | "NO_PDF_EXPORT"
  | "MERGES_UNREADABLE";

/** True when Office says the ExcelApi requirement set `version` is there; false outside Office. */
export function isExcelApiSupported(version: string): boolean {
  return isSetSupported("ExcelApi", version);
}

function isSetSupported(name: string, version?: string): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  if (!requirements) return false;
  return requirements.isSetSupported(name, version);
}

/** Where each feature starts; used by the detectors below and by the tests. */
export const FEATURE_VERSIONS = {
  changeEventsPerSheet: "1.7",
  eventSuppression: "1.8",
  cellProperties: "1.9",
  pageLayout: "1.9",
  changeEventsAllSheets: "1.9",
  comments: "1.10",
  delayForCellEdit: "1.11",
  mergedAreas: "1.13",
  triggerSource: "1.14",
  notes: "1.18",
  settings: "1.4",
} as const;

/**
 * Detects the host's capabilities. No Excel call, no sync: only isSetSupported.
 *
 * @example
 *   detectCapabilities() // on Office 2019 (ExcelApi 1.7): highlights false,
 *                        // degraded ["NO_HIGHLIGHTS_BEFORE_1_9", …]
 */
export function detectCapabilities(): HostCapabilities & { degraded: DegradedCode[] } {
  const v = FEATURE_VERSIONS;
  const degraded: DegradedCode[] = [];
  const has = (version: string, code?: DegradedCode): boolean => {
    const ok = isExcelApiSupported(version);
    if (!ok && code) degraded.push(code);
    return ok;
  };
  const highlights = has(v.cellProperties, "NO_HIGHLIGHTS_BEFORE_1_9");
  has(v.cellProperties, "NO_HYPERLINKS_BEFORE_1_9");
  const pageLayout = has(v.pageLayout, "NO_PAGE_LAYOUT_BEFORE_1_9");
  has(v.mergedAreas, "NO_MERGES_BEFORE_1_13");
  const notes = has(v.notes, "NO_NOTES_BEFORE_1_18")
    ? "notes"
    : has(v.comments, "NO_COMMENTS_BEFORE_1_10")
      ? "comments"
      : "none";
  const changeEvents = has(v.changeEventsPerSheet, "NO_CHANGE_EVENTS_BEFORE_1_7");
  if (changeEvents) {
    has(v.changeEventsAllSheets, "NO_NEW_SHEET_EVENTS_BEFORE_1_9");
    has(v.triggerSource, "NO_TRIGGER_SOURCE_BEFORE_1_14");
  }
  const settings = has(v.settings, "NO_SETTINGS_BEFORE_1_4");
  // PdfFile is a common (not Excel) set; Excel on the web is known to return empty PDFs at times.
  const pdfExport = isSetSupported("PdfFile", "1.1");
  if (!pdfExport) degraded.push("NO_PDF_EXPORT");
  return { highlights, notes, pageLayout, pdfExport, changeEvents, settings, degraded };
}
