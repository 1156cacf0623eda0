/**
 * The look of the summary workbook, matching the printed report sheet: TH Sarabun New 16 pt,
 * bold centred title lines, a filled and bordered header row frozen on screen and repeated on
 * every printed page, A4 landscape fitted to the page width.
 */
import type { AddWorksheetOptions, Border, Cell, Fill, Row, Worksheet } from "exceljs";

export const FONT = "TH Sarabun New";
export const SIZE = 16;

const thin: Partial<Border> = { style: "thin", color: { argb: "FF808080" } };
const borders = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const totalFill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** Conditional fills for OIT readiness (red < 50%, amber < 85%, green from 85%). */
export const READINESS_FILLS = {
  low: "FFF4CCCC",
  mid: "FFFFE699",
  high: "FFC6EFCE",
} as const;
export const RED_FONT = "FFC00000";

/** Title lines, merged over the table's width and centred. */
export function writeTitles(ws: Worksheet, lines: readonly string[], width: number): void {
  lines.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = { name: FONT, size: SIZE, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.mergeCells(i + 1, 1, i + 1, width);
    row.commit();
  });
}

export function styleHeader(row: Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.font = { name: FONT, size: SIZE, bold: true };
    cell.fill = headerFill;
    cell.border = borders;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
}

export function styleBody(row: Row, width: number, opts: { total?: boolean } = {}): void {
  for (let c = 1; c <= width; c++) {
    const cell: Cell = row.getCell(c);
    cell.font = { name: FONT, size: SIZE, bold: opts.total === true };
    cell.border = borders;
    cell.alignment = { vertical: "top", wrapText: true };
    if (opts.total) cell.fill = totalFill;
  }
}

/**
 * Freezes the rows down to the header and prints the header on every page. Passed to
 * addWorksheet: the streaming writer writes views and fit-to-page when the sheet opens.
 */
export function sheetOptions(headerRow: number): Partial<AddWorksheetOptions> {
  return {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 0, showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/** An internal link as a HYPERLINK formula: exceljs 4.4 writes `#Sheet!A1` hyperlinks as broken external relations. */
export function linkTo(sheet: string, label: string): { formula: string; result: string } {
  const target = `#'${sheet}'!A1`.replace(/"/g, '""');
  return { formula: `HYPERLINK("${target}","${label.replace(/"/g, '""')}")`, result: label };
}
