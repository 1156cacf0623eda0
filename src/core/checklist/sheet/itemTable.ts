/**
 * Finds the item table of a checklist sheet and reads its rows: one raw item per code cell,
 * continuation rows joined to the item above, sub-indicator headings remembered. The header
 * is found by its words (vocabulary.json) unless the user says which column holds what.
 */
import { columnIndex, columnLetter } from "../../grid/address";
import { cellText } from "../../tables/sheetText";
import type { SheetText } from "../../tables/sheetText";
import { isBlankRow, rowCells } from "../../tables/rowShape";
import {
  fieldOfHeader,
  indicatorTableWords,
  isTrackingHeader,
  itemNoOf,
  subHeadingOf,
  wordKey,
} from "./words";
import type { ItemField } from "./words";

/** Which column (letter) holds which field, as a user gives it when the header cannot tell. */
export type ColumnMap = Partial<Record<ItemField, string>>;

export interface ItemTable {
  /** 0-based sheet row of the header, or null when the user's column map stands for it. */
  headerRow: number | null;
  /** 0-based sheet column per field. */
  columns: Partial<Record<ItemField, number>>;
  /** The table also tracks work (responsible, progress): it is an office's tracker, not a bare list. */
  tracking: boolean;
}

export interface RawItem {
  /** 0-based sheet row of the code cell. */
  row: number;
  no: number;
  /** Text per field as written (continuation rows joined with a line break). */
  fields: Partial<Record<ItemField, string>>;
  /** The sub-indicator heading the row sits under, when the sheet names one. */
  heading: { id: string; title: string; row: number } | null;
}

export interface ItemRows {
  items: RawItem[];
  /** Rows whose code cell holds text that is not an item code (skipped). */
  badCodes: { row: number; text: string }[];
  /** Sub-indicator headings whose id the sheet already used for an earlier run of items. */
  repeatedHeadings: { row: number; id: string }[];
  /** 0-based sheet row where the indicator table starts, or null. */
  indicatorHeaderRow: number | null;
  lastRow: number;
}

type Header = { columns: Partial<Record<ItemField, number>>; tracking: boolean; signature: string };

function headerOf(st: SheetText, r: number): Header | null {
  const cells = rowCells(st, r);
  if (cells.length < 2) return null;
  const columns: Partial<Record<ItemField, number>> = {};
  let tracking = false;
  for (const [col, text] of cells) {
    const field = fieldOfHeader(text);
    if (field && columns[field] === undefined) columns[field] = col;
    else if (!field && isTrackingHeader(text)) tracking = true;
  }
  if (columns.code === undefined || columns.titleTh === undefined) return null;
  // A title column right after the code, or a row of mostly field names: a data row rarely names two fields.
  if (Object.keys(columns).length < 2) return null;
  const signature = Object.entries(columns)
    .map(([f, c]) => `${f}@${c}`)
    .sort()
    .join("|");
  return { columns, tracking, signature };
}

/** The indicator table's header ("ตัวชี้วัด/ตัวชี้วัดย่อย | … | เครื่องมือ"), which ends the item table. */
function isIndicatorHeader(st: SheetText, r: number): boolean {
  const cells = rowCells(st, r);
  const first = cells[0]?.[1];
  if (first === undefined || !indicatorTableWords.first.includes(wordKey(first))) return false;
  return cells.some(([, t]) => indicatorTableWords.needs.includes(wordKey(t)));
}

/** The first item-table header of the sheet, or from the user's column letters. */
export function findItemTable(st: SheetText, map?: ColumnMap): ItemTable | null {
  if (map && Object.keys(map).length > 0) {
    const columns: Partial<Record<ItemField, number>> = {};
    for (const [field, letter] of Object.entries(map) as [ItemField, string][]) {
      if (letter) columns[field] = columnIndex(letter.trim().toUpperCase());
    }
    if (columns.code === undefined || columns.titleTh === undefined) return null;
    return { headerRow: null, columns, tracking: false };
  }
  const last = st.top + st.rows.length;
  for (let r = st.top; r < last; r++) {
    const h = headerOf(st, r);
    if (h) return { headerRow: r, columns: h.columns, tracking: h.tracking };
  }
  return null;
}

const BLANK_HEADING = null;

/** Reads the item rows below the header (or the whole sheet for a user's column map). */
export function readItemRows(st: SheetText, table: ItemTable): ItemRows {
  const out: ItemRows = {
    items: [],
    badCodes: [],
    repeatedHeadings: [],
    indicatorHeaderRow: null,
    lastRow: table.headerRow ?? st.top,
  };
  const codeCol = table.columns.code ?? 0;
  const titleCol = table.columns.titleTh ?? codeCol;
  const signature = table.headerRow === null ? null : headerOf(st, table.headerRow)?.signature;
  const usedHeadings = new Set<string>();
  let heading: RawItem["heading"] = BLANK_HEADING;
  let current: RawItem | null = null;
  const last = st.top + st.rows.length;
  for (let r = (table.headerRow ?? st.top - 1) + 1; r < last; r++) {
    if (isBlankRow(st, r)) continue;
    if (isIndicatorHeader(st, r)) {
      out.indicatorHeaderRow = r;
      break;
    }
    const header = headerOf(st, r);
    if (header) {
      if (header.signature === signature) continue;
      break;
    }
    const codeText = cellText(st, r, codeCol);
    const no = codeText === "" ? null : itemNoOf(codeText);
    if (no !== null) {
      current = { row: r, no, fields: fieldsOf(st, r, table), heading };
      out.items.push(current);
      out.lastRow = r;
      continue;
    }
    const cells = rowCells(st, r);
    const lone = cells.length === 1 && (cells[0]?.[0] ?? 0) <= Math.max(codeCol, titleCol);
    if (lone) {
      heading = nextHeading(cells[0]?.[1] ?? "", r, heading, usedHeadings, out);
      current = null;
      continue;
    }
    if (codeText !== "") {
      out.badCodes.push({ row: r, text: codeText });
      current = null;
      continue;
    }
    if (current) {
      appendFields(current, fieldsOf(st, r, table));
      out.lastRow = r;
    }
  }
  return out;
}

/** A heading row: a sub-indicator id starts a new run; a repeated id or a heading without one forgets it. */
function nextHeading(
  text: string,
  r: number,
  heading: RawItem["heading"],
  used: Set<string>,
  out: ItemRows,
): RawItem["heading"] {
  const sub = subHeadingOf(text);
  if (sub) {
    if (heading?.id === sub.id) return heading;
    if (used.has(sub.id)) {
      out.repeatedHeadings.push({ row: r, id: sub.id });
      return null;
    }
    used.add(sub.id);
    return { ...sub, row: r };
  }
  // "ตัวชี้วัดย่อยที่ ๑๐ …" names a sub-indicator we cannot read; a plain group ("การประชาสัมพันธ์") keeps the run.
  return wordKey(text).startsWith("ตัวชี้วัดย่อย") ? null : heading;
}

function fieldsOf(st: SheetText, r: number, table: ItemTable): Partial<Record<ItemField, string>> {
  const out: Partial<Record<ItemField, string>> = {};
  for (const [field, col] of Object.entries(table.columns) as [ItemField, number][]) {
    const text = cellText(st, r, col);
    if (text !== "") out[field] = text;
  }
  return out;
}

function appendFields(item: RawItem, more: Partial<Record<ItemField, string>>): void {
  for (const [field, text] of Object.entries(more) as [ItemField, string][]) {
    if (field === "code") continue;
    const before = item.fields[field];
    item.fields[field] = before ? `${before}\n${text}` : text;
  }
}

/** Column letters of a table, for messages and for the user's column form. */
export function columnLetters(columns: Partial<Record<ItemField, number>>): ColumnMap {
  const out: ColumnMap = {};
  for (const [field, col] of Object.entries(columns) as [ItemField, number][])
    out[field] = columnLetter(col);
  return out;
}
