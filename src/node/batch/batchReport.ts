/**
 * The content of the batch summary, shared by the workbook and `--json`: one row per readable
 * file (least ready first), the unreadable files with their reason, and totals per indicator.
 */
import * as path from "node:path";
import type { Lang } from "../../core/settings";
import { SheetNamer } from "./sheetNames";
import { batchText, reasonText } from "./text";
import type { CompactFlag, FileResult, FileSummary } from "./types";

export interface SummaryRow {
  file: string;
  /** Organisation from the titles, else the file name without extension. */
  label: string;
  /** Name of the sheet listing this file's flags. */
  sheet: string;
  fiscalYear: number | null;
  checklistYear: number | null;
  /** Id of the checklist the file was checked against (null from a cache entry of an older version). */
  checklist: string | null;
  measures: number;
  done: number;
  inProgress: number;
  notStarted: number;
  unknown: number;
  overdue: number;
  missingEvidence: number;
  itemsNotCovered: number;
  oitReadiness: number | null;
  errors: number;
  warnings: number;
  byCode: Record<string, number>;
  flags: CompactFlag[];
}

export interface UnreadableRow {
  file: string;
  code: string;
  detail: string | null;
  reason: Record<Lang, string>;
}

export interface IndicatorRow {
  checklistYear: number;
  /** "9" for an indicator, "9.1" for a sub-indicator. */
  code: string;
  level: "indicator" | "sub";
  title: string;
  /** Files covering it (a sub-indicator: at least one item covered). */
  files: number;
  /** Checklist items per file. */
  items: number;
  covered: number;
  done: number;
  withEvidence: number;
}

export type Totals = Omit<IndicatorRow, "checklistYear" | "code" | "level" | "title" | "items">;

export interface BatchReport {
  version: string;
  asOf: string;
  /** Assessment year asked for with --year, or null (each file's own). */
  year: number | null;
  /** The list --checklist loaded for every file, or null (the built-in list of each file's year). */
  checklist: BatchChecklist | null;
  files: number;
  /** Files whose result came from the cache. */
  reused: number;
  rows: SummaryRow[];
  unreadable: UnreadableRow[];
  indicators: IndicatorRow[];
  /** Sums of the indicator rows (sub-indicator rows are parts of those, so not added again). */
  indicatorTotals: Totals;
}

/** The --checklist list of a batch: where it came from and its year. */
export interface BatchChecklist {
  file: string | null;
  sheet: string | null;
  year: number;
  version: string;
}

const RESERVED = [
  batchText.workbook.summarySheet,
  batchText.workbook.unreadableSheet,
  batchText.workbook.indicatorSheet,
];

function toRow(file: string, s: FileSummary): Omit<SummaryRow, "sheet"> {
  return {
    file,
    label: s.organisation ?? path.posix.basename(file).replace(/\.xlsx$/i, ""),
    fiscalYear: s.fiscalYear,
    checklistYear: s.checklistYear,
    checklist: s.checklistId ?? null,
    measures: s.measures,
    done: s.byStatus.done,
    inProgress: s.byStatus.in_progress,
    notStarted: s.byStatus.not_started,
    unknown: s.byStatus.unknown,
    overdue: s.overdue,
    missingEvidence: s.missingEvidence,
    itemsNotCovered: s.itemsNotCovered,
    oitReadiness: s.oitReadiness,
    errors: s.bySeverity.error,
    warnings: s.bySeverity.warning,
    byCode: s.byCode,
    flags: s.flags,
  };
}

/** Least ready first: no estimate (no checklist) before any estimate, then lowest readiness, then most errors. */
export function leastReadyFirst(
  a: Omit<SummaryRow, "sheet">,
  b: Omit<SummaryRow, "sheet">,
): number {
  const ra = a.oitReadiness ?? -1;
  const rb = b.oitReadiness ?? -1;
  return ra - rb || b.errors - a.errors || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function indicatorRows(readable: readonly FileSummary[]): IndicatorRow[] {
  const rows = new Map<string, IndicatorRow>();
  const add = (key: Omit<IndicatorRow, "files" | "covered" | "done" | "withEvidence">) => {
    const id = `${key.checklistYear}|${key.code}`;
    const row = rows.get(id) ?? { ...key, files: 0, covered: 0, done: 0, withEvidence: 0 };
    rows.set(id, row);
    return row;
  };
  for (const s of readable) {
    const year = s.checklistYear;
    if (year === null) continue;
    for (const ind of s.indicators) {
      const row = add({
        checklistYear: year,
        code: String(ind.no),
        level: "indicator",
        title: ind.title,
        items: ind.items,
      });
      if (ind.covered) row.files++;
      row.covered += ind.itemsCovered;
      row.done += ind.done;
      row.withEvidence += ind.withEvidence;
      for (const sub of s.subIndicators.filter((x) => x.code.split(".")[0] === String(ind.no))) {
        const subRow = add({
          checklistYear: year,
          code: sub.code,
          level: "sub",
          title: sub.title,
          items: sub.items,
        });
        if (sub.covered > 0) subRow.files++;
        subRow.covered += sub.covered;
        subRow.done += sub.done;
        subRow.withEvidence += sub.withEvidence;
      }
    }
  }
  return [...rows.values()].sort(byYearAndCode);
}

/** 2566 before 2567; within a year 9 before 9.1 before 9.2 before 10. */
function byYearAndCode(a: IndicatorRow, b: IndicatorRow): number {
  const [a1 = 0, a2 = 0] = a.code.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.code.split(".").map(Number);
  return a.checklistYear - b.checklistYear || a1 - b1 || a2 - b2;
}

function totalsOf(rows: readonly IndicatorRow[]): Totals {
  const t: Totals = { files: 0, covered: 0, done: 0, withEvidence: 0 };
  for (const r of rows) {
    if (r.level !== "indicator") continue;
    t.files += r.files;
    t.covered += r.covered;
    t.done += r.done;
    t.withEvidence += r.withEvidence;
  }
  return t;
}

/** Builds the report from the results in file order (the order of discovery). */
export function buildBatchReport(
  results: readonly FileResult[],
  meta: {
    version: string;
    asOf: string;
    year: number | null;
    checklist: BatchChecklist | null;
    reused: number;
  },
): BatchReport {
  const readable: { file: string; summary: FileSummary }[] = [];
  const unreadable: UnreadableRow[] = [];
  for (const r of results) {
    if (r.ok) readable.push(r);
    else
      unreadable.push({
        file: r.file,
        code: r.error.code,
        detail: r.error.detail ?? null,
        reason: { th: reasonText(r.error.code, "th"), en: reasonText(r.error.code, "en") },
      });
  }
  const namer = new SheetNamer(RESERVED);
  const rows = readable
    .map((r) => toRow(r.file, r.summary))
    .sort(leastReadyFirst)
    .map((row) => ({ ...row, sheet: namer.name(row.label) }));
  const indicators = indicatorRows(readable.map((r) => r.summary));
  return {
    ...meta,
    files: results.length,
    rows,
    unreadable,
    indicators,
    indicatorTotals: totalsOf(indicators),
  };
}
