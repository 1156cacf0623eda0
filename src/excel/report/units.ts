/**
 * Units of the report sheet. The model gives column widths in Excel's character units;
 * Office.js `format.columnWidth` takes points.
 */

/** Pixels per character unit: the widest digit of the default font (Calibri 11) is 7 px. */
export const PX_PER_CHAR = 7;

/** Cell padding Excel adds to every column, in pixels (2 px each side + 1 px gridline). */
export const COLUMN_PADDING_PX = 5;

/** Points per pixel at 96 dpi. */
export const PT_PER_PX = 0.75;

/**
 * Excel column width in points for a width in character units: 0.75 × (7 × chars + 5).
 * The same factor the layout uses for Excel (core/report/geometry.ts), so the printed
 * width is the one the page breaks were computed for.
 * @example columnWidthPoints(10) // 56.25 pt — a 10-character column (ผู้รับผิดชอบ ≈ 10 units)
 */
export function columnWidthPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round(PT_PER_PX * (PX_PER_CHAR * chars + COLUMN_PADDING_PX) * 100) / 100;
}

/** 1 inch = 72 points (page margins in the model are inches, pageLayout margins points). */
export function inchesToPoints(inches: number): number {
  return inches * 72;
}
