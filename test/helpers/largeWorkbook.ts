/**
 * Generated measure workbooks for benches and property tests: N measure rows in a
 * layout chosen by the seed (column order, header words, digits, period forms), with the
 * mess real sheets have (section rows, ลำดับ restarting, headers repeated at page breaks,
 * real dates, hyperlinks). Same seed, same bytes' content.
 */
import { Workbook } from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import { mulberry32 } from "./badInputs";
import vocab from "./largeWorkbookVocabulary.json";
import months from "./thaiMonths.json";
import { workbookBuffer } from "./workbookBuffer";

type Role = keyof typeof vocab.headers;

const ROLES: readonly Role[] = [
  "no",
  "title",
  "steps",
  "responsible",
  "period",
  "status",
  "result",
  "evidence",
];

/** Data rows between repeated headers (a printed page). */
const PAGE_ROWS = 25;
/** Measures per section ("ประเด็นที่ …"). */
const SECTION_ROWS = 60;
/** พ.ศ. the generated fiscal year ends in. */
const FISCAL_YEAR_BE = 2566;

type Rng = () => number;

/**
 * @param rows number of measure rows (headers, titles and section rows come on top)
 * @param seed layout and content seed
 */
export async function buildLargeWorkbook(rows: number, seed = 1): Promise<Buffer> {
  const rng = mulberry32(seed);
  const wb = new Workbook();
  const ws = wb.addWorksheet("มาตรการ");
  const layout = chooseLayout(rng);
  let r = 1;
  for (const line of vocab.titleLines) ws.getCell(r++, layout.left + 1).value = line;
  r++;
  let section = 0;
  let no = 0;
  for (let i = 0; i < rows; i++) {
    if (i % SECTION_ROWS === 0) {
      section++;
      no = 0;
      if (i > 0 || rng() < 0.5) {
        ws.getCell(r++, layout.left + 1).value = pick(rng, vocab.sections).replace(
          "{n}",
          digits(section, true),
        );
      }
    }
    if (i % PAGE_ROWS === 0) writeHeader(ws, r++, layout);
    no++;
    writeMeasure(ws, r++, layout, rng, no);
  }
  return workbookBuffer(wb);
}

interface Layout {
  /** 0-based first column. */
  left: number;
  order: Role[];
  headers: Record<Role, string>;
  thaiDigits: boolean;
}

function chooseLayout(rng: Rng): Layout {
  const order = [...ROLES];
  // Keep ลำดับ first in most layouts, as people do; shuffle the rest.
  for (let i = order.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(rng() * i);
    [order[i], order[j]] = [order[j] as Role, order[i] as Role];
  }
  const headers = Object.fromEntries(
    ROLES.map((role) => [role, pick(rng, vocab.headers[role])]),
  ) as Record<Role, string>;
  return { left: Math.floor(rng() * 3), order, headers, thaiDigits: rng() < 0.7 };
}

function writeHeader(ws: Worksheet, r: number, layout: Layout): void {
  const row = ws.getRow(r);
  layout.order.forEach((role, j) => {
    row.getCell(layout.left + j + 1).value = layout.headers[role];
  });
}

function writeMeasure(ws: Worksheet, r: number, layout: Layout, rng: Rng, no: number): void {
  const row = ws.getRow(r);
  const thai = rng() < 0.1 ? !layout.thaiDigits : layout.thaiDigits;
  layout.order.forEach((role, j) => {
    const cell = row.getCell(layout.left + j + 1);
    if (role === "period" && rng() < 0.15) {
      cell.value = serialDate(rng);
      cell.numFmt = rng() < 0.5 ? months.formats.gregorianDate : months.formats.date;
      return;
    }
    if (role === "evidence" && rng() < 0.3) {
      const url = fill(pick(rng, vocab.urls), rng, thai);
      cell.value = { text: url, hyperlink: url.startsWith("http") ? url : `http://${url}` };
      return;
    }
    cell.value = cellText(role, rng, thai, no);
  });
}

function cellText(role: Role, rng: Rng, thai: boolean, no: number): CellValue {
  switch (role) {
    case "no":
      return `${digits(no, thai)}${rng() < 0.5 ? "." : ""}`;
    case "title":
      return pick(rng, vocab.titles);
    case "steps":
      return pick(rng, vocab.steps);
    case "responsible":
      return rng() < 0.2
        ? `${pick(rng, vocab.responsible)} ${pick(rng, vocab.responsible)}`
        : pick(rng, vocab.responsible);
    case "period":
      return fill(pick(rng, periodForms(rng)), rng, thai);
    case "status":
      return rng() < 0.15 ? null : pick(rng, vocab.statuses);
    case "result":
      return pick(rng, vocab.results);
    case "evidence":
      return rng() < 0.2 ? null : fill(pick(rng, vocab.urls), rng, thai);
  }
}

function periodForms(rng: Rng): string[] {
  const p = vocab.periods;
  return [p.months, p.ranges, p.quarters, p.wholeYear][Math.floor(rng() * 4)] ?? p.months;
}

/** Fills {yy} {yy1} {yyyy} {yyyy1} {n} in a template. */
function fill(template: string, rng: Rng, thai: boolean): string {
  const start = FISCAL_YEAR_BE - 1;
  return template
    .replace("{yy1}", digits(FISCAL_YEAR_BE % 100, thai))
    .replace("{yy}", digits(start % 100, thai))
    .replace("{yyyy1}", digits(FISCAL_YEAR_BE, thai))
    .replace("{yyyy}", digits(start, thai))
    .replace("{n}", String(1 + Math.floor(rng() * 50)));
}

/** A day inside the fiscal year, as exceljs writes dates (UTC midnight). */
function serialDate(rng: Rng): Date {
  const firstDay = Date.UTC(FISCAL_YEAR_BE - 543 - 1, 9, 1);
  return new Date(firstDay + Math.floor(rng() * 365) * 86_400_000);
}

function digits(n: number, thai: boolean): string {
  const s = String(n);
  return thai ? s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : s;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
