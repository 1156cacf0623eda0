/**
 * A checklist from a sheet: the item table a supervisor pastes from the new manual, an office's
 * OIT tracker, or a sheet this add-in exported. What the sheet leaves out (time rules, keywords,
 * indicators) comes from a base list, the built-in one of the year or the nearest earlier.
 * Problems are flags naming their rows; with any error nothing is loaded.
 */
import { a1, columnLetter, rangeA1 } from "../../grid/address";
import type { Grid } from "../../grid/grid";
import type { Flag } from "../../flags/flag";
import { titleLines } from "../../read/titleLines";
import { buildSheetText } from "../../tables/sheetText";
import type { SheetText } from "../../tables/sheetText";
import { rowCells } from "../../tables/rowShape";
import { inferFiscalYear, toArabicDigits } from "../../thai";
import { validateChecklist } from "../schema";
import type { Checklist, Confidence, Indicator } from "../types";
import { codeListOf, readAbout, weightsOf } from "./aboutBlock";
import type { About } from "./aboutBlock";
import { readIndicatorTable } from "./indicatorTable";
import { columnLetters, findItemTable, readItemRows } from "./itemTable";
import type { ColumnMap, ItemTable, RawItem } from "./itemTable";
import { buildItems } from "./buildItems";
import type { BuiltItem, Emit } from "./buildItems";
import { confidenceOf } from "./words";

export type { ColumnMap } from "./itemTable";

export interface SheetChecklistOptions {
  /** Assessment year the list is loaded for; null = the year the sheet states. */
  year: number | null;
  /** The year when neither `year` nor the sheet gives one (the as-of date's); absent = an error. */
  fallbackYear?: number;
  /** Which column holds which field, when the header does not say it. */
  columns?: ColumnMap;
  /**
   * Built-in list that fills what the sheet leaves out, or the function that gives it for the
   * year once the year is known (baseChecklistFor).
   */
  base: Checklist | ((year: number) => Checklist);
  /** Where the sheet came from (a file name), for the list's `source`. */
  origin?: string;
}

export interface LoadedTable {
  sheet: string;
  /** A1 range from the header (or first item) to the last item row. */
  range: string;
  columns: ColumnMap;
  /** The table also tracks work (responsible, progress), like an office's OIT tracker. */
  tracking: boolean;
  /** 1-based sheet rows of the items. */
  itemRows: number[];
}

/** Where the list's year came from: the caller, the sheet (about block or title), or the fallback. */
export type ListYearSource = "option" | "sheet" | "fallback";

export type SheetChecklistResult =
  | {
      ok: true;
      checklist: Checklist;
      yearSource: ListYearSource;
      flags: Flag[];
      table: LoadedTable;
      /** First text of each column, for a form that says which column holds what. */
      columnsSeen: { column: string; text: string }[];
    }
  | { ok: false; flags: Flag[]; columnsSeen: { column: string; text: string }[] };

export function checklistFromSheet(
  grid: Grid,
  options: SheetChecklistOptions,
): SheetChecklistResult {
  const st = buildSheetText(grid);
  const flags: Flag[] = [];
  const emit: Emit = (code, severity, at, params = {}) =>
    flags.push({
      code,
      severity,
      sheet: grid.name,
      cell: at ? a1(at.row, at.col) : null,
      row: at ? at.row + 1 : null,
      params,
    });
  const table = findItemTable(st, options.columns);
  const rows = table ? readItemRows(st, table) : null;
  if (!table || !rows || rows.items.length === 0) {
    // Pointed at the sheet's first cell, so clicking the problem opens the sheet.
    emit(
      "CHECKLIST_NO_TABLE",
      "error",
      { row: st.top, col: st.left },
      {
        rows: `${st.top + 1}–${st.top + st.rows.length}`,
        columns: options.columns ? Object.values(options.columns).join(", ") : "",
      },
    );
    return { ok: false, flags, columnsSeen: columnsSeen(st) };
  }
  const top = table.headerRow ?? rows.items[0]?.row ?? st.top;
  const about = readAbout(st, st.top, top);
  const { year, source } = yearOf(st, top, about, options, emit);
  const base =
    typeof options.base !== "function" ? options.base : year === null ? null : options.base(year);
  for (const b of rows.badCodes)
    emit(
      "CHECKLIST_BAD_CODE",
      "warning",
      { row: b.row, col: table.columns.code ?? 0 },
      { value: b.text },
    );
  for (const h of rows.repeatedHeadings)
    emit(
      "CHECKLIST_SUB_REPEATED",
      "warning",
      { row: h.row, col: table.columns.code ?? 0 },
      { sub: h.id },
    );
  reportDuplicates(rows.items, table, emit);
  // Without a year there is no base to build on: the year's error comes first.
  const built = base ? buildItems(rows.items, table, base, year ?? base.year, emit) : [];
  if (year === null || base === null || flags.some((f) => f.severity === "error"))
    return { ok: false, flags, columnsSeen: columnsSeen(st) };
  const json = assemble(st, year, about, rows.indicatorHeaderRow, built, base, options, emit);
  if (flags.some((f) => f.severity === "error"))
    return { ok: false, flags, columnsSeen: columnsSeen(st) };
  const valid = validateChecklist(json);
  if (!valid.ok) {
    for (const e of valid.errors) {
      const i = /^items\[(\d+)\]/.exec(e.path)?.[1];
      const item = i === undefined ? undefined : built[Number(i)];
      emit(
        "CHECKLIST_INVALID",
        "error",
        item ? { row: item.row, col: table.columns.code ?? 0 } : null,
        { path: e.path, problem: e.code },
      );
    }
    return { ok: false, flags, columnsSeen: columnsSeen(st) };
  }
  const lastRow = Math.max(...built.map((b) => b.row));
  return {
    ok: true,
    checklist: valid.checklist,
    yearSource: source,
    flags,
    columnsSeen: columnsSeen(st),
    table: {
      sheet: grid.name,
      range: rangeA1({
        top,
        left: Math.min(...Object.values(table.columns)),
        bottom: lastRow,
        right: Math.max(...Object.values(table.columns)),
      }),
      columns: columnLetters(table.columns),
      tracking: table.tracking,
      itemRows: built.map((b) => b.row + 1),
    },
  };
}

/**
 * The year: the caller's, else the about block's or title lines', else the fallback; a sheet
 * stating another year than the caller's is a warning.
 */
function yearOf(
  st: SheetText,
  top: number,
  about: About,
  options: SheetChecklistOptions,
  emit: Emit,
): { year: number | null; source: ListYearSource } {
  const stated = about.year ? Number(toArabicDigits(about.year.text).trim()) : null;
  const sheetYear =
    stated !== null && Number.isInteger(stated) ? stated : inferFiscalYear(titleLines(st, top));
  const wanted = options.year;
  if (wanted !== null) {
    if (sheetYear !== null && sheetYear !== wanted) {
      const at = about.year ? { row: about.year.row, col: about.year.col } : null;
      emit("CHECKLIST_YEAR_DIFFERS", "warning", at, { sheetYear, year: wanted });
    }
    return { year: wanted, source: "option" };
  }
  if (sheetYear !== null) return { year: sheetYear, source: "sheet" };
  if (options.fallbackYear !== undefined) return { year: options.fallbackYear, source: "fallback" };
  emit("CHECKLIST_NO_YEAR", "error", null, {});
  return { year: null, source: "sheet" };
}

function reportDuplicates(items: readonly RawItem[], table: ItemTable, emit: Emit): void {
  const rowsByNo = new Map<number, number[]>();
  for (const it of items) rowsByNo.set(it.no, [...(rowsByNo.get(it.no) ?? []), it.row]);
  for (const [no, rows] of rowsByNo) {
    if (rows.length < 2) continue;
    emit(
      "CHECKLIST_DUPLICATE_CODE",
      "error",
      { row: rows[1] ?? 0, col: table.columns.code ?? 0 },
      {
        item: `O${no}`,
        rows: rows.map((r) => r + 1).join(", "),
      },
    );
  }
}

/** The whole list as JSON for the validator: the sheet's items, the rest from the about block, the indicator table or the base. */
function assemble(
  st: SheetText,
  year: number,
  about: About,
  indicatorHeaderRow: number | null,
  built: readonly BuiltItem[],
  base: Checklist,
  options: SheetChecklistOptions,
  emit: Emit,
): unknown {
  const items = built.map((b) => b.item);
  const maxNo = Math.max(...items.map((i) => i.no));
  const table = indicatorHeaderRow === null ? null : readIndicatorTable(st, indicatorHeaderRow);
  for (const b of table?.bad ?? [])
    emit(
      "CHECKLIST_BAD_VALUE",
      "error",
      { row: b.row, col: b.col },
      { field: b.field, value: b.value, column: columnLetter(b.col) },
    );
  const aboutValue = <T>(key: keyof About, read: (text: string) => T | null, fallback: T): T => {
    const a = about[key];
    if (!a || a.text === "") return fallback;
    const v = read(a.text);
    if (v === null) {
      emit(
        "CHECKLIST_BAD_VALUE",
        "error",
        { row: a.row, col: a.col },
        { field: key, value: a.text, column: columnLetter(a.col) },
      );
      return fallback;
    }
    return v;
  };
  const present = new Set(items.map((i) => i.no));
  const missing = Array.from({ length: maxNo }, (_, i) => i + 1)
    .filter((n) => !present.has(n))
    .map((n) => `O${n}`);
  const gaps = aboutValue("gaps", codeListOf, missing);
  if (!about.gaps && missing.length > 0)
    emit("CHECKLIST_GAP", "warning", null, { items: missing.join(", ") });
  const weights = aboutValue("weights", weightsOf, null);
  const tools = weights
    ? {
        IIT: { ...base.tools.IIT, weight: weights.IIT },
        EIT: { ...base.tools.EIT, weight: weights.EIT },
        OIT: { ...base.tools.OIT, weight: weights.OIT },
      }
    : base.tools;
  const countText = about.itemCount?.text.trim();
  const itemCount =
    about.itemCount && countText === ""
      ? null
      : aboutValue("itemCount", (t) => wholeNumber(t), maxNo);
  const copyOf = aboutValue("provisional", (t) => wholeNumber(t), null);
  const json: Record<string, unknown> = {
    year,
    version: aboutValue("version", (t) => t, `${year}.sheet`),
    source: aboutValue(
      "source",
      (t) => t,
      `sheet "${st.name}"${options.origin ? ` of ${options.origin}` : ""}`,
    ),
    confidence: aboutValue(
      "confidence",
      confidenceOf,
      worstConfidence(items.map((i) => i.confidence)),
    ),
    itemCount,
    gaps,
    tools,
    indicators: table ? table.indicators : indicatorsFromItems(base, built),
    items,
    measureItems: aboutValue("measureItems", codeListOf, measureItemsOf(base, built)),
    indicatorKeywords:
      table && Object.keys(table.keywords).length > 0 ? table.keywords : base.indicatorKeywords,
  };
  if (copyOf !== null) json.provisional = { copyOf };
  return json;
}

function wholeNumber(text: string): number | null {
  const n = Number(toArabicDigits(text).trim());
  return Number.isInteger(n) && n > 0 ? n : null;
}

const RANK: Record<Confidence, number> = { confirmed: 0, partial: 1, inferred: 2 };

function worstConfidence(list: readonly Confidence[]): Confidence {
  return list.reduce<Confidence>((w, c) => (RANK[c] > RANK[w] ? c : w), "confirmed");
}

/** The base's indicators, with the OIT sub-indicators rebuilt from the items' own grouping. */
function indicatorsFromItems(base: Checklist, built: readonly BuiltItem[]): Indicator[] {
  return base.indicators.map((ind) => {
    if (ind.tool !== "OIT") return ind;
    const subs = new Map<string, { from: number; to: number; title: string; fromSheet: boolean }>();
    for (const b of built) {
      if (b.item.indicator !== ind.no || b.item.sub === null) continue;
      const s = subs.get(b.item.sub);
      if (!s)
        subs.set(b.item.sub, {
          from: b.item.no,
          to: b.item.no,
          title: b.subTitle,
          fromSheet: b.subFromSheet,
        });
      else {
        s.from = Math.min(s.from, b.item.no);
        s.to = Math.max(s.to, b.item.no);
      }
    }
    const subIndicators = [...subs].map(([id, s]) => {
      const known = ind.subIndicators.find((k) => k.id === id);
      return {
        id,
        titleTh: s.title || known?.titleTh || id,
        titleEn: known?.titleEn ?? "",
        from: `O${s.from}`,
        to: `O${s.to}`,
        confidence: s.fromSheet ? ("confirmed" as const) : (known?.confidence ?? "inferred"),
      };
    });
    subIndicators.sort((a, b) => subOrder(a.id) - subOrder(b.id));
    return { ...ind, subIndicators };
  });
}

function subOrder(id: string): number {
  const [a = 0, b = 0] = id.split(".").map(Number);
  return a * 100 + b;
}

/** Items that stand for the base's measure items (the measure table answers them). */
function measureItemsOf(base: Checklist, built: readonly BuiltItem[]): string[] {
  const wanted = new Set(base.measureItems);
  return built.filter((b) => b.baseCode !== null && wanted.has(b.baseCode)).map((b) => b.item.code);
}

/** Non-empty cells of the first rows, so the user's column form can show what each column holds. */
function columnsSeen(st: SheetText): { column: string; text: string }[] {
  const seen = new Map<number, string>();
  const last = Math.min(st.top + st.rows.length, st.top + 60);
  for (let r = st.top; r < last; r++) {
    for (const [col, text] of rowCells(st, r)) if (!seen.has(col)) seen.set(col, text.slice(0, 40));
  }
  return [...seen]
    .sort((a, b) => a[0] - b[0])
    .map(([col, text]) => ({ column: a1(0, col).replace(/\d+$/, ""), text }));
}
