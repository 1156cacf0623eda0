/**
 * The report model: the official Thai report sheet described as plain data
 * (cells, merges, styles, widths, heights, page setup) that neither adapter owns.
 * The Excel adapter and the .xlsx adapter both render it.
 */
import type { RangeRef } from "../grid/address";
import type { IsoDate } from "../model";

/** A column the report can show, left to right in the order given. */
export type ReportColumn =
  | "no"
  | "title"
  | "steps"
  | "responsible"
  | "period"
  | "result"
  | "output"
  | "outcome"
  | "status"
  | "evidence";

/** What a user chooses for the printed report. */
export interface ReportOptions {
  /** Organisation name, e.g. "องค์การบริหารส่วนตำบลเขาหัวควาย". */
  organisation: string;
  /** District (อำเภอ), without or with the word อำเภอ. */
  district?: string;
  /** Province (จังหวัด), without or with the word จังหวัด. */
  province?: string;
  /** Fiscal year in พ.ศ. (e.g. 2567); null = the year line says nothing about the year. */
  fiscalYear: number | null;
  /** Reporting round, e.g. "รอบ ๖ เดือน". */
  round?: string;
  /** Date the data is as of, shown as a title line "ข้อมูล ณ วันที่ …". */
  reportDate?: IsoDate;
  signer?: { name: string; position: string };
  /** Columns left to right; default ที่ | มาตรการ | ขั้นตอน | ผู้รับผิดชอบ | ระยะเวลา | ผล | สถานะ | หลักฐาน. */
  columns?: ReportColumn[];
  /** Write numbers the report generates (ที่, years, counts, period text) in Thai digits. */
  thaiDigits: boolean;
  /** Emit a merged full-width row for each measure group ("ประเด็นที่ ๑ …"). */
  keepGroups: boolean;
  /** Status column in words; otherwise a short symbol. */
  statusInWords: boolean;
  /** Evidence cells link to their first URL. */
  evidenceAsLinks: boolean;
  signatureBlock: boolean;
  summaryBlock: boolean;
  orientation: "landscape" | "portrait";
  /** Default "TH Sarabun New". */
  fontName?: string;
  /** Default "รายงาน ITA". */
  sheetName?: string;
}

/** What each report row holds, so adapters and tests need not guess from positions. */
export type ReportRowKind =
  | "title"
  | "spacer"
  | "header"
  | "group"
  | "measure"
  /** More of the measure above, when its text needs more than one row can hold. */
  | "continuation"
  | "summary"
  | "signature";

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface ReportStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; defaults to the model's font size. */
  size?: number;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin border on all four sides (except an open edge below). */
  border?: boolean;
  /** No top border: the row continues the measure of the row above. */
  openTop?: boolean;
  /** No bottom border: the measure continues on the row below. */
  openBottom?: boolean;
  /** Fill colour "#RRGGBB", or absent. */
  fill?: string;
  /** Font colour "#RRGGBB", or absent. */
  color?: string;
  /** Keep text as text (no formula or number parsing): Excel format "@". */
  text?: boolean;
  underline?: boolean;
}

export interface ReportCell {
  /** 0-based row and column within the report sheet. */
  row: number;
  col: number;
  value: string | number | null;
  /** Key into ReportModel.styles. */
  style: string;
  /** Hyperlink target, for evidence URLs. */
  link?: string;
}

export interface PageSetup {
  paperSize: "A4";
  orientation: "landscape" | "portrait";
  /** Margins in inches. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  fitToWidth: 1;
  /** 0 = as many pages tall as needed. */
  fitToHeight: 0;
  /** 1-based, inclusive sheet rows repeated at the top of each printed page. */
  printTitleRows: { first: number; last: number } | null;
  /** A1 print area, e.g. "A1:H40". */
  printArea: string;
  /** Footer in Excel header/footer codes (&P, &N, &"font,style"); digits already chosen. */
  footerCenter: string;
  horizontalCentered: boolean;
}

/**
 * A printable sheet as plain data: what both renderers (Excel and exceljs) need. The report and
 * the exported checklist are both one.
 */
export interface SheetModel {
  sheetName: string;
  font: { name: string; size: number };
  /** Column widths in Excel character units, left to right. */
  columnWidths: number[];
  /** Row heights in points, one per row from row 0 to the last used row. */
  rowHeights: number[];
  cells: ReportCell[];
  merges: RangeRef[];
  styles: Record<string, ReportStyle>;
  page: PageSetup;
  /** 0-based rows where a printed page starts (manual page breaks, after the first page). */
  pageBreaks: number[];
}

export interface ReportModel extends SheetModel {
  /** Pages the layout predicts when printed. */
  predictedPages: number;
  /**
   * predictedPages as the report writes numbers (Thai digits when asked). Page-number
   * codes in footers (&P, &N) always print Arabic digits in Excel and LibreOffice, so this
   * is the only place the Thai-digit page total exists.
   */
  predictedPagesText: string;
  /** What each row holds, one per row (same length as rowHeights). */
  rowKinds: ReportRowKind[];
  /** 0-based row of the column header (the print-title row). */
  headerRow: number;
  /** The columns shown, left to right. */
  columns: ReportColumn[];
  /** Print scale the layout assumes (1 = 100%); fit-to-width must land on it or below. */
  printScale: number;
  /** Height in points one printed page holds, in sheet points (already divided by printScale). */
  pageHeight: number;
  /** 0-based rows whose text needs more than Excel's 409 pt maximum row height: their end is cut. */
  clippedRows: number[];
}
