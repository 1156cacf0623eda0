/**
 * Writes the report model into its own sheet ("รายงาน ITA"), rebuilt in place on every run:
 * the sheet is cleared (contents, formats, merges, sizes, page breaks) rather than deleted and
 * added again, because deleting a sheet empties the user's undo stack. No other sheet is
 * touched.
 *
 * Syncs: one to find the sheet, then the writes packed into as few syncs as the request
 * budget allows (one for a normal report; 1,000 measures fit in one).
 */
import { a1, rangeA1 } from "../../core/grid/address";
import type { RangeRef } from "../../core/grid/address";
import { DEFAULT_FONT } from "../../core/report/buildReport";
import type { PageSetup, SheetModel } from "../../core/report/model";
import { asOwnWrite } from "../ownWrites";
import { FEATURE_VERSIONS, isExcelApiSupported } from "../requirements";
import { runExcel } from "../run";
import type { RunConfig } from "../run";
import { blockSize, rowChunks } from "./cellBlock";
import type { BlockSize, RowChunk } from "./cellBlock";
import { pageSetupBytes, queuePageSetup } from "./pageSetup";
import { runsOf } from "./runs";
import type { Run } from "./runs";
import { addressChunks, styleAreas } from "./styleAreas";
import { DEFAULT_REQUEST_BUDGET_BYTES, OP_OVERHEAD_BYTES, SyncBudget } from "./syncBudget";
import { applyStyle, styleWrites, writeCount } from "./styleWrites";
import type { StyleWrites } from "./styleWrites";
import { columnWidthPoints } from "./units";

/** Codes for what this Excel could not do; the pane explains them. */
export type ReportDegradedCode =
  /** Below ExcelApi 1.9: no page setup, print titles, print area, footer or page breaks. */
  | "NO_PAGE_LAYOUT_BEFORE_1_9"
  /** Below ExcelApi 1.7: evidence cells are not clickable links. */
  | "NO_HYPERLINKS_BEFORE_1_7"
  /** Excel did not keep "fit to 1 page wide" (read back after writing; office-js#1860). */
  | "PAGE_FIT_NOT_APPLIED"
  /** Some evidence links were longer than Excel accepts and were left as plain text. */
  | "LINKS_TOO_LONG";

export interface WriteReportConfig extends RunConfig {
  /** Request weight per sync, bytes; default 4 MB (Excel on the web refuses over 5 MB). */
  requestBudgetBytes?: number;
}

/** Excel refuses hyperlink addresses longer than this (and fails the whole batch). */
export const MAX_LINK_CHARS = 2079;

/**
 * Workbook setting naming the sheets this writer made, by the name each model asked for
 * ({"รายงาน ITA": "รายงาน ITA", "รายการตรวจ ITA 2569": …}), so each is rebuilt in place and
 * nobody else's is. The report and an exported checklist are separate sheets.
 */
export const REPORT_SHEET_SETTING = "itaCheck.reportSheet";

/**
 * The setting's value as wanted name → sheet made. An older add-in kept a single name, always
 * the report's ("รายงาน ITA" or "รายงาน ITA (2)"): it is read as made for its name without " (n)".
 */
export function sheetsWeMade(value: unknown): Record<string, string> {
  if (typeof value === "string") return { [value.replace(/ \(\d+\)$/, "")]: value };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const made: Record<string, string> = {};
  for (const [wanted, name] of Object.entries(value))
    if (typeof name === "string") made[wanted] = name;
  return made;
}

/**
 * The sheet to write: the one we made before if it still exists; else the model's name when no
 * sheet has it; else the first free "name (2)", "name (3)"… A sheet of that name that we did
 * not make is the user's, and stays untouched.
 */
export function reportSheetName(
  wanted: string,
  existing: readonly string[],
  ours: string | null,
): string {
  if (ours && existing.includes(ours)) return ours;
  if (!existing.includes(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!existing.includes(candidate)) return candidate;
  }
}

/** Where the writer's optional features start. */
const VERSIONS = {
  hyperlinks: "1.7",
  events: FEATURE_VERSIONS.eventSuppression,
  pageLayout: FEATURE_VERSIONS.pageLayout,
  rangeAreas: "1.9",
  screenUpdating: "1.9",
  settings: "1.4",
} as const;

type Capabilities = Record<keyof typeof VERSIONS, boolean>;

function capabilities(): Capabilities {
  const has = (v: string): boolean => isExcelApiSupported(v);
  return {
    hyperlinks: has(VERSIONS.hyperlinks),
    events: has(VERSIONS.events),
    pageLayout: has(VERSIONS.pageLayout),
    rangeAreas: has(VERSIONS.rangeAreas),
    screenUpdating: has(VERSIONS.screenUpdating),
    settings: has(VERSIONS.settings),
  };
}

/** The model as the writer uses it: page setup may be missing (then it is left alone). */
type Writable = Omit<SheetModel, "page"> & { page: PageSetup | null };

/**
 * The model with every layout field present. Callers that only have cells, merges and styles
 * (the first stand-in's callers and tests) get no sizes and no page setup instead of a crash.
 */
function complete(report: SheetModel): Writable {
  const r = report as Partial<SheetModel> & Pick<SheetModel, "sheetName" | "cells">;
  return {
    ...report,
    font: r.font ?? DEFAULT_FONT,
    columnWidths: r.columnWidths ?? [],
    rowHeights: r.rowHeights ?? [],
    merges: r.merges ?? [],
    styles: r.styles ?? {},
    pageBreaks: r.pageBreaks ?? [],
    page: r.page ?? null,
  };
}

interface StyleTarget {
  address: string;
  rects: RangeRef[];
  writes: StyleWrites;
}

interface LinkCell {
  address: string;
  link: string;
}

/** Everything to write, computed once outside the batch (a retried batch reuses it). */
interface Plan {
  size: BlockSize;
  chunks: RowChunk[];
  links: LinkCell[];
  styles: StyleTarget[];
  widths: Run[];
  heights: Run[];
  degraded: ReportDegradedCode[];
}

function linkCells(
  report: Writable,
  caps: Capabilities,
  degraded: ReportDegradedCode[],
): LinkCell[] {
  const links: LinkCell[] = [];
  let tooLong = false;
  for (const c of report.cells) {
    if (!c.link) continue;
    if (c.link.length > MAX_LINK_CHARS) tooLong = true;
    else links.push({ address: a1(c.row, c.col), link: c.link });
  }
  if (links.length > 0 && !caps.hyperlinks) {
    degraded.push("NO_HYPERLINKS_BEFORE_1_7");
    return [];
  }
  if (tooLong) degraded.push("LINKS_TOO_LONG");
  return links;
}

function styleTargets(report: Writable): StyleTarget[] {
  const targets: StyleTarget[] = [];
  for (const [key, rects] of styleAreas(report)) {
    const style = report.styles[key];
    if (!style) continue;
    for (const chunk of addressChunks(rects)) {
      const wide = chunk.rects.some((r) => r.right > r.left);
      const tall = chunk.rects.some((r) => r.bottom > r.top);
      const writes = styleWrites(style, report.font.size, wide, tall);
      if (writeCount(writes) > 0) targets.push({ ...chunk, writes });
    }
  }
  return targets;
}

function plan(report: Writable, caps: Capabilities, budgetBytes: number): Plan {
  const degraded: ReportDegradedCode[] = [];
  const size = blockSize(report);
  const links = linkCells(report, caps, degraded);
  if (!caps.pageLayout) degraded.push("NO_PAGE_LAYOUT_BEFORE_1_9");
  return {
    size,
    // Leave a quarter of a sync for the formats, so a normal report is one assignment and one sync.
    chunks: rowChunks(report, size, Math.floor(budgetBytes * 0.75)),
    links,
    styles: styleTargets(report),
    widths: runsOf(report.columnWidths.map(columnWidthPoints)),
    heights: runsOf(report.rowHeights),
    degraded,
  };
}

function rect(top: number, left: number, rows: number, cols: number): string {
  return rangeA1({ top, left, bottom: top + rows - 1, right: left + cols - 1 });
}

/** Empties an existing report sheet: values, formats, merges, links, row and column sizes. */
function queueClear(ws: Excel.Worksheet): void {
  ws.visibility = "Visible";
  const all = ws.getRange();
  all.unmerge();
  all.clear("All");
  // clear() keeps custom sizes: put every row and column back to standard.
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
}

/** Queues the cells, links, merges and formats through the budget (syncing when it is full). */
async function queueCells(
  ws: Excel.Worksheet,
  report: Writable,
  p: Plan,
  caps: Capabilities,
  budget: SyncBudget,
): Promise<void> {
  for (const chunk of p.chunks) {
    await budget.add(chunk.bytes + 2 * OP_OVERHEAD_BYTES, () => {
      const range = ws.getRange(rect(chunk.top, 0, chunk.values.length, p.size.cols));
      // Text format before the values, so "- ไม่มี -" or "=…" is stored as text, not a formula.
      range.numberFormat = chunk.numberFormat;
      range.values = chunk.values;
    });
  }
  // Links before formats: adding a link may restyle the cell; the report's style wins.
  for (const l of p.links) {
    await budget.add(OP_OVERHEAD_BYTES + l.link.length * 3, () => {
      // No textToDisplay: the cell keeps the evidence text written above.
      ws.getRange(l.address).hyperlink = { address: l.link };
    });
  }
  for (const m of report.merges) {
    await budget.add(OP_OVERHEAD_BYTES, () => {
      ws.getRange(rangeA1(m)).merge(false);
    });
  }
  if (p.size.rows > 0 && p.size.cols > 0) {
    await budget.add(2 * OP_OVERHEAD_BYTES, () => {
      const font = ws.getRange(rect(0, 0, p.size.rows, p.size.cols)).format.font;
      font.name = report.font.name;
      font.size = report.font.size;
    });
  }
  for (const t of p.styles) {
    const ops = writeCount(t.writes);
    if (caps.rangeAreas) {
      await budget.add(ops * (OP_OVERHEAD_BYTES + t.address.length), () =>
        applyStyle(ws.getRanges(t.address).format, t.writes),
      );
    } else {
      // Before 1.9 there is no RangeAreas: one range per rectangle.
      for (const r of t.rects) {
        await budget.add(ops * OP_OVERHEAD_BYTES, () =>
          applyStyle(ws.getRange(rangeA1(r)).format, t.writes),
        );
      }
    }
  }
}

/** Column widths and row heights, one write per run of equal sizes. */
async function queueSizes(ws: Excel.Worksheet, p: Plan, budget: SyncBudget): Promise<void> {
  for (const w of p.widths) {
    await budget.add(OP_OVERHEAD_BYTES, () => {
      ws.getRange(rect(0, w.start, 1, w.count)).format.columnWidth = w.value;
    });
  }
  for (const h of p.heights) {
    await budget.add(OP_OVERHEAD_BYTES, () => {
      ws.getRange(rect(h.start, 0, h.count, 1)).format.rowHeight = h.value;
    });
  }
}

/** Turns events back on after a failed write, keeping the write's error as the one thrown. */
async function restoreEvents(context: Excel.RequestContext): Promise<void> {
  context.runtime.enableEvents = true;
  try {
    await context.sync();
  } catch {
    // The caller rethrows the write's own error; this second failure would only hide it.
  }
}

/**
 * Rebuilds the report sheet from the model and activates it. Returns what this Excel could
 * not do (ReportDegradedCode); never fails for a missing feature.
 *
 * @example
 *   const { degraded } = await writeReport(buildReport({ measures, flags, options }));
 *   // ExcelApi 1.8: degraded = ["NO_PAGE_LAYOUT_BEFORE_1_9"]
 */
export async function writeReport(
  model: SheetModel,
  config: WriteReportConfig = {},
): Promise<{ degraded: string[] }> {
  const report = complete(model);
  const caps = capabilities();
  const budgetBytes = config.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  const p = plan(report, caps, budgetBytes);
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const mark = caps.settings
        ? context.workbook.settings.getItemOrNullObject(REPORT_SHEET_SETTING).load("value")
        : null;
      await context.sync();
      const degraded: string[] = [...p.degraded];
      const names = sheets.items.map((s) => s.name);
      const made = mark && !mark.isNullObject ? sheetsWeMade(mark.value) : {};
      const ours = made[report.sheetName] ?? null;
      const name = caps.settings
        ? reportSheetName(report.sheetName, names, ours)
        : report.sheetName;
      const existed = names.includes(name);
      const ws = existed
        ? context.workbook.worksheets.getItem(name)
        : context.workbook.worksheets.add(name);
      // Remember which sheet is ours, so a user's own sheet of the same name is never rebuilt.
      if (caps.settings)
        context.workbook.settings.add(REPORT_SHEET_SETTING, { ...made, [report.sheetName]: name });
      const budget = new SyncBudget(context, budgetBytes);
      // Our own change events would reach the pane's listener as user edits.
      if (caps.events) context.runtime.enableEvents = false;
      try {
        await budget.add(4 * OP_OVERHEAD_BYTES, () => {
          if (caps.screenUpdating)
            context.workbook.application.suspendScreenUpdatingUntilNextSync();
          if (existed) queueClear(ws);
        });
        await queueCells(ws, report, p, caps, budget);
        await queueSizes(ws, p, budget);
        const page = report.page;
        const layout =
          caps.pageLayout && page
            ? await budget.add(pageSetupBytes(page, report.pageBreaks), () =>
                queuePageSetup(ws, page, report.pageBreaks).load("zoom"),
              )
            : null;
        ws.activate();
        if (caps.events) context.runtime.enableEvents = true;
        await budget.flush();
        if (page && layout && layout.zoom.horizontalFitToPages !== page.fitToWidth) {
          degraded.push("PAGE_FIT_NOT_APPLIED");
        }
        return { degraded };
      } catch (e) {
        if (caps.events) await restoreEvents(context);
        throw e;
      }
    }, config),
  );
}
