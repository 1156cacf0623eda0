/**
 * A growing report sheet: rows are appended top to bottom with their cells, merges, kind and
 * a height computed from the text they hold.
 */
import type { RangeRef } from "../grid/address";
import { SPACER_HEIGHT } from "./geometry";
import type { ReportCell, ReportRowKind } from "./model";
import { clampRowHeight, heightForLines, wrappedLines } from "./textWidth";

export interface RowCell {
  col: number;
  /** Last column the cell spans (merged), inclusive; = col when not merged. */
  lastCol: number;
  text: string;
  style: string;
  bold: boolean;
  link?: string;
}

export class SheetRows {
  readonly cells: ReportCell[] = [];
  readonly merges: RangeRef[] = [];
  readonly heights: number[] = [];
  readonly kinds: ReportRowKind[] = [];
  readonly clipped: number[] = [];

  /**
   * @param colWidths width of each column in points as text wraps in it (the narrower renderer)
   * @param fontSize points
   */
  constructor(
    private readonly colWidths: readonly number[],
    private readonly fontSize: number,
  ) {}

  get next(): number {
    return this.heights.length;
  }

  private spanWidth(first: number, last: number): number {
    let w = 0;
    for (let c = first; c <= last; c++) w += this.colWidths[c] ?? 0;
    return w;
  }

  /** Appends one row; its height fits the tallest cell. Returns the row index. */
  add(kind: ReportRowKind, cells: readonly RowCell[]): number {
    const row = this.next;
    let lines = 1;
    for (const c of cells) {
      this.cells.push({
        row,
        col: c.col,
        value: c.text === "" ? null : c.text,
        style: c.style,
        ...(c.link ? { link: c.link } : {}),
      });
      if (c.lastCol > c.col)
        this.merges.push({ top: row, left: c.col, bottom: row, right: c.lastCol });
      const width = this.spanWidth(c.col, c.lastCol);
      lines = Math.max(lines, wrappedLines(c.text, width, this.fontSize, c.bold));
    }
    const { height, clipped } = clampRowHeight(heightForLines(lines, this.fontSize));
    if (clipped) this.clipped.push(row);
    this.heights.push(height);
    this.kinds.push(kind);
    return row;
  }

  /** Appends an empty thin row. */
  addSpacer(): number {
    const row = this.next;
    this.heights.push(SPACER_HEIGHT);
    this.kinds.push("spacer");
    return row;
  }
}
