/**
 * What every rule sees. Rules are pure functions from this context to flags.
 */
import type { Checklist } from "../checklist/types";
import type { Flag, FlagCode, FlagParams, Severity } from "../flags/flag";
import type { ColumnRole, IsoDate, Measure, SheetInfo } from "../model";

export interface RuleContext {
  measures: readonly Measure[];
  sheets: readonly SheetInfo[];
  asOf: IsoDate;
  dueSoonDays: number;
  /** The checklist chosen for the check, or null when none applies. */
  checklist: Checklist | null;
  /** Item codes covered by the rows and measures of the workbook. */
  covered: ReadonlySet<string>;
}

export type Rule = (ctx: RuleContext) => Flag[];

/** The cell a flag about `role` points at: that field's cell, else the title's, else the row's first. */
export function cellFor(m: Measure, ...roles: ColumnRole[]): string | null {
  for (const role of roles) {
    const cell = m.cells[role];
    if (cell) return cell;
  }
  return m.cells.title ?? m.cells.no ?? Object.values(m.cells)[0] ?? null;
}

export function measureFlag(
  code: FlagCode,
  severity: Severity,
  m: Measure,
  cell: string | null,
  params: FlagParams = {},
): Flag {
  return { code, severity, sheet: m.sheet, cell, row: m.row, params: { no: m.no, ...params } };
}
