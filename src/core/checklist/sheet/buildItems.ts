/**
 * Raw rows of a checklist sheet → checklist items. A field the sheet gives wins; a field it
 * leaves out comes from the base item the row stands for; a value it gives but that cannot be
 * read is an error naming its cell.
 */
import type { Flag, FlagCode, Severity } from "../../flags/flag";
import { columnLetter } from "../../grid/address";
import { matchKey } from "../text";
import type { Checklist, ChecklistItem, Confidence, TimeRule } from "../types";
import { baseItemFor } from "./baseItem";
import type { ItemTable, RawItem } from "./itemTable";
import { confidenceOf, listOf, subHeadingOf, timeRuleOf } from "./words";
import type { ItemField } from "./words";

export interface BuiltItem {
  /** 0-based sheet row of the item's code cell. */
  row: number;
  item: ChecklistItem;
  /** Code of the base item it stands for, or null. */
  baseCode: string | null;
  /** Title of its sub-indicator heading in the sheet, or "". */
  subTitle: string;
  /** The sub-indicator came from the sheet (a column or a heading), not from the base. */
  subFromSheet: boolean;
}

/** Records a problem of the sheet at a 0-based sheet cell (or the whole sheet). */
export type Emit = (
  code: FlagCode,
  severity: Severity,
  at: { row: number; col: number } | null,
  params?: Flag["params"],
) => void;

export function buildItems(
  raws: readonly RawItem[],
  table: ItemTable,
  base: Checklist,
  year: number,
  emit: Emit,
): BuiltItem[] {
  const firstOit = base.indicators.find((i) => i.tool === "OIT")?.no ?? 9;
  let previousIndicator = firstOit;
  return raws.map((raw) => {
    const built = buildOne(raw, table, base, year, previousIndicator, emit);
    previousIndicator = built.item.indicator;
    return built;
  });
}

function buildOne(
  raw: RawItem,
  table: ItemTable,
  base: Checklist,
  year: number,
  previousIndicator: number,
  emit: Emit,
): BuiltItem {
  const f = raw.fields;
  const code = `O${raw.no}`;
  const at = (field: ItemField) => ({ row: raw.row, col: table.columns[field] ?? 0 });
  const bad = (field: ItemField, value: string): null => {
    const cell = at(field);
    emit("CHECKLIST_BAD_VALUE", "error", cell, {
      field,
      value,
      item: code,
      column: columnLetter(cell.col),
    });
    return null;
  };
  const titleTh = (f.titleTh ?? "").replace(/\s*\n\s*/g, " ").trim();
  if (titleTh === "") emit("CHECKLIST_NO_TITLE", "error", at("titleTh"), { item: code });
  const baseItem = baseItemFor(base, titleTh, code, base.year === year);
  const has = (field: ItemField) => table.columns[field] !== undefined;

  const subText = f.sub?.trim();
  const subFromColumn = subText ? (subHeadingOf(subText)?.id ?? bad("sub", subText)) : null;
  const sub = subFromColumn ?? raw.heading?.id ?? (has("sub") ? null : (baseItem?.sub ?? null));
  const indicatorText = f.indicator?.trim();
  const indicatorFromColumn =
    indicatorText === undefined
      ? null
      : /^\d{1,2}$/.test(indicatorText)
        ? Number(indicatorText)
        : bad("indicator", indicatorText);
  const indicator =
    indicatorFromColumn ??
    (sub !== null ? Number(sub.split(".")[0]) : null) ??
    baseItem?.indicator ??
    previousIndicator;
  const timeRule: TimeRule =
    (f.timeRule ? (timeRuleOf(f.timeRule) ?? bad("timeRule", f.timeRule)) : null) ??
    baseItem?.timeRule ??
    "unknown";
  const confidence: Confidence =
    (f.confidence ? (confidenceOf(f.confidence) ?? bad("confidence", f.confidence)) : null) ??
    "confirmed";

  const item: ChecklistItem = {
    code,
    no: raw.no,
    titleTh,
    titleEn: f.titleEn?.trim() ?? (has("titleEn") ? "" : (baseItem?.titleEn ?? "")),
    sub,
    indicator,
    components: listField(f.components, has("components"), baseItem?.components),
    timeRule,
    keywords: listField(f.keywords, has("keywords"), baseItem?.keywords),
    confidence,
  };
  const aliases =
    f.aliases !== undefined
      ? listOf(f.aliases)
      : has("aliases")
        ? undefined
        : baseAliases(baseItem, titleTh);
  if (aliases && aliases.length > 0) item.aliases = aliases;
  if (f.note !== undefined) item.note = f.note;
  return {
    row: raw.row,
    item,
    baseCode: baseItem?.code ?? null,
    subTitle: raw.heading && raw.heading.id === sub ? raw.heading.title : "",
    subFromSheet: subFromColumn !== null || (raw.heading !== null && raw.heading.id === sub),
  };
}

/** The sheet's list; an empty cell of a column the sheet has means none; no column means the base's. */
function listField(
  text: string | undefined,
  hasColumn: boolean,
  fromBase: readonly string[] | undefined,
): string[] {
  if (text !== undefined) return listOf(text);
  return hasColumn ? [] : [...(fromBase ?? [])];
}

/** The base item's other names, and its own title when the sheet words it differently, so rows worded the old way still match. */
function baseAliases(baseItem: ChecklistItem | null, titleTh: string): string[] | undefined {
  if (!baseItem) return undefined;
  const names = [...(baseItem.aliases ?? [])];
  if (matchKey(baseItem.titleTh) !== matchKey(titleTh)) names.push(baseItem.titleTh);
  return names.filter((n) => matchKey(n) !== matchKey(titleTh));
}
