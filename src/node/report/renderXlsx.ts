/**
 * Renders a SheetModel into an exceljs worksheet: fonts, merges, styles, widths, heights,
 * links, page setup, footer and manual page breaks. The model already decided every number;
 * this file only translates it to exceljs.
 */
import ExcelJS from "exceljs";
import type { ReportCell, SheetModel, ReportStyle } from "../../core/report/model";

/** exceljs keeps a sheet's tab position in orderNo at run time, but its types omit it. */
interface Ordered {
  orderNo: number;
}

/** "#D9D9D9" → "FFD9D9D9" (exceljs wants ARGB). */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** The sheet named model.sheetName, emptied: an existing one is replaced at the same tab position. */
function freshSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(name);
  if (!old) return workbook.addWorksheet(name);
  const position = (old as unknown as Ordered).orderNo;
  workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name);
  (sheet as unknown as Ordered).orderNo = position;
  return sheet;
}

function applyStyle(cell: ExcelJS.Cell, style: ReportStyle, font: SheetModel["font"]): void {
  cell.font = {
    name: font.name,
    size: style.size ?? font.size,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    ...(style.underline ? { underline: true } : {}),
    ...(style.color ? { color: { argb: argb(style.color) } } : {}),
  };
  cell.alignment = {
    horizontal: style.hAlign ?? "left",
    vertical: style.vAlign ?? "top",
    wrapText: style.wrap ?? false,
  };
  if (style.border) {
    cell.border = {
      left: THIN,
      right: THIN,
      ...(style.openTop ? {} : { top: THIN }),
      ...(style.openBottom ? {} : { bottom: THIN }),
    };
  }
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  // "@": keep "- ไม่มี -" or "1/2566" as text, never a formula or a date.
  if (style.text) cell.numFmt = "@";
}

export interface RenderOptions {
  /**
   * Write evidence links as hyperlinks (default true). LibreOffice prints a hyperlink cell as
   * one unwrapped line cut at the cell edge, so output meant for PDF through LibreOffice
   * should pass false: the text then wraps and prints in full.
   */
  links?: boolean;
}

function writeCell(
  sheet: ExcelJS.Worksheet,
  c: ReportCell,
  model: SheetModel,
  links: boolean,
): void {
  const cell = sheet.getCell(c.row + 1, c.col + 1);
  if (links && c.link && typeof c.value === "string")
    cell.value = { text: c.value, hyperlink: c.link };
  else cell.value = c.value;
  const style = model.styles[c.style];
  if (style) applyStyle(cell, style, model.font);
}

/** Every cell of a merged range carries the top-left style, so borders print on all edges. */
function styleMerges(sheet: ExcelJS.Worksheet, model: SheetModel): void {
  const styleAt = new Map(model.cells.map((c) => [`${c.row}:${c.col}`, c.style]));
  for (const m of model.merges) {
    const style = model.styles[styleAt.get(`${m.top}:${m.left}`) ?? ""];
    if (style) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++)
          applyStyle(sheet.getCell(r + 1, c + 1), style, model.font);
      }
    }
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
}

function setPage(sheet: ExcelJS.Worksheet, model: SheetModel): void {
  const p = model.page;
  const titles = p.printTitleRows;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    margins: { ...p.margins },
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    printArea: p.printArea,
    horizontalCentered: p.horizontalCentered,
    ...(titles ? { printTitlesRow: `${titles.first}:${titles.last}` } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${p.footerCenter}` };
  // exceljs writes a break *after* the row it is called on: a page starting at 0-based row r
  // is a break after 1-based row r.
  for (const r of model.pageBreaks) sheet.getRow(r).addPageBreak();
}

/**
 * Adds the report sheet to a workbook (a new one when none is given), replacing a sheet of the
 * same name in place.
 * @returns the report worksheet
 */
export function renderReportXlsx(
  model: SheetModel,
  workbook?: ExcelJS.Workbook,
  options: RenderOptions = {},
): ExcelJS.Worksheet {
  const book = workbook ?? new ExcelJS.Workbook();
  const sheet = freshSheet(book, model.sheetName);
  model.columnWidths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  model.rowHeights.forEach((h, i) => {
    sheet.getRow(i + 1).height = h;
  });
  const links = options.links ?? true;
  for (const c of model.cells) writeCell(sheet, c, model, links);
  styleMerges(sheet, model);
  setPage(sheet, model);
  sheet.views = [{ state: "normal", showGridLines: false }];
  return sheet;
}

/**
 * Writes the report alone to an .xlsx file. The output holds the report sheet only: copying
 * the user's own sheets through exceljs can lose what exceljs does not model (charts,
 * pictures, some formatting), so the user's workbook is never rewritten.
 */
export async function writeReportFile(
  model: SheetModel,
  outPath: string,
  options: RenderOptions = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  renderReportXlsx(model, workbook, options);
  await workbook.xlsx.writeFile(outPath);
}
