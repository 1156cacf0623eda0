/**
 * Range-like proxies of the fake: Range, RangeAreas, RangeFormat, RangeFill,
 * RangeFont, RangeBorder. They resolve to a sheet and one or more rectangles.
 */
import { parseRange } from "../../../src/core/grid/address";
import type { RangeRef } from "../../../src/core/grid/address";
import { FakeClientObject, FakeOfficeError } from "./context";
import type { FakeClientResult, FakeRequestContext } from "./context";
import {
  MAX_COLS,
  MAX_ROWS,
  cellText,
  contains,
  intersects,
  qualifiedAddress,
  rangeCells,
} from "./model";
import type { FakeCell, FakeSheet, FakeValue } from "./model";

/** Excel's cell limit for one range read. */
const MAX_READ_CELLS = 5_000_000;

export interface RangeTarget {
  sheet: FakeSheet;
  rects: RangeRef[];
}

/** Something that resolves to a sheet (a Worksheet proxy). */
export interface SheetSource {
  readonly path: string;
  resolve(): unknown;
}

export type RectSpec =
  { kind: "rect"; rect: RangeRef } | { kind: "used"; valuesOnly: boolean } | { kind: "entire" };

function rowsOf(r: RangeRef): number {
  return r.bottom - r.top + 1;
}
function colsOf(r: RangeRef): number {
  return r.right - r.left + 1;
}

function forEachCell(r: RangeRef, fn: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) fn(row, col);
}

function grid<T>(t: RangeTarget, fn: (c: FakeCell, row: number, col: number) => T): T[][] {
  const r = t.rects[0]!;
  if (rangeCells(r) > MAX_READ_CELLS)
    throw new FakeOfficeError("RangeExceedsLimit", "range read over 5M cells");
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(fn(t.sheet.peek(row, col), row, col));
    out.push(line);
  }
  return out;
}

/** The one value all cells share, or null when they differ (Excel's rule for format reads). */
function common<T>(t: RangeTarget, fn: (c: FakeCell) => T): T | null {
  let first: { v: T } | null = null;
  for (const r of t.rects) {
    let differs = false;
    forEachCell(r, (row, col) => {
      const v = fn(t.sheet.peek(row, col));
      if (first === null) first = { v };
      else if (JSON.stringify(first.v) !== JSON.stringify(v)) differs = true;
    });
    if (differs) return null;
  }
  return first === null ? null : (first as { v: T }).v;
}

function eachTouched(t: RangeTarget, fn: (c: FakeCell, row: number, col: number) => void): void {
  for (const r of t.rects) forEachCell(r, (row, col) => fn(t.sheet.touch(row, col), row, col));
}

/** A 2-D write: same shape as the range, or one value for every cell; null leaves a cell alone. */
function write2d(
  t: RangeTarget,
  value: unknown,
  what: string,
  fn: (c: FakeCell, v: unknown) => void,
): void {
  const r = t.rects[0]!;
  if (!Array.isArray(value)) {
    eachTouched(t, (c) => fn(c, value));
    return;
  }
  const rows = value as unknown[][];
  if (
    rows.length !== rowsOf(r) ||
    rows.some((line) => !Array.isArray(line) || line.length !== colsOf(r))
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what}: ${rows.length}x${rows[0]?.length ?? 0} does not match ${rowsOf(r)}x${colsOf(r)}`,
    );
  }
  rows.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v !== null && v !== undefined) fn(t.sheet.touch(r.top + i, r.left + j), v);
    }),
  );
}

/** How Excel takes a value written through `values`: numbers parsed, formula-like text mangled. */
function assignValue(c: FakeCell, v: unknown): void {
  delete c.text;
  delete c.formula;
  if (typeof v === "number" || typeof v === "boolean") {
    c.value = v;
    return;
  }
  const s = String(v);
  if (c.numberFormat === "@") {
    c.value = s;
  } else if (/^[-+]?\d+(\.\d+)?$/.test(s.trim())) {
    c.value = Number(s);
  } else if (/^[=+-]/.test(s)) {
    // Excel reads a leading =, + or - as a formula; text like "- ไม่มี -" breaks.
    c.formula = s;
    c.value = "#NAME?";
  } else {
    c.value = s;
  }
}

export class FakeRange extends FakeClientObject {
  protected readonly props: Record<string, string> = {
    address: "1.1",
    addressLocal: "1.1",
    values: "1.1",
    text: "1.1",
    formulas: "1.1",
    numberFormat: "1.1",
    valueTypes: "1.1",
    rowCount: "1.1",
    columnCount: "1.1",
    rowIndex: "1.1",
    columnIndex: "1.1",
    cellCount: "1.1",
    hyperlink: "1.7",
  };

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheetSource: SheetSource,
    private readonly spec: RectSpec,
    orNull = false,
  ) {
    super(context, path, orNull);
  }

  resolve(): RangeTarget | null {
    const sheet = this.sheetSource.resolve() as FakeSheet | null;
    if (!sheet) return null;
    if (this.spec.kind === "rect") return { sheet, rects: [this.spec.rect] };
    if (this.spec.kind === "entire")
      return { sheet, rects: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }] };
    const used = sheet.usedRange(this.spec.valuesOnly);
    if (used) return { sheet, rects: [used] };
    // getUsedRange on a blank sheet is A1; the OrNullObject variant is null.
    return this.orNull ? null : { sheet, rects: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
  }

  readProp(resolved: unknown, prop: string): unknown {
    const t = resolved as RangeTarget;
    const r = t.rects[0]!;
    switch (prop) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(t.sheet.name, r);
      case "values":
        return grid(t, (c) => c.value);
      case "text":
        return grid(t, (c) => cellText(c));
      case "formulas":
        return grid(t, (c) => c.formula ?? c.value);
      case "numberFormat":
        return grid(t, (c) => c.numberFormat);
      case "valueTypes":
        return grid(t, (c) =>
          c.value === ""
            ? "Empty"
            : typeof c.value === "number"
              ? "Double"
              : typeof c.value === "boolean"
                ? "Boolean"
                : "String",
        );
      case "rowCount":
        return rowsOf(r);
      case "columnCount":
        return colsOf(r);
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "cellCount":
        return rangeCells(r);
      case "hyperlink":
        return t.sheet.peek(r.top, r.left).hyperlink ?? null;
      default:
        throw new FakeOfficeError("PropertyNotFound", prop);
    }
  }

  override writeProp(
    resolved: unknown,
    prop: string,
    value: unknown,
  ): { sheetId: string; address: string } | void {
    const t = resolved as RangeTarget;
    const address = qualifiedAddress(t.sheet.name, t.rects[0]!);
    switch (prop) {
      case "values":
        write2d(t, value, "values", assignValue);
        return { sheetId: t.sheet.id, address };
      case "formulas":
        write2d(t, value, "formulas", (c, v) => {
          const s = String(v);
          if (s.startsWith("=")) {
            c.formula = s;
            c.value = "";
          } else assignValue(c, v);
        });
        return { sheetId: t.sheet.id, address };
      case "numberFormat":
        write2d(t, value, "numberFormat", (c, v) => {
          c.numberFormat = String(v);
        });
        return;
      case "hyperlink":
        eachTouched(t, (c) => {
          c.hyperlink = { ...(value as object) };
        });
        return;
      default:
        throw new FakeOfficeError("InvalidArgument", `fake: cannot write ${prop}`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get values(): FakeValue[][] {
    return this.get("values");
  }
  set values(v: unknown) {
    this.put("values", v);
  }
  get text(): string[][] {
    return this.get("text");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown) {
    this.put("formulas", v);
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.put("numberFormat", v);
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get hyperlink(): unknown {
    return this.get("hyperlink");
  }
  set hyperlink(v: unknown) {
    this.put("hyperlink", v);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}.format`, this);
  }

  getCell(row: number, col: number): FakeRange {
    return this.sub(`getCell(${row},${col})`, (r) => ({
      top: r.top + row,
      left: r.left + col,
      bottom: r.top + row,
      right: r.left + col,
    }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.sub(`getResizedRange(${deltaRows},${deltaCols})`, (r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaCols,
    }));
  }

  getOffsetRange(rows: number, cols: number): FakeRange {
    return this.sub(`getOffsetRange(${rows},${cols})`, (r) => ({
      top: r.top + rows,
      left: r.left + cols,
      bottom: r.bottom + rows,
      right: r.right + cols,
    }));
  }

  private sub(name: string, fn: (r: RangeRef) => RangeRef): FakeRange {
    const parent = { resolve: (): RangeTarget | null => this.resolve() };
    const source: SheetSource = { path: this.path, resolve: () => parent.resolve()?.sheet ?? null };
    const range = new FakeRange(this.context, `${this.path}.${name}`, source, { kind: "entire" });
    range.resolve = () => {
      const t = parent.resolve();
      return t ? { sheet: t.sheet, rects: [fn(t.rects[0]!)] } : null;
    };
    return range;
  }

  getCellProperties(
    options: Record<string, unknown>,
  ): FakeClientResult<Record<string, unknown>[][]> {
    this.need("1.9", "getCellProperties");
    return this.callForResult("getCellProperties", [options], (t: RangeTarget) =>
      grid(t, (c, row, col) => cellProperties(c, options, t.sheet.name, row, col)),
    );
  }

  setCellProperties(cells: (Record<string, unknown> | null)[][]): void {
    this.need("1.9", "setCellProperties");
    this.call("setCellProperties", [structuredClone(cells)], (t: RangeTarget) => {
      const r = t.rects[0]!;
      if (cells.length !== rowsOf(r) || cells.some((l) => l.length !== colsOf(r))) {
        throw new FakeOfficeError("InvalidArgument", "setCellProperties: shape mismatch");
      }
      cells.forEach((line, i) =>
        line.forEach((p, j) => {
          if (p) applyCellProperties(t.sheet.touch(r.top + i, r.left + j), p);
        }),
      );
    });
  }

  merge(across = false): void {
    this.call("merge", [across], (t: RangeTarget) => {
      const r = t.rects[0]!;
      const areas = across
        ? Array.from({ length: rowsOf(r) }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i }))
        : [r];
      for (const a of areas) {
        if (t.sheet.merges.some((m) => intersects(m, a))) {
          throw new FakeOfficeError(
            "MergedRangeConflict",
            `merge overlaps ${qualifiedAddress(t.sheet.name, a)}`,
          );
        }
        t.sheet.merges.push(a);
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", [], (t: RangeTarget) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rects[0]!));
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.call("clear", [applyTo], (t: RangeTarget) => clearCells(t, applyTo));
  }

  select(): void {
    this.call("select", [], (t: RangeTarget) => {
      const host = this.context.host;
      // office-js#5118: select() on a sheet that was not active when the batch began is unreliable.
      if (activeAtStartOfSync(this.context) !== t.sheet.id) {
        throw new FakeOfficeError(
          "InvalidSelection",
          "select() on a sheet that was not active when the batch began",
        );
      }
      host.model.selection = {
        sheet: t.sheet.name,
        address: qualifiedAddress(t.sheet.name, t.rects[0]!),
      };
      fakeLog(this.context).push({
        action: "select",
        sheet: t.sheet.name,
        sync: this.context.syncCount,
      });
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.need("1.13", "getMergedAreasOrNullObject");
    const parent = { resolve: (): RangeTarget | null => this.resolve() };
    return new FakeRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        const t = parent.resolve();
        if (!t) return null;
        // Like Excel (office-js#3611): only merges whose top-left cell is inside the range.
        const found = t.sheet.merges.filter((m) => contains(t.rects[0]!, m.top, m.left));
        if (found.length > 512)
          throw new FakeOfficeError("GeneralException", "more than 512 merged areas");
        return found.length ? { sheet: t.sheet, rects: found } : null;
      },
      true,
    );
  }
}

function clearCells(
  t: RangeTarget,
  applyTo: string,
): { change: { sheetId: string; address: string } } | void {
  // Clearing formats (or all) unmerges, as in Excel.
  if (applyTo === "All" || applyTo === "Formats") {
    t.sheet.merges = t.sheet.merges.filter((m) => !t.rects.some((r) => intersects(m, r)));
  }
  for (const r of t.rects) {
    // Walk the stored cells, not the rectangle: clearing a whole sheet must stay cheap.
    for (const [key, c] of [...t.sheet.cells]) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      if (!contains(r, row, col)) continue;
      if (applyTo === "All") {
        t.sheet.cells.delete(key);
        continue;
      }
      if (applyTo === "Contents") {
        c.value = "";
        delete c.formula;
        delete c.text;
      }
      if (applyTo === "Formats") {
        const keep = {
          value: c.value,
          formula: c.formula,
          hyperlink: c.hyperlink,
          note: c.note,
          comment: c.comment,
        };
        t.sheet.cells.set(key, { ...blank(), ...keep });
      }
      if (applyTo === "Hyperlinks") delete c.hyperlink;
    }
  }
  if (applyTo === "All" || applyTo === "Contents") {
    return {
      change: { sheetId: t.sheet.id, address: qualifiedAddress(t.sheet.name, t.rects[0]!) },
    };
  }
}

function blank(): Omit<FakeCell, "value"> {
  return {
    numberFormat: "General",
    fill: null,
    font: {
      name: "Calibri",
      size: 11,
      bold: false,
      italic: false,
      color: "#000000",
      underline: "None",
      strikethrough: false,
    },
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    borders: {},
  };
}

/** Set by the fake when a sync starts: which sheet was active then. */
const activeAtSyncStart = new WeakMap<FakeRequestContext, string | null>();
export function markSyncStart(ctx: FakeRequestContext): void {
  activeAtSyncStart.set(ctx, ctx.host.model.activeSheetId);
}
function activeAtStartOfSync(ctx: FakeRequestContext): string | null {
  return activeAtSyncStart.get(ctx) ?? null;
}

export interface LogEntry {
  action: "activate" | "select";
  sheet: string;
  sync: number;
}
const logs = new WeakMap<object, LogEntry[]>();
/** Navigation log of the fake that owns the context's host. */
export function fakeLog(ctx: FakeRequestContext): LogEntry[] {
  return logOf(ctx.host);
}

/** Navigation log (activate/select with the sync they ran in) of a fake host. */
export function logOf(host: object): LogEntry[] {
  let l = logs.get(host);
  if (!l) {
    l = [];
    logs.set(host, l);
  }
  return l;
}

function cellProperties(
  c: FakeCell,
  options: Record<string, unknown>,
  sheetName: string,
  row: number,
  col: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options.address)
    out.address = qualifiedAddress(sheetName, { top: row, left: col, bottom: row, right: col });
  if (options.hyperlink && c.hyperlink) out.hyperlink = { ...c.hyperlink };
  const f = options.format as Record<string, unknown> | undefined;
  if (f) {
    const format: Record<string, unknown> = {};
    const fill = f.fill as Record<string, boolean> | undefined;
    if (fill) {
      // Excel reports "no fill" as white with pattern None: the colour alone cannot tell.
      const o: Record<string, unknown> = {};
      if (fill.color) o.color = c.fill ? c.fill.color : "#FFFFFF";
      if (fill.pattern) o.pattern = c.fill ? c.fill.pattern : "None";
      if (fill.patternColor) o.patternColor = c.fill?.patternColor ?? "#000000";
      format.fill = o;
    }
    const font = f.font as Record<string, boolean> | undefined;
    if (font) {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(font)) if (font[k]) o[k] = c.font[k as keyof FakeCell["font"]];
      format.font = o;
    }
    if (f.wrapText) format.wrapText = c.wrapText;
    if (f.horizontalAlignment) format.horizontalAlignment = c.horizontalAlignment;
    if (f.verticalAlignment) format.verticalAlignment = c.verticalAlignment;
    out.format = format;
  }
  return out;
}

function applyCellProperties(c: FakeCell, p: Record<string, unknown>): void {
  const f = p.format as Record<string, unknown> | undefined;
  if (f) {
    const fill = f.fill as Record<string, string> | undefined;
    if (fill) {
      if (fill.pattern === "None") c.fill = null;
      else if (fill.color !== undefined || fill.pattern !== undefined) {
        c.fill = {
          color: fill.color ?? c.fill?.color ?? "#FFFFFF",
          pattern: fill.pattern ?? "Solid",
          ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
        };
      }
    }
    if (f.font) Object.assign(c.font, f.font);
    if (typeof f.wrapText === "boolean") c.wrapText = f.wrapText;
    if (typeof f.horizontalAlignment === "string") c.horizontalAlignment = f.horizontalAlignment;
    if (typeof f.verticalAlignment === "string") c.verticalAlignment = f.verticalAlignment;
  }
  if (p.hyperlink) c.hyperlink = { ...p.hyperlink };
}

/** Several rectangles on one sheet (getRanges, merged areas). */
export class FakeRangeAreas extends FakeClientObject {
  protected readonly props: Record<string, string> = {
    address: "1.9",
    areaCount: "1.9",
    cellCount: "1.9",
  };
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolver: () => RangeTarget | null,
    orNull = false,
  ) {
    super(context, path, orNull);
  }
  resolve(): RangeTarget | null {
    return this.resolver();
  }
  readProp(resolved: unknown, prop: string): unknown {
    const t = resolved as RangeTarget;
    if (prop === "address") return t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(", ");
    if (prop === "areaCount") return t.rects.length;
    return t.rects.reduce((n, r) => n + rangeCells(r), 0);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}.format`, this);
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.call("clear", [applyTo], (t: RangeTarget) => clearCells(t, applyTo));
  }
}

/** Parses "A1:B2" for a sheet; throws InvalidArgument like Excel for a bad address. */
export function rectOf(address: string): RangeRef {
  const r = parseRange(address.replace(/\$/g, ""));
  if (!r) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return r;
}

interface RangeLike {
  readonly path: string;
  resolve(): RangeTarget | null;
}

class FakeFormatPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly owner: RangeLike,
    protected readonly props: Record<string, string>,
    private readonly writer: (c: FakeCell, prop: string, v: unknown) => void,
    private readonly field: (c: FakeCell, prop: string) => unknown,
  ) {
    super(context, path);
  }
  resolve(): RangeTarget | null {
    return this.owner.resolve();
  }
  readProp(resolved: unknown, prop: string): unknown {
    return common(resolved as RangeTarget, (c) => this.field(c, prop));
  }
  override writeProp(resolved: unknown, prop: string, value: unknown): void {
    eachTouched(resolved as RangeTarget, (c) => this.writer(c, prop, value));
  }
  /** Generic accessors for the subclasses' typed getters. */
  protected prop<T>(name: string): T {
    return this.get(name);
  }
  protected setProp(name: string, v: unknown): void {
    this.put(name, v);
  }
}

export class FakeRangeFill extends FakeFormatPart {
  constructor(context: FakeRequestContext, path: string, owner: RangeLike) {
    super(
      context,
      path,
      owner,
      { color: "1.1", pattern: "1.9", patternColor: "1.9", tintAndShade: "1.9" },
      (c, prop, v) => {
        if (prop === "color") c.fill = { color: String(v), pattern: "Solid" };
        else if (prop === "pattern")
          c.fill = v === "None" ? null : { color: c.fill?.color ?? "#FFFFFF", pattern: String(v) };
      },
      (c, prop) =>
        prop === "color"
          ? c.fill
            ? c.fill.color
            : "#FFFFFF"
          : prop === "pattern"
            ? c.fill
              ? c.fill.pattern
              : "None"
            : null,
    );
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setProp("color", v);
  }
  get pattern(): string {
    return this.prop("pattern");
  }
  set pattern(v: string) {
    this.setProp("pattern", v);
  }
  clear(): void {
    this.call("clear", [], (t: RangeTarget) =>
      eachTouched(t, (c) => {
        c.fill = null;
      }),
    );
  }
}

export class FakeRangeFont extends FakeFormatPart {
  constructor(context: FakeRequestContext, path: string, owner: RangeLike) {
    const props = {
      name: "1.1",
      size: "1.1",
      bold: "1.1",
      italic: "1.1",
      color: "1.1",
      underline: "1.1",
      strikethrough: "1.9",
    };
    super(
      context,
      path,
      owner,
      props,
      (c, prop, v) => {
        (c.font as unknown as Record<string, unknown>)[prop] = v;
      },
      (c, prop) => (c.font as unknown as Record<string, unknown>)[prop],
    );
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.setProp("size", v);
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.setProp("bold", v);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.setProp("italic", v);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setProp("color", v);
  }
  get underline(): string {
    return this.prop("underline");
  }
  set underline(v: string) {
    this.setProp("underline", v);
  }
}

export class FakeRangeBorder extends FakeFormatPart {
  constructor(context: FakeRequestContext, path: string, owner: RangeLike, side: string) {
    super(
      context,
      path,
      owner,
      { style: "1.1", weight: "1.1", color: "1.1" },
      (c, prop, v) => {
        const b = c.borders[side] ?? { style: "None", weight: "Thin", color: "#000000" };
        c.borders[side] = { ...b, [prop]: v };
      },
      (c, prop) =>
        (c.borders[side] as unknown as Record<string, unknown> | undefined)?.[prop] ??
        (prop === "style" ? "None" : null),
    );
  }
  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.setProp("style", v);
  }
  get weight(): string {
    return this.prop("weight");
  }
  set weight(v: string) {
    this.setProp("weight", v);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setProp("color", v);
  }
}

export class FakeRangeFormat extends FakeFormatPart {
  constructor(context: FakeRequestContext, path: string, owner: RangeLike) {
    super(
      context,
      path,
      owner,
      {
        wrapText: "1.1",
        horizontalAlignment: "1.1",
        verticalAlignment: "1.1",
        columnWidth: "1.2",
        rowHeight: "1.2",
        useStandardHeight: "1.2",
        useStandardWidth: "1.2",
      },
      (c, prop, v) => {
        if (prop === "wrapText") c.wrapText = Boolean(v);
        if (prop === "horizontalAlignment") c.horizontalAlignment = String(v);
        if (prop === "verticalAlignment") c.verticalAlignment = String(v);
      },
      (c, prop) =>
        prop === "wrapText"
          ? c.wrapText
          : prop === "horizontalAlignment"
            ? c.horizontalAlignment
            : c.verticalAlignment,
    );
  }
  override readProp(resolved: unknown, prop: string): unknown {
    const t = resolved as RangeTarget;
    const r = t.rects[0]!;
    if (prop === "columnWidth")
      return sameOrNull(range(r.left, r.right).map((c) => t.sheet.columnWidths.get(c) ?? 48));
    if (prop === "rowHeight")
      return sameOrNull(range(r.top, r.bottom).map((x) => t.sheet.rowHeights.get(x) ?? 15));
    if (prop === "useStandardHeight")
      return ![...t.sheet.rowHeights.keys()].some((x) => x >= r.top && x <= r.bottom);
    if (prop === "useStandardWidth")
      return ![...t.sheet.columnWidths.keys()].some((c) => c >= r.left && c <= r.right);
    return super.readProp(resolved, prop);
  }
  override writeProp(resolved: unknown, prop: string, value: unknown): void {
    const t = resolved as RangeTarget;
    for (const r of t.rects) {
      if (prop === "columnWidth")
        for (const c of range(r.left, r.right)) t.sheet.columnWidths.set(c, Number(value));
      else if (prop === "rowHeight")
        for (const x of range(r.top, r.bottom)) t.sheet.rowHeights.set(x, Number(value));
      // Back to the sheet's standard size: forget custom sizes (walk the map: a whole sheet stays cheap).
      else if (prop === "useStandardHeight" && value === true) {
        for (const x of [...t.sheet.rowHeights.keys()])
          if (x >= r.top && x <= r.bottom) t.sheet.rowHeights.delete(x);
      } else if (prop === "useStandardWidth" && value === true) {
        for (const c of [...t.sheet.columnWidths.keys()])
          if (c >= r.left && c <= r.right) t.sheet.columnWidths.delete(c);
      }
    }
    if (!SIZE_PROPS.has(prop)) super.writeProp(resolved, prop, value);
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.context, `${this.path}.fill`, this.owner);
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.context, `${this.path}.font`, this.owner);
  }
  get borders(): { getItem(side: string): FakeRangeBorder } {
    return {
      getItem: (side: string) =>
        new FakeRangeBorder(this.context, `${this.path}.borders('${side}')`, this.owner, side),
    };
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.setProp("wrapText", v);
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setProp("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setProp("verticalAlignment", v);
  }
  get useStandardHeight(): boolean {
    return this.prop("useStandardHeight");
  }
  set useStandardHeight(v: boolean) {
    this.setProp("useStandardHeight", v);
  }
  get useStandardWidth(): boolean {
    return this.prop("useStandardWidth");
  }
  set useStandardWidth(v: boolean) {
    this.setProp("useStandardWidth", v);
  }
  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(v: number) {
    this.setProp("columnWidth", v);
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(v: number) {
    this.setProp("rowHeight", v);
  }
  autofitColumns(): void {
    this.need("1.2", "autofitColumns");
    this.call("autofitColumns", [], (t: RangeTarget) => {
      t.sheet.autofits.push({
        what: "columns",
        address: qualifiedAddress(t.sheet.name, t.rects[0]!),
      });
    });
  }
  autofitRows(): void {
    this.need("1.2", "autofitRows");
    this.call("autofitRows", [], (t: RangeTarget) => {
      t.sheet.autofits.push({ what: "rows", address: qualifiedAddress(t.sheet.name, t.rects[0]!) });
    });
  }
}

/** Row and column size properties: they live on the sheet, not on cells. */
const SIZE_PROPS = new Set(["columnWidth", "rowHeight", "useStandardHeight", "useStandardWidth"]);

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
function sameOrNull(xs: number[]): number | null {
  return xs.every((x) => x === xs[0]) ? (xs[0] ?? null) : null;
}
