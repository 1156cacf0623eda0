/**
 * The fake's in-memory workbook: plain data, no proxies. Tests seed it and inspect it;
 * the proxies in ./proxies read and write it only inside `context.sync()`.
 */
import { a1, parseA1, parseRange } from "../../../src/core/grid/address";
import type { RangeRef } from "../../../src/core/grid/address";

export type FakeValue = string | number | boolean;

export interface FakeFill {
  color: string;
  /** "Solid" for an ordinary fill; other Excel patterns kept as given. */
  pattern: string;
  patternColor?: string;
}

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  underline: string;
  strikethrough: boolean;
}

export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeCell {
  /** "" is an empty cell, as Excel reports it. */
  value: FakeValue;
  /** Display text when it differs from the value (dates, formats); undefined = derived. */
  text?: string;
  formula?: string;
  numberFormat: string;
  /** null = no fill. */
  fill: FakeFill | null;
  font: FakeFont;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  hyperlink?: FakeHyperlink;
  note?: string;
  comment?: string;
  borders: Record<string, FakeBorder>;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const DEFAULT_FONT: FakeFont = {
  name: "Calibri",
  size: 11,
  bold: false,
  italic: false,
  color: "#000000",
  underline: "None",
  strikethrough: false,
};

export function blankCell(): FakeCell {
  return {
    value: "",
    numberFormat: "General",
    fill: null,
    font: { ...DEFAULT_FONT },
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    borders: {},
  };
}

/** Whether a cell carries anything besides defaults (counts for the non-values-only used range). */
function isFormatted(c: FakeCell): boolean {
  return (
    c.fill !== null ||
    c.numberFormat !== "General" ||
    c.wrapText ||
    Object.keys(c.borders).length > 0 ||
    c.hyperlink !== undefined ||
    JSON.stringify(c.font) !== JSON.stringify(DEFAULT_FONT)
  );
}

export function cellText(c: FakeCell): string {
  if (c.text !== undefined) return c.text;
  if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
  return String(c.value);
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, "0")}}`;
  visibility: Visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  readonly cells = new Map<string, FakeCell>();
  merges: RangeRef[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Sheet rows (0-based) above which a manual page break sits. */
  pageBreaks: number[] = [];
  /** Page layout, header/footer and print settings as plain data. */
  readonly pageLayout: Record<string, unknown> = {
    orientation: "Portrait",
    paperSize: "Letter",
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    printComments: "NoComments",
    printOrder: "DownThenOver",
    firstPageNumber: "",
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
  readonly headersFooters: Record<string, Record<string, unknown>> = {
    group: { state: "Default", useSheetMargins: true, useSheetScale: true },
    defaultForAllPages: {},
    firstPage: {},
    evenPages: {},
    oddPages: {},
  };
  /** Autofit calls, recorded for report tests. */
  readonly autofits: { what: "columns" | "rows"; address: string }[] = [];

  constructor(public name: string) {}

  private key(row: number, col: number): string {
    return `${row},${col}`;
  }

  /** The cell at (row, col), 0-based; a fresh blank when never touched (not stored). */
  peek(row: number, col: number): FakeCell {
    return this.cells.get(this.key(row, col)) ?? blankCell();
  }

  /** The stored cell at (row, col), created on first write. */
  touch(row: number, col: number): FakeCell {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = blankCell();
      this.cells.set(k, c);
    }
    return c;
  }

  /** The cell at an A1 address, for tests ("C5"). */
  cell(address: string): FakeCell {
    const ref = parseA1(address);
    if (!ref) throw new Error(`fake: bad cell address ${address}`);
    return this.peek(ref.row, ref.col);
  }

  /** Seeds cells: `set("B2", {value: 1, fill: …})`. */
  set(address: string, patch: Partial<FakeCell>): this {
    const ref = parseA1(address);
    if (!ref) throw new Error(`fake: bad cell address ${address}`);
    Object.assign(this.touch(ref.row, ref.col), patch);
    return this;
  }

  /** Seeds a block of values with its top-left at `origin` ("A1"). null leaves a cell alone. */
  setValues(origin: string, rows: readonly (readonly (FakeValue | null)[])[]): this {
    const o = parseA1(origin);
    if (!o) throw new Error(`fake: bad cell address ${origin}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) this.touch(o.row + r, o.col + c).value = v;
      }),
    );
    return this;
  }

  /** Adds a merged area ("A1:C1") as a seed. */
  merge(address: string): this {
    const r = parseRange(address);
    if (!r) throw new Error(`fake: bad range ${address}`);
    this.merges.push(r);
    return this;
  }

  /** Bounding box of non-empty cells (valuesOnly) or of any touched non-default cell; null when none. */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let box: RangeRef | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === "" && c.formula === undefined && (valuesOnly || !isFormatted(c))) continue;
      const [row, col] = k.split(",").map(Number) as [number, number];
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }
}

/** "Sheet1!A1:B2" with the quoting Excel uses for names with spaces or symbols. */
export function qualifiedAddress(sheetName: string, r: RangeRef): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return `${quoted}!${start === end ? start : `${start}:${end}`}`;
}

export function rangeCells(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** Everything the fake workbook holds besides sheets. */
export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  enableEvents = true;
  /** Calls of application.suspendScreenUpdatingUntilNextSync() (ExcelApi 1.9) applied so far. */
  screenUpdatingSuspends = 0;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`fake: sheet ${name} exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (this.activeSheetId === null) this.activeSheetId = s.id;
    return s;
  }
}
