/**
 * Tables that only list checklist items (ข้อ | ข้อมูล | องค์ประกอบ, no responsible, period,
 * status, result or evidence column): the manual's table pasted into the workbook, not an
 * office's tracker. They hold nothing to check, and counting their rows would call every
 * item covered, so the check leaves them out (marked skippedAs "item-list").
 */
import { parseRange } from "../grid/address";
import type { ColumnRole, Measure, SheetInfo, TableInfo } from "../model";

/** Columns that make an item table a tracker of work. */
const TRACKING: readonly ColumnRole[] = [
  "responsible",
  "period",
  "status",
  "result",
  "output",
  "outcome",
  "evidence",
  "steps",
];

export function isBareItemList(t: TableInfo): boolean {
  return t.kind === "oit-items" && !TRACKING.some((role) => t.columns[role] !== undefined);
}

/** Marks the bare item lists of each sheet as skipped; returns their sheet rows (1-based) by sheet. */
export function markItemLists(sheets: SheetInfo[]): Map<string, { top: number; bottom: number }[]> {
  const spans = new Map<string, { top: number; bottom: number }[]>();
  for (const sheet of sheets) {
    for (const t of sheet.tables) {
      if (!isBareItemList(t)) continue;
      t.skippedAs = "item-list";
      const r = parseRange(t.range);
      if (!r) continue;
      spans.set(sheet.name, [
        ...(spans.get(sheet.name) ?? []),
        { top: r.top + 1, bottom: r.bottom + 1 },
      ]);
    }
  }
  return spans;
}

/** Sheets whose every table is a bare item list: a list sheet, not one whose year counts. */
export function listOnlySheets(sheets: readonly SheetInfo[]): Set<string> {
  return new Set(
    sheets
      .filter(
        (s) =>
          s.tables.length > 0 &&
          s.tables.every((t) => t.skippedAs === "item-list" || t.kind === "other"),
      )
      .filter((s) => s.tables.some((t) => t.skippedAs === "item-list"))
      .map((s) => s.name),
  );
}

export function inItemList(
  m: Measure,
  spans: ReadonlyMap<string, { top: number; bottom: number }[]>,
): boolean {
  return (spans.get(m.sheet) ?? []).some((s) => m.row >= s.top && m.row <= s.bottom);
}
