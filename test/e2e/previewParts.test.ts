/**
 * The preview's pure parts without a browser: query parameters, the grid view's store and row
 * window, per-file settings, and the .xlsx host's contract (the view changes, never the data).
 */
import { getChecklist } from "../../src/core/checklist/registry";
import { checklistSheetModel } from "../../src/core/checklist/sheet";
import type { Flag } from "../../src/core/flags/flag";
import type { WorkbookSnapshot } from "../../src/core/grid/grid";
import { reportFileName, sheetFileName } from "../../src/preview/download";
import {
  COL_MARGIN,
  COL_WIDTH,
  ROW_HEIGHT,
  ROW_MARGIN,
  visibleCols,
  visibleRows,
} from "../../src/preview/GridView";
import { readParams } from "../../src/preview/params";
import { createSettingsStore } from "../../src/preview/settingsStore";
import { cellKey, createViewStore } from "../../src/preview/viewStore";
import { createXlsxHost } from "../../src/preview/xlsxHost";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

function flag(cell: string | null, severity: Flag["severity"], sheet: string | null = "S"): Flag {
  return { code: "OVERDUE", severity, sheet, cell, row: null, params: {} };
}

const snapshot: WorkbookSnapshot = {
  sheets: [
    { name: "S", origin: { row: 0, col: 0 }, values: [["a", 1]], hyperlinks: {}, merges: [] },
  ],
};

describe("reportFileName", () => {
  it("names the report after its workbook, and stands alone without one", () => {
    expect(reportFileName("อบต.ตัวอย่าง.xlsx")).toBe("รายงาน ITA - อบต.ตัวอย่าง.xlsx");
    expect(reportFileName("Report.XLSX")).toBe("รายงาน ITA - Report.xlsx");
    expect(reportFileName("")).toBe("รายงาน ITA.xlsx");
  });
});

describe("sheetFileName", () => {
  it("names any written sheet after itself and its workbook, never as the report", () => {
    expect(sheetFileName("รายการตรวจ ITA 2570", "อบต.ตัวอย่าง.xlsx")).toBe(
      "รายการตรวจ ITA 2570 - อบต.ตัวอย่าง.xlsx",
    );
    expect(sheetFileName("รายการตรวจ ITA 2570", "")).toBe("รายการตรวจ ITA 2570.xlsx");
    expect(sheetFileName("a/b:c", "x.xlsx")).toBe("a_b_c - x.xlsx");
    expect(sheetFileName("รายงาน ITA", "x.xlsx")).toBe(reportFileName("x.xlsx"));
  });
});

describe("readParams", () => {
  test.each([
    ["?asOf=2026-11-22", "2026-11-22", true],
    ["?asOf=2026-13-01", null, true],
    ["?asOf=22/11/2026&sample=0", null, false],
    ["", null, true],
    ["?sample=1", null, true],
  ])("%s", (search, asOf, sample) => {
    expect(readParams(search)).toEqual({ asOf, sample });
  });
});

describe("visibleCols", () => {
  it("renders the columns in view plus a margin, however wide the sheet", () => {
    expect(visibleCols(0, 5 * COL_WIDTH, 9000)).toEqual({ first: 0, last: 5 + COL_MARGIN });
    const far = visibleCols(8000 * COL_WIDTH, 5 * COL_WIDTH, 9000);
    expect(far).toEqual({ first: 8000 - COL_MARGIN, last: 8005 + COL_MARGIN });
    expect(visibleCols(0, 5 * COL_WIDTH, 2)).toEqual({ first: 0, last: 1 });
  });
});

describe("visibleRows", () => {
  test("the top of a sheet renders the first screen plus the margin", () => {
    expect(visibleRows(0, 10 * ROW_HEIGHT, 10000)).toEqual({ first: 0, last: 10 + ROW_MARGIN });
  });
  test("deep in a sheet, a window around the scroll position, never the whole sheet", () => {
    const { first, last } = visibleRows(5000 * ROW_HEIGHT, 20 * ROW_HEIGHT, 10000);
    expect(first).toBeLessThanOrEqual(5000 - ROW_MARGIN);
    expect(last).toBeGreaterThanOrEqual(5020 + ROW_MARGIN - 1);
    expect(last - first).toBeLessThan(20 + 3 * ROW_MARGIN);
  });
  test("the end of a sheet stops at its last row", () => {
    expect(visibleRows(100 * ROW_HEIGHT, 20 * ROW_HEIGHT, 50).last).toBe(49);
  });
});

describe("viewStore", () => {
  test("keeps the most severe flag per cell and skips workbook-level flags", () => {
    const view = createViewStore("S");
    view.tint([
      flag("E9", "info"),
      flag("E9", "error"),
      flag("E9", "warning"),
      flag(null, "error"),
    ]);
    expect([...view.get().tints]).toEqual([[cellKey("S", "E9"), "error"]]);
    view.clearTints();
    expect(view.get().tints.size).toBe(0);
  });
  test("navigating switches the sheet and counts up, so the same cell scrolls again", () => {
    const view = createViewStore("A");
    let told = 0;
    view.subscribe(() => told++);
    view.navigate("B", "C7");
    view.navigate("B", "C7");
    expect(view.get().sheet).toBe("B");
    expect(view.get().current).toEqual({ sheet: "B", cell: "C7", seq: 2 });
    expect(told).toBe(2);
  });
});

describe("settingsStore", () => {
  test("keeps settings per file name, merged across saves", () => {
    const store = createSettingsStore(memoryStorage());
    store.save("a.xlsx", { lang: "en" });
    store.save("a.xlsx", { dueSoonDays: 7 });
    expect(store.load("a.xlsx")).toEqual({ lang: "en", dueSoonDays: 7 });
    expect(store.load("b.xlsx")).toEqual({});
  });
  test("a damaged entry loads as nothing", () => {
    const storage = memoryStorage();
    storage.setItem("ita-check:settings:a.xlsx", "{not json");
    expect(createSettingsStore(storage).load("a.xlsx")).toEqual({});
    expect(storage.length).toBe(0);
  });
});

describe("xlsxHost", () => {
  function host(fixedAsOf: string | null = null, opened: WorkbookSnapshot | null = snapshot) {
    const view = createViewStore("S");
    const settings = createSettingsStore(memoryStorage());
    const saved: Record<string, unknown>[] = [];
    const h = createXlsxHost({
      fileName: "a.xlsx",
      snapshot: opened,
      view,
      settings,
      defaults: { lang: "en" },
      fixedAsOf,
      onSettingsSaved: (p) => saved.push(p),
    });
    return { h, view, settings, saved };
  }

  test("reads the opened snapshot, unchanged by highlights and navigation", async () => {
    const { h, view } = host();
    await h.highlight([flag("A1", "error")]);
    await h.navigateTo("S", "A1");
    expect(await h.readWorkbook()).toEqual(snapshot);
    expect(view.get().tints.get(cellKey("S", "A1"))).toBe("error");
    expect(view.get().current?.cell).toBe("A1");
    await h.clearHighlights();
    expect(view.get().tints.size).toBe(0);
  });

  test("with no file open, reading fails (the pane shows its error bar)", async () => {
    await expect(host(null, null).h.readWorkbook()).rejects.toMatchObject({
      name: "NoFileOpenError",
    });
  });

  test("capabilities are honest: no change events, no PDF export", async () => {
    const caps = await host().h.capabilities();
    expect(caps).toMatchObject({ changeEvents: false, pdfExport: false, highlights: true });
    expect(host().h.onUserEdit).toBeUndefined();
  });

  test("settings round-trip per file; a fixed as-of date wins over a stored one", async () => {
    const { h, saved } = host("2026-11-22");
    await h.saveSettings({ asOf: "2020-01-01", lang: "th" });
    expect(saved).toEqual([{ asOf: "2020-01-01", lang: "th" }]);
    expect(await h.loadSettings()).toEqual({ lang: "th" });
    expect(await host().h.loadSettings()).toEqual({ lang: "en" });
  });

  test("a written checklist sheet downloads under its own name, the checklist setting kept per file", async () => {
    const got = getChecklist(2570);
    if (!got.ok) throw new Error("no 2570 list");
    const model = checklistSheetModel(got.checklist);
    const files: string[] = [];
    const settings = createSettingsStore(memoryStorage());
    const h = createXlsxHost({
      fileName: "อบต.ตัวอย่าง.xlsx",
      snapshot,
      view: createViewStore("S"),
      settings,
      save: (_bytes, name) => files.push(name),
    });
    await h.writeReport(model);
    expect(files).toEqual([`${model.sheetName} - อบต.ตัวอย่าง.xlsx`]);
    expect(files[0]).toContain("2570");
    await h.saveSettings({ checklistSheet: { sheet: "ITA 2570", year: 2570 } });
    expect(await h.loadSettings()).toEqual({ checklistSheet: { sheet: "ITA 2570", year: 2570 } });
  }, 30_000);
});
