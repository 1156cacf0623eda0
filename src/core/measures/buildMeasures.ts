/**
 * Turns the rows of a detected table into measure records, merging continuation rows
 * and giving each the group (section row) it sits under.
 */
import { columnLetter } from "../grid/address";
import type { ColumnRole, Measure, MeasureKind, Period } from "../model";
import { numberFormatAt } from "../grid/grid";
import { parsePeriod, repairThaiSpacing, splitOrdinal, toArabicDigits } from "../thai";
import type { SheetText } from "../tables/sheetText";
import { cellLinks, cellText } from "../tables/sheetText";
import type { TableSpan } from "../tables/detectTables";
import { isContinuationText } from "../tables/rowShape";
import { readEvidence } from "./evidence";
import { periodOfDateCell } from "./periodOfCell";
import { readResponsible } from "./responsible";
import { readStatus } from "./status";

const kindOfTable: Record<string, MeasureKind> = {
  measures: "measure",
  indicators: "indicator",
  "oit-items": "oit-item",
};

/** Roles whose cell is often merged down over several measures. */
const followsMerge: ReadonlySet<ColumnRole> = new Set(["responsible", "period", "status", "no"]);

type RowTexts = Partial<Record<ColumnRole, string>>;

interface RoleColumn {
  role: ColumnRole;
  col: number;
  /** "D": the A1 column letters, worked out once per table rather than per row. */
  letters: string;
  followsMerge: boolean;
}

/** A table's columns by role, prepared once: this runs on every row of every sheet. */
function roleColumns(t: TableSpan): RoleColumn[] {
  return (Object.entries(t.roles) as [ColumnRole, number][]).map(([role, col]) => ({
    role,
    col,
    letters: columnLetter(col),
    followsMerge: followsMerge.has(role),
  }));
}

function rowTexts(st: SheetText, columns: readonly RoleColumn[], r: number): RowTexts {
  const out: RowTexts = {};
  for (const c of columns) {
    const text = cellText(st, r, c.col, c.followsMerge);
    if (text) out[c.role] = text;
  }
  return out;
}

/** Serials 20000–80000 are 1954–2119: a number outside that in a period cell is not a date (a year typed as 2566, say). */
function serialAt(st: SheetText, r: number, c: number): number | null {
  const v = st.grid.values[r - st.grid.origin.row]?.[c - st.grid.origin.col];
  return typeof v === "number" && v >= 20000 && v <= 80000 ? v : null;
}

/** What every row of one table shares, worked out once for the table. */
interface TableContext {
  st: SheetText;
  t: TableSpan;
  columns: readonly RoleColumn[];
  fy: number | null;
  /** Period texts already read: most tables repeat a few ("ต.ค. ๖๕ - ก.ย. ๖๖", "ตลอดปี"). */
  periods: Map<string, Period>;
}

function readPeriod(ctx: TableContext, r: number, text: string | undefined): Period | null {
  const { st, t } = ctx;
  const col = t.roles.period;
  if (col !== undefined) {
    const serial = serialAt(st, r, col);
    if (serial !== null) return periodOfDateCell(serial, numberFormatAt(st.grid, r, col));
  }
  if (!text) return null;
  let period = ctx.periods.get(text);
  if (!period) {
    period = parsePeriod(text, { fiscalYear: ctx.fy });
    ctx.periods.set(text, period);
  }
  // A copy: each measure owns its period.
  return { ...period };
}

/** "ตัวชี้วัดที่ ๓ การใช้อำนาจ" → "3". */
function indicatorNo(title: string): string | null {
  const m = /ตัวชี้วัด(?:ที่)?\s*(\d{1,2}(?:\.\d{1,2})?)/.exec(toArabicDigits(title));
  return m?.[1] ?? null;
}

function numberAndTitle(texts: RowTexts, kind: MeasureKind): { no: string | null; title: string } {
  const rawTitle = texts.title ?? "";
  const split = splitOrdinal(rawTitle);
  let no = texts.no ? (splitOrdinal(texts.no).no ?? toArabicDigits(texts.no).trim()) : split.no;
  const title = texts.no ? rawTitle : split.rest;
  if (kind === "indicator") no = indicatorNo(rawTitle) ?? no;
  return { no: no === "" ? null : no, title: repairThaiSpacing(title).trim() };
}

function cellsOf(columns: readonly RoleColumn[], r: number): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  const rowText = String(r + 1);
  for (const c of columns) out[c.role] = c.letters + rowText;
  return out;
}

function linksOf(st: SheetText, t: TableSpan, r: number, roles: ColumnRole[]): string[] {
  const out: string[] = [];
  for (const role of roles) {
    const col = t.roles[role];
    if (col !== undefined) out.push(...cellLinks(st, r, col));
  }
  return out;
}

const evidenceRoles: ColumnRole[] = ["result", "output", "outcome", "evidence", "status"];

/** The evidence one row gives: URLs, mentions and documents in its text, and its links. */
function rowEvidence(ctx: TableContext, r: number, texts: RowTexts): string[] {
  return readEvidence(
    evidenceRoles.map((role) => texts[role] ?? ""),
    linksOf(ctx.st, ctx.t, r, evidenceRoles),
  );
}

function join(a: string | null, b: string | undefined): string | null {
  if (!b) return a;
  return a ? `${a}\n${b}` : b;
}

function newMeasure(
  ctx: TableContext,
  r: number,
  texts: RowTexts,
  kind: MeasureKind,
  group: string | null,
): Measure {
  const { st, columns } = ctx;
  const { no, title } = numberAndTitle(texts, kind);
  const status = readStatus([texts.status ?? "", texts.result ?? "", texts.output ?? ""]);
  return {
    sheet: st.name,
    row: r + 1,
    rows: [r + 1],
    kind,
    no,
    title,
    steps: texts.steps ?? null,
    group,
    responsible: readResponsible(texts.responsible ?? ""),
    period: readPeriod(ctx, r, texts.period),
    status: status.status,
    statusEvidence: status.evidence,
    statusConflict: status.conflict,
    result: texts.result ?? texts.status ?? null,
    output: texts.output ?? null,
    outcome: texts.outcome ?? null,
    components: texts.components ?? null,
    evidence: rowEvidence(ctx, r, texts),
    items: [],
    cells: cellsOf(columns, r),
  };
}

/** A continuation row adds its text to the measure above it. */
function mergeInto(m: Measure, ctx: TableContext, r: number, texts: RowTexts): void {
  m.rows.push(r + 1);
  m.steps = join(m.steps, texts.steps);
  m.result = join(m.result, texts.result ?? texts.status);
  m.output = join(m.output, texts.output);
  m.outcome = join(m.outcome, texts.outcome);
  m.components = join(m.components, texts.components);
  for (const u of readResponsible(texts.responsible ?? ""))
    if (!m.responsible.includes(u)) m.responsible.push(u);
  if (!m.period && texts.period) m.period = readPeriod(ctx, r, texts.period);
  const status = readStatus([m.result ?? "", m.output ?? ""]);
  if (m.status === "unknown" || status.conflict) {
    m.status = status.status;
    m.statusConflict = status.conflict;
    m.statusEvidence = status.evidence;
  }
  for (const e of rowEvidence(ctx, r, texts)) {
    if (!m.evidence.includes(e)) m.evidence.push(e);
  }
}

function isContinuation(texts: RowTexts): boolean {
  if (!texts.title && !texts.no) return true;
  return (
    !!texts.title &&
    isContinuationText(texts.title) &&
    !texts.no &&
    splitOrdinal(texts.title).no === null
  );
}

export function buildMeasures(st: SheetText, t: TableSpan, fiscalYear: number | null): Measure[] {
  const kind = kindOfTable[t.kind];
  if (!kind) return [];
  const out: Measure[] = [];
  let group: string | null = null;
  const columns = roleColumns(t);
  const ctx: TableContext = { st, t, columns, fy: fiscalYear, periods: new Map() };
  for (const row of t.rows) {
    if (row.type === "section") {
      group = row.text ? repairThaiSpacing(row.text) : null;
      continue;
    }
    const texts = rowTexts(st, columns, row.row);
    const previous = out[out.length - 1];
    if (isContinuation(texts)) {
      if (previous) mergeInto(previous, ctx, row.row, texts);
      continue;
    }
    out.push(newMeasure(ctx, row.row, texts, kind, group));
  }
  return out;
}
