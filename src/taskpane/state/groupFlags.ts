/**
 * Flags grouped by the measure they belong to (sheet + one of its rows), so the pane can
 * show "measure title, row" as a heading. Flags with no measure (sheet- or workbook-level,
 * e.g. ITEM_NOT_COVERED) share one group at the end.
 */
import type { Flag } from "../../core/flags/flag";
import type { Measure } from "../../core/model";

export interface FlagGroup {
  /** Stable React key: "sheet|row" of the measure, or "workbook". */
  key: string;
  /** The measure, or null for the workbook-level group. */
  measure: Measure | null;
  flags: Flag[];
}

export const WORKBOOK_GROUP = "workbook";

function rowIndex(measures: readonly Measure[]): Map<string, Measure> {
  const index = new Map<string, Measure>();
  for (const m of measures) for (const r of m.rows) index.set(`${m.sheet}|${r}`, m);
  return index;
}

/**
 * @example
 * groupFlags(flags, measures).map((g) => g.key) // ["มาตรการ|6", "มาตรการ|12", "workbook"]
 */
export function groupFlags(flags: readonly Flag[], measures: readonly Measure[]): FlagGroup[] {
  const index = rowIndex(measures);
  const groups = new Map<string, FlagGroup>();
  const loose: Flag[] = [];
  for (const f of flags) {
    const m = f.sheet !== null && f.row !== null ? index.get(`${f.sheet}|${f.row}`) : undefined;
    if (!m) {
      loose.push(f);
      continue;
    }
    const key = `${m.sheet}|${m.row}`;
    const group = groups.get(key) ?? { key, measure: m, flags: [] };
    group.flags.push(f);
    groups.set(key, group);
  }
  const out = [...groups.values()];
  if (loose.length > 0) out.push({ key: WORKBOOK_GROUP, measure: null, flags: loose });
  return out;
}
