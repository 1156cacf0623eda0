/**
 * A checklist as a sheet a supervisor can read, fix, share and load again: title, an about
 * block, the item table, and the indicator table. Loading the sheet gives back the same list
 * (a test holds every built-in year to that).
 */
import { rangeA1 } from "../../grid/address";
import { fill } from "../../messages/format";
import { columnPointsNarrow, MARGINS } from "../../report/geometry";
import type { ReportCell, ReportStyle, SheetModel } from "../../report/model";
import { reportStyles, STYLE } from "../../report/styles";
import { clampRowHeight, heightForLines, wrappedLines } from "../../report/textWidth";
import type { Checklist, ChecklistItem } from "../types";
import { aboutLabels, exportWords } from "./words";
import type { AboutKey } from "./words";

type ItemColumn = keyof typeof exportWords.itemHeaders;
type IndicatorColumn = keyof typeof exportWords.indicatorHeaders;

/** Left to right: what a supervisor reads first, then what only the matcher needs. */
const ITEM_COLUMNS: readonly ItemColumn[] = [
  "code",
  "titleTh",
  "components",
  "timeRule",
  "sub",
  "indicator",
  "titleEn",
  "keywords",
  "aliases",
  "confidence",
  "note",
];
const WIDTHS: Record<ItemColumn, number> = {
  code: 8,
  titleTh: 36,
  components: 60,
  timeRule: 18,
  sub: 12,
  indicator: 10,
  titleEn: 30,
  keywords: 24,
  aliases: 28,
  confidence: 14,
  note: 30,
};
/** The indicator table sits under the same columns: id under ข้อ, titles under ข้อมูล… */
const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  "id",
  "titleTh",
  "titleEn",
  "tool",
  "from",
  "to",
  "confidence",
  "keywords",
];

const FONT = { name: "TH Sarabun New", size: 14 };
const REPORT_STYLES = reportStyles();
const S = {
  title: "title",
  subtitle: "subtitle",
  label: "label",
  value: "value",
  header: "header",
  cell: "cell",
};
const STYLES: Record<string, ReportStyle> = {
  [S.title]: { bold: true, size: 18, hAlign: "left", vAlign: "middle", text: true },
  [S.subtitle]: { size: 12, hAlign: "left", vAlign: "top", wrap: true, text: true },
  [S.label]: { bold: true, hAlign: "left", vAlign: "top", wrap: true, text: true },
  [S.value]: { hAlign: "left", vAlign: "top", wrap: true, text: true },
  // The item and indicator tables look like the report's table.
  [S.header]: REPORT_STYLES[STYLE.header] ?? {},
  [S.cell]: REPORT_STYLES[STYLE.cell] ?? {},
};

/**
 * One entry a line, each as a bullet: reading strips exactly one bullet per line, so an entry
 * that itself starts with a dash loads back unchanged.
 */
function lines(list: readonly string[]): string {
  return list.map((s) => `- ${s}`).join("\n");
}

function itemValue(item: ChecklistItem, column: ItemColumn): string | number {
  switch (column) {
    case "code":
      return item.code;
    case "titleTh":
      return item.titleTh;
    case "components":
      return lines(item.components);
    case "timeRule":
      return exportWords.timeRules[item.timeRule];
    case "sub":
      return item.sub ?? "";
    case "indicator":
      return item.indicator;
    case "titleEn":
      return item.titleEn;
    case "keywords":
      return lines(item.keywords);
    case "aliases":
      return lines(item.aliases ?? []);
    case "confidence":
      return exportWords.confidences[item.confidence];
    case "note":
      return item.note ?? "";
  }
}

function aboutRows(c: Checklist): [AboutKey, string | number][] {
  const t = c.tools;
  return [
    ["year", c.year],
    ["version", c.version],
    ["source", c.source],
    ["confidence", exportWords.confidences[c.confidence]],
    ["itemCount", c.itemCount ?? ""],
    ["gaps", c.gaps.join(", ")],
    ["measureItems", c.measureItems.join(", ")],
    ["weights", `IIT ${t.IIT.weight}, EIT ${t.EIT.weight}, OIT ${t.OIT.weight}`],
    ["provisional", c.provisional?.copyOf ?? ""],
  ];
}

function indicatorRows(c: Checklist): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const ind of c.indicators) {
    out.push([
      String(ind.no),
      ind.titleTh,
      ind.titleEn,
      ind.tool,
      "",
      "",
      "",
      lines(c.indicatorKeywords[String(ind.no)] ?? []),
    ]);
    for (const s of ind.subIndicators)
      out.push([
        s.id,
        s.titleTh,
        s.titleEn,
        "",
        s.from,
        s.to,
        exportWords.confidences[s.confidence],
        "",
      ]);
  }
  return out;
}

class Sheet {
  readonly cells: ReportCell[] = [];
  readonly merges: SheetModel["merges"] = [];
  readonly heights: number[] = [];
  row = 0;
  constructor(private readonly widthsPt: number[]) {}

  /** Writes one row; height fits the tallest wrapped cell (merged cells use their span's width). */
  put(values: (string | number)[], style: string, spans: number[] = []): void {
    let lines = 1;
    let col = 0;
    values.forEach((v, i) => {
      const span = spans[i] ?? 1;
      if (v !== "") this.cells.push({ row: this.row, col, value: v, style });
      if (span > 1)
        this.merges.push({ top: this.row, left: col, bottom: this.row, right: col + span - 1 });
      const width = this.widthsPt.slice(col, col + span).reduce((a, b) => a + b, 0);
      const size = STYLES[style]?.size ?? FONT.size;
      lines = Math.max(lines, wrappedLines(String(v), width, size, STYLES[style]?.bold ?? false));
      col += span;
    });
    const size = STYLES[style]?.size ?? FONT.size;
    this.heights.push(clampRowHeight(heightForLines(lines, size)).height);
    this.row++;
  }

  blank(): void {
    this.heights.push(heightForLines(1, FONT.size) / 2);
    this.row++;
  }
}

/**
 * The checklist as a sheet model both renderers write (Excel in the pane, exceljs in the CLI).
 * @example
 * checklistSheetModel(getChecklist(2569).checklist).sheetName // "รายการตรวจ ITA 2569"
 */
export function checklistSheetModel(c: Checklist): SheetModel {
  const columns = ITEM_COLUMNS.length;
  const widths = ITEM_COLUMNS.map((k) => WIDTHS[k]);
  const sheet = new Sheet(widths.map(columnPointsNarrow));
  sheet.put([fill(exportWords.title, { year: c.year })], S.title, [columns]);
  sheet.put([fill(exportWords.subtitle, { year: c.year })], S.subtitle, [columns]);
  sheet.blank();
  for (const [key, value] of aboutRows(c))
    sheet.put([aboutLabels[key], value], S.label, [2, columns - 2]);
  restyle(sheet, S.value, (cell) => cell.col === 2);
  sheet.blank();
  const headerRow = sheet.row;
  sheet.put(
    ITEM_COLUMNS.map((k) => exportWords.itemHeaders[k]),
    S.header,
  );
  for (const item of c.items)
    sheet.put(
      ITEM_COLUMNS.map((k) => itemValue(item, k)),
      S.cell,
    );
  sheet.blank();
  sheet.put(
    INDICATOR_COLUMNS.map((k) => exportWords.indicatorHeaders[k]),
    S.header,
  );
  for (const r of indicatorRows(c)) sheet.put(r, S.cell);
  return {
    sheetName: fill(exportWords.sheetName, { year: c.year }),
    font: FONT,
    columnWidths: widths,
    rowHeights: sheet.heights,
    cells: sheet.cells,
    merges: sheet.merges,
    styles: STYLES,
    page: {
      paperSize: "A4",
      orientation: "landscape",
      margins: MARGINS,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: { first: headerRow + 1, last: headerRow + 1 },
      printArea: rangeA1({ top: 0, left: 0, bottom: sheet.row - 1, right: columns - 1 }),
      footerCenter: "&P / &N",
      horizontalCentered: true,
    },
    pageBreaks: [],
  };
}

/** The about block's values are plain text beside bold labels. */
function restyle(sheet: Sheet, style: string, which: (cell: ReportCell) => boolean): void {
  for (const cell of sheet.cells) if (cell.style === S.label && which(cell)) cell.style = style;
}
