import { FakeExcel } from "../fakeExcel";
import type { FakeSheet, FakeFullContext } from "../fakeExcel";
import { a1, rangeA1 } from "../../../src/core/grid/address";
import type { ReportModel } from "../../../src/core/report/model";
import { ExcelHostError } from "../../../src/excel/errors";
import { getChecklist } from "../../../src/core/checklist/registry";
import { checklistSheetModel } from "../../../src/core/checklist/sheet";
import { reportSheetName, sheetsWeMade, writeReport } from "../../../src/excel/report/writeReport";
import { columnWidthPoints } from "../../../src/excel/report/units";
import { DASH_RESULT, FORMULA_LIKE_TITLE, fixtureMeasures, reportOf } from "./fixtures";

const NO_WAIT = { retryDelaysMs: [0, 0, 0] };
const FIVE_MB = 5_000_000;
let fake: FakeExcel;
afterEach(() => fake.uninstall());

const big = reportOf(fixtureMeasures(1000));
const small = reportOf(fixtureMeasures(10));

/** Everything the fake keeps for a sheet, as plain data to compare. */
function snapshot(s: FakeSheet): string {
  return JSON.stringify({
    name: s.name,
    cells: [...s.cells.entries()].sort(),
    merges: s.merges,
    widths: [...s.columnWidths.entries()],
    heights: [...s.rowHeights.entries()],
    pageBreaks: s.pageBreaks,
    pageLayout: s.pageLayout,
    headersFooters: s.headersFooters,
    visibility: s.visibility,
  });
}

/** A user sheet with values, formats, a merge, sizes and its own page setup. */
function seedUserSheet(f: FakeExcel): FakeSheet {
  const s = f.addSheet("มาตรการ", [
    ["ที่", "มาตรการ", "สถานะ"],
    [1, "มาตรการ ก", "ดำเนินการแล้ว"],
  ]);
  s.set("B2", {
    fill: { color: "#FFFF00", pattern: "Solid" },
    font: { ...s.cell("B2").font, bold: true },
  });
  s.set("C2", { numberFormat: "@", wrapText: true });
  s.merge("A4:C4");
  s.columnWidths.set(1, 120);
  s.rowHeights.set(1, 40);
  s.pageLayout.paperSize = "Letter";
  s.pageBreaks.push(3);
  return s;
}

function sortedRects(rs: readonly { top: number; left: number; bottom: number; right: number }[]) {
  return rs.map((r) => rangeA1(r)).sort();
}

/** The model's cells, merges, sizes, links and page setup are all in the fake sheet. */
function expectReportIn(s: FakeSheet, report: ReportModel): void {
  for (const c of report.cells) {
    const cell = s.peek(c.row, c.col);
    expect(cell.value).toBe(c.value ?? "");
    expect(cell.formula).toBeUndefined();
    expect(cell.font.name).toBe(report.font.name);
    if (c.link) expect(cell.hyperlink?.address).toBe(c.link);
    else expect(cell.hyperlink).toBeUndefined();
  }
  expect(sortedRects(s.merges)).toEqual(sortedRects(report.merges));
  report.columnWidths.forEach((w, col) =>
    expect(s.columnWidths.get(col)).toBe(columnWidthPoints(w)),
  );
  report.rowHeights.forEach((h, row) => expect(s.rowHeights.get(row)).toBe(h));
  expect(s.pageBreaks).toEqual(report.pageBreaks);
  const used = s.usedRange(false);
  expect(used?.bottom).toBeLessThan(report.rowHeights.length);
  expect(used?.right).toBeLessThan(report.columnWidths.length);
}

function cellOf(report: ReportModel, value: string): { row: number; col: number } {
  const c = report.cells.find((x) => x.value === value);
  if (!c) throw new Error(`fixture: no cell ${value}`);
  return c;
}

describe("writeReport", () => {
  it("writes a 1,000-measure report in at most 5 syncs, each request under 5 MB", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    seedUserSheet(fake);
    expect(big.cells.length).toBeGreaterThan(8000);

    const { degraded } = await writeReport(big, NO_WAIT);

    expect(degraded).toEqual([]);
    expect(fake.stats.runs).toBe(1);
    expect(fake.stats.syncs).toBeLessThanOrEqual(5);
    for (const r of fake.stats.records) expect(r.requestBytes).toBeLessThan(FIVE_MB);
    expect(fake.model.screenUpdatingSuspends).toBe(1);
    expect(fake.model.enableEvents).toBe(true);
    const s = fake.sheet(big.sheetName);
    expectReportIn(s, big);
    expect(fake.model.activeSheetId).toBe(s.id);
    expect(fake.log.at(-1)).toMatchObject({ action: "activate", sheet: big.sheetName });
  });

  it("applies fonts, fills, alignment and borders by style", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    await writeReport(small, NO_WAIT);
    const s = fake.sheet(small.sheetName);
    const header = s.peek(small.headerRow, 1);
    expect(header.font).toMatchObject({ name: "TH Sarabun New", size: 16, bold: true });
    expect(header.fill).toEqual({ color: "#D9D9D9", pattern: "Solid" });
    expect(header.horizontalAlignment).toBe("Center");
    expect(header.verticalAlignment).toBe("Center");
    expect(header.borders.EdgeTop).toEqual({
      style: "Continuous",
      weight: "Thin",
      color: "#000000",
    });
    const title = s.peek(0, 0);
    expect(title.font.bold).toBe(true);
    expect(title.wrapText).toBe(true);
    // A merged title row is formatted across its whole merged area.
    const lastCol = small.columns.length - 1;
    expect(s.peek(0, lastCol).horizontalAlignment).toBe("Center");
    const link = small.cells.find((c) => c.link);
    expect(link).toBeDefined();
    const linkCell = s.peek(link!.row, link!.col);
    expect(linkCell.font).toMatchObject({ color: "#0563C1", underline: "Single", bold: false });
    const body = s.peek(small.headerRow + 2, 1);
    expect(body).toMatchObject({ verticalAlignment: "Top", wrapText: true, numberFormat: "@" });
    expect(body.fill).toBeNull();
  });

  it("sets up the printed page: A4, orientation, margins, fit to width, titles, area, footer", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    await writeReport(big, NO_WAIT);
    const s = fake.sheet(big.sheetName);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      topMargin: big.page.margins.top * 72,
      bottomMargin: big.page.margins.bottom * 72,
      leftMargin: big.page.margins.left * 72,
      rightMargin: big.page.margins.right * 72,
      headerMargin: big.page.margins.header * 72,
      footerMargin: big.page.margins.footer * 72,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: `$${big.headerRow + 1}:$${big.headerRow + 1}`,
      printArea: big.page.printArea,
    });
    expect(s.headersFooters.defaultForAllPages?.centerFooter).toBe(big.page.footerCenter);
    expect(big.pageBreaks.length).toBeGreaterThan(10);
    expect(s.pageBreaks).toEqual(big.pageBreaks);
  });

  it("rebuilds in place: a 10-measure run after a 1,000-measure run leaves nothing stale", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    await writeReport(big, NO_WAIT);
    const id = fake.sheet(big.sheetName).id;
    fake.resetStats();

    await writeReport(small, NO_WAIT);

    const s = fake.sheet(small.sheetName);
    expect(s.id).toBe(id); // same sheet: not deleted and added again (undo stack survives)
    expect(fake.model.sheets).toHaveLength(1);
    expectReportIn(s, small);
    const rows = small.rowHeights.length;
    for (const key of s.cells.keys()) expect(Number(key.split(",")[0])).toBeLessThan(rows);
    expect([...s.rowHeights.keys()].every((r) => r < rows)).toBe(true);
    expect(s.pageBreaks).toEqual(small.pageBreaks);
    expect(s.pageLayout.printArea).toBe(small.page.printArea);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("never touches another sheet, in values or formats", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const user = seedUserSheet(fake);
    const before = snapshot(user);
    await writeReport(big, NO_WAIT);
    await writeReport(small, NO_WAIT);
    expect(snapshot(user)).toBe(before);
  });

  it("leaves a user's own sheet named like the report alone and writes beside it, then keeps rebuilding ours", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const theirs = fake.addSheet(small.sheetName, [["ของผู้ใช้", 1]]);
    const before = snapshot(theirs);
    await writeReport(small, NO_WAIT);
    await writeReport(small, NO_WAIT);
    expect(snapshot(theirs)).toBe(before);
    expect(fake.model.sheets.map((x) => x.name)).toEqual([
      small.sheetName,
      `${small.sheetName} (2)`,
    ]);
    expectReportIn(fake.sheet(`${small.sheetName} (2)`), small);
  });

  it("an exported checklist gets its own sheet: the report is not overwritten, nor the list by the next report", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const got = getChecklist(2569);
    if (!got.ok) throw new Error("no 2569 list");
    const list = checklistSheetModel(got.checklist);
    await writeReport(small, NO_WAIT);
    const reportId = fake.sheet(small.sheetName).id;
    await writeReport(list, NO_WAIT);
    await writeReport(small, NO_WAIT);
    await writeReport(list, NO_WAIT);
    expect(fake.model.sheets.map((x) => x.name)).toEqual([small.sheetName, list.sheetName]);
    expect(fake.sheet(small.sheetName).id).toBe(reportId);
    expectReportIn(fake.sheet(small.sheetName), small);
    expect(fake.sheet(list.sheetName).peek(list.cells[0]!.row, list.cells[0]!.col).value).toBe(
      list.cells[0]!.value ?? "",
    );
  });

  it("reads the marks an older add-in left (one sheet name, the report's)", () => {
    expect(sheetsWeMade("รายงาน ITA (2)")).toEqual({ "รายงาน ITA": "รายงาน ITA (2)" });
    expect(sheetsWeMade({ "รายงาน ITA": "รายงาน ITA", x: 3 })).toEqual({
      "รายงาน ITA": "รายงาน ITA",
    });
    expect(sheetsWeMade(null)).toEqual({});
  });

  it("chooses the report sheet's name", () => {
    expect(reportSheetName("รายงาน ITA", [], null)).toBe("รายงาน ITA");
    expect(reportSheetName("รายงาน ITA", ["รายงาน ITA"], "รายงาน ITA")).toBe("รายงาน ITA");
    expect(reportSheetName("รายงาน ITA", ["รายงาน ITA"], null)).toBe("รายงาน ITA (2)");
    expect(reportSheetName("รายงาน ITA", ["รายงาน ITA", "รายงาน ITA (2)"], null)).toBe(
      "รายงาน ITA (3)",
    );
    expect(reportSheetName("รายงาน ITA", ["รายงาน ITA", "รายงาน ITA (2)"], "รายงาน ITA (2)")).toBe(
      "รายงาน ITA (2)",
    );
  });

  it("keeps text that starts with = or - as text", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    await writeReport(small, NO_WAIT);
    const s = fake.sheet(small.sheetName);
    for (const text of [FORMULA_LIKE_TITLE, DASH_RESULT]) {
      const at = cellOf(small, text);
      const cell = s.peek(at.row, at.col);
      expect(cell).toMatchObject({ value: text, numberFormat: "@" });
      expect(cell.formula).toBeUndefined();
    }
  });

  it("at ExcelApi 1.8 writes values and formats without page layout and says so", async () => {
    fake = new FakeExcel({ apiLevel: "1.8" }).install();
    const { degraded } = await writeReport(small, NO_WAIT);
    expect(degraded).toEqual(["NO_PAGE_LAYOUT_BEFORE_1_9"]);
    const s = fake.sheet(small.sheetName);
    expectValues(s, small);
    expect(s.peek(small.headerRow, 0).fill).toEqual({ color: "#D9D9D9", pattern: "Solid" });
    expect(s.pageLayout.paperSize).toBe("Letter");
    expect(s.pageBreaks).toEqual([]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(5);
  });

  it("at ExcelApi 1.6 writes the cells without links and says so", async () => {
    fake = new FakeExcel({ apiLevel: "1.6" }).install();
    const { degraded } = await writeReport(small, NO_WAIT);
    expect(degraded.sort()).toEqual(["NO_HYPERLINKS_BEFORE_1_7", "NO_PAGE_LAYOUT_BEFORE_1_9"]);
    const s = fake.sheet(small.sheetName);
    expectValues(s, small);
    expect([...s.cells.values()].some((c) => c.hyperlink)).toBe(false);
  });

  it("splits the writes over several syncs when the request budget is small, with the same sheet", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const report = reportOf(fixtureMeasures(200));
    await writeReport(report, NO_WAIT);
    const whole = snapshot(fake.sheet(report.sheetName));
    const oneSync = fake.stats.syncs;
    fake.uninstall();

    fake = new FakeExcel({ apiLevel: "1.9", payloadLimitBytes: 120_000 }).install();
    await writeReport(report, { ...NO_WAIT, requestBudgetBytes: 100_000 });
    expect(fake.stats.syncs).toBeGreaterThan(oneSync);
    for (const r of fake.stats.records) expect(r.requestBytes).toBeLessThan(120_000);
    expect(snapshot(fake.sheet(report.sheetName))).toBe(whole);
  });

  it("skips links longer than Excel accepts and says so", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const measures = fixtureMeasures(4);
    const long = `https://www.example.go.th/${"a".repeat(2100)}`;
    measures[0] = { ...measures[0]!, evidence: [long] };
    const report = reportOf(measures);
    const { degraded } = await writeReport(report, NO_WAIT);
    expect(degraded).toEqual(["LINKS_TOO_LONG"]);
    const at = report.cells.find((c) => c.link === long)!;
    expect(fake.sheet(report.sheetName).peek(at.row, at.col).hyperlink).toBeUndefined();
  });

  it("turns events back on when a write fails, and reports the Office error", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const broken: ReportModel = {
      ...small,
      merges: [...small.merges, { top: 0, left: 0, bottom: 1, right: 1 }],
    };
    const err = await writeReport(broken, NO_WAIT).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("MergedRangeConflict");
    expect(fake.model.enableEvents).toBe(true);
  });

  it("fires no change event for its own writes (events off around the writes)", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet(small.sheetName).setValues("A1", [["เก่า"]]);
    const seen: unknown[] = [];
    await fake.run(async (ctx: FakeFullContext) => {
      ctx.workbook.worksheets.onChanged.add((args) => {
        seen.push(args);
        return Promise.resolve();
      });
      await ctx.sync();
    });
    await writeReport(small, NO_WAIT);
    await fake.flushEvents();
    expect(seen).toEqual([]);
    // The handler does work: a user edit reaches it.
    fake.userEdit(small.sheetName, "Z1", "x");
    await fake.flushEvents();
    expect(seen).toHaveLength(1);
  });
});

function expectValues(s: FakeSheet, report: ReportModel): void {
  for (const c of report.cells) expect(s.cell(a1(c.row, c.col)).value).toBe(c.value ?? "");
}
