/**
 * Finds the tables on a sheet: header rows by their words, the rows each table owns,
 * repeated headers (page breaks in a paste) dropped, section rows kept as groups.
 */
import type { ColumnRole, TableKind } from "../model";
import { isIndicatorTitleHeader, isOitNumberHeader, roleOfHeader } from "./headerRoles";
import type { HeaderRole } from "./headerRoles";
import { inferContentRoles } from "./contentRoles";
import { isBlankRow, isSignatureText, looksLikeSection, rowCells } from "./rowShape";
import type { SheetText } from "./sheetText";
import vocabulary from "./vocabulary.json";
import { toArabicDigits } from "../thai";

/** "1", "๑.", "O2", "o.12": how a data row's first cell numbers it. */
const ITEM_ORDINAL = /^(?:[Oo]\.?\s?)?\d{1,3}\.?$/;

export interface TableRow {
  /** Sheet row, 0-based. */
  row: number;
  type: "data" | "section";
  /** For section rows: the heading text. */
  text?: string;
}

export interface TableSpan {
  headerRow: number;
  /** Sheet column (0-based) per role; one column per role. */
  roles: Partial<Record<ColumnRole, number>>;
  kind: TableKind;
  skippedAs?: string;
  rows: TableRow[];
  /** Sheet rows of repeated headers that were dropped. */
  repeatedHeaders: number[];
  left: number;
  right: number;
}

interface HeaderCandidate {
  roles: Partial<Record<HeaderRole, number>>;
  signature: string;
  kind: TableKind;
  left: number;
  right: number;
}

/** A row is a header when most of its cells name roles, at least two different ones, one of them a title or a name. */
function headerCandidate(st: SheetText, r: number): HeaderCandidate | null {
  const cells = rowCells(st, r);
  if (cells.length < 2) return null;
  // Header cells are short; one long cell means a data row, and most rows are data rows.
  if (cells.some(([, text]) => text.length > vocabulary.maxHeaderCellLength)) return null;
  // A row that starts with an ordinal or an item code ("๑", "O2") is data, however its words read.
  if (ITEM_ORDINAL.test(toArabicDigits(cells[0]?.[1] ?? "").trim())) return null;
  const roles: Partial<Record<HeaderRole, number>> = {};
  let mapped = 0;
  let noText = "";
  let titleText = "";
  for (const [col, text] of cells) {
    const role = roleOfHeader(text);
    if (!role) continue;
    mapped++;
    const slot = roles[role] === undefined ? role : secondSlot(role, roles);
    if (slot && roles[slot] === undefined) roles[slot] = col;
    if (role === "no" && !noText) noText = text;
    if (role === "title" && !titleText) titleText = text;
  }
  const distinct = Object.keys(roles).length;
  if (distinct < 2 || mapped < Math.ceil(cells.length * 0.6)) return null;
  if (roles.title === undefined && roles.name === undefined) return null;
  const kind = tableKind(roles, noText, titleText);
  const cols = cells.map(([c]) => c);
  return {
    roles,
    kind,
    signature: signatureOf(roles),
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
}

/** Where a second column of an already-taken role goes ("มาตรการ" then "กิจกรรม" → steps). */
function secondSlot(
  role: HeaderRole,
  roles: Partial<Record<HeaderRole, number>>,
): HeaderRole | null {
  if (role === "title" && roles.steps === undefined) return "steps";
  if (role === "result" && roles.note === undefined) return "note";
  return null;
}

function tableKind(
  roles: Partial<Record<HeaderRole, number>>,
  noText: string,
  titleText: string,
): TableKind {
  if (roles.name !== undefined) return "other";
  if (
    roles.components !== undefined ||
    (noText && isOitNumberHeader(noText) && titleText.trim() === "ข้อมูล")
  )
    return "oit-items";
  if (titleText && isIndicatorTitleHeader(titleText)) return "indicators";
  return "measures";
}

function signatureOf(roles: Partial<Record<HeaderRole, number>>): string {
  return Object.entries(roles)
    .map(([role, col]) => `${role}@${col}`)
    .sort()
    .join("|");
}

function toColumnRoles(
  roles: Partial<Record<HeaderRole, number>>,
): Partial<Record<ColumnRole, number>> {
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const [role, col] of Object.entries(roles)) {
    if (role === "name" || role === "position" || col === undefined) continue;
    out[role as ColumnRole] = col;
  }
  return out;
}

/** True when a row ends the table it follows: long prose, a signature, a memo line. */
function endsTable(text: string): boolean {
  return text.length > vocabulary.maxSectionLength || isSignatureText(text);
}

export function detectTables(st: SheetText): TableSpan[] {
  const tables: TableSpan[] = [];
  let current: TableSpan | null = null;
  let currentSignature = "";
  const last = st.top + st.rows.length;
  for (let r = st.top; r < last; r++) {
    if (isBlankRow(st, r)) continue;
    const header = headerCandidate(st, r);
    if (header) {
      if (current && header.signature === currentSignature) {
        current.repeatedHeaders.push(r);
        continue;
      }
      // Section rows right above a new header ("ตัวชี้วัดย่อยที่ ๙.๑ …") head the new table.
      const carried: TableRow[] = current ? takeTrailingSections(current) : [];
      current = {
        headerRow: r,
        roles: toColumnRoles(header.roles),
        kind: header.kind,
        ...(header.kind === "other" ? { skippedAs: "people-list" } : {}),
        rows: carried,
        repeatedHeaders: [],
        left: header.left,
        right: header.right,
      };
      currentSignature = header.signature;
      tables.push(current);
      continue;
    }
    if (!current) continue;
    const cells = rowCells(st, r);
    const section = looksLikeSection(
      cells,
      current.roles.title ?? current.roles.no ?? current.left,
    );
    if (section !== null) {
      current.rows.push({ row: r, type: "section", text: section });
      continue;
    }
    if (cells.length === 1 && endsTable(cells[0]?.[1] ?? "")) {
      current = null;
      currentSignature = "";
      continue;
    }
    current.rows.push({ row: r, type: "data" });
  }
  for (const t of tables) {
    trimTrailingSections(t);
    if (t.kind !== "other") t.roles = inferContentRoles(st, t);
  }
  return tables;
}

/** Section-like rows after the last data row are trailing prose, not groups. */
function trimTrailingSections(t: TableSpan): void {
  takeTrailingSections(t);
}

function takeTrailingSections(t: TableSpan): TableRow[] {
  const taken: TableRow[] = [];
  while (t.rows.length > 0 && t.rows[t.rows.length - 1]?.type === "section") {
    const row = t.rows.pop();
    if (row) taken.unshift(row);
  }
  return taken;
}
