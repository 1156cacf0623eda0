/**
 * Builds the official Thai report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและ
 * ความโปร่งใสภายในหน่วยงาน) as a ReportModel: title lines, the measure table with a header
 * row repeated on every page, group rows, then the summary and signature kept on one page.
 * Pure: the as-of date and every choice come from the options.
 */
import { rangeA1 } from "../grid/address";
import type { Flag } from "../flags/flag";
import type { Measure } from "../model";
import { COLUMN_SPECS, DEFAULT_COLUMNS, columnContent, columnHeader } from "./columns";
import { columnWidths } from "./columnWidths";
import { reportDigits } from "./digits";
import { LINE_HEIGHT_FACTOR, MARGINS, MAX_ROW_HEIGHT, ROW_PADDING, pageGeometry } from "./geometry";
import type { PageSetup, ReportColumn, ReportModel, ReportOptions } from "./model";
import type { RowBlock } from "./pageBreaks";
import { PageCursor } from "./pageBreaks";
import type { RowCell } from "./sheetRows";
import { SheetRows } from "./sheetRows";
import { splitForRows } from "./splitText";
import { STYLE, pieceStyle, reportStyles } from "./styles";
import { heightForLines, wrappedLines } from "./textWidth";
import { signatureLines, summaryLine, titleLines } from "./titles";
import wording from "./wording.json";

export const DEFAULT_FONT = { name: "TH Sarabun New", size: 16 };

export interface ReportInput {
  measures: Measure[];
  /**
   * Flags of the check. The official report does not print checker findings, so they are
   * not shown yet; they are part of the input so a remarks column can use them later.
   */
  flags: Flag[];
  options: ReportOptions;
}

function sumHeights(heights: readonly number[], b: RowBlock): number {
  let h = 0;
  for (let r = b.first; r <= b.last; r++) h += heights[r] ?? 0;
  return h;
}

function fullRow(text: string, style: string, bold: boolean, lastCol: number): RowCell[] {
  return [{ col: 0, lastCol, text, style, bold }];
}

function headerCells(columns: readonly ReportColumn[]): RowCell[] {
  return columns.map((c, i) => ({
    col: i,
    lastCol: i,
    text: columnHeader(c),
    style: STYLE.header,
    bold: true,
  }));
}

function measureCells(
  columns: readonly ReportColumn[],
  m: Measure,
  seq: number,
  options: ReportOptions,
): RowCell[] {
  return columns.map((c, i) => {
    const content = columnContent(c, m, { seq, options });
    const style = content.link
      ? STYLE.link
      : COLUMN_SPECS[c].center
        ? STYLE.cellCenter
        : STYLE.cell;
    return {
      col: i,
      lastCol: i,
      text: content.text,
      style,
      bold: false,
      ...(content.link ? { link: content.link } : {}),
    };
  });
}

/** Shortest first piece worth starting at the bottom of a page, in lines. */
const MIN_FIRST_PIECE_LINES = 3;

/**
 * Columns whose text should not be cut across pages: a measure split over pages starts on a
 * new page unless the first piece holds all of these whole.
 */
const KEEP_WHOLE: ReadonlySet<ReportColumn> = new Set([
  "no",
  "title",
  "responsible",
  "period",
  "status",
]);

interface Fit {
  /** Points text wraps in, per column. */
  widths: readonly number[];
  size: number;
  /** Lines one row may hold (Excel's 409 pt limit, and a fresh page under the header). */
  maxLines: number;
}

function lineHeight(size: number): number {
  return size * LINE_HEIGHT_FACTOR;
}

/** Lines a row may hold: Excel's 409 pt limit, and a fresh page under the header and a group row. */
function maxLinesPerRow(cursor: PageCursor, size: number): number {
  const room = Math.min(MAX_ROW_HEIGHT, cursor.freshRoom - heightForLines(1, size));
  return Math.max(1, Math.floor((room - ROW_PADDING - 1) / lineHeight(size)));
}

function cellLines(c: RowCell, fit: Fit): number {
  return wrappedLines(c.text, fit.widths[c.col] ?? 0, fit.size, c.bold);
}

/**
 * A measure too long for one row, as several rows: the first piece fills what is left of
 * the current page (when that is at least a few lines), the others a page each.
 */
function addPieces(
  sheet: SheetRows,
  cursor: PageCursor,
  cells: readonly RowCell[],
  fit: Fit,
  lead: { first: number; height: number },
  keepLines: number,
): void {
  const left = Math.floor(
    (cursor.remaining - lead.height - ROW_PADDING - 1) / lineHeight(fit.size),
  );
  const least = Math.min(fit.maxLines, Math.max(MIN_FIRST_PIECE_LINES, keepLines));
  const firstLines = left >= least ? Math.min(left, fit.maxLines) : fit.maxLines;
  const pieces = cells.map((c) =>
    splitForRows(
      c.text,
      { widthPt: fit.widths[c.col] ?? 0, sizePt: fit.size, bold: c.bold },
      firstLines,
      fit.maxLines,
    ),
  );
  const n = Math.max(1, ...pieces.map((p) => p.length));
  for (let i = 0; i < n; i++) {
    const row = sheet.add(
      i === 0 ? "measure" : "continuation",
      cells.map((c, j) => ({
        ...c,
        text: pieces[j]?.[i] ?? "",
        style: pieceStyle(c.style, i, n),
        link: i === 0 ? c.link : undefined,
      })),
    );
    const height = sheet.heights[row] ?? 0;
    if (i === 0) cursor.place(lead.first, lead.height + height);
    else cursor.place(row, height);
  }
}

/** Measure rows, with a group row before each new group when asked (kept with the measure). */
function addMeasures(
  sheet: SheetRows,
  cursor: PageCursor,
  columns: readonly ReportColumn[],
  input: ReportInput,
  fit: Fit,
): void {
  const { measures, options } = input;
  const lastCol = columns.length - 1;
  let group: string | null = null;
  measures.forEach((m, i) => {
    const lead = { first: sheet.next, height: 0 };
    if (options.keepGroups && m.group && m.group !== group) {
      const g = sheet.add("group", fullRow(m.group, STYLE.group, true, lastCol));
      lead.height = sheet.heights[g] ?? 0;
    }
    if (options.keepGroups) group = m.group;
    const cells = measureCells(columns, m, i + 1, options);
    const lines = Math.max(1, ...cells.map((c) => cellLines(c, fit)));
    const height = heightForLines(lines, fit.size);
    if (lines <= fit.maxLines && lead.height + height <= cursor.freshRoom) {
      sheet.add("measure", cells);
      cursor.place(lead.first, lead.height + height);
    } else {
      const keep = cells.filter((_, j) => KEEP_WHOLE.has(columns[j] ?? "steps"));
      addPieces(
        sheet,
        cursor,
        cells,
        fit,
        lead,
        Math.max(0, ...keep.map((c) => cellLines(c, fit))),
      );
    }
  });
}

/** Summary and signature after the table, as one block; null when neither is asked for. */
function addTail(
  sheet: SheetRows,
  columns: readonly ReportColumn[],
  input: ReportInput,
): RowBlock | null {
  const { options } = input;
  if (!options.summaryBlock && !options.signatureBlock) return null;
  const lastCol = columns.length - 1;
  const first = sheet.addSpacer();
  if (options.summaryBlock) {
    sheet.add(
      "summary",
      fullRow(summaryLine(input.measures, options.thaiDigits), STYLE.summary, false, lastCol),
    );
  }
  if (options.signatureBlock) {
    if (options.summaryBlock) sheet.addSpacer();
    // The signature sits under the right half of the table, as signed Thai reports do.
    const left = Math.floor(columns.length / 2);
    for (const line of signatureLines(options)) {
      sheet.add("signature", [
        { col: left, lastCol, text: line, style: STYLE.signature, bold: false },
      ]);
    }
  }
  return { first, last: sheet.next - 1 };
}

function pageSetup(
  options: ReportOptions,
  headerRow: number,
  lastRow: number,
  lastCol: number,
  font: { name: string },
): PageSetup {
  return {
    paperSize: "A4",
    orientation: options.orientation,
    margins: { ...MARGINS },
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: { first: headerRow + 1, last: headerRow + 1 },
    printArea: rangeA1({ top: 0, left: 0, bottom: lastRow, right: lastCol }),
    // Page codes print Arabic digits whatever the digit choice: no Excel or LibreOffice
    // code renders Thai page numbers (see ReportModel.predictedPagesText).
    footerCenter: `&"${font.name},Regular"&14${wording.footer}`,
    horizontalCentered: true,
  };
}

/**
 * The report model for measures and options.
 * @example
 * buildReport({ measures, flags: [], options: { organisation: "อบต.เขาหัวควาย", fiscalYear: 2567,
 *   thaiDigits: true, keepGroups: true, statusInWords: true, evidenceAsLinks: true,
 *   signatureBlock: true, summaryBlock: true, orientation: "landscape" } })
 */
export function buildReport(input: ReportInput): ReportModel {
  const { options } = input;
  const columns = options.columns && options.columns.length > 0 ? options.columns : DEFAULT_COLUMNS;
  const font = { name: options.fontName?.trim() || DEFAULT_FONT.name, size: DEFAULT_FONT.size };
  const page = pageGeometry(options.orientation);
  const widths = columnWidths(columns, page);
  const lastCol = columns.length - 1;
  const sheet = new SheetRows(widths.wrapPoints, font.size);

  for (const line of titleLines(options))
    sheet.add("title", fullRow(line, STYLE.title, true, lastCol));
  sheet.addSpacer();
  const headerRow = sheet.add("header", headerCells(columns));
  const cursor = new PageCursor(
    page.sheetHeight,
    sheet.heights[headerRow] ?? 0,
    sheet.heights.reduce((a, h) => a + h, 0),
    headerRow > 0,
  );
  const fit = {
    widths: widths.wrapPoints,
    size: font.size,
    maxLines: maxLinesPerRow(cursor, font.size),
  };
  addMeasures(sheet, cursor, columns, input, fit);
  const tail = addTail(sheet, columns, input);
  if (tail) cursor.place(tail.first, sumHeights(sheet.heights, tail));

  const lastRow = sheet.next - 1;
  return {
    sheetName: options.sheetName?.trim() || wording.sheetName,
    font,
    columnWidths: widths.units,
    rowHeights: sheet.heights,
    cells: sheet.cells,
    merges: sheet.merges,
    styles: reportStyles(),
    page: pageSetup(options, headerRow, lastRow, lastCol, font),
    pageBreaks: [...cursor.breaks],
    predictedPages: cursor.pages,
    predictedPagesText: reportDigits(String(cursor.pages), options.thaiDigits),
    rowKinds: sheet.kinds,
    headerRow,
    columns: [...columns],
    printScale: page.scale,
    pageHeight: page.sheetHeight,
    clippedRows: sheet.clipped,
  };
}
