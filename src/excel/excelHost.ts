/**
 * The WorkbookHost for Excel (Office.js): the task pane's only door to the workbook
 * when running inside Excel. Each method is one Excel.run (see run.ts).
 */
import type { Flag } from "../core/flags/flag";
import type { HostCapabilities, ReadProgress, WorkbookHost } from "../core/host";
import type { SheetModel } from "../core/report/model";
import type { CheckSettings } from "../core/settings";
import { clearHighlights, highlight } from "./highlights";
import { navigateTo } from "./navigate";
import { onUserEdit } from "./onUserEdit";
import { readWorkbook } from "./readWorkbook";
import { detectCapabilities } from "./requirements";
import type { RunConfig } from "./run";
import { writeReport } from "./report/writeReport";
import { loadSettings, saveSettings } from "./settings";

export type ExcelHostOptions = RunConfig;

/**
 * @example
 *   const host = createExcelHost();
 *   const snapshot = await host.readWorkbook((p) => setProgress(p.done / p.total));
 */
export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  /** Codes learnt while reading (e.g. too many merges), added to the detected ones. */
  const learnt = new Set<string>();
  return {
    kind: "excel",
    capabilities(): Promise<HostCapabilities> {
      const caps = detectCapabilities();
      return Promise.resolve({ ...caps, degraded: [...new Set([...caps.degraded, ...learnt])] });
    },
    async readWorkbook(onProgress?: (p: ReadProgress) => void) {
      const result = await readWorkbook(options, onProgress);
      for (const code of result.degraded) learnt.add(code);
      return result.snapshot;
    },
    navigateTo: (sheet: string, cell: string) => navigateTo(sheet, cell, options),
    highlight: (flags: readonly Flag[]) => highlight(flags, options),
    clearHighlights: () => clearHighlights(options),
    loadSettings: () => loadSettings(options),
    saveSettings: (settings: Partial<CheckSettings>) => saveSettings(settings, options),
    writeReport: (report: SheetModel) => writeReport(report, options),
    onUserEdit: (listener: () => void) => onUserEdit(listener, options),
  };
}
