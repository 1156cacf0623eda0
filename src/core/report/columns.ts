/**
 * The report's columns: what each shows for a measure, how wide it is and how it aligns.
 * Headers and status words come from wording.json.
 */
import type { Measure } from "../model";
import { reportDigits } from "./digits";
import { firstLink } from "./links";
import type { ReportColumn, ReportOptions } from "./model";
import wording from "./wording.json";

export const DEFAULT_COLUMNS: ReportColumn[] = [
  "no",
  "title",
  "steps",
  "responsible",
  "period",
  "result",
  "status",
  "evidence",
];

export interface ColumnSpec {
  /**
   * Relative width. "no" is fixed in points (fixedPt) because it only ever holds a short
   * ordinal; the others share the rest of the page by weight.
   */
  weight: number;
  fixedPt?: number;
  center: boolean;
}

/**
 * Weights chosen for the standard eight columns on A4 landscape at 100%: the free-text
 * columns (title, steps, result) get the most room, status and period about a third of that.
 */
export const COLUMN_SPECS: Record<ReportColumn, ColumnSpec> = {
  no: { weight: 0, fixedPt: 36, center: true },
  title: { weight: 19, center: false },
  steps: { weight: 19, center: false },
  responsible: { weight: 9, center: false },
  period: { weight: 8, center: true },
  result: { weight: 19, center: false },
  output: { weight: 15, center: false },
  outcome: { weight: 15, center: false },
  status: { weight: 8, center: true },
  evidence: { weight: 11, center: false },
};

export interface CellContent {
  text: string;
  link?: string;
}

export interface ColumnContext {
  /** 1-based running number of the measure in the report. */
  seq: number;
  options: ReportOptions;
}

function statusText(m: Measure, options: ReportOptions): string {
  return options.statusInWords ? wording.status[m.status] : wording.statusSymbols[m.status];
}

function resultText(m: Measure): string {
  if (m.result) return m.result;
  return [m.output, m.outcome].filter((s): s is string => !!s).join("\n");
}

function evidenceCell(m: Measure, options: ReportOptions): CellContent {
  const text = m.evidence.join("\n");
  const link = options.evidenceAsLinks ? firstLink(m.evidence) : null;
  return link ? { text, link } : { text };
}

/**
 * What a column shows for a measure. Free text (title, steps, results) is kept as written;
 * only the numbers the report itself writes (ที่, period) follow the digit choice.
 */
export function columnContent(col: ReportColumn, m: Measure, ctx: ColumnContext): CellContent {
  const thai = ctx.options.thaiDigits;
  switch (col) {
    case "no":
      return { text: reportDigits(String(ctx.seq), thai) };
    case "title":
      return { text: m.title };
    case "steps":
      return { text: m.steps ?? "" };
    case "responsible":
      return { text: m.responsible.join("\n") };
    case "period":
      return { text: reportDigits(m.period?.text ?? "", thai) };
    case "result":
      return { text: resultText(m) };
    case "output":
      return { text: m.output ?? "" };
    case "outcome":
      return { text: m.outcome ?? "" };
    case "status":
      return { text: statusText(m, ctx.options) };
    case "evidence":
      return evidenceCell(m, ctx.options);
  }
}

/** Header text of a column. */
export function columnHeader(col: ReportColumn): string {
  return wording.columns[col];
}
