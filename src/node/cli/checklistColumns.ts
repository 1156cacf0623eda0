/**
 * `--checklist-columns code=A,title=B,components=C`: which column of a checklist sheet holds
 * which field, for a sheet whose header the loader cannot recognise.
 */
import { ITEM_FIELDS } from "../../core/checklist/sheet";
import type { ColumnMap, ItemField } from "../../core/checklist/sheet";

/** Short names people type, besides the field names themselves. */
const SHORT_NAMES: Readonly<Record<string, ItemField>> = {
  title: "titleTh",
  titleth: "titleTh",
  titleen: "titleEn",
  timerule: "timeRule",
};

function fieldOf(name: string): ItemField | null {
  const exact = ITEM_FIELDS.find((f) => f === name);
  if (exact) return exact;
  return SHORT_NAMES[name.toLowerCase()] ?? null;
}

export type ColumnsParse = { ok: true; columns: ColumnMap } | { ok: false; problem: string };

/**
 * @example parseChecklistColumns("code=A,title=B,components=C")
 *   // { ok: true, columns: { code: "A", titleTh: "B", components: "C" } }
 */
export function parseChecklistColumns(text: string): ColumnsParse {
  const columns: ColumnMap = {};
  for (const part of text.split(",")) {
    const [name = "", letter = "", ...rest] = part.split("=").map((s) => s.trim());
    const field = fieldOf(name);
    if (!field) return { ok: false, problem: `unknown field ${name || "(empty)"}` };
    if (rest.length > 0 || !/^[A-Za-z]{1,3}$/.test(letter))
      return { ok: false, problem: `${name} needs a column letter such as B, got ${letter}` };
    if (columns[field]) return { ok: false, problem: `${name} is given twice` };
    columns[field] = letter.toUpperCase();
  }
  if (!columns.code || !columns.titleTh)
    return { ok: false, problem: "give at least code=… and title=…" };
  return { ok: true, columns };
}
