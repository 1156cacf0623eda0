import { FakeExcel } from "../fakeExcel";
import { PDF_SLICE_BYTES, exportPdf, pdfFallbackHint } from "../../../src/excel/exportPdf";

const PDF = { PdfFile: "1.1" };
let fake: FakeExcel;
afterEach(() => fake.uninstall());

describe("exportPdf", () => {
  it("concatenates every slice in order and closes the file", async () => {
    fake = new FakeExcel({ otherSets: PDF, file: { slices: [[37, 80], [68, 70, 45], [49]] } });
    fake.install();
    const result = await exportPdf();
    expect(result).toEqual({ ok: true, bytes: Uint8Array.from([37, 80, 68, 70, 45, 49]) });
    expect(fake.document.requests).toEqual([
      { fileType: "pdf", options: { sliceSize: PDF_SLICE_BYTES } },
    ]);
    expect(fake.document.sliceRequests).toEqual([0, 1, 2]);
    expect(fake.document.closeCalls).toBe(1);
    expect(fake.document.openFiles).toBe(0);
  });

  it("reports a 0-byte file as PDF_EMPTY and still closes it", async () => {
    fake = new FakeExcel({ otherSets: PDF, file: { slices: [] } }).install();
    expect(await exportPdf()).toEqual({ ok: false, code: "PDF_EMPTY" });
    expect(fake.document.closeCalls).toBe(1);
    expect(fake.document.openFiles).toBe(0);
  });

  it("reports slices that hold no bytes as PDF_EMPTY", async () => {
    fake = new FakeExcel({ otherSets: PDF, file: { slices: [[], []] } }).install();
    expect(await exportPdf()).toMatchObject({ ok: false, code: "PDF_EMPTY" });
    expect(fake.document.closeCalls).toBe(1);
  });

  it("says NO_PDF_EXPORT without the PdfFile requirement set, and never opens a file", async () => {
    fake = new FakeExcel({ file: { slices: [[1]] } }).install();
    expect(await exportPdf()).toEqual({ ok: false, code: "NO_PDF_EXPORT" });
    expect(fake.document.openCalls).toBe(0);
  });

  it("says NO_PDF_EXPORT outside Office", async () => {
    fake = new FakeExcel();
    expect(await exportPdf()).toEqual({ ok: false, code: "NO_PDF_EXPORT" });
  });

  it("closes the file when a slice fails, so the next export can open one", async () => {
    fake = new FakeExcel({ otherSets: PDF, file: { slices: [[1], [2]], failSlice: 1 } });
    fake.install();
    const first = await exportPdf();
    expect(first).toMatchObject({ ok: false, code: "PDF_FAILED" });
    expect(first.ok ? "" : first.detail).toBeTruthy();
    expect(fake.document.closeCalls).toBe(1);
    expect(fake.document.openFiles).toBe(0);
    // A second try gets a file again (it would fail with "already open" had the first leaked).
    await exportPdf();
    expect(fake.document.openCalls).toBe(2);
    expect(fake.document.closeCalls).toBe(2);
  });

  it("reports PDF_FAILED when Office cannot make the file", async () => {
    fake = new FakeExcel({ otherSets: PDF, file: { openError: "broken" } }).install();
    expect(await exportPdf()).toEqual({ ok: false, code: "PDF_FAILED", detail: "broken" });
    expect(fake.document.closeCalls).toBe(0);
  });

  it("reports PDF_FAILED when the file cannot be closed", async () => {
    fake = new FakeExcel({ otherSets: PDF, file: { slices: [[1]], closeError: "stuck" } });
    fake.install();
    expect(await exportPdf()).toMatchObject({ ok: false, code: "PDF_FAILED" });
  });

  it("offers the File > Export hint code", () => {
    fake = new FakeExcel();
    expect(pdfFallbackHint).toBe("USE_FILE_EXPORT");
  });
});
