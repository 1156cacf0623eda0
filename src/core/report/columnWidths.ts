/** Column widths that fill the printable width of the page at the designed print scale. */
import { COLUMN_SPECS } from "./columns";
import type { PageGeometry } from "./geometry";
import { columnPointsNarrow, unitsForPoints } from "./geometry";
import type { ReportColumn } from "./model";

export interface ColumnWidths {
  /** Excel width units, left to right. */
  units: number[];
  /** Points the text wraps in, left to right (the narrower of Excel and LibreOffice). */
  wrapPoints: number[];
}

/**
 * At 100% (landscape) the columns take 98% of the printable width, so fit-to-width keeps
 * 100% even when a renderer rounds widths up. When the design scale is below 100% the
 * columns take the full width, so fit-to-width lands on the design scale or just below it.
 * Landscape A4 with the default eight columns: 755 pt printable, 740 pt used,
 * ที่ 36 pt and the rest shared by weight (title ≈ 128, steps ≈ 144, result ≈ 144 pt …).
 */
export function columnWidths(columns: readonly ReportColumn[], page: PageGeometry): ColumnWidths {
  const target = page.sheetWidth * (page.scale >= 1 ? 0.98 : 1);
  const specs = columns.map((c) => COLUMN_SPECS[c]);
  const fixed = specs.reduce((s, c) => s + (c.fixedPt ?? 0), 0);
  const weights = specs.reduce((s, c) => s + (c.fixedPt === undefined ? c.weight : 0), 0);
  const free = Math.max(0, target - fixed);
  const units = specs.map((c) =>
    unitsForPoints(c.fixedPt ?? (weights > 0 ? (free * c.weight) / weights : 0)),
  );
  return { units, wrapPoints: units.map(columnPointsNarrow) };
}
