/** The report's named cell styles (keys of ReportModel.styles). */
import type { ReportStyle } from "./model";

export const STYLE = {
  title: "title",
  header: "header",
  group: "group",
  cell: "cell",
  cellCenter: "cellCenter",
  link: "link",
  summary: "summary",
  signature: "signature",
} as const;

/** Edge variants of a table cell style for a measure printed over several rows. */
export const PIECE = { first: ".first", middle: ".middle", last: ".last" } as const;

/** The style key of piece `i` of `n` rows of one measure. */
export function pieceStyle(base: string, i: number, n: number): string {
  if (n <= 1) return base;
  if (i === 0) return base + PIECE.first;
  return base + (i === n - 1 ? PIECE.last : PIECE.middle);
}

function withPieces(styles: Record<string, ReportStyle>, keys: readonly string[]): void {
  for (const key of keys) {
    const base = styles[key];
    if (!base) continue;
    styles[key + PIECE.first] = { ...base, openBottom: true };
    styles[key + PIECE.middle] = { ...base, openTop: true, openBottom: true };
    styles[key + PIECE.last] = { ...base, openTop: true };
  }
}

/** Light grey header fill and a lighter one for group rows, as printed tables use. */
export function reportStyles(): Record<string, ReportStyle> {
  const styles: Record<string, ReportStyle> = {
    [STYLE.title]: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, text: true },
    [STYLE.header]: {
      bold: true,
      hAlign: "center",
      vAlign: "middle",
      wrap: true,
      border: true,
      fill: "#D9D9D9",
      text: true,
    },
    [STYLE.group]: {
      bold: true,
      hAlign: "left",
      vAlign: "middle",
      wrap: true,
      border: true,
      fill: "#F2F2F2",
      text: true,
    },
    [STYLE.cell]: { hAlign: "left", vAlign: "top", wrap: true, border: true, text: true },
    [STYLE.cellCenter]: { hAlign: "center", vAlign: "top", wrap: true, border: true, text: true },
    [STYLE.link]: {
      hAlign: "left",
      vAlign: "top",
      wrap: true,
      border: true,
      text: true,
      color: "#0563C1",
      underline: true,
    },
    [STYLE.summary]: { hAlign: "left", vAlign: "middle", wrap: true, text: true },
    [STYLE.signature]: { hAlign: "center", vAlign: "middle", wrap: true, text: true },
  };
  withPieces(styles, [STYLE.cell, STYLE.cellCenter, STYLE.link]);
  return styles;
}
