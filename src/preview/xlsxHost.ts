/**
 * The WorkbookHost over an .xlsx opened in the page. The workbook is read once when the file
 * is opened; highlights and navigation change only the grid view, never the data; the report
 * and any other written sheet (an exported checklist) are rendered with exceljs in the browser
 * and downloaded, named after the sheet.
 */
import type { Flag } from "../core/flags/flag";
import type { WorkbookSnapshot } from "../core/grid/grid";
import type { HostCapabilities, ReadProgress, WorkbookHost } from "../core/host";
import type { SheetModel } from "../core/report/model";
import type { CheckSettings } from "../core/settings";
import { downloadBytes, sheetFileName } from "./download";
import type { SettingsStore } from "./settingsStore";
import type { ViewStore } from "./viewStore";

export interface XlsxHostOptions {
  fileName: string;
  /** The opened workbook; null before a file is open (Check then reports NO_FILE_OPEN). */
  snapshot: WorkbookSnapshot | null;
  view: ViewStore;
  settings: SettingsStore;
  /** Settings every file starts from (the language the user already chose). */
  defaults?: Partial<CheckSettings>;
  /** The as-of date fixed by the page (?asOf=): a stored one must not override it. */
  fixedAsOf?: string | null;
  /** Told of every settings change, so the page can follow the pane's language. */
  onSettingsSaved?: (partial: Partial<CheckSettings>) => void;
  /** Saves the report; the default downloads it. Tests of the host pass their own. */
  save?: (bytes: BlobPart, fileName: string) => void;
}

const CAPABILITIES: HostCapabilities = {
  highlights: true,
  notes: "none",
  pageLayout: true,
  pdfExport: false,
  changeEvents: false,
  settings: true,
  degraded: [],
};

/** Check pressed with no workbook open: the pane's error bar says so. */
export class NoFileOpenError extends Error {
  override name = "NoFileOpenError";
  constructor() {
    super("no workbook open: choose an .xlsx file first");
  }
}

async function renderReport(report: SheetModel): Promise<BlobPart> {
  // exceljs is large: loaded when the first report is asked for, not with the page.
  const { renderReportXlsx } = await import("../node/report/renderXlsx");
  const sheet = renderReportXlsx(report, undefined, { links: true });
  return sheet.workbook.xlsx.writeBuffer();
}

/**
 * @example
 * const host = createXlsxHost({ fileName: "ita-sample.xlsx", snapshot, view, settings });
 * <App host={host} aside={<GridView … />} />
 */
export function createXlsxHost(opts: XlsxHostOptions): WorkbookHost {
  const { fileName, snapshot, view, settings } = opts;
  const save = opts.save ?? downloadBytes;
  return {
    kind: "xlsx",
    capabilities: () => Promise.resolve({ ...CAPABILITIES, degraded: [] }),
    readWorkbook(onProgress?: (p: ReadProgress) => void) {
      if (snapshot === null) return Promise.reject(new NoFileOpenError());
      const total = snapshot.sheets.length;
      onProgress?.({ done: total, total });
      return Promise.resolve(snapshot);
    },
    navigateTo(sheet, cell) {
      view.navigate(sheet, cell);
      return Promise.resolve();
    },
    highlight(flags: readonly Flag[]) {
      view.tint(flags);
      return Promise.resolve();
    },
    clearHighlights() {
      view.clearTints();
      return Promise.resolve();
    },
    loadSettings() {
      const stored = settings.load(fileName);
      if (opts.fixedAsOf) delete stored.asOf;
      return Promise.resolve({ ...opts.defaults, ...stored });
    },
    saveSettings(partial) {
      settings.save(fileName, partial);
      opts.onSettingsSaved?.(partial);
      return Promise.resolve();
    },
    async writeReport(report) {
      save(await renderReport(report), sheetFileName(report.sheetName, fileName));
      return { degraded: [] };
    },
  };
}
