/**
 * The whole check: read the workbook, match rows to the checklist of the year,
 * run the rules, drop acknowledged flags, and summarise. Pure: the as-of date and
 * the checklist come in as arguments.
 */
import type { Checklist, Confidence } from "../checklist/types";
import { availableYears, getChecklist } from "../checklist/registry";
import { matchItems } from "../checklist/match";
import type { Flag } from "../flags/flag";
import { flagKey, measureKey } from "../flags/key";
import type { WorkbookSnapshot } from "../grid/grid";
import type { Measure, SheetInfo } from "../model";
import { readWorkbook } from "../read/readWorkbook";
import { rules } from "../rules";
import type { RuleContext } from "../rules/context";
import type { CheckSettings } from "../settings";
import { summarise } from "./summary";
import type { Summary } from "./summary";

export interface CheckResult {
  asOf: string;
  /** Assessment year checked against, or null when none could be chosen. */
  year: number | null;
  checklist: {
    year: number;
    confidence: Confidence;
    version: string;
    fallbackFrom: number | null;
  } | null;
  /** The wanted year has no checklist: when the year was inferred, the nearest earlier one is used instead. */
  checklistError: { code: "CHECKLIST_YEAR_UNKNOWN"; year: number; available: number[] } | null;
  sheets: SheetInfo[];
  measures: Measure[];
  flags: Flag[];
  acknowledged: (Flag & { reason: string })[];
  summary: Summary;
}

function chooseYear(
  settings: CheckSettings,
  sheets: readonly SheetInfo[],
  measures: readonly Measure[],
): number | null {
  if (settings.year) return settings.year;
  const withMeasures = sheets.find(
    (s) => s.fiscalYear !== null && measures.some((m) => m.sheet === s.name),
  );
  return withMeasures?.fiscalYear ?? sheets.find((s) => s.fiscalYear !== null)?.fiscalYear ?? null;
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

/** A sheet for a year whose checklist is not out yet (2570 now) is checked against the latest earlier one. */
function nearestEarlier(year: number | null): Checklist | null {
  if (year === null) return null;
  const earlier = availableYears().filter((y) => y < year);
  const best = earlier.length > 0 ? Math.max(...earlier) : null;
  const found = best === null ? null : getChecklist(best);
  return found?.ok ? found.checklist : null;
}

export function checkWorkbook(snapshot: WorkbookSnapshot, settings: CheckSettings): CheckResult {
  const { sheets, measures } = readWorkbook(snapshot, {
    fiscalYearOverride: settings.fiscalYearOverride,
  });
  const wanted = chooseYear(settings, sheets, measures);
  const found = wanted === null ? null : getChecklist(wanted);
  const fallback = found && !found.ok && settings.year === null ? nearestEarlier(wanted) : null;
  const checklist = found?.ok ? found.checklist : fallback;
  const year = checklist?.year ?? wanted;
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
    rules.flatMap((rule) => rule(ctx)),
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
    year,
    checklist: checklist
      ? {
          year: checklist.year,
          confidence: checklist.confidence,
          version: checklist.version,
          fallbackFrom: fallback ? wanted : null,
        }
      : null,
    checklistError:
      found && !found.ok && wanted !== null
        ? { code: found.code, year: wanted, available: found.available }
        : null,
    sheets,
    measures,
    flags,
    acknowledged,
    summary: summarise(measures, flags, checklist, covered),
  };
}
