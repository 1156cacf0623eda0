import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildReport } from "../../../src/core/report/buildReport";
import type { ReportModel } from "../../../src/core/report/model";
import { renderReportXlsx, writeReportFile } from "../../../src/node/report/renderXlsx";
import { fixtureMeasures, manyMeasures, options } from "../../core/report/fixtures";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ita-report-xlsx-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function roundTrip(model: ReportModel, name: string): Promise<ExcelJS.Worksheet> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeReportFile(model, file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(model.sheetName);
  if (!sheet) throw new Error("report sheet missing");
  return sheet;
}

describe("renderReportXlsx", () => {
  const model = buildReport({ measures: manyMeasures(30, 4), flags: [], options: options() });
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await roundTrip(model, "many");
  });

  it("writes every cell with the report font and size", () => {
    for (const c of model.cells) {
      const cell = sheet.getCell(c.row + 1, c.col + 1);
      expect(cell.font.name).toBe("TH Sarabun New");
      expect(cell.font.size).toBe(16);
    }
    const header = sheet.getCell(model.headerRow + 1, 1);
    expect(header.font.bold).toBe(true);
    expect(header.border.top?.style).toBe("thin");
    expect(header.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFD9D9D9" } });
  });

  it("merges the title and group rows", () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain("A1:H1");
    expect(merges).toHaveLength(model.merges.length);
  });

  it("sets A4, orientation, fit to one page wide, print titles, print area and margins", () => {
    const p = sheet.pageSetup;
    expect(p.paperSize).toBe(9);
    expect(p.orientation).toBe("landscape");
    expect(p.fitToPage).toBe(true);
    expect(p.fitToWidth).toBe(1);
    expect(p.fitToHeight).toBe(0);
    expect(p.printTitlesRow?.replace(/\$/g, "")).toBe(
      `${model.headerRow + 1}:${model.headerRow + 1}`,
    );
    expect(p.printArea?.replace(/\$/g, "")).toBe(model.page.printArea);
    expect(p.margins).toMatchObject({ left: 0.7, right: 0.5, top: 0.75, bottom: 0.75 });
    expect(p.horizontalCentered).toBe(true);
  });

  it("writes the footer, row heights and column widths", () => {
    expect(sheet.headerFooter.oddFooter).toContain("&P");
    expect(sheet.headerFooter.oddFooter).toContain("&N");
    model.rowHeights.forEach((h, r) => expect(sheet.getRow(r + 1).height).toBe(h));
    model.columnWidths.forEach((w, c) => expect(sheet.getColumn(c + 1).width).toBe(w));
  });

  it("adds a manual break before every page start", () => {
    expect(model.pageBreaks.length).toBeGreaterThan(0);
    // exceljs does not read breaks back from files: check the sheet it writes (the PDF test
    // checks the printed pages).
    const written = renderReportXlsx(model);
    const ids = (written as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id);
    expect(ids).toEqual(model.pageBreaks);
  });

  it("links evidence cells unless links are turned off", () => {
    const m = buildReport({ measures: fixtureMeasures, flags: [], options: options() });
    const linked = m.cells.find((c) => c.link)!;
    const withLinks = renderReportXlsx(m).getCell(linked.row + 1, linked.col + 1);
    expect(withLinks.hyperlink).toBe(linked.link);
    const plain = renderReportXlsx(m, undefined, { links: false }).getCell(
      linked.row + 1,
      linked.col + 1,
    );
    expect(plain.value).toBe(linked.value);
  });

  it("replaces a sheet of the same name in place", () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("ก่อน");
    book.addWorksheet(model.sheetName).getCell("Z99").value = "เก่า";
    book.addWorksheet("หลัง");
    renderReportXlsx(model, book);
    expect(book.worksheets.map((w) => w.name)).toEqual(["ก่อน", model.sheetName, "หลัง"]);
    expect(book.getWorksheet(model.sheetName)!.getCell("Z99").value).toBeNull();
  });
});

describe("speed", () => {
  it("builds and renders 1,000 measures quickly", async () => {
    const measures = manyMeasures(1000, 3);
    const t0 = performance.now();
    const model = buildReport({ measures, flags: [], options: options() });
    const t1 = performance.now();
    const book = new ExcelJS.Workbook();
    renderReportXlsx(model, book);
    const buffer = await book.xlsx.writeBuffer();
    const t2 = performance.now();
    console.log(
      `1,000 measures: model ${(t1 - t0).toFixed(0)} ms, render + write ${(t2 - t1).toFixed(0)} ms, ` +
        `${model.rowHeights.length} rows, ${model.predictedPages} pages, ${buffer.byteLength} bytes`,
    );
    expect(t2 - t0).toBeLessThan(6000);
  });
});
