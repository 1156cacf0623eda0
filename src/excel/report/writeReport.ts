/**
 * Writes the report sheet. MINIMAL STAND-IN: values and merges only, so the host
 * compiles and works end to end; the report engineer replaces this file with the
 * full writer (styles, widths, heights, page setup, links).
 */
import { rangeA1 } from "../../core/grid/address";
import type { ReportModel } from "../../core/report/model";
import { asOwnWrite } from "../ownWrites";
import { runExcel } from "../run";
import type { RunConfig } from "../run";

/** Cells whose text Excel would otherwise read as a formula or a number. */
function needsTextFormat(value: string | number | null, asText: boolean | undefined): boolean {
  return typeof value === "string" && (asText === true || /^[=+-]/.test(value));
}

/**
 * Rebuilds the report sheet in place (clear + rewrite keeps the user's undo stack,
 * unlike delete + add). One read sync (does the sheet exist), one write sync.
 */
export function writeReport(
  report: ReportModel,
  config: RunConfig = {},
): Promise<{ degraded: string[] }> {
  const rows = report.cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
  const cols = report.cells.reduce((n, c) => Math.max(n, c.col + 1), 0);
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(report.sheetName);
      await context.sync();
      const ws = found.isNullObject ? context.workbook.worksheets.add(report.sheetName) : found;
      if (!found.isNullObject) ws.getRange().clear("All");
      if (rows > 0 && cols > 0) {
        const values: (string | number | null)[][] = Array.from({ length: rows }, () =>
          Array<string | number | null>(cols).fill(null),
        );
        const formats: (string | null)[][] = Array.from({ length: rows }, () =>
          Array<string | null>(cols).fill(null),
        );
        for (const c of report.cells) {
          (values[c.row] as (string | number | null)[])[c.col] = c.value;
          if (needsTextFormat(c.value, report.styles[c.style]?.text)) {
            (formats[c.row] as (string | null)[])[c.col] = "@";
          }
        }
        const range = ws.getRangeByIndexes(0, 0, rows, cols);
        // Text format first, so "- ไม่มี -" stays text instead of becoming a broken formula.
        range.numberFormat = formats;
        range.values = values;
      }
      for (const m of report.merges) ws.getRange(rangeA1(m)).merge(false);
      await context.sync();
      return { degraded: [] };
    }, config),
  );
}
