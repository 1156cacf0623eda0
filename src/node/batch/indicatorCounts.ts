/**
 * Per-indicator item counts of one checked workbook (covered / done / with evidence).
 * The core's Summary has them per sub-indicator only, and from 2568 on the checklist has no
 * sub-indicators, so a supervisor's totals per indicator are counted here from the items.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import { getChecklist } from "../../core/checklist/registry";
import type { Checklist } from "../../core/checklist/types";

export interface IndicatorCount {
  no: number;
  title: string;
  covered: boolean;
  /** Checklist items of this indicator. */
  items: number;
  itemsCovered: number;
  done: number;
  withEvidence: number;
}

function checklistOf(result: CheckResult): Checklist | null {
  if (!result.checklist) return null;
  const found = getChecklist(result.checklist.year);
  return found.ok ? found.checklist : null;
}

/** Item codes the rules counted as not covered (shown or acknowledged). */
function uncoveredCodes(result: CheckResult): Set<string> {
  const out = new Set<string>();
  for (const f of [...result.flags, ...result.acknowledged]) {
    if (f.code === "ITEM_NOT_COVERED" && typeof f.params.item === "string") out.add(f.params.item);
  }
  return out;
}

/** Items done, and done with evidence, by the same rule as the core's OIT readiness. */
function doneCodes(result: CheckResult): { done: Set<string>; evidence: Set<string> } {
  const done = new Set<string>();
  const evidence = new Set<string>();
  for (const m of result.measures) {
    if (m.status !== "done") continue;
    for (const match of m.items) {
      if (match.confidence < 0.5) continue;
      done.add(match.code);
      if (m.evidence.length > 0) evidence.add(match.code);
    }
  }
  return { done, evidence };
}

/** @example indicatorCounts(result)[8] // { no: 9, title: "การเปิดเผยข้อมูล", items: 33, itemsCovered: 20, … } */
export function indicatorCounts(result: CheckResult): IndicatorCount[] {
  const checklist = checklistOf(result);
  if (!checklist) return [];
  const uncovered = uncoveredCodes(result);
  const { done, evidence } = doneCodes(result);
  const coveredBy = new Map(result.summary.indicators.map((i) => [i.no, i.covered]));
  return checklist.indicators.map((ind) => {
    const items = checklist.items.filter((i) => i.indicator === ind.no);
    const covered = items.filter((i) => !uncovered.has(i.code));
    return {
      no: ind.no,
      title: ind.titleTh,
      covered: coveredBy.get(ind.no) ?? false,
      items: items.length,
      itemsCovered: covered.length,
      done: covered.filter((i) => done.has(i.code)).length,
      withEvidence: covered.filter((i) => evidence.has(i.code)).length,
    };
  });
}
