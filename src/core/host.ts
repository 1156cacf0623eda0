/**
 * The host: what the task pane needs from wherever the workbook lives.
 * The Office.js adapter (src/excel) and the .xlsx adapter (src/node, also used by
 * the browser preview) both implement it; the task pane knows nothing else.
 */
import type { Flag } from "./flags/flag";
import type { WorkbookSnapshot } from "./grid/grid";
import type { SheetModel } from "./report/model";
import type { CheckSettings } from "./settings";

export interface HostCapabilities {
  /** Highlights can be written into the workbook and cleared. */
  highlights: boolean;
  /** Cell notes (ExcelApi 1.18) or threaded comments (1.10) available for flag text. */
  notes: "notes" | "comments" | "none";
  /** Page layout (ExcelApi 1.9) can be set on the report sheet. */
  pageLayout: boolean;
  /** PDF export of the document (getFileAsync Pdf). */
  pdfExport: boolean;
  /** The workbook can tell us about edits (onChanged). */
  changeEvents: boolean;
  /** Settings are kept with the workbook. */
  settings: boolean;
  /** Messages (codes) explaining what is degraded and why, for the pane to show. */
  degraded: string[];
}

export interface ReadProgress {
  done: number;
  total: number;
}

export interface WorkbookHost {
  readonly kind: "excel" | "xlsx";
  capabilities(): Promise<HostCapabilities>;
  /** Reads every sheet's used range into Grids. */
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot>;
  /** Activates the sheet and selects the cell. */
  navigateTo(sheet: string, cell: string): Promise<void>;
  /** Paints flagged cells as a layer that clearHighlights() removes exactly. */
  highlight(flags: readonly Flag[]): Promise<void>;
  clearHighlights(): Promise<void>;
  loadSettings(): Promise<Partial<CheckSettings>>;
  saveSettings(settings: Partial<CheckSettings>): Promise<void>;
  /** Writes (or rebuilds in place) the report sheet. */
  writeReport(report: SheetModel): Promise<{ degraded: string[] }>;
  /** Starts listening for user edits; returns the function that stops listening. */
  onUserEdit?(listener: () => void): Promise<() => Promise<void>>;
}
