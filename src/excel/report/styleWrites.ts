/**
 * A report style as the Office.js format writes it needs, and queuing them on a Range or
 * RangeAreas. Only what differs from a cleared cell is written: the sheet was just cleared.
 */
import type { HAlign, ReportStyle, VAlign } from "../../core/report/model";

/** Border sides by name (BorderSide values). */
export type BorderSide =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface StyleWrites {
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string; underline?: "Single" };
  fillColor: string | null;
  format: {
    horizontalAlignment?: "Left" | "Center" | "Right";
    verticalAlignment?: "Top" | "Center" | "Bottom";
    wrapText?: boolean;
  };
  /** Sides that get a thin black line. */
  borders: BorderSide[];
}

const H_ALIGN: Record<HAlign, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

const V_ALIGN: Record<VAlign, "Top" | "Center" | "Bottom"> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

/**
 * Border sides of a bordered style. Inside lines matter when rectangles were joined
 * (several cells of one row, or equal rows); open edges leave the line to the next piece.
 */
function borderSides(style: ReportStyle, wide: boolean, tall: boolean): BorderSide[] {
  if (!style.border) return [];
  const sides: BorderSide[] = ["EdgeLeft", "EdgeRight"];
  if (!style.openTop) sides.push("EdgeTop");
  if (!style.openBottom) sides.push("EdgeBottom");
  if (wide) sides.push("InsideVertical");
  if (tall && !style.openTop && !style.openBottom) sides.push("InsideHorizontal");
  return sides;
}

/**
 * The writes for `style` on rectangles that are `wide` (some span columns) and/or `tall`.
 * @example styleWrites({ bold: true, hAlign: "center", border: true }, 16, false, false)
 *   // { font: { bold: true }, format: { horizontalAlignment: "Center" }, borders: [EdgeLeft, …] }
 */
export function styleWrites(
  style: ReportStyle,
  baseSize: number,
  wide: boolean,
  tall: boolean,
): StyleWrites {
  const font: StyleWrites["font"] = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size !== undefined && style.size !== baseSize) font.size = style.size;
  if (style.color) font.color = style.color;
  if (style.underline) font.underline = "Single";
  const format: StyleWrites["format"] = {};
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap) format.wrapText = true;
  return { font, fillColor: style.fill ?? null, format, borders: borderSides(style, wide, tall) };
}

/** How many property writes `applyStyle` queues (each border side is three). */
export function writeCount(w: StyleWrites): number {
  return (
    Object.keys(w.font).length +
    (w.fillColor ? 1 : 0) +
    Object.keys(w.format).length +
    w.borders.length * 3
  );
}

/** Queues the writes on a Range's or RangeAreas' format (applied at the next sync). */
export function applyStyle(format: Excel.RangeFormat, w: StyleWrites): void {
  if (Object.keys(w.font).length > 0) Object.assign(format.font, w.font);
  if (w.fillColor) format.fill.color = w.fillColor;
  Object.assign(format, w.format);
  for (const side of w.borders) {
    const border = format.borders.getItem(side);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}
