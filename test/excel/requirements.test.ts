import { FakeExcel } from "./fakeExcel";
import { detectCapabilities } from "../../src/excel/requirements";

let fake: FakeExcel;
afterEach(() => fake.uninstall());

describe("detectCapabilities", () => {
  it("on ExcelApi 1.7 reads only and says why", () => {
    fake = new FakeExcel({ apiLevel: "1.7" }).install();
    const caps = detectCapabilities();
    expect(caps).toMatchObject({
      highlights: false,
      pageLayout: false,
      notes: "none",
      changeEvents: true,
      settings: true,
      pdfExport: false,
    });
    expect([...caps.degraded].sort()).toEqual(
      [
        "NO_HIGHLIGHTS_BEFORE_1_9",
        "NO_HYPERLINKS_BEFORE_1_9",
        "NO_PAGE_LAYOUT_BEFORE_1_9",
        "NO_MERGES_BEFORE_1_13",
        "NO_NOTES_BEFORE_1_18",
        "NO_COMMENTS_BEFORE_1_10",
        "NO_NEW_SHEET_EVENTS_BEFORE_1_9",
        "NO_TRIGGER_SOURCE_BEFORE_1_14",
        "NO_PDF_EXPORT",
      ].sort(),
    );
  });

  it("picks comments on 1.10 and notes on 1.18", () => {
    fake = new FakeExcel({ apiLevel: "1.10" }).install();
    expect(detectCapabilities().notes).toBe("comments");
    fake.uninstall();
    fake = new FakeExcel({ apiLevel: "1.18", otherSets: { PdfFile: "1.1" } }).install();
    const caps = detectCapabilities();
    expect(caps).toMatchObject({
      notes: "notes",
      highlights: true,
      pageLayout: true,
      pdfExport: true,
    });
    expect(caps.degraded).toEqual([]);
  });

  it("reports nothing available outside Office", () => {
    fake = new FakeExcel();
    expect(detectCapabilities()).toMatchObject({
      highlights: false,
      changeEvents: false,
      settings: false,
    });
    expect(detectCapabilities().degraded).toContain("NO_CHANGE_EVENTS_BEFORE_1_7");
  });
});
