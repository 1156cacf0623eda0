/**
 * Rules that need the checklist of the assessment year.
 */
import type { Flag } from "../flags/flag";
import type { Measure } from "../model";
import { fiscalYearRange } from "../thai";
import { cellFor, measureFlag } from "./context";
import type { Rule } from "./context";

/** Items of the year that no row or measure addresses. With an OIT tracker in the workbook this is a warning; a measures-only workbook is not meant to list every item, so it is a note. */
export const itemNotCovered: Rule = (ctx) => {
  const checklist = ctx.checklist;
  if (!checklist) return [];
  const hasTracker = ctx.measures.some((m) => m.kind === "oit-item");
  const severity = hasTracker ? "warning" : "info";
  const out: Flag[] = [];
  for (const item of checklist.items) {
    if (ctx.covered.has(item.code)) continue;
    out.push({
      code: "ITEM_NOT_COVERED",
      severity,
      sheet: null,
      cell: null,
      row: null,
      params: {
        item: item.code,
        title: item.titleTh,
        year: checklist.year,
        confidence: item.confidence,
      },
    });
  }
  return out;
};

type Span = { start: string; end: string };

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function covers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && outer.end >= inner.end;
}

/** Does a readable period fit an item's time rule for the fiscal year? null = cannot tell. */
export function fitsTimeRule(rule: string, period: Span, fy: number): boolean | null {
  const year = fiscalYearRange(fy);
  switch (rule) {
    case "first_half":
      return covers(period, { start: year.start, end: `${fy - 543}-03-31` });
    case "fiscal_year":
    case "plan_covers_fy":
      return overlaps(period, year);
    case "previous_fiscal_year":
      return overlaps(period, fiscalYearRange(fy - 1));
    default:
      return null;
  }
}

/** A measure matched with confidence to an item whose time rule its period does not meet. */
export const wrongPeriodForItem: Rule = (ctx) => {
  const checklist = ctx.checklist;
  if (!checklist) return [];
  const byCode = new Map(checklist.items.map((i) => [i.code, i]));
  const out: Flag[] = [];
  for (const m of ctx.measures) {
    const flag = periodFlag(m, byCode, checklist.year);
    if (flag) out.push(flag);
  }
  return out;
};

function periodFlag(
  m: Measure,
  byCode: Map<string, { timeRule: string }>,
  fy: number,
): Flag | null {
  const start = m.period?.start;
  const end = m.period?.end;
  if (!start || !end) return null;
  for (const match of m.items) {
    if (match.confidence < 0.5) continue;
    // A free-text measure is about doing the work this year; only its six-month reports
    // carry the item's time rule. Rows matched by number, title or the user carry all rules.
    const item0 = byCode.get(match.code);
    if (match.by === "words" && item0?.timeRule !== "first_half") continue;
    const item = byCode.get(match.code);
    if (!item) continue;
    if (fitsTimeRule(item.timeRule, { start, end }, fy) === false) {
      return measureFlag("WRONG_PERIOD_FOR_ITEM", "warning", m, cellFor(m, "period"), {
        item: match.code,
        rule: item.timeRule,
        start,
        end,
      });
    }
  }
  return null;
}

/** The sheet's fiscal year and the chosen checklist year disagree. */
export const yearMismatch: Rule = (ctx) => {
  const checklist = ctx.checklist;
  if (!checklist) return [];
  const out: Flag[] = [];
  for (const sheet of ctx.sheets) {
    if (sheet.fiscalYear === null || sheet.fiscalYear === checklist.year) continue;
    if (!ctx.measures.some((m) => m.sheet === sheet.name)) continue;
    out.push({
      code: "YEAR_MISMATCH",
      severity: "warning",
      sheet: sheet.name,
      cell: null,
      row: null,
      params: { sheetYear: sheet.fiscalYear, year: checklist.year },
    });
  }
  return out;
};
