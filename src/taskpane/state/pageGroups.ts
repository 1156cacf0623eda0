/**
 * The first `limit` flags of the grouped list, whole groups first and the last group cut,
 * so the pane renders a few hundred items however many flags a check finds: a 10,000-row
 * workbook yields 18,000 flags, and rendering all of them at once took the browser seconds.
 */
import type { FlagGroup } from "./groupFlags";

/** How many flags the list shows at first and adds with each "show more". */
export const FLAG_PAGE = 200;

export interface PagedGroups {
  groups: FlagGroup[];
  /** Flags in `groups`. */
  shown: number;
  /** Flags in all groups. */
  total: number;
}

/**
 * @example
 * pageGroups(groups, 200) // { groups: [...first groups, first part of the next], shown: 200, total: 18054 }
 */
export function pageGroups(groups: readonly FlagGroup[], limit: number): PagedGroups {
  const out: FlagGroup[] = [];
  let shown = 0;
  let total = 0;
  for (const g of groups) {
    total += g.flags.length;
    const room = limit - shown;
    if (room <= 0) continue;
    const flags = g.flags.length <= room ? g.flags : g.flags.slice(0, room);
    out.push(flags === g.flags ? g : { ...g, flags });
    shown += flags.length;
  }
  return { groups: out, shown, total };
}
