/**
 * The reading half of the core: a workbook snapshot in, sheets, tables and measure
 * records out. Never throws on data; a sheet with no table is a value, not an error.
 */
import { rangeA1, columnLetter } from "../grid/address";
import type { WorkbookSnapshot } from "../grid/grid";
import type { ColumnRole, Measure, SheetInfo, TableInfo } from "../model";
import { inferFiscalYear, fiscalYearOf } from "../thai";
import { buildMeasures } from "../measures/buildMeasures";
import { detectTables } from "../tables/detectTables";
import type { TableSpan } from "../tables/detectTables";
import { buildSheetText } from "../tables/sheetText";
import { organisationOf, placeOf, titleLines } from "./titleLines";

export interface ReadOptions {
  /** Fiscal year (พ.ศ.) to use instead of the one the titles state. */
  fiscalYearOverride?: number | null;
}

export interface ReadResult {
  sheets: SheetInfo[];
  measures: Measure[];
}

function tableInfo(sheet: string, t: TableSpan): TableInfo {
  const lastRow = Math.max(t.headerRow, ...t.rows.map((r) => r.row));
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const [role, col] of Object.entries(t.roles) as [ColumnRole, number][])
    columns[role] = columnLetter(col);
  return {
    sheet,
    range: rangeA1({ top: t.headerRow, left: t.left, bottom: lastRow, right: t.right }),
    kind: t.kind,
    columns,
    headerRow: t.headerRow,
    ...(t.skippedAs ? { skippedAs: t.skippedAs } : {}),
  };
}

/** When titles do not say the year, the year most measure periods end in. */
function fiscalYearFromPeriods(measures: readonly Measure[]): number | null {
  const counts = new Map<number, number>();
  for (const m of measures) {
    if (!m.period?.end) continue;
    const fy = fiscalYearOf(m.period.end);
    if (fy !== null && Number.isFinite(fy)) counts.set(fy, (counts.get(fy) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [fy, n] of counts) {
    if (n > bestCount) [best, bestCount] = [fy, n];
  }
  return best;
}

export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const sheets: SheetInfo[] = [];
  const measures: Measure[] = [];
  for (const grid of snapshot.sheets) {
    const st = buildSheetText(grid);
    const tables = detectTables(st);
    const firstHeader = tables[0]?.headerRow ?? st.top + st.rows.length;
    const lines = titleLines(st, firstHeader);
    const override = options.fiscalYearOverride ?? null;
    const titled = inferFiscalYear(lines);
    let fiscalYear = override ?? titled;
    let source: SheetInfo["fiscalYearSource"] = override ? "override" : titled ? "title" : null;
    let sheetMeasures = tables.flatMap((t) => buildMeasures(st, t, fiscalYear));
    if (fiscalYear === null) {
      const guessed = fiscalYearFromPeriods(sheetMeasures);
      if (guessed !== null) {
        fiscalYear = guessed;
        source = "periods";
        sheetMeasures = tables.flatMap((t) => buildMeasures(st, t, fiscalYear));
      }
    }
    measures.push(...sheetMeasures);
    sheets.push({
      name: grid.name,
      fiscalYear,
      fiscalYearSource: source,
      organisation: organisationOf(lines),
      ...placeOf(lines),
      tables: tables.map((t) => tableInfo(grid.name, t)),
    });
  }
  return { sheets, measures };
}
