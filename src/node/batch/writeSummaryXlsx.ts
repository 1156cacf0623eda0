/**
 * Writes the batch summary workbook: "สรุป" (one row per readable file, least ready first,
 * each linked to its own sheet of flags), "ไฟล์ที่อ่านไม่ได้" and "ตัวชี้วัด". Streams the
 * workbook to disk, because a province's batch has thousands of per-file sheets.
 */
import * as ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { flagMessage } from "../../core/messages/format";
import { formatThaiDate, toThaiDigits } from "../../core/thai";
import type { BatchReport, SummaryRow } from "./batchReport";
import {
  FONT,
  READINESS_FILLS,
  RED_FONT,
  SIZE,
  linkTo,
  sheetOptions,
  styleBody,
  styleHeader,
  writeTitles,
} from "./summaryStyle";
import { batchText } from "./text";

const W = batchText.workbook;
/** Rows 1–3 are titles, row 4 the header. */
const HEADER_ROW = 4;
const FIRST_DATA = HEADER_ROW + 1;

function titleLines(report: BatchReport): string[] {
  const date = formatThaiDate(report.asOf, { digits: "thai", style: "long" });
  const list = report.checklist;
  const year = list
    ? W.yearFile
        .replace("{year}", toThaiDigits(String(list.year)))
        .replace("{file}", [list.file, list.sheet].filter((s) => s !== null).join(":"))
    : report.year === null
      ? W.yearEach
      : W.yearFixed.replace("{year}", toThaiDigits(String(report.year)));
  return [W.title, W.asOf.replace("{date}", date), year];
}

function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  widths: readonly number[],
): Worksheet {
  const ws = wb.addWorksheet(name, sheetOptions(HEADER_ROW));
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function header(ws: Worksheet, titles: readonly string[], headers: readonly string[]): void {
  writeTitles(ws, titles, headers.length);
  const row = ws.getRow(HEADER_ROW);
  row.values = [...headers];
  styleHeader(row, headers.length);
  row.commit();
}

const SUMMED = [5, 6, 7, 8, 9, 10, 11, 12, 14, 15];
const READINESS_COL = "M";

function summaryValues(r: SummaryRow, i: number): ExcelJS.CellValue[] {
  return [
    i + 1,
    r.label,
    r.file,
    r.fiscalYear,
    r.measures,
    r.done,
    r.inProgress,
    r.notStarted,
    r.unknown,
    r.overdue,
    r.missingEvidence,
    r.itemsNotCovered,
    r.oitReadiness,
    r.errors,
    r.warnings,
    linkTo(r.sheet, W.open),
  ];
}

function colLetter(c: number): string {
  return String.fromCharCode(64 + c);
}

function writeSummarySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, report: BatchReport): void {
  const headers = W.summaryHeaders;
  const ws = addSheet(
    wb,
    W.summarySheet,
    [7, 36, 30, 11, 11, 11, 11, 11, 11, 10, 10, 14, 14, 10, 10, 14],
  );
  header(ws, titleLines(report), headers);
  const last = FIRST_DATA + report.rows.length - 1;
  report.rows.forEach((r, i) => {
    const row = ws.getRow(FIRST_DATA + i);
    row.values = [...summaryValues(r, i)];
    styleBody(row, headers.length);
    row.getCell(13).numFmt = "0%";
    row.getCell(16).font = { name: FONT, size: SIZE, underline: true, color: { argb: "FF0563C1" } };
    row.commit();
  });
  const total = ws.getRow(last + 1);
  total.getCell(2).value = W.total;
  for (const c of SUMMED) {
    const L = colLetter(c);
    const sum = report.rows.reduce((s, r) => s + Number(summaryValues(r, 0)[c - 1] ?? 0), 0);
    total.getCell(c).value =
      report.rows.length > 0 ? { formula: `SUM(${L}${FIRST_DATA}:${L}${last})`, result: sum } : 0;
  }
  styleBody(total, headers.length, { total: true });
  total.commit();
  if (report.rows.length > 0) addConditions(ws, last);
  ws.commit();
}

function addConditions(ws: Worksheet, last: number): void {
  const ref = `${READINESS_COL}${FIRST_DATA}:${READINESS_COL}${last}`;
  const at = `${READINESS_COL}${FIRST_DATA}`;
  const fill = (argb: string) => ({
    fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb } },
  });
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`AND(ISNUMBER(${at}),${at}<0.5)`],
        style: fill(READINESS_FILLS.low),
      },
      {
        type: "expression",
        priority: 2,
        formulae: [`AND(ISNUMBER(${at}),${at}<0.85)`],
        style: fill(READINESS_FILLS.mid),
      },
      {
        type: "expression",
        priority: 3,
        formulae: [`AND(ISNUMBER(${at}),${at}>=0.85)`],
        style: fill(READINESS_FILLS.high),
      },
    ],
  });
  ws.addConditionalFormatting({
    ref: `J${FIRST_DATA}:K${last}`,
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        priority: 4,
        formulae: ["0"],
        style: { font: { color: { argb: RED_FONT }, bold: true } },
      },
    ],
  });
}

function writeUnreadableSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, report: BatchReport): void {
  const headers = W.unreadableHeaders;
  const ws = addSheet(wb, W.unreadableSheet, [7, 40, 20, 50, 45, 30]);
  header(ws, titleLines(report), headers);
  report.unreadable.forEach((u, i) => {
    const row = ws.getRow(FIRST_DATA + i);
    row.values = [i + 1, u.file, u.code, u.reason.th, u.reason.en, u.detail ?? ""];
    styleBody(row, headers.length);
    row.commit();
  });
  ws.commit();
}

function writeIndicatorSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, report: BatchReport): void {
  const headers = W.indicatorHeaders;
  const ws = addSheet(wb, W.indicatorSheet, [10, 10, 50, 14, 14, 14, 14, 14]);
  header(ws, titleLines(report), headers);
  report.indicators.forEach((r, i) => {
    const row = ws.getRow(FIRST_DATA + i);
    row.values = [
      r.checklistYear,
      r.code,
      r.title,
      r.files,
      r.items,
      r.covered,
      r.done,
      r.withEvidence,
    ];
    styleBody(row, headers.length);
    if (r.level === "sub")
      row.getCell(3).alignment = { indent: 2, wrapText: true, vertical: "top" };
    row.commit();
  });
  const t = report.indicatorTotals;
  const total = ws.getRow(FIRST_DATA + report.indicators.length);
  total.values = [W.total, null, null, t.files, null, t.covered, t.done, t.withEvidence];
  styleBody(total, headers.length, { total: true });
  total.commit();
  ws.commit();
}

function writeFileSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, r: SummaryRow): void {
  const headers = W.flagHeaders;
  const ws = addSheet(wb, r.sheet, [7, 12, 22, 20, 9, 60, 50]);
  const list = r.checklist ? W.checkedAgainst.replace("{checklist}", r.checklist) : "";
  writeTitles(ws, [r.label, `${r.file}${list}`], headers.length);
  const back = ws.getRow(3);
  back.getCell(1).value = linkTo(W.summarySheet, W.back);
  back.getCell(1).font = { name: FONT, size: SIZE, underline: true, color: { argb: "FF0563C1" } };
  back.commit();
  const head = ws.getRow(HEADER_ROW);
  head.values = [...headers];
  styleHeader(head, headers.length);
  head.commit();
  r.flags.forEach((f, i) => {
    const { message, hint } = flagMessage(f, "th");
    const row = ws.getRow(FIRST_DATA + i);
    const severity = W.severity[f.severity];
    row.values = [i + 1, severity, f.code, f.sheet ?? "", f.cell ?? "", message, hint];
    styleBody(row, headers.length);
    row.commit();
  });
  if (r.flags.length === 0) {
    const row = ws.getRow(FIRST_DATA);
    row.getCell(2).value = W.noFlags;
    row.commit();
  }
  ws.commit();
}

/** Writes the summary workbook to `file`. */
export async function writeSummaryXlsx(report: BatchReport, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  writeSummarySheet(wb, report);
  writeUnreadableSheet(wb, report);
  writeIndicatorSheet(wb, report);
  for (const r of report.rows) writeFileSheet(wb, r);
  await wb.commit();
}
