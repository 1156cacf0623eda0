/**
 * Page and text geometry of the printed report. Every number here was measured or chosen
 * once; the comments say where it comes from so it can be re-calibrated.
 */
import type { ReportOptions } from "./model";

/** A4 in points (210 × 297 mm). */
const A4 = { short: 595.28, long: 841.89 };

/**
 * Margins in inches. Thai government offices print official tables with narrow margins
 * and a wider binding edge on the left: top/bottom 0.75", left 0.7", right 0.5",
 * header/footer 0.3" (the footer sits inside the bottom margin).
 */
export const MARGINS = { top: 0.75, bottom: 0.75, left: 0.7, right: 0.5, header: 0.3, footer: 0.3 };

const POINTS_PER_INCH = 72;

/**
 * Print scale the layout is designed for. Landscape: the columns fill the printable width at
 * 100% (16 pt prints as 16 pt). Portrait: the same eight columns would be too narrow, so the
 * sheet is laid out 1/0.75 wider and printed at 75%.
 */
export const PRINT_SCALE: Record<ReportOptions["orientation"], number> = {
  landscape: 1,
  portrait: 0.75,
};

/**
 * Points per Excel column-width unit. The unit is the max digit width of the workbook's
 * default font (Calibri 11 → 7 px). Excel: points = 0.75 × (7 × w + 5); LibreOffice
 * (Carlito for Calibri) measured 5.55 × w. The layout uses the wider one for the page
 * width (so fit-to-width never shrinks below PRINT_SCALE) and the narrower one for wrapping
 * (so text never needs more lines than the row has).
 */
export function columnPointsWide(units: number): number {
  return Math.max(5.55 * units, 0.75 * (7 * units + 5));
}

export function columnPointsNarrow(units: number): number {
  return Math.min(5.55 * units, 0.75 * (7 * units + 5));
}

/** Width units for a column that should be `points` wide at most. */
export function unitsForPoints(points: number): number {
  return Math.floor(Math.min(points / 5.55, (points / 0.75 - 5) / 7) * 100) / 100;
}

/**
 * Line pitch as a multiple of the font size. Measured with LibreOffice and Laksaman (the
 * metric twin of TH SarabunPSK): 16 pt wraps at 26.5 pt per line (1.656); glyph boxes are
 * 1.3 × size, but the font's ascent + descent decide the pitch. Excel with TH Sarabun New
 * uses a smaller pitch, so rows sized for LibreOffice are safe in Excel too.
 */
export const LINE_HEIGHT_FACTOR = 1.66;

/** Vertical padding added to every row (top + bottom of the cell), points. */
export const ROW_PADDING = 4;

/** Horizontal cell padding lost to text on each row, points (both sides together). */
export const CELL_PADDING_H = 6;

/**
 * Width lost per wrapped line, in em: breaks fall between words (Thai word breaking in
 * LibreOffice and Excel), so a line ends short of the edge by up to a word.
 */
export const WRAP_LOSS_EM = 0.4;

/** Excel's largest row height, points. A row needing more is cut when printed. */
export const MAX_ROW_HEIGHT = 409;

/** Height of the thin spacer rows between the title, table and blocks, points. */
export const SPACER_HEIGHT = 8;

/**
 * Share of the printable height the page breaks fill. The rest absorbs rounding of row
 * heights to pixels and LibreOffice's header/footer handling.
 */
export const PAGE_FILL = 0.97;

export interface PageGeometry {
  /** Printable width and height on paper, points. */
  paperWidth: number;
  paperHeight: number;
  scale: number;
  /** Width and height in sheet points one page holds (paper / scale). */
  sheetWidth: number;
  sheetHeight: number;
}

/** A4 printable area after MARGINS, in paper and in sheet points. */
export function pageGeometry(orientation: ReportOptions["orientation"]): PageGeometry {
  const landscape = orientation === "landscape";
  const width = landscape ? A4.long : A4.short;
  const height = landscape ? A4.short : A4.long;
  const paperWidth = width - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
  const paperHeight = height - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH;
  const scale = PRINT_SCALE[orientation];
  return {
    paperWidth,
    paperHeight,
    scale,
    sheetWidth: paperWidth / scale,
    sheetHeight: (paperHeight / scale) * PAGE_FILL,
  };
}
