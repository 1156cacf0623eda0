/**
 * The whole check: read the workbook, match rows to the checklist of the year,
 * run the rules, drop acknowledged flags, and summarise. Pure: the as-of date and
 * the checklist come in as arguments.
 */
import type { Checklist } from "../checklist/types";
import { matchItems } from "../checklist/match";
import type { Flag } from "../flags/flag";
import { flagKey, measureKey } from "../flags/key";
import type { WorkbookSnapshot } from "../grid/grid";
import type { Measure, SheetInfo } from "../model";
import { readWorkbook } from "../read/readWorkbook";
import { rules } from "../rules";
import type { RuleContext } from "../rules/context";
import type { CheckSettings } from "../settings";
import { chooseChecklist } from "./chooseChecklist";
import { inItemList, markItemLists } from "./itemLists";
import type {
  ChecklistLoad,
  ChecklistUsed,
  SuppliedChecklist,
  YearSource,
} from "./chooseChecklist";
import { summarise } from "./summary";
import type { Summary } from "./summary";

export interface CheckResult {
  asOf: string;
  /** Assessment year checked against, or null when none could be chosen. */
  year: number | null;
  /** Where the year came from: the user's choice, a loaded list, the sheet's titles, or the as-of date. */
  yearSource: YearSource | null;
  checklist: ChecklistUsed | null;
  /** The wanted year has no checklist: when the year was inferred, the nearest earlier one is used instead. */
  checklistError: { code: "CHECKLIST_YEAR_UNKNOWN"; year: number; available: number[] } | null;
  /** How loading the workbook's checklist sheet went (settings.checklistSheet), or null. */
  checklistLoad: ChecklistLoad | null;
  sheets: SheetInfo[];
  measures: Measure[];
  flags: Flag[];
  acknowledged: (Flag & { reason: string })[];
  summary: Summary;
}

export interface CheckOptions {
  /** A checklist loaded outside the workbook (CLI --checklist); it serves its own year. */
  checklist?: SuppliedChecklist | null;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Rows in a sheet fit in 21 bits (Excel stops at 1,048,576); a missing row sorts last. */
const ROW_SPAN = 2 ** 21;

/** One number that orders flags by tab, then row, then severity. */
function placeKey(f: Flag, tab: ReadonlyMap<string, number>, tabs: number): number {
  const t = f.sheet === null ? tabs + 1 : (tab.get(f.sheet) ?? tabs);
  const row = f.row ?? ROW_SPAN - 1;
  return (t * ROW_SPAN + row) * 4 + severityOrder[f.severity];
}

/**
 * Flags in the order a reader meets the cells: sheets as the workbook orders its tabs, then
 * rows, then severity and code; workbook-level flags last. The key is computed once per flag:
 * this sorts every flag (18,000 on a 10,000-row sheet).
 */
function sortByPlace(flags: readonly Flag[], sheets: readonly SheetInfo[]): Flag[] {
  const tab = new Map(sheets.map((s, i) => [s.name, i]));
  const keyed = flags.map((f) => ({ f, k: placeKey(f, tab, sheets.length) }));
  keyed.sort((a, b) => a.k - b.k || byCodePoint(a.f.code, b.f.code));
  return keyed.map((x) => x.f);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function coveredCodes(measures: readonly Measure[], checklist: Checklist | null): Set<string> {
  const covered = new Set<string>();
  for (const m of measures) for (const i of m.items) if (i.confidence >= 0.5) covered.add(i.code);
  // The measure table itself is the answer to the checklist's measure items (O42/O43 in 2566).
  if (checklist && measures.some((m) => m.kind === "measure"))
    for (const code of checklist.measureItems) covered.add(code);
  return covered;
}

/** Every flag says which checklist it was checked against. */
function stamp(flags: readonly Flag[], id: string | null): Flag[] {
  if (id === null) return [...flags];
  return flags.map((f) => ({ ...f, params: { ...f.params, checklist: id } }));
}

export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  settings: CheckSettings,
  options: CheckOptions = {},
): CheckResult {
  const read = readWorkbook(snapshot, {
    fiscalYearOverride: settings.fiscalYearOverride,
  });
  const itemLists = markItemLists(read.sheets);
  const work =
    itemLists.size === 0 ? read.measures : read.measures.filter((m) => !inItemList(m, itemLists));
  const choice = chooseChecklist(snapshot, settings, read.sheets, work, options.checklist ?? null);
  const { checklist, listSheets } = choice;
  const measures = listSheets.size === 0 ? work : work.filter((m) => !listSheets.has(m.sheet));
  const sheets = read.sheets;
  if (checklist) {
    for (const m of measures) m.items = matchItems(m, checklist, settings.overrides[measureKey(m)]);
  }
  const covered = coveredCodes(measures, checklist);
  const ctx: RuleContext = {
    measures,
    sheets,
    asOf: settings.asOf,
    dueSoonDays: settings.dueSoonDays,
    checklist,
    covered,
  };
  const all = sortByPlace(
    stamp([...choice.flags, ...rules.flatMap((rule) => rule(ctx))], choice.used?.id ?? null),
    sheets,
  );
  const flags: Flag[] = [];
  const acknowledged: (Flag & { reason: string })[] = [];
  for (const f of all) {
    const ack = settings.acknowledged[flagKey(f)];
    if (ack) acknowledged.push({ ...f, reason: ack.reason });
    else flags.push(f);
  }
  return {
    asOf: settings.asOf,
    year: choice.year,
    yearSource: choice.yearSource,
    checklist: choice.used,
    checklistError: choice.unknownYear
      ? { code: "CHECKLIST_YEAR_UNKNOWN", ...choice.unknownYear }
      : null,
    checklistLoad: choice.load,
    sheets,
    measures,
    flags,
    acknowledged,
    summary: summarise(measures, flags, checklist, covered),
  };
}
