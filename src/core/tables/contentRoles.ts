/**
 * Headers do not always describe what people typed under them. This looks at the
 * cells themselves and corrects the period and responsible columns when the content
 * says otherwise, and gives a role to unlabelled columns that clearly hold one.
 */
import type { ColumnRole } from "../model";
import { parsePeriod, squeeze } from "../thai";
import { looksLikeUnit } from "../measures/responsible";
import type { SheetText } from "./sheetText";
import type { TableSpan } from "./detectTables";

const SAMPLE = 40;
const STRONG = 0.7;

type ContentRole = "period" | "responsible" | null;

function isPeriodLike(text: string): boolean {
  if (text.length > 120) return false;
  const p = parsePeriod(text, { fiscalYear: null });
  return p.start !== null || p.reason === "needs_fiscal_year" || p.reason === "no_year";
}

function isPeriodValue(st: SheetText, r: number, c: number): boolean {
  const v = st.grid.values[r - st.grid.origin.row]?.[c - st.grid.origin.col];
  return typeof v === "number" && v > 20000 && v < 80000;
}

function columnContentRole(st: SheetText, t: TableSpan, col: number): ContentRole {
  let n = 0;
  let periods = 0;
  let units = 0;
  for (const row of t.rows) {
    if (row.type !== "data") continue;
    const text = st.rows[row.row - st.top]?.[col - st.left] ?? "";
    if (!text) continue;
    n++;
    if (isPeriodValue(st, row.row, col) || isPeriodLike(text)) periods++;
    else if (squeeze(text).length < 80 && looksLikeUnit(text)) units++;
    if (n >= SAMPLE) break;
  }
  if (n < 2) return null;
  if (periods / n >= STRONG) return "period";
  if (units / n >= STRONG) return "responsible";
  return null;
}

export function inferContentRoles(
  st: SheetText,
  t: TableSpan,
): Partial<Record<ColumnRole, number>> {
  const byCol = new Map<number, ColumnRole>();
  for (const [role, col] of Object.entries(t.roles))
    if (col !== undefined) byCol.set(col, role as ColumnRole);
  // What the content says, for columns whose header is a period, a responsible unit, or nothing.
  const said = new Map<ContentRole & string, number>();
  for (let col = t.left; col <= t.right; col++) {
    const headerRole = byCol.get(col);
    if (headerRole && headerRole !== "period" && headerRole !== "responsible") continue;
    const content = columnContentRole(st, t, col);
    if (content && content !== headerRole && !said.has(content)) said.set(content, col);
  }
  const roles = { ...t.roles };
  for (const [role, col] of said) {
    const displaced = byCol.get(col);
    const previous = t.roles[role];
    roles[role] = col;
    if (!displaced || displaced === role || said.has(displaced as ContentRole & string)) continue;
    // Swapped headers: the column that carried this role's header takes the displaced one.
    if (previous !== undefined) roles[displaced] = previous;
    else delete roles[displaced];
  }
  return roles;
}
